import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractQuotes } from '../src/analysis/quotes/index.js';

function indirect(text: string): Array<[string | null, string]> {
  return extractQuotes(buildDoc(text)).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.quote]);
}

describe('reported speech: negation, clause ends and stance verbs', () => {
  it('reads a negated auxiliary between the subject and the verb', () => {
    const got = indirect('Farmers in the valley don’t think the new dam will be finished before spring.');
    expect(got).toContainEqual(['Farmers in the valley', 'the new dam will be finished before spring']);
  });

  it('still reads a negated comment as no report', () => {
    const got = indirect('The mayor’s office didn’t respond to a request for comment on the new budget.');
    expect(got).toEqual([]);
  });
});
