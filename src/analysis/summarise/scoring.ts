/**
 * How good a sentence is as summary material, from position and centrality.
 *
 * News follows the inverted pyramid, so early sentences carry the story; long-form, opinion and
 * transcripts do not, so a sentence that shares the words the article keeps returning to is
 * also worth taking. The score mixes both, then discounts what readers do not want first:
 * captions (no closing punctuation), bare quotations (the highlight of a story is rarely a
 * quote), questions, and sentences too short or too long to stand alone.
 */
import type { Unit } from './units.js';
import type { UnitFeatures } from './features.js';

export interface ScoringWeights {
  /** weight of the position prior */
  position: number;
  /** position decay, in sentences: the prior halves roughly every 0.7 × decay sentences */
  decay: number;
  /** weight of centrality (normalised to the article's most central sentence) */
  centrality: number;
  unterminated: number;
  quotation: number;
  question: number;
  /** discount per word (per 20 words): shorter sentences make a tighter summary */
  perWord: number;
  /** sentences shorter than this many words are discounted */
  minWords: number;
  /** sentences longer than this many words are discounted in proportion */
  maxWords: number;
  /** above this share of first-person sentences a story is told in someone's own words… */
  firstPersonShare: number;
  /** …and its position prior is scaled by this */
  firstPersonPosition: number;
}

export const DEFAULT_WEIGHTS: ScoringWeights = {
  position: 1,
  decay: 4,
  centrality: 0.6,
  unterminated: 0,
  quotation: 0.25,
  question: 0.3,
  perWord: 0,
  minWords: 8,
  maxWords: 45,
  firstPersonShare: 0.3,
  firstPersonPosition: 0.3,
};

const OPENS_WITH_QUOTE = /^[\s(]*["“‘'«]/u;

/**
 * Position in the running text: captions and headings (units with no closing punctuation) sit
 * beside the story, not in its order, so they do not push the sentences after them down the
 * pyramid; each takes the position of the sentence that follows it.
 */
export function textPositions(units: readonly Unit[]): number[] {
  const positions: number[] = [];
  let sentences = 0;
  for (const u of units) {
    positions.push(sentences);
    if (!u.unterminated) sentences++;
  }
  return positions;
}

const FIRST_PERSON = /\b(?:I|[Mm]y|[Ww]e|[Oo]ur)\b/u;
const CLOSED_QUOTATION = /["“][^"”]*["”]/gu;
/** A share over fewer sentences than this (a pasted paragraph) says nothing about the story's voice. */
const MIN_SENTENCES_FOR_VOICE = 8;

/**
 * Share of sentences in the first person outside a closed quotation: the writer's own
 * narration, or a quotation that runs over several sentences. Above three in ten, the story is
 * told in someone's own words (an interview, a profile, a first-person feature); its opening
 * lines set a scene or tease rather than state the news, so position counts for less there and
 * what the piece keeps returning to counts for more.
 */
export function firstPersonShare(units: readonly Unit[]): number {
  if (units.length === 0) return 0;
  return units.filter((u) => FIRST_PERSON.test(u.text.replace(CLOSED_QUOTATION, ' '))).length / units.length;
}

export function scoreUnits(units: readonly Unit[], features: readonly UnitFeatures[], w: ScoringWeights = DEFAULT_WEIGHTS): number[] {
  const maxCentrality = Math.max(1e-9, ...features.map((f) => f.centrality));
  const positions = textPositions(units);
  const toldInOwnWords = units.length >= MIN_SENTENCES_FOR_VOICE && firstPersonShare(units) > w.firstPersonShare;
  const position = w.position * (toldInOwnWords ? w.firstPersonPosition : 1);
  return units.map((u, i) => {
    const f = features[i]!;
    let s = position * Math.exp(-positions[i]! / w.decay) + w.centrality * (f.centrality / maxCentrality);
    if (u.unterminated) s -= w.unterminated;
    if (OPENS_WITH_QUOTE.test(u.text)) s -= w.quotation;
    if (/\?['"’”»)]*$/u.test(u.text)) s -= w.question;
    s -= (w.perWord * f.wordCount) / 20;
    if (f.wordCount < w.minWords) s -= (0.5 * (w.minWords - f.wordCount)) / w.minWords;
    if (f.wordCount > w.maxWords) s -= (f.wordCount - w.maxWords) / w.maxWords;
    return s;
  });
}
