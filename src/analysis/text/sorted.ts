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
