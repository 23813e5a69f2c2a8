/**
 * One side of a comparison, prepared once: term tokens and vectors for the whole piece and for
 * each sentence, its entities, and helpers that turn doc.text spans into located references.
 */
import type { Doc } from '../text/doc.js';
import { partitionPoint } from '../text/sorted.js';
import { extractEntities, type Entity, type EntityIndex, type EntityMention } from '../text/entities.js';
import { termTokens, termVector, type TermToken, type TermVector } from '../text/terms.js';
import { countWords } from '../text/words.js';
import { storyTokens } from './story-terms.js';
import type { SentenceRef, Side, SpanRef } from './types.js';

/** Content tokens this far into a piece count double: the headline and lead define a story. */
export const LEAD_TOKENS = 50;
export const LEAD_WEIGHT = 2;
/**
 * The opening this many story tokens long (about 200 words: headline and first paragraphs) gets a
 * vector of its own: it is where a story says what happened, and its size does not grow with the
 * article, so a brief and a long feature on one event still meet there.
 */
export const OPENING_TOKENS = 100;
/** Capitalised (name-like) tokens weigh this much more than common words. */
export const CAPITAL_BOOST = 1.5;

export interface Piece {
  side: Side;
  doc: Doc;
  tokens: TermToken[];
  /** reporting tokens only (no page furniture), nationalities read as countries */
  story: TermToken[];
  /** the story vector, built from `story` */
  vector: TermVector;
  /** the same for the piece's opening (OPENING_TOKENS story tokens) */
  openingVector: TermVector;
  sentenceTokens: TermToken[][];
  sentenceVectors: TermVector[];
  entities: EntityIndex;
  /** each sentence's entity mentions, in the order of entities.all: conflicts and detail differences look them up per aligned pair */
  mentionsBySentence: { e: Entity; m: EntityMention }[][];
  words: number;
  sentenceRef(index: number): SentenceRef;
  spanRef(start: number, end: number): SpanRef;
  /** the terms of termTokens(doc.text.slice(start, end)) (offsets and capitals as read in the whole text): taken from `tokens` when no word runs across an edge */
  termsIn(start: number, end: number): TermToken[];
}

// Preparing a 5,000-word piece takes tens of milliseconds and one article is often compared with
// several others: pieces are kept per Doc and side (Docs are immutable; the WeakMap lets them go).
const pieces = new WeakMap<Doc, Partial<Record<Side, Piece>>>();

export function preparePiece(doc: Doc, side: Side): Piece {
  let bySide = pieces.get(doc);
  if (!bySide) pieces.set(doc, (bySide = {}));
  return (bySide[side] ??= buildPiece(doc, side));
}

function buildPiece(doc: Doc, side: Side): Piece {
  const tokens = termTokens(doc.text);
  const sentenceTokens: TermToken[][] = doc.sentences.map(() => []);
  let si = 0;
  for (const t of tokens) {
    while (si < doc.sentences.length - 1 && t.start >= doc.sentences[si]!.end) si++;
    sentenceTokens[si]?.push(t);
  }
  const story = storyTokens(doc, sentenceTokens);
  const entities = extractEntities(doc);
  const mentionsBySentence: { e: Entity; m: EntityMention }[][] = doc.sentences.map(() => []);
  for (const e of entities.all) for (const m of e.mentions) mentionsBySentence[m.sentence]?.push({ e, m });
  const paragraphOf = (offset: number): number => {
    const ps = doc.paragraphs;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ps[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return {
    side,
    doc,
    tokens,
    story,
    vector: pieceVector(story),
    openingVector: pieceVector(story.slice(0, OPENING_TOKENS)),
    sentenceTokens,
    sentenceVectors: sentenceTokens.map((ts) => termVector(ts, { capitalBoost: CAPITAL_BOOST })),
    entities,
    mentionsBySentence,
    words: countWords(doc.text),
    sentenceRef(index) {
      const s = doc.sentences[index]!;
      const [start, end] = doc.toInput(s.start, s.end);
      return { side, paragraph: s.paragraph + 1, sentence: index, text: s.text, start, end };
    },
    spanRef(start, end) {
      const [s, e] = doc.toInput(start, end);
      return { side, paragraph: paragraphOf(start), text: doc.text.slice(start, end), start: s, end: e };
    },
    termsIn(start, end) {
      const text = doc.text;
      if (straddles(text, start) || straddles(text, end)) return termTokens(text.slice(start, end));
      const lo = partitionPoint(tokens.length, (i) => tokens[i]!.start < start);
      const out: TermToken[] = [];
      for (let i = lo; i < tokens.length && tokens[i]!.end <= end; i++) out.push(tokens[i]!);
      return out;
    },
  };
}

/**
 * Could a word of the whole text run across `at`? Only when the characters either side both may
 * be part of one (letters, digits, apostrophes; surrogates, to be safe). When none can, the words
 * of a stretch from `at` are the whole text's words there, so its terms need no second pass.
 */
function straddles(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  return IN_WORD.test(text[at - 1]!) && IN_WORD.test(text[at]!);
}
const IN_WORD = /[\p{L}\p{N}'’\uD800-\uDFFF]/u;

/** The whole-piece vector: TF-IDF with the lead counted double and names boosted. */
export function pieceVector(tokens: readonly TermToken[], idf?: (term: string) => number): TermVector {
  const weighted: TermToken[] = [];
  tokens.forEach((t, i) => {
    weighted.push(t);
    if (i < LEAD_TOKENS) for (let k = 1; k < LEAD_WEIGHT; k++) weighted.push(t);
  });
  return termVector(weighted, { capitalBoost: CAPITAL_BOOST, ...(idf ? { idf } : {}) });
}

/** Paragraph anchor of a sentence ref: "A¶3". */
export function anchor(ref: { side: Side; paragraph: number }): string {
  return `${ref.side}¶${ref.paragraph}`;
}
