/**
 * The quotes engine's speed paths give the answers of the plain code they replaced: word counts
 * read off the characters, the frame reader's per-sentence cache (which must not keep anything
 * that depends on the quoted spans), the lexicon tag cache. Behaviour only; no timings.
 */
import { describe, expect, it } from 'vitest';
import { wordCount } from '../src/analysis/quotes/scan.js';
import { words } from '../src/analysis/quotes/indirect/frame.js';
import { framesIn } from '../src/analysis/quotes/indirect.js';
import { tagsOf } from '../src/analysis/quotes/gender.js';

const byPattern = (t: string, a: number, b: number) => t.slice(a, b).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;
const byRuns = (t: string, a: number, b: number) => t.slice(a, b).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

describe('word counts without word lists', () => {
  const sample = "don't rock'n'roll it's9 O’Brien ’tis '' a'1 x'é 𝒜bc'𝒜 d'\ud835 \udc9c'a 中文'字 1'a 9's";

  it('counts a word with an elision once, as the pattern does, over every range', () => {
    for (let a = 0; a < sample.length; a++) for (let b = a; b <= sample.length; b++) expect([a, b, wordCount(sample, a, b)]).toEqual([a, b, byPattern(sample, a, b)]);
  });

  it('counts runs of letters and digits as the pattern does, over every range', () => {
    for (let a = 0; a < sample.length; a++) for (let b = a; b <= sample.length; b++) expect([a, b, words(sample, a, b)]).toEqual([a, b, byRuns(sample, a, b)]);
  });

  it('keeps the slice meaning of offsets out of range', () => {
    for (const [a, b] of [[-3, 10], [2, -1], [5, 500], [-1, -1], [10, 4]] as const) {
      expect(wordCount(sample, a, b)).toBe(byPattern(sample, a, b));
      expect(words(sample, a, b)).toBe(byRuns(sample, a, b));
    }
  });
});

describe('the frame reader per sentence', () => {
  const text = 'Mayor Ana Ruiz said the bridge would reopen in May. The council agreed.';
  const end = text.indexOf('.') + 1;
  const key = (t: string, to: number, quoted: { start: number; end: number }[]) =>
    framesIn(t, 0, to, quoted).map((f) => [f.speaker.mention, f.cue, t.slice(f.contentStart, f.contentEnd)]);

  it('answers for the quoted spans of each call, not those of an earlier one', () => {
    const plain = key(text, end, []);
    expect(plain).toContainEqual(['Mayor Ana Ruiz', 'said', 'the bridge would reopen in May']);
    // the verb inside a quoted span is no cue
    const said = text.indexOf('said');
    expect(key(text, end, [{ start: said - 1, end: said + 5 }])).toEqual([]);
    expect(key(text, end, [])).toEqual(plain);
  });

  it('gives the same frames for a text read again after another one', () => {
    const first = key(text, end, []);
    const other = 'Officials said the road was closed.';
    expect(key(other, other.length, [])).toContainEqual(['Officials', 'said', 'the road was closed']);
    expect(key(text, end, [])).toEqual(first);
  });

  it('still reads a title-case headline and an opening `according to`', () => {
    // (a capitalised verb is read only in a headline)
    const headline = 'Ruiz Says Bridge Will Reopen';
    expect(key(headline, headline.length, [])).toEqual([['Ruiz', 'Says', 'Bridge Will Reopen']]);
    const according = 'According to the mayor, the bridge will reopen in May.';
    expect(key(according, according.length, []).map(([, cue]) => cue)).toContain('according to');
  });
});

describe('lexicon tags', () => {
  it('answers the same for a word met again, whatever its case', () => {
    const once = tagsOf('Hillary');
    expect(tagsOf('Hillary')).toEqual(once);
    expect(tagsOf('hillary')).toEqual(once);
    expect(tagsOf('zzqx')).toEqual([]);
  });
});
