import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { compareDocs, compareToJson, engineQuotes, type QuoteLike } from '../src/analysis/compare/index.js';
import { OPENING_TOKENS, preparePiece } from '../src/analysis/compare/piece.js';
import { compareBatchLine } from '../src/analysis/compare/batch.js';
import { classifyNumbers, namesConflict } from '../src/analysis/compare/conflicts.js';
import type { Entity } from '../src/analysis/text/entities.js';
import { parseCompareText } from '../commands/compare.js';
import { backgroundCount, backgroundIdf, stemOf, termTokens } from '../src/analysis/text/terms.js';
import { buildFromRows, parseCompact, toCompact } from '../src/analysis/text/background.js';
import { isFurniture } from '../src/analysis/compare/boilerplate.js';
import { storyTokens } from '../src/analysis/compare/story-terms.js';

const A = [
  'Flooding closes Riverton bridge',
  '',
  'The Riverton bridge was closed on Monday after floodwater damaged its supports, county engineer Dana Whitlock said.',
  '',
  'Repairs will cost $3.47 million and take about six weeks, Whitlock said. At least 12 people were rescued from cars on the approach road.',
  '',
  '“The supports moved three inches overnight,” Whitlock said.',
  '',
  'The bridge opened in 1962 and carries 18,000 vehicles a day.',
].join('\n');

const B = [
  'Riverton bridge shut by flood damage',
  '',
  'Officials shut the Riverton bridge on Monday after floodwater damaged its supports, county engineer Dana Whitlock claimed.',
  '',
  'Repairs will cost $3.5 million, Whitlock claimed. At least 19 people were rescued from cars on the approach road.',
  '',
  'Governor Marcus Bell promised state money for the repairs and allegedly blamed the county for years of neglect.',
].join('\n');

const UNRELATED = [
  'Orchestra names new conductor',
  '',
  'The city symphony orchestra has appointed violinist Mira Olsen as its principal conductor from next season.',
  '',
  'Olsen, who trained in Vienna, will lead eight concerts of music by Brahms and Sibelius.',
].join('\n');

// Voices come from a caller-supplied source here, so these tests do not depend on the quotes engine.
const quotesOf = (doc: ReturnType<typeof buildDoc>): QuoteLike[] => {
  const out: QuoteLike[] = [];
  for (const m of doc.text.matchAll(/“([^”]+)”/g)) out.push({ text: m[1]!, start: m.index! + 1, end: m.index! + 1 + m[1]!.length, speaker: 'Dana Whitlock', cue: 'said' });
  for (const m of doc.text.matchAll(/(Repairs will cost [^,]+)/g)) out.push({ text: m[1]!, start: m.index!, end: m.index! + m[1]!.length, speaker: 'Dana Whitlock', cue: /claimed/.test(doc.text.slice(m.index!, m.index! + 80)) ? 'claimed' : 'said' });
  return out;
};

