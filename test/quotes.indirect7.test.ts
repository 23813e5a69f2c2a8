import { describe, expect, it } from 'vitest';
import { indirectIn } from './support/quotes.js';

describe('reported speech: a report inside a relative clause', () => {
  it('starts a report at `, which he said …` and ends the outer content at its comma', () => {
    const got = indirectIn('Mayor Ana Cole praised the budget deal, which she said was fair to every ward in the city.');
    expect(got.map(([, q]) => q)).toContain('the budget deal');
    expect(got.find(([, q]) => q.startsWith('which'))?.[1]).toBe('which she said was fair to every ward in the city');
  });

  it('keeps a short relative content with its pronoun (`that he said defied expectations`)', () => {
    const got = indirectIn('Ruben Diaz finished third, a result that he said defied expectations.');
    expect(got.map(([, q]) => q)).toContain('that he said defied expectations');
    expect(got.map(([, q]) => q)).not.toContain('Ruben Diaz finished third');
  });
});

describe('reported speech: a comma relative between the subject and its verb', () => {
  it('lets the noun phrase before `, who spoke on condition of anonymity,` speak', () => {
    const got = indirectIn('The inspector, who spoke on the condition of anonymity, said crews are checking every pipe in the district.');
    expect(got).toContainEqual(['inspector', 'crews are checking every pipe in the district']);
  });
});

describe('reported speech: a question later in the content', () => {
  it('ends the content at the comma before `and when asked …`', () => {
    const got = indirectIn('Mayor Ana Cole said she had not read the audit of the transit agency, and when asked whether she would, she shrugged.');
    expect(got).toContainEqual(['Ana Cole', 'she had not read the audit of the transit agency']);
  });
});
