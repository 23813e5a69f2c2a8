/**
 * One line of `nutgraf batch summarise` / `npm run eval`: `{"id","text"}` in,
 * `{"id","summary":[{"text","start","end"}],"facts":{…}}` out, offsets into `text` as given.
 */
import { buildDoc } from '../text/doc.js';
import { summarise } from './index.js';
import { keyFacts, type Facts } from './facts.js';

export interface SummaryBatchOutput {
  id: string;
  summary: { text: string; start: number; end: number }[];
  facts: Facts;
}

export function summariseBatchLine(line: { id: string; text: string }, length = 3): SummaryBatchOutput {
  const doc = buildDoc(line.text);
  const summary = summarise(doc, { length });
  return {
    id: line.id,
    summary: summary.sentences.map((s) => ({ text: s.text, start: s.start, end: s.end })),
    facts: keyFacts(doc),
  };
}
