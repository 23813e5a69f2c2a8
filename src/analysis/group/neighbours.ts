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
 */
export const NEIGHBOUR_FLOOR = 0.25;

/** (1 − weight) · base + weight · second-order. */
export function withNeighbours(base: SimilarityMatrix, k: number, weight: number): SimilarityMatrix {
  if (weight <= 0 || k <= 0) return base;
  const second = secondOrder(base, k, NEIGHBOUR_FLOOR);
  return { n: base.n, at: (i, j) => (1 - weight) * base.at(i, j) + weight * second.at(i, j) };
}

/** A pair this alike is almost always one story (ECB+ dev: a quarter of same-event pairs fall below it, a tenth of look-alike ones reach it). */
export const STRONG_LINK = 0.3;

/**
 * How many neighbours a profile should hold in this collection: half the median number of strong
 * links an article has, within [min, max]. A profile must stay inside its story: with stories of
 * three articles (three outlets an event) two neighbours are right, while in a collection where
 * stories run to ten articles two neighbours split them into fragments whose profiles share
 * nothing. ECB+ dev (~11 articles an event, median 10 strong links, k = 5): B³-F1 0.930 → 0.945;
 * its 3- and 6-an-event samples keep k = 2, so they are unchanged.
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
  return Math.min(max, Math.max(min, Math.floor(median / 2)));
}
