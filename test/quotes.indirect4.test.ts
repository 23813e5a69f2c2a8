import { describe, expect, it } from 'vitest';
import { indirectIn } from './support/quotes.js';

describe('reported speech: a month word after a name is the surname', () => {
  it('keeps `May` after an honorific as the subject, not the auxiliary', () => {
    const got = indirectIn('Mrs May warned that a deal was still far off.');
    expect(got).toContainEqual(['May', 'that a deal was still far off']);
  });

  it('still reads the modal `may` after a full name as an auxiliary', () => {
    const got = indirectIn('Anna Berg may argue that the deal protects jobs.');
    expect(got.find(([, q]) => q.includes('protects jobs'))?.[0]).toBe('Anna Berg');
  });
});

describe('reported speech: countries and bodies joined as one subject', () => {
  it('reads two countries joined by `and` as the speaker', () => {
    const got = indirectIn('Norway and Denmark pledged that they would send more troops to the border.');
    expect(got).toContainEqual(['Norway and Denmark', 'that they would send more troops to the border']);
  });

  it('does not join a place to a person after it', () => {
    const got = indirectIn('Microsoft and Anna Berg argued that the rules were too strict.');
    expect(got.find(([, q]) => q.includes('too strict'))?.[0]).toBe('Anna Berg');
  });
});
