/**
 * The speed-ups of the compare path keep behaviour: word counts, normalisation, cached tokens and
 * term weights, and terms read from a piece instead of a second tokenising pass. Behaviour only,
 * no timings.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { normaliseText } from '../src/analysis/text/normalise.js';
import { countWords } from '../src/analysis/text/words.js';
import { backgroundIdf, termTokens } from '../src/analysis/text/terms.js';
import { firstNameGender, isCapitalised, isCommonWord, isPlace, isVerbForm, nameParts, namePartsOf, opensWithClauseWord, tokens } from '../src/analysis/quotes/names.js';
import { firstNameGender as lexiconFirstNameGender } from '../src/analysis/quotes/gender.js';
import { preparePiece } from '../src/analysis/compare/piece.js';

describe('countWords', () => {
  const regexCount = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  it('counts runs of letters and digits as the regex does', () => {
    const samples = [
      '',
      'one',
      'The mayor said: “We will decide soon.”',
      'rock’n’roll, don’t — 18,000 vehicles; 3.5%',
      'Zürich über Straße, Ελλάδα and 北京 today',
      'math 𝐀𝐁 and emoji 😀😀 between words',
      'a\u0301b combining, 2²³ digits, ٣٤ Arabic',
      'lone \uD835 surrogate and \uDC00 too',
    ];
    for (const s of samples) expect(countWords(s), s).toBe(regexCount(s));
  });
  it('counts a stretch as its slice', () => {
    const s = 'Officials shut the bridge on Monday 😀 after floods.';
    for (let a = 0; a <= s.length; a += 3) for (let b = a; b <= s.length; b += 5) expect(countWords(s, a, b)).toBe(regexCount(s.slice(a, b)));
  });
});

describe('normaliseText', () => {
  it('collapses spaces, drops invisible and control characters, keeps the map', () => {
    const input = 'A\u00A0\u00A0b\u200Bc\u0001d  e\t\tf';
    const n = normaliseText(input);
    expect(n.text).toBe('A bcd e f');
    expect([...n.map]).toEqual([0, 1, 3, 5, 7, 8, 10, 11, 13, input.length]);
  });
  it('joins hyphenated line ends and marks paragraphs', () => {
    const input = 'The bridge was re-\nopened on Monday.\n\nA second paragraph.';
    const n = normaliseText(input);
    expect(n.text).toBe('The bridge was reopened on Monday.\n\nA second paragraph.');
    expect(n.map[n.text.indexOf('opened')]).toBe('The bridge was re-\n'.length);
    expect(n.map[n.text.indexOf('A second')]).toBe(input.indexOf('A second'));
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe(input.length);
  });
});

describe('cached tokens', () => {
  const text = 'Councillor Tom Reyes said the city had ignored warnings. He told reporters that 30,000 people would suffer.';
  it('gives the same tokens every time, each caller its own array', () => {
    const first = tokens(text, 0, 57);
    const again = tokens(text, 0, 57);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    again.pop();
    expect(tokens(text, 0, 57)).toEqual(first);
  });
  it('a stretch of the text gives what tokenising it alone gives, whatever its edges', () => {
    const t = `Mr. Brown's aide said 367,491 people — “U.S.'s allies” — left. Dr. J. Smith, 30, didn't.`;
    const shifted = (a: number, b: number) => tokens(t.slice(a, b), 0, b - a).map((x) => ({ ...x, start: x.start + a, end: x.end + a }));
    for (let a = 0; a <= t.length; a++) for (let b = a; b <= t.length; b += 3) expect(tokens(t, a, b), `${a}-${b}`).toEqual(shifted(a, b));
  });
  it('keys on the text and the stretch', () => {
    const other = `${text} `;
    expect(tokens(other, 58, other.length).map((t) => t.text)).toContain('30,000');
    expect(tokens(text, 11, 20).map((t) => t.text)).toEqual(['Tom', 'Reyes']);
    expect(tokens(text, 0, 10).map((t) => t.text)).toEqual(['Councillor']);
  });
});

describe('memoised word tests', () => {
  it('isCapitalised answers as before on repeats', () => {
    for (let k = 0; k < 2; k++) {
      expect(isCapitalised('Brown')).toBe(true);
      expect(isCapitalised('The')).toBe(false);
      expect(isCapitalised('U.S.')).toBe(false);
      expect(isCapitalised('brown')).toBe(false);
    }
  });
  it('remembered word tests give the same answers the second time, undefined included', () => {
    for (let k = 0; k < 2; k++) {
      for (const w of ['Maria', 'Casey', 'Riverton', 'Bridge', 'xqzt']) expect(firstNameGender(w), w).toBe(lexiconFirstNameGender(w));
      expect(isPlace('Oklahoma')).toBe(true);
      expect(isPlace('Whitlock')).toBe(false);
      expect(isCommonWord('Several')).toBe(true);
      expect(isVerbForm('traveled')).toBe(true);
      expect(opensWithClauseWord(['Though', 'Sanders'])).toBe(true);
      expect(opensWithClauseWord(['Bernie', 'Sanders'])).toBe(false);
    }
  });
  it('nameParts copies, namePartsOf shares', () => {
    const a = nameParts('Sen. Ted Cruz');
    a.pop();
    expect(nameParts('Sen. Ted Cruz')).toEqual(['Ted', 'Cruz']);
    expect(namePartsOf('Sen. Ted Cruz')).toBe(namePartsOf('Sen. Ted Cruz'));
  });
  it('backgroundIdf is stable across calls', () => {
    const first = ['bridg', 'monday', 'riverton', '2019'].map(backgroundIdf);
    expect(['bridg', 'monday', 'riverton', '2019'].map(backgroundIdf)).toEqual(first);
  });
});

describe('piece terms of a stretch', () => {
  const text = [
    'Riverton bridge shut by flood damage',
    '',
    '“The supports moved three inches overnight,” Whitlock’s engineer said. Officials shut the Riverton bridge on Monday.',
    '',
    'Repairs will cost $3.5 million, Whitlock claimed. “We’re doing what we can,” she added.',
  ].join('\n');
  const doc = buildDoc(text);
  const piece = preparePiece(doc, 'A');
  const terms = (ts: { term: string }[]) => ts.map((t) => t.term);
  it('equals tokenising the slice, at word edges and across them', () => {
    for (let a = 0; a < doc.text.length; a += 7) {
      for (let b = a; b <= doc.text.length; b += 11) expect(terms(piece.termsIn(a, b)), `${a}-${b}`).toEqual(terms(termTokens(doc.text.slice(a, b))));
    }
  });
});
