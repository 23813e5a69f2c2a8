/**
 * Redundancy between sentences: news repeats its lead in a caption, a later paragraph or a
 * pull quote. Two sentences are redundant when most of the shorter one's content words are in
 * the longer one, or their TF-IDF vectors are close. Below that threshold overlap still costs:
 * a sentence that shares words with one already chosen adds less that is new (maximal marginal
 * relevance, Carbonell & Goldstein 1998).
 */
import { cosine, type UnitFeatures } from './features.js';

export const REDUNDANT_CONTAINMENT = 0.6;
export const REDUNDANT_COSINE = 0.5;

export function containment(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / small.size;
}

export function isRedundant(a: UnitFeatures, b: UnitFeatures): boolean {
  return containment(a.terms, b.terms) >= REDUNDANT_CONTAINMENT || cosine(a.vector, b.vector) >= REDUNDANT_COSINE;
}

/** Score a candidate gives up per unit of cosine similarity to the closest sentence already chosen. */
export const SIMILARITY_PENALTY = 1;

/** The candidate's highest cosine similarity to any of the chosen sentences (0 when none is chosen). */
export function maxSimilarity(candidate: UnitFeatures, chosen: readonly UnitFeatures[]): number {
  let max = 0;
  for (const c of chosen) max = Math.max(max, cosine(candidate.vector, c.vector));
  return max;
}
