/**
 * Coverage selection for pieces whose point recurs through them rather than sitting in a lead
 * (short pieces that open on a scene, a quote or a second-day detail).
 *
 * Such a story's point is a single sentence: the standfirst or nut graf, about 20-25 words. Its
 * body rarely states that point in one place: after the (often detached) first line it goes to
 * a scene, a second-day detail or a quote, and the words of the nut recur across the piece. So
 * for these articles we do not rank sentences one by one: we choose the set of sentences that
 * covers the most of what the article keeps coming back to per word shown, i.e. the set that
 * maximises an expected unigram F1 against a nut-graf-length reference,
 *
 *     2 · Σ salience(w) over the distinct words w of the set  /  (words in the set + NUT_WORDS)
 *
 * Counting each word once rewards sentences that add something new; dividing by length rewards
 * tight ones (a long sentence must bring proportionally more). The set is searched exhaustively
 * among the article's strongest candidates by the ordinary score (position and centrality), so
 * a sentence far down the piece or one the score discounts (a caption, a question, a bare
 * quotation) is chosen only if it is among them. A set also gives up a fifth of its value per
 * share of its sentences that open with a quotation mark: unattributed quotes read badly as a
 * summary (on xsum-dev this takes quote openings from 44 to 18 of 375 sentences at no ROUGE-1
 * cost within noise: 21.30 -> 21.21, R2 2.98 -> 3.20).
 *
 * A word's salience is the share of the article's other sentences that repeat it, lifted when
 * the word appears early (the story's own words come first); function words get a small flat
 * weight (a one-sentence reference has its articles and prepositions too, but any sentence
 * supplies them).
 *
 * Tried (xsum-dev, 5-fold CV): ranking sentences by their own salience per word and then the
 * greedy MMR pass lost 0.6-1.3 ROUGE-1 (the set's coverage is what matters, not each
 * sentence's); a logistic model of "the word is in the reference" over 13 word features did no
 * better than this two-parameter form (prototype CV 21.24 vs 21.31); lifting names (words
 * capitalised inside a sentence) by 1.5x or 2x gained nothing (mean over six settings 21.19 ->
 * 21.14 / 21.15). On CNN/DM (multi-sentence highlights taken near-verbatim from the lead) the
 * coverage objective, forced on, lost 0.7-3.2 ROUGE-1 (nutWords 20-80, 5-10 candidates).
 *
 * When to use it (suitsCoverage) is decided from the text, never from the paragraph layout: an
 * earlier switch on "one or two sentences a paragraph" fired on every news site's layout and
 * cost CNN/DM re-laid out that way 43.00 -> 39.77 ROUGE-1, while XSum as one block lost its gain.
 * The rule: fewer than 20 sentences and an opening sentence with fewer than 7 capitalised words
 * inside it. Fitted by nested 5-fold CV across documents (10 fold draws) over single thresholds
 * and pairs of thresholds on seven text features (sentences, first-sentence words, names and
 * centrality, its centrality rank, its share of the top recurring words, mean sentence length);
 * 45 of 50 folds chose this pair. CV: XSum 20.98 (one-block 20.83), CNN/DM 43.49 (range
 * 42.97-43.70). Full fit on dev: XSum 21.00 ± 0.64 (one block 20.86), CNN/DM 43.70 ± 1.35 in
 * either layout; paired vs position-led only: XSum +0.88 ± 0.33, CNN/DM +0.70 ± 0.37.
 * The "lead strength" signals one would expect did NOT separate the articles where coverage
 * helps: within each corpus the gain hardly correlates with the first sentence's centrality
 * (r = +0.13 XSum, 0.00 CNN/DM, the wrong sign), its rank or its share of the recurring words
 * (|r| <= 0.14); article length (r = -0.09 / -0.12, short pieces gain more in both corpora)
 * and a name-dense opening are what held up. Caveats: article length also separates the two
 * corpora (XSum 19 sentences on average, CNN/DM 25), and XSum's texts have lost their lead
 * sentence (it became the reference), so the rule is not checked on a BBC page with its lead.
 * For that case the set keeps the opening sentence when it is among the three most central
 * (leadCentralRank; dev: XSum 21.00 -> 21.03, CNN/DM unchanged, i.e. neutral; it is there so a
 * real lead is not dropped). Blending instead (set value = coverage/best + w × mean score/best,
 * w 0.25-4, on every article) trades one corpus for the other and reaches neither goal: XSum
 * 20.57 -> 20.04 as CNN/DM goes 41.17 -> 42.63 at best.
 */
import type { Unit } from './units.js';
import { stem, words } from './features.js';

