/**
 * Second-order similarity: two articles are alike when their nearest neighbours are alike.
 *
 * Articles on one event from different outlets can share few words with each other yet each be
 * close to a third report, while look-alike events (two earthquakes, two rehab admissions) are
 * close in words but have different neighbourhoods. Each article's profile is itself plus its
 * `k` nearest neighbours, weighted by similarity; the second-order similarity of two articles is
 * the cosine of their profiles (neighbours below `floor` left out). k must fit the stories: with
 * neighbourhoods larger than the stories themselves (a story of 3 articles, k = 10) the profiles
 * blur stories together, and with far smaller ones a large story falls apart into fragments;
 * neighbourCount picks k from the collection itself.
 */
import type { SimilarityMatrix } from './link.js';

export function secondOrder(base: SimilarityMatrix, k: number, floor = 0): SimilarityMatrix {
  const n = base.n;
  const profiles = Array.from({ length: n }, (_, i) => profile(base, i, k, floor));
  // computed on access (k + 1 lookups) rather than stored: no second n×n matrix
  return {
    n,
    at(i, j) {
      let s = 0;
      for (const [key, x] of profiles[i]!) {
        const y = profiles[j]!.get(key);
        if (y !== undefined) s += x * y;
      }
      return s;
    },
  };
}

/** Item i (weight 1) and its k most similar items, L2-normalised. */
function profile(base: SimilarityMatrix, i: number, k: number, floor: number): Map<number, number> {
  const top: [number, number][] = [];
  for (let j = 0; j < base.n; j++) {
    if (j === i) continue;
    const s = base.at(i, j);
    if (s <= floor || (top.length === k && s <= top[k - 1]![1])) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]![1] < s) at--;
    top.splice(at, 0, [j, s]);
    if (top.length > k) top.pop();
  }
  const v = new Map<number, number>([[i, 1], ...top]);
  let ss = 0;
  for (const x of v.values()) ss += x * x;
  const norm = Math.sqrt(ss);
  for (const [key, x] of v) v.set(key, x / norm);
  return v;
}

/**
 * Neighbours less similar than this stay out of a profile: in a handful of articles every article
 * has "nearest neighbours", and two unrelated pieces must not become alike through a third
 * unrelated one, nor through each other (two loosely related articles that are each other's
 * nearest get a profile cosine of about twice their similarity). On one beat (84 long election
 * articles from seven outlets, PolNeAR dev, nearly all different events) a floor of 0.1 let 57
 * of them into groups, 0.25 lets 21; ECB+ dev is unchanged (B³-F1 0.922 / 3 an event 0.924 → 0.920).
 * Lowered to 0.22 with the pair's background levels (backgroundLevels) added to it, which
 * raises it where articles are all alike (one beat) and leaves it where they are not (figures
 * at GROUP_DEFAULTS.backgroundWeight).
 */
export const NEIGHBOUR_FLOOR = 0.22;

/**
 * (1 − weight) · base + weight · second-order. With `background` (one level per item, see
 * backgroundLevels), profiles are built from base(i, j) − background[i] − background[j]: a
 * neighbour must stand out from how alike the item is to the collection at large.
 */
export function withNeighbours(base: SimilarityMatrix, k: number, weight: number, background?: readonly number[]): SimilarityMatrix {
  if (weight <= 0 || k <= 0) return base;
  const forProfiles = background ? { n: base.n, at: (i: number, j: number) => base.at(i, j) - background[i]! - background[j]! } : base;
  const second = secondOrder(forProfiles, k, NEIGHBOUR_FLOOR);
  return { n: base.n, at: (i, j) => (1 - weight) * base.at(i, j) + weight * second.at(i, j) };
}

/**
 * Each item's median similarity to the rest of the collection (at least 0, at most
 * BACKGROUND_CAP): how alike it is to articles it has nothing particular to do with. Long
 * articles on one beat (an election campaign) share background (the candidates, the polls, the
 * race so far) with every other such article, so any two of them reach a similarity that, in a
 * collection of short reports on many subjects, would mark one story (300 PolNeAR articles:
 * median 0.036, ECB+: 0.006). Pairs are discounted for time before this, so a collection spread
 * over years has a low background even on one beat: only articles of the same days compete.
 * Below BACKGROUND_MIN_ITEMS a median says more about the item's own story than about the
 * collection, so there is none.
 */
export function backgroundLevels(base: SimilarityMatrix): number[] {
  const n = base.n;
  if (n < BACKGROUND_MIN_ITEMS) return new Array<number>(n).fill(0);
  const row = new Float64Array(n - 1);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let j = 0; j < n; j++) if (j !== i) row[m++] = base.at(i, j);
    row.sort();
    out.push(Math.min(BACKGROUND_CAP, Math.max(0, row[Math.floor((n - 2) / 2)]!)));
  }
  return out;
}

/** Collections smaller than this have no background level (as features.ts learns no rarity). */
const BACKGROUND_MIN_ITEMS = 20;

/**
 * Most background an item can have. A story that fills over half a channel (a big news day)
 * makes the median a same-story similarity; uncapped, its articles would lose each other as
 * neighbours. On one beat the median stays under this (PolNeAR: 99 % under 0.085).
 */
const BACKGROUND_CAP = 0.08;

/** A pair this alike is almost always one story (ECB+ dev: a quarter of same-event pairs fall below it, a tenth of look-alike ones reach it). */
export const STRONG_LINK = 0.3;

/**
 * Share of an article's strong links that its profile holds. 0.5 → 0.6 gives stories of six
 * articles (median five strong links) three neighbours instead of two: ECB+ 6 an event 0.954 →
 * 0.959; full (k = 5) and 3 an event (k = 2) unchanged, PolNeAR far pairs and dated unchanged.
 */
const NEIGHBOUR_SHARE = 0.6;

/**
 * How many neighbours a profile should hold in this collection: NEIGHBOUR_SHARE of the median number of strong
 * links an article has, within [min, max]. A profile must stay inside its story: with stories of
 * three articles (three outlets an event) two neighbours are right, while in a collection where
 * stories run to ten articles two neighbours split them into fragments whose profiles share
 * nothing. ECB+ dev (~11 articles an event, median 10 strong links, k = 5): B³-F1 0.930 → 0.945;
 * its 3-an-event samples keep k = 2 (6 an event: k = 3).
 */
export function neighbourCount(base: SimilarityMatrix, min: number, max: number): number {
  const n = base.n;
  const links: number[] = [];
  for (let i = 0; i < n; i++) {
    let c = 0;
    for (let j = 0; j < n; j++) if (j !== i && base.at(i, j) >= STRONG_LINK) c++;
    links.push(c);
  }
  links.sort((a, b) => a - b);
  const median = links[Math.floor(n / 2)] ?? 0;
  return Math.min(max, Math.max(min, Math.floor(median * NEIGHBOUR_SHARE)));
}
