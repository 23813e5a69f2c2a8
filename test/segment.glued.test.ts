import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/analysis/text/segment.js';

describe('splitSentences: sentences glued without a space (scraped pages)', () => {
  it('splits "2007.The" and "UK.Its" and "right?If"', () => {
    expect(splitSentences('It was bought in 2007.The firm denied it.').map((s) => s.text)).toEqual(['It was bought in 2007.', 'The firm denied it.']);
    expect(splitSentences('Trees are planted across the UK.Its aim is to help.').map((s) => s.text)).toEqual([
      'Trees are planted across the UK.',
      'Its aim is to help.',
    ]);
    expect(splitSentences('Am I right?If so, say it.').map((s) => s.text)).toEqual(['Am I right?', 'If so, say it.']);
  });

  it('does not split decimals, initials, Ph.D or domain names', () => {
    for (const t of ['Growth was 3.5 per cent this year.', 'She earned a Ph.D in Leeds.', 'See bbc.co.uk for more.', 'J.Smith won the race.']) {
      expect(splitSentences(t)).toHaveLength(1);
    }
  });
});
