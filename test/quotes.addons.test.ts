import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.js';

/** Reports that go on through a speech participle: `X said A, adding that B` is two reports of X. */
describe('participle add-ons after a quoted ending', () => {
  it('ends the first report at the comma inside the closing quote and reports the add-on', () => {
    const text = 'Senator Jane Miller said that the bill was “a tax on working families,” adding that it would also hurt small businesses.';
    const quotes = quotesIn(text);
    const first = quotes.find((q) => q.cue === 'said')!;
    expect(first.quote).not.toContain('adding');
    const addOn = quotes.find((q) => q.cue === 'adding')!;
    expect(addOn.quote).toBe('that it would also hurt small businesses');
    expect(addOn.speaker).toBe('Jane Miller');
  });

  it('works for other speech participles after a told-clause', () => {
    const text = 'Smith told reporters that the deal was “a disaster,” noting that prices had doubled.';
    const quotes = quotesIn(text);
    expect(quotes.find((q) => q.cue === 'told')!.quote).not.toContain('noting');
    const addOn = quotes.find((q) => q.cue === 'noting')!;
    expect(addOn.quote).toBe('that prices had doubled');
    expect(addOn.speaker).toBe('Smith');
  });

  it('gives the add-on the speaker of the quote it follows, not the subject of an opening adjunct', () => {
    const text = "On the same day that footage emerged of a fight at a rally, Mr. Smith said of the episode, ''I don't like it,'' adding that ''they have anger that's unbelievable.''";
    const addOn = quotesIn(text).find((q) => q.cue === 'adding')!;
    expect(addOn.speaker).toBe('Smith');
  });

  it('does not hand on the speaker of a quoted term attributed through the same participle', () => {
    const text = 'Unions had sued after the city ended what had been called the “Summer Plan,” saying that ending that plan hurt older workers.';
    const addOn = quotesIn(text).find((q) => q.kind === 'indirect' && q.cue === 'saying')!;
    expect(addOn.quote).toBe('that ending that plan hurt older workers');
    expect(addOn.speaker).toBe('Unions');
  });

  it('keeps the plain comma case as before', () => {
    const text = 'Governor Tom Harris said the plan was too expensive, noting that the state already faces a deficit.';
    const quotes = quotesIn(text);
    expect(quotes.find((q) => q.cue === 'said')!.quote).toBe('the plan was too expensive');
    expect(quotes.find((q) => q.cue === 'noting')!.speaker).toBe('Tom Harris');
  });
});
