import type { Doc } from '../text/doc.js';
import type { Sentence } from '../text/segment.js';

/** The sentence holding `pos` (binary search; the nearest one when `pos` falls between sentences). */
export function sentenceAt(doc: Doc, pos: number): Sentence | undefined {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return ss[Math.min(lo, ss.length - 1)];
}
