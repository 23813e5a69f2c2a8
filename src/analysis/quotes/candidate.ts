/** Quotes and reports before resolution: what attribution finds for each span, in doc.text offsets. */
import type { Sentence } from '../text/segment.js';
import type { Frame } from './indirect.js';
import type { Quote } from './quote.js';
import type { SpeakerPhrase } from './speakers.js';

/** A candidate before resolution, in doc.text offsets. */
export interface Candidate {
  start: number;
  end: number;
  kind: Quote['kind'];
  phrase: SpeakerPhrase | null;
  cue: string | null;
  /** where the speaker is mentioned (for pronoun/descriptor resolution) */
  at: number;
  paragraph: number;
  /** quote with no cue of its own: takes the speaker of the quote before it */
  floating: boolean;
  /** quoted spans inside (for mixed content) */
  quoted: boolean;
  /** the quote runs on into the next paragraph (its cue may come there) */
  runsOn?: boolean;
  /** content in pieces around its attribution, in doc.text offsets */
  parts?: Array<[number, number]>;
  /** from a noun cue: never the speaker a following uncued quote inherits */
  nominal?: boolean;
  /** a passive or an impression (`X is expected to …`): reported, but by no one named */
  agentless?: boolean;
  /** a relative clause reports (`Barkley, who said …`): the pronoun is the speaker as written there */
  relative?: string;
}

/** A speaker phrase found next to a quote, with its cue. */
export interface Cue {
  phrase: SpeakerPhrase;
  cue: string;
  at: number;
  /** end of the cue verb in doc.text, when known */
  cueEnd?: number;
  direct?: boolean;
}

/** A report read by the frame reader, as a candidate. */
export function fromFrame(f: Frame, s: Sentence, kind: Quote['kind']): Candidate {
  return { start: f.contentStart, end: f.contentEnd, ...(f.parts ? { parts: f.parts } : {}), kind, phrase: f.speaker, cue: f.cue, at: f.speaker.start, paragraph: s.paragraph, floating: false, quoted: false, ...(f.nominal ? { nominal: true } : {}), ...(f.agentless ? { agentless: true } : {}) };
}
