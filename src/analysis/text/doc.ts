/**
 * The text layer every analysis reads: the input as given, its normalised form with the offset
 * map, paragraphs and sentences. Built once per article and cached by article id, so summarise,
 * quotes, compare and grouping never re-segment the same text.
 */
import { normaliseText, toInputSpan, type NormalisedText } from './normalise.js';
import { splitParagraphs, splitSentences, type Paragraph, type Sentence } from './segment.js';

export interface Doc {
  /** The text exactly as given (offsets we output index this). */
  readonly input: string;
  /** Normalised text (what analyses read). */
  readonly text: string;
  readonly norm: NormalisedText;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** Maps a span of `text` to a span of `input`. */
  toInput(start: number, end: number): [number, number];
}

export function buildDoc(input: string): Doc {
  const norm = normaliseText(input);
  const paragraphs = splitParagraphs(norm.text);
  const sentences = splitSentences(norm.text, paragraphs);
  return {
    input,
    text: norm.text,
    norm,
    paragraphs,
    sentences,
    toInput: (start, end) => toInputSpan(norm, start, end),
  };
}

const cache = new Map<string, Doc>();
const CACHE_SIZE = 64;

/** buildDoc with a small LRU keyed by article id (ids are hashes of the text). */
export function docFor(id: string, input: string): Doc {
  const hit = cache.get(id);
  if (hit && hit.input === input) {
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  const doc = buildDoc(input);
  cache.set(id, doc);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return doc;
}
