/**
 * The terms a piece's story vector is built from: its reporting tokens (page furniture and wire
 * credits left out, see boilerplate.ts) with adjectives of nationality read as their country, so "Iranian
 * officials" and "officials in Iran" share a term, as a reader would take them to.
 */
import type { Doc } from '../text/doc.js';
import { DEMONYMS } from '../text/names.js';
import { stemOf, type TermToken } from '../text/terms.js';
import { reportingTokens } from './boilerplate.js';

/** Stem of a one-word demonym (and its plural: "Iranians") → stem of its one-word country. */
const COUNTRY_OF = new Map<string, string>();
for (const [demonym, country] of Object.entries(DEMONYMS)) {
  if (demonym.includes(' ') || country.includes(' ')) continue;
  COUNTRY_OF.set(stemOf(demonym), stemOf(country));
  COUNTRY_OF.set(stemOf(`${demonym}s`), stemOf(country));
}

/**
 * A wire or broadcaster credit in a dateline: "TUCSON, Ariz. (AP) —", "(Reuters) -", "(CBSLA) —".
 * It names who supplied the text, not what happened, and two unrelated stories from one wire
 * share it at the weight of a rare name.
 */
const CREDIT = /\((?:[A-Z][A-Za-z0-9]*(?: News)?)\)\s*[—–-]/g;

export function storyTokens(doc: Doc, sentenceTokens: readonly TermToken[][]): TermToken[] {
  let tokens = reportingTokens(doc.text, doc.sentences, sentenceTokens);
  const credits = [...doc.text.matchAll(CREDIT)].map((m) => [m.index, m.index + m[0].length] as const);
  if (credits.length) tokens = tokens.filter((t) => !credits.some(([s, e]) => t.start >= s && t.end <= e));
  return countriesForNationalities(tokens);
}

/** The tokens with each one-word nationality read as its country ("Iranian" → "Iran"); a new array. */
export function countriesForNationalities(tokens: readonly TermToken[]): TermToken[] {
  return tokens.map((t) => {
    const country = COUNTRY_OF.get(t.term);
    return country ? { ...t, term: country } : t;
  });
}
