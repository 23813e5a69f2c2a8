import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseText, toInputSpan } from '../src/analysis/text/normalise.js';
import { buildDoc } from '../src/analysis/text/doc.js';
import { HAVE_SHARED, SHARED_MISSING, sharedPath } from './support/paths.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('normalisation', () => {
  it('joins hard-wrapped lines, undoes hyphenation, collapses spaces and keeps paragraphs and curly quotes', () => {
    const input = [
      '***',
      '',
      'The minister  said that the  country was consider-',
      'ing a new office, a move that would',
      'deepen its ties with the alliance in the',
      'region and beyond its own borders.',
      '',
      '“We are already in discussions,” the minister said',
      'on Tuesday, adding that nothing was final.',
    ].join('\n');
    const { text } = normaliseText(input);
    expect(text).toBe(
      'The minister said that the country was considering a new office, a move that would deepen its ties with the alliance in the region and beyond its own borders.\n\n' +
        '“We are already in discussions,” the minister said on Tuesday, adding that nothing was final.',
    );
  });

  it('keeps one-line paragraphs apart when the text is not hard-wrapped', () => {
    const input = 'First paragraph ends here.\nSecond paragraph ends here.\n“A quote paragraph.”\nFourth one.';
    expect(normaliseText(input).text.split('\n\n')).toHaveLength(4);
  });

  it('drops invisible characters and maps every span back to the input', () => {
    const input = 'Tokyo\u200b’s  plan\u00a0was   announced on\r\nMay 10 by the ministry, officials said.';
    const norm = normaliseText(input);
    expect(norm.text).toBe('Tokyo’s plan was announced on May 10 by the ministry, officials said.');
    const start = norm.text.indexOf('plan');
    const end = norm.text.indexOf(' by the');
    const [s, e] = toInputSpan(norm, start, end);
    expect(squash(input.slice(s, e))).toBe('plan was announced on May 10');
  });
});

describe('sentences', () => {
  it('splits on sentence ends but not on abbreviations, initials or inside quotes', () => {
    const doc = buildDoc('Jeff J. Brown met Dr. Smith in the U.S. on Monday. “Is this right?” he asked. The talks ended at 5 p.m. and nobody spoke. It was over.');
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Jeff J. Brown met Dr. Smith in the U.S. on Monday.',
      '“Is this right?” he asked.',
      'The talks ended at 5 p.m. and nobody spoke.',
      'It was over.',
    ]);
  });

  it('gives every sentence offsets whose input slice is the sentence', () => {
    const input = 'A first  sentence\nwrapped here and there for the test to see. A second one follows it.\n\nA new paragraph.';
    const doc = buildDoc(input);
    for (const s of doc.sentences) {
      const [a, b] = doc.toInput(s.start, s.end);
      expect(squash(input.slice(a, b))).toBe(squash(s.text));
    }
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it.skipIf(!HAVE_SHARED)('normalises the PDF-extracted fixture into whole paragraphs', () => {
    const input = readFileSync(sharedPath('fixtures/articles/japan-nato-office-analysis.txt'), 'utf8');
    const doc = buildDoc(input);
    const quote = doc.paragraphs.find((p) => p.text.startsWith('“We are already in discussions'));
    expect(quote?.text).toBe('“We are already in discussions, but no details (have been) finalised yet,” Hayashi said on May 10.');
    expect(doc.text).toContain('Australia-United Kingdom-United States');
    expect(doc.text).not.toMatch(/ {2}/);
    expect(doc.text).not.toContain('***');
  });
});
if (!HAVE_SHARED) it.skip(SHARED_MISSING, () => {});
