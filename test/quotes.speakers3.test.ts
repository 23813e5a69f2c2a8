import { describe, expect, it } from 'vitest';
import { quotesIn, quoteWith } from './support/quotes.js';

describe('`went on` after a quote', () => {
  it('credits the subject of a bare `went on` with the quote before it', () => {
    const text = 'Maria Lopez spoke to reporters. “We will not back down,” Lopez said. “This is a lot of nonsense,” she went on.';
    expect(quoteWith(text, 'lot of nonsense').speaker).toBe('Maria Lopez');
  });

  it('reads `went on,` before an adjunct as the cue too', () => {
    const text = '“You know, it happens, right?” Trump went on, as if nobody had heard.';
    expect(quoteWith(text, 'it happens').speakerMention).toBe('Trump');
  });

  it('takes no `went on to …` for a cue', () => {
    const text = '“It is the best show on television,” Trump went on to promote his program.';
    expect(quoteWith(text, 'best show').speaker).toBeNull();
  });
});
