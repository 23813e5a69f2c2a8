/**
 * What publication times say about two articles being one story.
 *
 * Far apart, little: pairs beyond the time window are discounted (index.ts pairSimilarity). Close
 * together, it depends on the collection. In a channel's digest every article is from the same
 * few days, and on a busy beat (an election campaign: PolNeAR, ~24 articles within five days of
 * each) stories crowd every day, so closeness says nothing. In a sparse collection (an archive
 * spread over years, where an article's window holds little beyond its own story's other
 * reports) two articles published within days of each other are far likelier to tell one story
 * than their words alone suggest: the outlets' differently framed versions of one event get a
 * bonus that look-alike events from other months do not.
 */

/**
 * An article's window holding this many others (its median over the collection) or fewer makes
 * closeness full evidence; twice as many, none (linear between). Three outlets on each story
 * give two, plus whatever unrelated articles fall in the same days.
 */
export const SPARSE_WINDOW = 4;

/**
 * Nor must the window hold much of the collection: at this share of the other articles or less
 * closeness is full evidence, at twice it none. Closeness tells stories apart only when most of
 * the collection lies outside the window.
 */
export const SPARSE_SHARE = 0.25;

/**
 * How much closeness in time counts in this collection, in [0, 1]: 1 when articles' windows
 * (±`window` ms) are nearly empty beyond their own story, 0 when crowded or with fewer than four
 * known times. `times` in any order; undefined entries (unknown) are left out, as pairs with an
 * unknown time get no bonus.
 */
export function closenessWeight(times: readonly (number | undefined)[], window: number): number {
  const ts = times.filter((t): t is number => t !== undefined).sort((x, y) => x - y);
  if (ts.length < 4) return 0;
  const counts: number[] = [];
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < ts.length; i++) {
    while (ts[i]! - ts[lo]! >= window) lo++;
    while (hi < ts.length && ts[hi]! - ts[i]! < window) hi++;
    counts.push(hi - lo - 1);
  }
  counts.sort((x, y) => x - y);
  const crowd = counts[Math.floor(counts.length / 2)]!;
  const few = (2 * SPARSE_WINDOW - crowd) / SPARSE_WINDOW;
  // a handful of articles over a week has few in any window, yet most of the collection in each
  const share = crowd / (ts.length - 1);
  const small = (2 * SPARSE_SHARE - share) / SPARSE_SHARE;
  return Math.max(0, Math.min(1, few, small));
}

/** Bonus for a pair `gap` ms apart: `bonus` × weight at gap 0, falling to nothing at `window`. */
export function closenessBonus(gap: number, window: number, bonus: number, weight: number): number {
  return gap < window ? bonus * weight * (1 - gap / window) : 0;
}

/**
 * What is left of a pair's similarity when the two were published `gap` ms apart: all of it
 * within `window`, then falling off exponentially over `window` × (1 + (scale − 1) × weight).
 * In a crowded channel (weight 0) a week apart mostly means another story; in a sparse archive
 * look-alike stories lie months apart, and an outlet's late follow-up (a week on) is still far
 * nearer than they are.
 */
export function farDiscount(gap: number, window: number, scale: number, weight: number): number {
  if (gap <= window) return 1;
  return Math.exp(-(gap - window) / (window * (1 + (scale - 1) * weight)));
}