describe('compareDocs', () => {
  const a = buildDoc(A);
  const b = buildDoc(B);
  const c = compareDocs(a, b, { quotes: quotesOf });

  it('rates two reports of one event well above an unrelated piece', () => {
    const other = compareDocs(a, buildDoc(UNRELATED), { quotes: () => [] });
    expect(c.similarity).toBeGreaterThan(other.similarity + 0.3);
    expect(c.verdict).toBe('same story');
    expect(other.verdict).toBe('different stories');
    expect(c.similarity).toBeGreaterThanOrEqual(0);
    expect(c.similarity).toBeLessThanOrEqual(1);
  });

  it('aligns the shared facts with paragraph evidence and input offsets', () => {
    const lead = c.both.find((x) => x.a.paragraph === 2);
    expect(lead?.b.paragraph).toBe(2);
    expect(lead?.evidence).toBe('A¶2 ≈ B¶2');
    for (const x of c.both) {
      expect(A.slice(x.a.start, x.a.end)).toBe(x.a.text);
      expect(B.slice(x.b.start, x.b.end)).toBe(x.b.text);
    }
  });

  it('lists what only one piece reports, tagged', () => {
    const onlyA = c.onlyA.map((x) => x.ref.text);
    expect(onlyA.some((t) => t.includes('1962'))).toBe(true);
    expect(c.onlyA.find((x) => x.ref.text.includes('1962'))?.tag).toMatch(/number|background/);
    expect(c.onlyA.find((x) => x.ref.text.includes('supports moved'))?.tag).toBe('quote');
    expect(c.onlyB.some((x) => x.ref.text.includes('Marcus Bell'))).toBe(true);
    expect(c.onlyB.every((x) => x.evidence.startsWith('B¶'))).toBe(true);
  });

  it('classifies conflicting figures: rounding vs likely update', () => {
    const money = c.conflicts.find((x) => x.kind === 'number' && x.a.text.includes('$3.47'));
    expect(money?.class).toBe('rounding');
    expect(money?.b.text).toBe('$3.5 million');
    const people = c.conflicts.find((x) => x.kind === 'number' && x.a.text.includes('12 people'));
    expect(people?.class).toBe('likely update');
    expect(B.slice(people!.b.start, people!.b.end)).toBe('19 people');
  });

  it('reports voices and differing attribution verbs and hedges outside quotes', () => {
    expect(c.voices.both).toEqual(['Dana Whitlock']);
    const verb = c.wordChoice.find((w) => w.kind === 'attribution verb');
    expect(verb?.subject).toBe('Dana Whitlock');
    expect(verb?.b.map((s) => s.text)).toContain('claimed');
    expect(c.wordChoice.some((w) => w.kind === 'hedge' && w.subject === 'allegedly' && w.b.length === 1)).toBe(true);
  });

  it('notes when one piece is much shorter', () => {
    const long = compareDocs(buildDoc(`${A}\n\n${A.split('\n').slice(2).join('\n')}\n\n${UNRELATED}`), buildDoc(UNRELATED.split('\n\n')[0]! + '\n\n' + UNRELATED.split('\n\n')[1]!), { quotes: () => [] });
    expect(long.lengthNote).toMatch(/B is much shorter/);
  });

  it('serialises to the batch JSON shape', () => {
    const j = compareToJson('x', c);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['id', 'similarity', 'both', 'onlyA', 'onlyB', 'conflicts', 'voices', 'wordChoice']));
    const line = compareBatchLine({ id: 'p1', a_text: A, b_text: UNRELATED });
    expect(line.id).toBe('p1');
    expect(typeof line.similarity).toBe('number');
  });
});

describe('conflict rules', () => {
  const num = (value: number, extra: Partial<Entity> = {}): Entity => ({ kind: 'money', key: `k${value}`, name: '', mentions: [], count: 1, value, unit: 'USD', ...extra });
  it('rounding, update, contradiction', () => {
    expect(classifyNumbers(num(1487), num(1500))).toBe('rounding');
    expect(classifyNumbers(num(100), num(140, { approximate: true }))).toBe('contradiction');
    expect(classifyNumbers(num(5, { kind: 'quantity', unit: 'deaths' }), num(9, { kind: 'quantity', unit: 'deaths' }))).toBe('likely update');
  });
  it('names: near-miss spellings conflict, different people do not', () => {
    expect(namesConflict('Jon Whitlock', 'John Whitlock')).toBe(true);
    expect(namesConflict('Bill Clinton', 'Hillary Clinton')).toBe(false);
    expect(namesConflict('J. Brown', 'Jeff Brown')).toBe(false);
  });
});

describe('parseCompareText', () => {
  it('splits refs, URLs and pasted texts', () => {
    expect(parseCompareText('#1 #3')).toEqual({ a: '#1', b: '#3' });
    expect(parseCompareText('last vs https://x.test/a')).toEqual({ a: 'last', b: 'https://x.test/a' });
    expect(parseCompareText('First text here.\n---\nSecond text here.')).toEqual({ a: 'First text here.', b: 'Second text here.' });
    expect(parseCompareText('One.\nvs\nTwo.')).toEqual({ a: 'One.', b: 'Two.' });
    expect(() => parseCompareText('#1')).toThrow(/two articles/);
  });
});

