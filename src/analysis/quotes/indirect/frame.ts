/** The reporting frame (who reports, with which cue, where the content is) and small span helpers shared by the frame readers. */
import { spanCover } from '../../text/sorted.js';
import type { SpeakerPhrase } from '../speakers.js';
import { countWords } from '../../text/words.js';

export interface Frame {
  speaker: SpeakerPhrase;
  cue: string;
  cueStart: number;
  cueEnd: number;
  /** the reported content in doc.text */
  contentStart: number;
  contentEnd: number;
  /** where the frame sits relative to its content */
  position: 'before' | 'after' | 'according';
  /** content that goes round its attribution (`At the heart, according to X, was …`): its pieces */
  parts?: Array<[number, number]>;
  /** a noun cue (`Clinton's claim that …`): a mention of a report inside another clause, not the paragraph's speaker */
  nominal?: boolean;
  /** a passive or an impression (`X is expected to …`, `X seems to …`): the subject is part of the content, the source is not named */
  agentless?: boolean;
}

type Spans = ReadonlyArray<{ start: number; end: number }>;

/** Each span list's cover test, built once (the engine asks per token against the same list). */
const covers = new WeakMap<Spans, { length: number; cover: (a: number, b: number) => boolean }>();
/** Below this many spans a plain scan is as quick as the index. */
const INDEX_FROM = 16;

/** Is position `i` of `text` inside one of the spans (its marks included: from start - 1 to end)? */
export function inside(spans: Spans, i: number): boolean {
  if (spans.length < INDEX_FROM) {
    for (const s of spans) if (i >= s.start - 1 && i <= s.end) return true;
    return false;
  }
  let c = covers.get(spans);
  if (!c || c.length !== spans.length) covers.set(spans, (c = { length: spans.length, cover: spanCover(spans) }));
  // start - 1 <= i <= end, as a cover of [i + 1, i)
  return c.cover(i + 1, i);
}

/**
 * A sentence end the splitter missed inside the content: `…militarization”. -Ekaterina Blinova,
 * Sputnik News` (a closing mark, a full stop and a byline). The content stops at the closing mark.
 */
const MISSED_SENTENCE_END = /[”"’]?[.!?][”"’]?\s+[-—–―]\s*\p{Lu}|”\s*[.!?]\s+\S/u;

export function trimContent(text: string, a: number, b: number): [number, number] {
  const missed = MISSED_SENTENCE_END.exec(text.slice(a, b));
  if (missed) b = a + missed.index;
  // a dateline is the writer's (`WASHINGTON ― …`, `PARIS (AP) — …`)
  // (five capitals at least, so `NATO — the alliance …` keeps its subject)
  const dateline = /^\s*(?:\p{Lu}[\p{Lu} .,'’-]{4,30}|\p{Lu}[\p{Lu} .,'’-]{2,30}\([^)]{1,20}\))\s*[―—–]\s*/u.exec(text.slice(a, b));
  if (dateline) a += dateline[0].length;
  while (a < b && /[\s,;:—–-]/.test(text[a]!)) a++;
  while (b > a && /[\s,;:.!?—–-]/.test(text[b - 1]!)) b--;
  return [a, b];
}

export function words(text: string, a: number, b: number): number {
  // (countWords reads the characters without building the word list; a slice's wrapped or
  // clamped offsets keep the pattern)
  return a >= 0 && b >= 0 && b <= text.length ? countWords(text, a, b) : text.slice(a, b).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export const FINITE = /^(?:is|are|was|were|had|has|have|will|would|could|can|should|may|might|must|did|does|do)$/i;
