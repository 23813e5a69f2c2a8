import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractQuotes } from '../src/analysis/quotes/index.js';

function indirect(text: string): Array<[string | null, string]> {
  return extractQuotes(buildDoc(text)).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.quote]);
}

describe('reported speech: coordinated subjects', () => {
  it('reads two determined noun phrases joined by `and` as one subject', () => {
    const got = indirect("The county clerk and her deputies haven't said whether the count will resume on Monday.");
    expect(got).toContainEqual(['The county clerk and her deputies', 'whether the count will resume on Monday']);
  });

  it('keeps two clauses apart when the first has a verb', () => {
    const got = indirect('The levy failed and its backers said the school board would try again in the spring.');
    expect(got.find(([, q]) => q.startsWith('the school board'))?.[0]).toBe('its backers');
  });
});