describe('term weights', () => {
  it('drops contractions, which the background never saw whole', () => {
    expect(termTokens("We don't know, they're saying").map((t) => t.term)).toEqual(['know']);
  });

  it('weighs calendar words and page furniture below story words', () => {
    expect(backgroundIdf(stemOf('Wednesday'))).toBeLessThan(backgroundIdf(stemOf('bridge')) / 2);
    expect(backgroundIdf(stemOf('subscribe'))).toBeLessThan(backgroundIdf(stemOf('flood')));
    // an unseen name and a rare word weigh the same: the background cannot rank them
    expect(backgroundIdf(stemOf('Whitlock'))).toBe(backgroundIdf(stemOf('xqzvtl')));
    expect(backgroundCount('the')).toBeGreaterThan(100_000);
    expect(backgroundCount('xqzvtl')).toBe(0);
  });

  it('caches the background table in a compact form that reads back the same', () => {
    const b = buildFromRows([
      { word: 'Floods', count: 120 },
      { word: 'flooded', count: 30 },
      { word: 'bridge', count: 7 },
    ]);
    expect(b.stemCounts.get(stemOf('flood'))).toBe(150);
    expect(b.wordCounts.has('bridge')).toBe(false); // below the floor
    expect(parseCompact(toCompact(b))).toEqual(b);
    expect(parseCompact(toCompact(b).replace(/^[^\t]+/, 'other-format'))).toBeUndefined();
  });
});

describe('headlines', () => {
  it('counts titles given apart from the texts', () => {
    // bodies that share some words but not the story's names: the titles must decide
    const a = 'Officials met on Monday to discuss the plan. They will meet again next month.';
    const b = 'The board gathered on Tuesday and debated the proposal. Officials expect a vote in the spring.';
    const same = compareBatchLine({ id: 't', a_text: a, b_text: b, a_title: 'Riverton bridge closed by flood', b_title: 'Flood shuts Riverton bridge' });
    const differ = compareBatchLine({ id: 't', a_text: a, b_text: b, a_title: 'Riverton bridge closed by flood', b_title: 'Symphony names new conductor' });
    expect(same.similarity as number).toBeGreaterThan((differ.similarity as number) + 0.1);
  });

  it('reads a headline the same in title case and in sentence case', () => {
    // names are not boosted in headlines, so a desk's capitalisation style does not move the score
    const a = 'Officials met on Monday to discuss the plan. They will meet again next month.';
    const b = 'The board gathered on Tuesday and debated the proposal. Officials expect a vote in the spring.';
    const line = (aTitle: string) => compareBatchLine({ id: 't', a_text: a, b_text: b, a_title: aTitle, b_title: 'Riverton bridge shut after flood damages supports' });
    expect(line('Flood Damage Shuts Riverton Bridge For Six Weeks').similarity).toBe(line('Flood damage shuts Riverton bridge for six weeks').similarity);
  });
});

