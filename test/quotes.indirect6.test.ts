import { describe, expect, it } from 'vitest';
import { indirectIn } from './support/quotes.js';

describe('reported speech: one span must not hold two reports', () => {
  it('ends a one-word content before `and said …`', () => {
    const got = indirectIn('Senator Ana Cole praised Morales and said the council should give him a vote.');
    expect(got.map(([, q]) => q)).toContain('Morales');
    expect(got.map(([, q]) => q)).toContain('the council should give him a vote');
  });

  it('ends a one-word content before `but has said …`', () => {
    const got = indirectIn('Mayor Lena Holt criticized Morales but has said she wants the bill to pass.');
    expect(got).toContainEqual(['Lena Holt', 'Morales']);
  });
});

describe('reported speech: a `while` contrast with a report of its own', () => {
  it('ends the content before `, while Obama offered …` and reports the second clause', () => {
    const got = indirectIn('Ana Cole expressed her condolences over the massacre, while Obama offered his own condolences for the attack.');
    expect(got).toContainEqual(['Ana Cole', 'her condolences over the massacre']);
    expect(got).toContainEqual(['Obama', 'his own condolences for the attack']);
  });

  it('ends the content before `while his aides have accused …`', () => {
    const got = indirectIn('Ana Cole said the plan was fine while his aides have accused her of lying.');
    expect(got).toContainEqual(['Ana Cole', 'the plan was fine']);
  });

  it('ends the content before the subject\'s next report `, while also suggesting …`', () => {
    const got = indirectIn('Ana Cole has promised to build a new wall along the border, while also suggesting that citizenship should be limited.');
    expect(got).toContainEqual(['Ana Cole', 'to build a new wall along the border']);
  });

  it('keeps `while -ing` without a comma inside the content', () => {
    const got = indirectIn('Ana Cole said she could not stay composed while talking about her son.');
    expect(got.find(([, q]) => q.includes('composed'))?.[1]).toContain('talking about her son');
  });

  it('keeps two parallel halves with the same verb as one finding', () => {
    const got = indirectIn('The poll found Democrats favored Cole by wide margins, while Republicans favored Ruben by smaller ones.');
    expect(got.find(([, q]) => q.includes('Democrats'))?.[1]).toContain('Republicans favored Ruben');
  });
});

describe('reported speech: a semicolon before a new report', () => {
  it('ends the content before `; she calls for …`', () => {
    const got = indirectIn('Ana Cole proposes new spending on roads and bridges across the state; she calls for a tax on large fortunes.');
    expect(got.find(([, q]) => q.includes('roads'))?.[1]).toBe('new spending on roads and bridges across the state');
  });

  it('ends the content before `; a third of voters oppose …`', () => {
    const got = indirectIn('Most voters said they support the new bridge over the river; a third of voters oppose it.');
    expect(got.find(([, q]) => q.includes('bridge'))?.[1]).toBe('they support the new bridge over the river');
  });
});

describe('reported speech: a spaced hyphen used as a dash', () => {
  it('ends the content before ` - and the mayor said …` as before an em dash', () => {
    const got = indirectIn('Ana Cole said the new plan was not serious - and the mayor said it would cost the state dearly.');
    expect(got).toContainEqual(['Ana Cole', 'the new plan was not serious']);
  });

  it('keeps a hyphenated word inside the content', () => {
    const got = indirectIn('Ana Cole said the single-payer plan was not serious.');
    expect(got).toContainEqual(['Ana Cole', 'the single-payer plan was not serious']);
  });
});

describe('reported speech: a semicolon before a noun subject with a verb of position', () => {
  it('ends the content before `; newspaper editorials railed against it`', () => {
    const got = indirectIn('Ana Cole decried the new law on voting rights; newspaper editorials railed against it.');
    expect(got).toContainEqual(['Ana Cole', 'the new law on voting rights']);
  });

  it('keeps a semicolon list of things inside the content', () => {
    const got = indirectIn('Ana Cole said the town needs new roads; better schools; and cleaner water.');
    expect(got.find(([, q]) => q.includes('roads'))?.[1]).toContain('cleaner water');
  });
});
