/**
 * One line of `nutgraf batch compare` / `npm run eval`: two texts in, the comparison JSON out
 * (the scorer reads `id` and `similarity`; the rest is there for people and other checks).
 */
import { buildDoc } from '../text/doc.js';
import { compareDocs, compareToJson, type CompareOptions } from './index.js';

export interface CompareBatchLine {
  id: string;
  a_text: string;
  b_text: string;
  /** titles, when the source keeps them apart from the texts */
  a_title?: string;
  b_title?: string;
}

export function compareBatchLine(line: CompareBatchLine, opts: CompareOptions = {}): Record<string, unknown> {
  const titles = { ...(line.a_title ? { a: line.a_title } : {}), ...(line.b_title ? { b: line.b_title } : {}) };
  const comparison = compareDocs(buildDoc(line.a_text), buildDoc(line.b_text), { titles, ...opts });
  return compareToJson(line.id, comparison);
}