const OPENS_WITH_QUOTE = /^[\s(]*["“‘'«]/u;

export interface CoverageParams {
  /** reference length in words (a one-sentence nut graf) */
  nutWords: number;
  /** how many of the best-scored sentences the set is chosen from */
  candidates: number;
  /** salience of a function word (a content word repeated in every sentence has about 1) */
  functionWord: number;
  /** lift for a word whose first mention is early: salience × (1 + early · e^(−position/4)) */
  early: number;
  /** share of its value a set gives up per sentence that opens with a quotation mark (a bare quote reads badly as a summary) */
  quotation: number;
  /** pieces of this many sentences or more are left to the position-led selection (see suitsCoverage) */
  maxSentences: number;
  /** an opening sentence with this many capitalised words inside it is a news lead: position-led selection */
  leadNames: number;
  /** the set keeps the opening sentence when it is among this many most central sentences (0: never) */
  leadCentralRank: number;
}

export const DEFAULT_COVERAGE: CoverageParams = {
  nutWords: 20,
  candidates: 10,
  functionWord: 0.1,
  early: 1,
  quotation: 0.2,
  maxSentences: 20,
  leadNames: 7,
  leadCentralRank: 3,
};


// a capitalised word that does not open the sentence: a name, a place, an organisation, a title
const NAME_INSIDE = /(?<=\S\s+)\p{Lu}\p{L}+/gu;

/** How many capitalised words a sentence has after its first word (a lead's who and where). */
export function namesInside(text: string): number {
  return (text.match(NAME_INSIDE) ?? []).length;
}

/**
 * Whether the piece reads as one whose point recurs through it (coverage selection) rather than
 * one told as an inverted pyramid (position-led selection), judged from the text alone, never
 * from its paragraph layout: a short piece (under `maxSentences` sentences) whose opening
 * sentence is not a name-dense news lead (fewer than `leadNames` capitalised words inside it).
 * A long report piles its detail under a lead that already states the story; an opening crowded
 * with names (who, where, which body) is that lead.
 */
export function suitsCoverage(units: readonly Unit[], p: CoverageParams = DEFAULT_COVERAGE): boolean {
  const opening = units.find((u) => !u.unterminated) ?? units[0];
  return units.length < p.maxSentences && opening !== undefined && namesInside(opening.text) < p.leadNames;
}

const FUNCTION_WORDS = new Set(
  ('a an the of to in on at for and or but is are was were be been being has have had it its by with as from ' +
    'that this which who whom he she they his her their them him i we you our my your said says say will would ' +
    'not no can could may might should do does did than then there these those into over after before about up ' +
    'out also more most some such so if when while what all one two').split(' '),
);

/** A unit's distinct words, lower-cased and stemmed, and its length in words. */
interface Bag {
  terms: string[];
  length: number;
}

function bagOf(unit: Unit): Bag {
  const ws = words(unit.text);
  return { terms: [...new Set(ws.map((w) => stem(w.toLowerCase())))], length: ws.length };
}

/** Salience of each word of the article (see the header). */
export function wordSalience(units: readonly Unit[], positions: readonly number[], p: CoverageParams, bags = units.map(bagOf)): Map<string, number> {
  const df = new Map<string, number>();
  const firstPosition = new Map<string, number>();
  bags.forEach((bag, i) => {
    for (const t of bag.terms) {
      df.set(t, (df.get(t) ?? 0) + 1);
      if (!firstPosition.has(t)) firstPosition.set(t, positions[i]!);
    }
  });
  const n = Math.max(units.length, 1);
  const salience = new Map<string, number>();
  for (const [t, d] of df) {
    if (FUNCTION_WORDS.has(t)) {
      salience.set(t, p.functionWord);
      continue;
    }
    const lift = 1 + p.early * Math.exp(-firstPosition.get(t)! / 4);
    salience.set(t, ((d - 1) / n) * lift);
  }
  return salience;
}

/**
 * The best set of `budget` units by coverage per word, among the `p.candidates` best-scored
 * units; in article order.
 */
export function selectByCoverage(
  units: readonly Unit[],
  scores: readonly number[],
  positions: readonly number[],
  budget: number,
  p: CoverageParams = DEFAULT_COVERAGE,
  keep?: number,
): number[] {
  const bags = units.map(bagOf);
  const salience = wordSalience(units, positions, p, bags);
  const pool = units
    .map((u) => u.index)
    .sort((a, b) => scores[b]! - scores[a]! || a - b)
    .slice(0, Math.max(p.candidates, budget))
    .sort((a, b) => a - b);
  const size = Math.min(budget, pool.length);
  // term ids per pooled unit, so the union is counted in an array
  const ids = new Map<string, number>();
  const weights: number[] = [];
  const termIds = pool.map((i) =>
    bags[i]!.terms.map((t) => {
      let id = ids.get(t);
      if (id === undefined) {
        id = weights.length;
        ids.set(t, id);
        weights.push(salience.get(t) ?? 0);
      }
      return id;
    }),
  );
  const lengths = pool.map((i) => bags[i]!.length);
  const quotes = pool.map((i) => (OPENS_WITH_QUOTE.test(units[i]!.text) ? 1 : 0));
  // how many sentences of the current partial set carry each word
  const uses = new Int32Array(weights.length);
  let best: number[] = pool.slice(0, size);
  let bestValue = -Infinity;
  const pick: number[] = [];
  const visit = (from: number, covered: number, length: number, quoted: number): void => {
    if (pick.length === size) {
      if (keep !== undefined && !pick.some((k) => pool[k] === keep)) return;
      const value = (covered / (length + p.nutWords)) * (1 - (p.quotation * quoted) / size);
      if (value > bestValue) {
        bestValue = value;
        best = pick.map((k) => pool[k]!);
      }
      return;
    }
    for (let k = from; k <= pool.length - (size - pick.length); k++) {
      let gain = 0; // the weight of this sentence's words the set does not have yet
      for (const id of termIds[k]!) {
        if (uses[id] === 0) gain += weights[id]!;
        uses[id] = uses[id]! + 1;
      }
      pick.push(k);
      visit(k + 1, covered + gain, length + lengths[k]!, quoted + quotes[k]!);
      pick.pop();
      for (const id of termIds[k]!) uses[id] = uses[id]! - 1;
    }
  };
  visit(0, 0, 0, 0);
  return best.sort((a, b) => a - b);
}
