/**
 * Runs every analysis once on a small built-in text at start-up. The engines load word lists
 * lazily (compromise's lexicon, the background word frequencies); paid here, that cost never
 * lands inside a platform's 3-second deadline for the first real command.
 */
import { buildDoc } from './text/doc.js';
import { summarise } from './summarise/index.js';
import { keyFacts } from './summarise/facts.js';
import { extractQuotes } from './quotes/index.js';
import { compareDocs } from './compare/index.js';

const SAMPLE_A =
  'The city council voted on Tuesday to close the harbour bridge to cars from March. ' +
  '“We cannot ask people to drive over a bridge we would not stand under,” said Maria Lopez, the mayor. ' +
  'She added that buses would still cross. The repairs will cost $14 million, according to the engineers.';
const SAMPLE_B =
  'Cars will be banned from the harbour bridge from March, the council decided on Tuesday. ' +
  'Mayor Maria Lopez said the repairs, estimated at $15 million, would take eighteen months.';

export function warmAnalyses(): number {
  const started = performance.now();
  const a = buildDoc(SAMPLE_A);
  const b = buildDoc(SAMPLE_B);
  summarise(a, { length: 'medium' });
  keyFacts(a);
  extractQuotes(a);
  compareDocs(a, b);
  return performance.now() - started;
}