describe('story terms', () => {
  it('tells page furniture from reporting about the same things', () => {
    const furniture = ['Your browser does not support the audio element.', 'Subscribers, click below to log in or register.', 'Sign up for our daily newsletter and manage your subscription.', 'RELATED: Harbour bridge repairs to cost $14 million'];
    const reporting = ['Hackers stole passwords from thousands of bank customers.', 'Users can download the patch from Monday.', '“You can log in from anywhere,” the company said.', 'More than 200 people were evacuated from the harbour district on Monday night after the river burst its banks.', 'Related: the council said the two closures were linked, and the mayor, who had pushed for a single repair contract for both bridges, said the work would start in April and last until the end of the following year.'];
    for (const s of furniture) expect(isFurniture(s, termTokens(s)), s).toBe(true);
    for (const s of reporting) expect(isFurniture(s, termTokens(s)), s).toBe(false);
  });

  it('keeps a shared page prompt from making two stories alike', () => {
    const prompt = '\n\nYou have reached the limit for free access. Subscribers, click below to log in or register your subscription to continue.';
    const withPrompt = compareDocs(buildDoc(A.split('\n\n').slice(0, 3).join('\n\n') + prompt), buildDoc(UNRELATED + prompt), { quotes: () => [] });
    const without = compareDocs(buildDoc(A.split('\n\n').slice(0, 3).join('\n\n')), buildDoc(UNRELATED), { quotes: () => [] });
    expect(withPrompt.similarity).toBeLessThan(without.similarity + 0.05);
    expect(withPrompt.verdict).toBe('different stories');
  });

  it('leaves a wire credit out of the story terms', () => {
    const doc = buildDoc('TUCSON, Ariz. (AP) — Three mountain lions were killed near a hiking trail.');
    const terms = storyTokens(doc, preparePiece(doc, 'A').sentenceTokens).map((t) => t.term);
    expect(terms).not.toContain(stemOf('AP'));
    expect(terms).toContain(stemOf('Tucson'));
    expect(terms).toContain(stemOf('lions'));
  });

  it('reads a nationality as its country', () => {
    const doc = buildDoc('Iranian officials met Japanese envoys.');
    const terms = storyTokens(doc, [termTokens(doc.text)]).map((t) => t.term);
    expect(terms).toContain(stemOf('Iran'));
    expect(terms).toContain(stemOf('Japan'));
    expect(terms).not.toContain(stemOf('Iranian'));
  });
});

describe('reuse', () => {
  it('prepares an article once per side and gives the same comparison when it is compared again', () => {
    const a = buildDoc(A);
    const b = buildDoc(B);
    expect(preparePiece(a, 'A')).toBe(preparePiece(a, 'A'));
    expect(preparePiece(a, 'B')).not.toBe(preparePiece(a, 'A'));
    const first = compareToJson('x', compareDocs(a, b));
    const again = compareToJson('x', compareDocs(a, b));
    expect(again).toEqual(first);
    expect(engineQuotes(a)).toEqual(engineQuotes(a));
    expect(engineQuotes(a)).not.toBe(engineQuotes(a)); // callers get their own array
  });
});

describe('openings', () => {
  it('gives the opening a vector of its own, as long as OPENING_TOKENS story tokens', () => {
    const words = Array.from({ length: OPENING_TOKENS + 30 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const p = preparePiece(buildDoc(`${words.join(' ')}.`), 'A');
    expect(p.openingVector.size).toBe(OPENING_TOKENS);
    expect(p.vector.size).toBe(OPENING_TOKENS + 30);
    expect(p.openingVector.has(stemOf(words[OPENING_TOKENS - 1]!))).toBe(true);
    expect(p.openingVector.has(stemOf(words[OPENING_TOKENS]!))).toBe(false);
  });

  it('finds a brief and a long piece on one event alike when the long one is mostly background', () => {
    const background = [
      'The harbour district grew around a shipyard that closed in 1987, leaving warehouses that artists later turned into studios.',
      'Ferries once carried more than two million passengers a year across the estuary, before the tunnel opened downstream.',
      'Local historians say the first wooden crossing was built by fishermen in the eighteenth century and washed away twice.',
      'The county museum keeps photographs of the regatta, the summer fair and the tram line that ran along the quay.',
      'Several novels have been set on the waterfront, and a television drama filmed its second series in the old customs house.',
      'Rents in the district have doubled over the past decade as offices moved in and the old sailmakers closed.',
    ].join('\n\n');
    const brief = A.split('\n\n').slice(0, 3).join('\n\n');
    const c = compareDocs(buildDoc(brief), buildDoc(`${B}\n\n${background}`), { quotes: () => [] });
    expect(c.verdict).toBe('same story');
  });
});
