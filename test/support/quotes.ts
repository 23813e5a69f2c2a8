/** Small readers over extractQuotes for the quotes tests (texts the tests write themselves). */
import { buildDoc } from '../../src/analysis/text/doc.js';
import { extractQuotes, type Quote } from '../../src/analysis/quotes/index.js';
import { quotesToJson } from '../../src/analysis/quotes/json.js';

export function quotesIn(text: string): Quote[] {
  return extractQuotes(buildDoc(text));
}

/** Reported speech only, as [resolved speaker, content] pairs. */
export function indirectIn(text: string): Array<[string | null, string]> {
  return quotesIn(text)
    .filter((q) => q.kind === 'indirect')
    .map((q) => [q.speaker, q.quote]);
}

/** The quote whose content contains `snippet`; throws (listing what was found) when there is none. */
export function quoteWith(text: string, snippet: string, quotes: Quote[] = quotesIn(text)): Quote {
  const q = quotes.find((x) => x.quote.includes(snippet));
  if (!q) throw new Error(`no quote containing "${snippet}" in ${JSON.stringify(quotes.map((x) => x.quote))}`);
  return q;
}

/** The resolved speaker of the quote containing `snippet`. */
export function speakerOf(text: string, snippet: string): string | null {
  return quoteWith(text, snippet).speaker;
}

/** The speaker as the JSON line gives it ("Full Name, description as written"). */
export function jsonSpeakerOf(text: string, snippet: string): string | null {
  const doc = buildDoc(text);
  const line = quotesToJson('t', doc, extractQuotes(doc));
  const q = line.quotes.find((x) => x.quote.includes(snippet));
  if (!q) throw new Error(`no quote containing "${snippet}"`);
  return q.speaker;
}
