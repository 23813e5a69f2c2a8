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

/**
 * A longer pair in the shapes real reporting takes (split and partial quotes, "according to",
 * reported speech, titles and organisations, figures, dates): the first real comparison runs
 * through code V8 has not yet compiled, and a few-sentence sample leaves most of it cold.
 */
const REPORT_A = [
  'Harbour bridge to close to cars for repairs',
  'RIVERTON — The city council voted 7-2 on Tuesday, March 4, to close the harbour bridge to cars for 18 months while engineers replace its corroded supports.',
  '“We cannot ask people to drive over a bridge we would not stand under,” Mayor Maria Lopez said after the vote. “It is the hardest decision this council has made.”',
  'The repairs will cost $14.2 million, according to a report by Halden Engineering, the firm the county hired in January. About 18,000 vehicles cross the bridge each day.',
  'Councillor Tom Reyes, who voted against the closure, said the city had ignored warnings for a decade. He told reporters that businesses on the north shore would lose 30% of their trade.',
  'Dana Whitlock, the county engineer, said the supports had moved three inches since 2019. “The steel is thinner than paper in places,” she said, adding that inspections would continue weekly.',
  'The Riverton Chamber of Commerce warned that the closure could cost local shops as much as $2 million. Its president, Ines Moreau, called the plan “rushed” and urged the council to phase the work.',
  'Buses, cyclists and pedestrians will still be allowed to cross. The state transport department said it would add two ferry crossings from April 1.',
].join('\n\n');
const REPORT_B = [
  'Council shuts Riverton bridge to traffic',
  'Cars will be banned from the Riverton harbour bridge from next month, the council decided on Tuesday, after engineers found badly corroded supports.',
  'Mayor Maria Lopez said the city had no choice. “Nobody wants this, but the bridge is not safe,” she told a packed meeting at City Hall.',
  'Engineers estimated the repairs at $15 million and said they would take about a year and a half, according to documents seen by the Riverton Gazette.',
  'Opposition councillor Tom Reyes claimed the council had known about the damage since 2015 and accused the mayor of “years of neglect”.',
  'Local traders said the closure would hit them hard. “We will lose a third of our customers overnight,” said Omar Haddad, who runs a bakery near the bridge.',
  'Governor Lena Novak promised state money for the work, her office said in a statement on Wednesday.',
].join('\n\n');

export function warmAnalyses(): number {
  const started = performance.now();
  const a = buildDoc(SAMPLE_A);
  const b = buildDoc(SAMPLE_B);
  summarise(a, { length: 'medium' });
  keyFacts(a);
  extractQuotes(a);
  compareDocs(a, b);
  for (let i = 0; i < REPORT_ROUNDS; i++) compareDocs(buildDoc(REPORT_A), buildDoc(REPORT_B));
  return performance.now() - started;
}

/**
 * Measured on two 5,000-word pieces (median CPU ms of the first comparison, fresh processes):
 * 334 with no warm-up, 302 after the short sample, ~290 after two rounds of the reports; more
 * rounds or longer mixed texts did not lower it further (what remains is per-word caches and
 * code paths only real text reaches).
 */
const REPORT_ROUNDS = 2;

