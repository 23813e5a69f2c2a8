/**
 * One batch line of `nutgraf batch quotes` and `npm run eval`: `{id, text}` in, the JSON line out.
 */
import { buildDoc } from '../text/doc.js';
import { extractQuotes } from './index.js';
import { quotesToJson, type QuoteJson } from './json.js';

export function quotesBatchLine(line: { id: string; text: string }): QuoteJson {
  const doc = buildDoc(line.text);
  return quotesToJson(line.id, doc, extractQuotes(doc));
}
