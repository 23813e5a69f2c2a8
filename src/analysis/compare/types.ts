/**
 * What a comparison of two pieces contains. Every item points at its evidence: paragraph
 * anchors for people ("A¶3 ≈ B¶5", 1-based) and offsets into each input as given.
 */

export type Side = 'A' | 'B';

/** A sentence of one piece, located. */
export interface SentenceRef {
  side: Side;
  /** 1-based paragraph number, as shown to people */
  paragraph: number;
  /** 0-based sentence index in the piece */
  sentence: number;
  /** the sentence as written (normalised whitespace) */
  text: string;
  /** offsets into that piece's input text as given */
  start: number;
  end: number;
}

/** A span inside a piece (a figure, a date, a name, a word), located. */
export interface SpanRef {
  side: Side;
  paragraph: number;
  text: string;
  start: number;
  end: number;
}

export interface DetailDifference {
  /** what kind of detail: 'number', 'date', 'name' */
  kind: 'number' | 'date' | 'name';
  /** present in A's sentence but not B's, and/or the reverse */
  a: SpanRef[];
  b: SpanRef[];
}

export interface BothItem {
  a: SentenceRef;
  b: SentenceRef;
  /** sentence similarity in [0, 1] */
  score: number;
  /** details one sentence has and the other does not */
  differs: DetailDifference[];
  evidence: string;
}

export type OnlyTag = 'number' | 'quote' | 'claim' | 'background';

export interface OnlyItem {
  ref: SentenceRef;
  tag: OnlyTag;
  /** how much new, specific content it carries (higher first) */
  score: number;
  evidence: string;
}

export type ConflictClass = 'rounding' | 'likely update' | 'contradiction';

export interface Conflict {
  kind: 'number' | 'date' | 'name';
  class: ConflictClass;
  a: SpanRef;
  b: SpanRef;
  /** the sentences the two details sit in */
  aSentence: SentenceRef;
  bSentence: SentenceRef;
  evidence: string;
}

export interface VoiceCount {
  speaker: string;
  quotes: number;
  /** first quote, for evidence */
  first: SpanRef;
}

export interface RenderedDifferently {
  speaker: string;
  a: SpanRef;
  b: SpanRef;
  /** token overlap of the two renderings, in [0, 1] */
  overlap: number;
  evidence: string;
}

export interface Voices {
  a: VoiceCount[];
  b: VoiceCount[];
  both: string[];
  onlyA: string[];
  onlyB: string[];
  renderedDifferently: RenderedDifferently[];
  /** where the quotes came from: the quotes engine, or a source the caller passed */
  source: 'engine' | 'custom';
}

export type WordChoiceKind = 'attribution verb' | 'hedge' | 'term';

export interface WordChoiceItem {
  kind: WordChoiceKind;
  /** what the two pieces word differently: a speaker for verbs, a referent for terms */
  subject: string;
  a: SpanRef[];
  b: SpanRef[];
  evidence: string;
}

export interface Overlaps {
  /** shared people, organisations and other names (weighted by mentions), in [0, 1]; null if either has none */
  entities: number | null;
  places: number | null;
  time: number | null;
}

export type Verdict = 'same story' | 'related' | 'different stories';

export interface Comparison {
  similarity: number;
  verdict: Verdict;
  overlap: Overlaps;
  words: { a: number; b: number };
  /** set when one piece is much shorter: much of "only in" is then length, not disagreement */
  lengthNote?: string;
  both: BothItem[];
  onlyA: OnlyItem[];
  onlyB: OnlyItem[];
  conflicts: Conflict[];
  voices: Voices;
  wordChoice: WordChoiceItem[];
}
