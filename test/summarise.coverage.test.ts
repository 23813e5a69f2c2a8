import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { EASTBROOK_BRIDGE } from './support/texts.js';
import { summarise } from '../src/analysis/summarise/index.js';
import { buildUnits } from '../src/analysis/summarise/units.js';
import { textPositions } from '../src/analysis/summarise/scoring.js';
import { DEFAULT_COVERAGE, namesInside, suitsCoverage, selectByCoverage, wordSalience } from '../src/analysis/summarise/coverage.js';

// An invented story in short-paragraph web style: the body opens on a long scene, and the
// words of its point (ferry, Ardmore, cancelled, storm) recur in short sentences further down.
const SHORT_PARAGRAPHS = [
  'On a grey morning at the harbour, with gulls circling over the empty quay and a handful of walkers sheltering by the ticket office, the usual queue of cars and delivery vans was nowhere to be seen.',
  'The Ardmore ferry has been cancelled for a week because of the storm.',
  'Operators said the storm had damaged the Ardmore pier.',
  'Local shop owner Rosa Finch said the weekend had been quiet and she hoped the weather would settle before the school holidays began next month.',
  'Islanders rely on the ferry for food and post.',
  'The council said repairs to the pier would start once the storm passed.',
  'A replacement ferry may run from Monday if the pier is safe.',
].join('\n\n');

const ONE_BLOCK = SHORT_PARAGRAPHS.replace(/\n\n/g, ' ');

describe('coverage selection for pieces whose point recurs', () => {
  it('decides from the text, not the layout: the same story in one block is treated alike', () => {
    expect(suitsCoverage(buildUnits(buildDoc(SHORT_PARAGRAPHS)))).toBe(true);
    expect(suitsCoverage(buildUnits(buildDoc(ONE_BLOCK)))).toBe(true);
    const onePerParagraph = (ts: string[]) => summarise(buildDoc(ts.join('\n\n')), { length: 3 }).sentences.map((x) => x.text);
    const sentences = SHORT_PARAGRAPHS.split('\n\n');
    expect(onePerParagraph(sentences)).toEqual(summarise(buildDoc(ONE_BLOCK), { length: 3 }).sentences.map((x) => x.text));
  });

  it('counts the capitalised words inside a sentence, not its first word', () => {
    expect(namesInside('The ferry was cancelled.')).toBe(0);
    expect(namesInside('Police in Ardmore said John Smith, 45, of Kilbride Road had been charged.')).toBe(5);
  });

  it('leaves a story that opens with a name-dense news lead to the position-led selection', () => {
    const lead =
      'Ardmore Harbour Trust chairman John Smith told the Scottish Parliament on Tuesday that CalMac Ferries would cancel the Ardmore service for a week.';
    const units = buildUnits(buildDoc([lead, ...SHORT_PARAGRAPHS.split('\n\n').slice(1)].join('\n\n')));
    expect(namesInside(units[0]!.text)).toBeGreaterThanOrEqual(DEFAULT_COVERAGE.leadNames);
    expect(suitsCoverage(units)).toBe(false);
  });

  it('leaves a long report (20 sentences or more) to the position-led selection', () => {
    const body = Array.from({ length: 3 }, () => SHORT_PARAGRAPHS.split('\n\n')).flat();
    expect(body.length).toBeGreaterThanOrEqual(DEFAULT_COVERAGE.maxSentences);
    expect(suitsCoverage(buildUnits(buildDoc(body.join(' '))))).toBe(false);
  });

  it('keeps a central opening sentence (a real lead) in the coverage set', () => {
    const text = EASTBROOK_BRIDGE.join('\n\n');
    const doc = buildDoc(text);
    expect(suitsCoverage(buildUnits(doc))).toBe(true);
    const first = (leadCentralRank: number) =>
      summarise(doc, { length: 3, coverage: { ...DEFAULT_COVERAGE, leadCentralRank } }).sentences[0]!.text;
    expect(first(0)).not.toMatch(/^The Eastbrook council approved/);
    expect(first(DEFAULT_COVERAGE.leadCentralRank)).toMatch(/^The Eastbrook council approved/);
  });

  it('weighs words by how many other sentences repeat them, function words flat', () => {
    const units = buildUnits(buildDoc(SHORT_PARAGRAPHS));
    const salience = wordSalience(units, textPositions(units), DEFAULT_COVERAGE);
    expect(salience.get('storm')!).toBeGreaterThan(salience.get('gull') ?? 0);
    expect(salience.get('gull') ?? 0).toBe(0); // said once: nothing to cover
    expect(salience.get('the')).toBe(DEFAULT_COVERAGE.functionWord);
  });

  it('prefers the tight sentences that carry the recurring words to the long opening scene', () => {
    const doc = buildDoc(SHORT_PARAGRAPHS);
    const texts = (coverage: false | undefined) =>
      summarise(doc, { length: 3, ...(coverage === false ? { coverage } : {}) }).sentences.map((s) => s.text);
    const greedy = texts(false);
    const covered = texts(undefined);
    expect(greedy.some((t) => t.startsWith('On a grey morning'))).toBe(true);
    expect(covered.some((t) => t.startsWith('On a grey morning'))).toBe(false);
    for (const t of covered) expect(t).toMatch(/ferry|pier|storm/);
    const wordsOf = (ts: string[]) => ts.join(' ').split(/\s+/).length;
    expect(wordsOf(covered)).toBeLessThan(wordsOf(greedy));
  });

  it('leaves the short nut graf to the lead-biased score', () => {
    const short = summarise(buildDoc(SHORT_PARAGRAPHS), { length: 'short' }).sentences;
    expect(short[0]!.text).toMatch(/^On a grey morning/);
  });

  it('keeps the summary verbatim, in article order, with no dangling opening', () => {
    const s = summarise(buildDoc(SHORT_PARAGRAPHS), { length: 3 });
    expect(s.sentences).toHaveLength(3);
    for (const x of s.sentences) expect(SHORT_PARAGRAPHS.slice(x.start, x.end)).toBe(x.text);
    const starts = s.sentences.map((x) => x.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(/^(?:It|He|She|They|But|This)\b/.test(s.sentences[0]!.text)).toBe(false);
  });

  it('gives up a share of a set\'s value for a sentence that opens with a quotation mark', () => {
    const text = [
      'The ferry service to Ardmore was cancelled on Friday.',
      '"The ferry to Ardmore is cancelled," the operator said.',
      'The operator said the ferry to Ardmore is cancelled.',
      'Islanders wait for news of the ferry.',
    ].join('\n\n');
    const units = buildUnits(buildDoc(text));
    const flat = units.map(() => 0);
    const pick = (quotation: number) =>
      selectByCoverage(units, flat, textPositions(units), 1, { ...DEFAULT_COVERAGE, quotation }).map((i) => units[i]!.text);
    // the same words either way: without the rule the quote (first met) wins the tie
    expect(pick(0)[0]).toMatch(/^"The ferry/);
    expect(pick(DEFAULT_COVERAGE.quotation)[0]).toMatch(/^The operator said/);
  });

  it('chooses among the best-scored candidates only, and returns the budget', () => {
    const units = buildUnits(buildDoc(SHORT_PARAGRAPHS));
    const scores = units.map((u) => -u.index); // earlier is better
    const chosen = selectByCoverage(units, scores, textPositions(units), 2, { ...DEFAULT_COVERAGE, candidates: 3 });
    expect(chosen).toHaveLength(2);
    for (const i of chosen) expect(i).toBeLessThan(3);
    expect(chosen).toEqual([...chosen].sort((a, b) => a - b));
  });
});
