/** Searches over sorted arrays, shared by the text layer and the engines that index it by offset. */

/**
 * The first index in [0, n) at which `before(i)` is false, for a `before` that is true on a
 * prefix and false after it (binary search; n when it is true everywhere). `partitionPoint(
 * tokens.length, (i) => tokens[i].start < from)` is the first token starting at or after `from`.
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Is [a, b) inside one of the spans (some span with start <= a and end >= b)? The same answer as
 * `spans.some(…)`, by a binary search over the spans sorted by start with the largest end up to
 * each: for tests run once per word or name against every quote of an article.
 */
export function spanCover(spans: ReadonlyArray<{ start: number; end: number }>): (a: number, b: number) => boolean {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const s of sorted) maxEnd.push((max = Math.max(max, s.end)));
  return (a, b) => {
    const n = partitionPoint(sorted.length, (i) => sorted[i]!.start <= a);
    return n > 0 && maxEnd[n - 1]! >= b;
  };
}
