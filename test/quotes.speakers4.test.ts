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
