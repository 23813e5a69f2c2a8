/**
 * Extractive summariser: picks whole sentences of the article, shows them verbatim in article
 * order, with offsets into the input as given.
 *
 * Steps: candidate units (furniture out, captions split off) → features (position,
 * centrality) → greedy selection by score, skipping redundant sentences and discounting ones
 * similar to those already chosen (or, in a short piece that does not open on a name-dense
 * lead, the set of well-scored sentences that covers the article's recurring words most tightly,
 * keeping a central opening: coverage.ts) → repair of a dangling opening (pull in the
 * antecedent or choose another opening) → article order.
 */
import type { Doc } from '../text/doc.js';
import { buildUnits, type Unit } from './units.js';
import { computeFeatures } from './features.js';
import { isRedundant, maxSimilarity, SIMILARITY_PENALTY } from './redundancy.js';
import { isDanglingOpening } from './dangling.js';
import { DEFAULT_WEIGHTS, scoreUnits, textPositions, type ScoringWeights } from './scoring.js';
import { DEFAULT_COVERAGE, suitsCoverage, selectByCoverage, type CoverageParams } from './coverage.js';

export type SummaryLength = 'short' | 'medium' | 'long' | number;

export interface SummarySentence {
  text: string;
  /** offsets into doc.input: text === doc.input.slice(start, end) up to whitespace */
  start: number;
  end: number;
  paragraph: number;
  /** index of the sentence in doc.sentences */
  sentence: number;
}

export interface Summary {
  sentences: SummarySentence[];
}

export interface SummariseOptions {
  length: SummaryLength;
  /** for tuning and the benchmark only */
  weights?: ScoringWeights;
  /** for tuning only: coverage selection's parameters, or false to use greedy selection everywhere */
  coverage?: CoverageParams | false;
}

export const LENGTHS = { short: 2, medium: 3, long: 5 } as const;

/** Sentence budget for a length option; `short` is the nut graf: one sentence, two if it is brief. */
export function sentenceBudget(length: SummaryLength): number {
  if (typeof length === 'number') return Math.max(1, Math.min(50, Math.floor(length)));
  return LENGTHS[length];
}

/**
 * Coverage selection serves summaries of this many sentences and more; a one- or two-sentence
 * nut graf is the lead's job, which the position-biased score does.
 */
const COVERAGE_MIN_BUDGET = 3;

/** Below this many words a nut graf needs its second sentence. */
const SHORT_NUT_GRAF_WORDS = 20;

export function summarise(doc: Doc, opts: SummariseOptions = { length: 'medium' }): Summary {
  const units = buildUnits(doc);
  if (units.length === 0) return { sentences: [] };
  const features = computeFeatures(units);
  const scores = scoreUnits(units, features, opts.weights ?? DEFAULT_WEIGHTS);
  const budget = Math.min(sentenceBudget(opts.length), units.length);

  const ranked = units.map((u) => u.index).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const coverage = opts.coverage === undefined ? DEFAULT_COVERAGE : opts.coverage;
  let chosen =
    coverage && budget >= COVERAGE_MIN_BUDGET && suitsCoverage(units, coverage)
      ? selectByCoverage(units, scores, textPositions(units), budget, coverage, keptLead(units, features, coverage))
      : selectGreedy(scores, ranked, budget, features);
  chosen = repairOpening(chosen, ranked, units, features, budget);
  if (opts.length === 'short') {
    const first = chosen[0];
    const words = first === undefined ? 0 : features[first]!.wordCount;
    if (words >= SHORT_NUT_GRAF_WORDS) chosen = chosen.slice(0, 1);
  }
  return { sentences: chosen.map((i) => toSummarySentence(doc, units[i]!)) };
}

/** The opening sentence, when it is among the article's most central: the set must keep it. */
function keptLead(units: readonly Unit[], features: ReturnType<typeof computeFeatures>, p: CoverageParams): number | undefined {
  const opening = units.find((u) => !u.unterminated);
  if (!opening || p.leadCentralRank <= 0) return undefined;
  const c = features[opening.index]!.centrality;
  const above = features.filter((f) => f.centrality > c).length;
  return above < p.leadCentralRank ? opening.index : undefined;
}

/**
 * Greedy selection: each step takes the candidate with the best score after a penalty for its
 * similarity to the sentences already taken; redundant candidates are skipped outright.
 */
function selectGreedy(
  scores: readonly number[],
  ranked: readonly number[],
  budget: number,
  features: ReturnType<typeof computeFeatures>,
): number[] {
  const chosen: number[] = [];
  while (chosen.length < budget) {
    const taken = chosen.map((j) => features[j]!);
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < scores.length; i++) {
      if (chosen.includes(i) || taken.some((t) => isRedundant(features[i]!, t))) continue;
      const s = scores[i]! - SIMILARITY_PENALTY * maxSimilarity(features[i]!, taken);
      if (s > bestScore) {
        best = i;
        bestScore = s;
      }
    }
    if (best < 0) break;
    chosen.push(best);
  }
  // a very repetitive article: fill up without the redundancy check rather than return less
  for (const i of ranked) {
    if (chosen.length >= budget) break;
    if (!chosen.includes(i)) chosen.push(i);
  }
  return chosen.sort((a, b) => a - b);
}

/**
 * Makes sure the summary does not open with a dangling pronoun or connective. First choice:
 * pull in the sentence just before it (its likely antecedent) in place of the weakest other
 * sentence; otherwise drop the dangling opening and take the next best sentence.
 */
function repairOpening(
  chosen: number[],
  ranked: readonly number[],
  units: readonly Unit[],
  features: ReturnType<typeof computeFeatures>,
  budget: number,
): number[] {
  let current = [...chosen];
  const banned = new Set<number>();
  for (let attempt = 0; attempt < 8; attempt++) {
    const first = current[0];
    if (first === undefined || !isDanglingOpening(units[first]!.text)) return current;
    const prev = first - 1;
    const antecedent = units[prev];
    if (antecedent && !antecedent.unterminated && !isDanglingOpening(antecedent.text) && !banned.has(prev)) {
      // keep the dangling sentence, now with its context, and give up the lowest-ranked other one
      const rest = current.slice(1);
      if (current.length >= budget && rest.length > 0) {
        const weakest = rest.reduce((a, b) => (ranked.indexOf(a) > ranked.indexOf(b) ? a : b));
        rest.splice(rest.indexOf(weakest), 1);
      }
      return [prev, first, ...rest].sort((a, b) => a - b);
    }
    banned.add(first);
    const without = current.filter((i) => i !== first);
    const next = ranked.find(
      (i) => !banned.has(i) && !without.includes(i) && !without.some((j) => isRedundant(features[i]!, features[j]!)),
    );
    current = (next === undefined ? without : [...without, next]).sort((a, b) => a - b);
  }
  // every candidate dangles: fall back to the earliest non-dangling sentence as the opening
  const clean = ranked.find((i) => !isDanglingOpening(units[i]!.text));
  if (clean === undefined) return current;
  return [clean, ...current.filter((i) => i > clean && i !== clean)].slice(0, budget).sort((a, b) => a - b);
}

function toSummarySentence(doc: Doc, unit: Unit): SummarySentence {
  const [start, end] = doc.toInput(unit.start, unit.end);
  return { text: doc.input.slice(start, end), start, end, paragraph: unit.paragraph, sentence: unit.sentence };
}

export { isDanglingOpening } from './dangling.js';
export { isFurniture } from './furniture.js';
export type { ScoringWeights } from './scoring.js';
export { DEFAULT_WEIGHTS } from './scoring.js';
