import { describe, expect, it } from 'vitest';
import { quoteWith } from './support/quotes.js';

describe('numbers with thousands separators in a source', () => {
  it('keeps the whole number before the noun', () => {
    expect(quoteWith('Only 367,491 people said they would vote for the senator.', 'vote for').speakerMention).toBe('Only 367,491 people');
  });

  it('reads the number whole after a colon too', () => {
    expect(quoteWith('The union polled its members: 1,409 teachers said they wanted to endorse the mayor.', 'endorse').speaker).toBe('1,409 teachers');
  });
});

describe('an abbreviation with a possessive in an appositive', () => {
  it('credits the name before `B.C.’s provincial health officer`', () => {
    expect(quoteWith('Bonnie Henry, B.C.’s provincial health officer, said cases were falling.', 'cases were').speaker).toBe('Bonnie Henry');
  });

  it('keeps `the U.S.’s` whole in a description', () => {
    expect(quoteWith("The U.S.'s top general said the war was over.", 'war was').speakerMention).toBe("The U.S.'s top general");
  });
});
