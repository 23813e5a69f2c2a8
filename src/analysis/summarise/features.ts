/**
 * Sentence features for extraction: content-word vectors (a light stemmer, stop words out,
 * TF-IDF over the article's own sentences), centrality (how much of the article a sentence
 * shares words with), and position in the article.
 */
import type { Unit } from './units.js';

const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them themselves then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom why will with would you your yours ' +
    'yourself yourselves said says say told tells according also would could may might must shall one two new year years mr mrs ms dr ' +
    'last first time like just get got going went made make us'
  ).split(' '),
);

/** A light suffix stripper: enough to join "charged"/"charges"/"charging" for overlap counts. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('es') && w.length > 4 && /(?:ch|sh|x|ss|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Stemmed content words of a text, lower-cased, stop words and one-letter tokens removed. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const lower = w.toLowerCase();
    if (lower.length < 2 || STOP.has(lower)) continue;
    out.push(stem(lower));
  }
  return out;
}

export type Vector = Map<string, number>;

export interface UnitFeatures {
  terms: string[];
  vector: Vector;
  /** cosine with the rest of the article (the centroid of all other units) */
  centrality: number;
  wordCount: number;
}

function norm(v: Vector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) dot += x * y;
  }
  const n = norm(a) * norm(b);
  return n > 0 ? dot / n : 0;
}

export function computeFeatures(units: readonly Unit[]): UnitFeatures[] {
  const termLists = units.map((u) => contentTerms(u.text));
  const df = new Map<string, number>();
  for (const terms of termLists) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(units.length, 1);
  // idf over the article's own sentences: words that recur across it are what it is about,
  // but a word in every sentence says nothing
  const idf = (t: string) => Math.log((n + 1) / ((df.get(t) ?? 0) + 0.5));
  const vectors: Vector[] = termLists.map((terms) => {
    const v: Vector = new Map();
    for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, (1 + Math.log(tf)) * idf(t));
    return v;
  });
  // centroid weights: document frequency (how many sentences repeat the word), so a sentence is
  // central when it carries the words the article keeps coming back to
  const centroid: Vector = new Map();
  for (const [t, d] of df) if (d > 1) centroid.set(t, (d - 1) * idf(t));
  // (LexRank-style degree centrality and similarity to the opening were tried as features and
  // gained nothing on the dev sets: not computed, since degree alone is quadratic per article)
  return units.map((u, i) => ({
    terms: termLists[i]!,
    vector: vectors[i]!,
    centrality: cosine(vectors[i]!, centroid),
    wordCount: words(u.text).length,
  }));
}
