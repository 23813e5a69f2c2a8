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
