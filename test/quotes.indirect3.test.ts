import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractQuotes } from '../src/analysis/quotes/index.js';
import { framesIn } from '../src/analysis/quotes/indirect.js';
import { indirectIn } from './support/quotes.js';

describe('reported speech: coordinated subjects', () => {
  it('reads two determined noun phrases joined by `and` as one subject', () => {
    const got = indirectIn("The county clerk and her deputies haven't said whether the count will resume on Monday.");
    expect(got).toContainEqual(['The county clerk and her deputies', 'whether the count will resume on Monday']);
  });

  it('keeps two clauses apart when the first has a verb', () => {
    const got = indirectIn('The levy failed and its backers said the school board would try again in the spring.');
    expect(got.find(([, q]) => q.startsWith('the school board'))?.[0]).toBe('its backers');
  });
});

describe('reported speech: an opening `according to` owns the report after it', () => {
  it('reads a long document source and credits the inner report to it', () => {
    const got = indirectIn('According to early results of a survey conducted for the county paper and two radio stations by a Denver polling firm, most residents in all three towns say they want the old mill reopened.');
    expect(got).toHaveLength(1);
    expect(got[0]![1]).toBe('most residents in all three towns say they want the old mill reopened');
  });

  it('does not take a name inside the according phrase for the inner subject', () => {
    const text = 'According to a report by Harbor Research, local fishermen say the new quotas will ruin them.';
    const speakers = framesIn(text, 0, text.length, []).map((f) => f.speaker.mention);
    expect(speakers).toEqual(['a report by Harbor Research']);
  });
});

describe('reported speech: a relative `that` on the object', () => {
  it('takes the determined object before a relative `that` into the content', () => {
    const got = indirectIn('Marta Lindqvist proposed a new parking levy that would pay for the harbour repairs.');
    expect(got).toContainEqual(['Marta Lindqvist', 'a new parking levy that would pay for the harbour repairs']);
  });

  it('still starts at the `that` of a clause with its own subject', () => {
    const got = indirectIn('The coach said the other day that the team would train indoors all week.');
    expect(got.find(([, q]) => q.includes('train indoors'))?.[1]).toBe('that the team would train indoors all week');
  });
});

describe('reported speech: the end of a comma relative', () => {
  it('keeps a list or an adjunct after a comma inside the relative content', () => {
    const got = indirectIn('The mayor met Dana Holt, who said the fund would pay for parks, libraries and pools.');
    expect(got).toContainEqual(['Dana Holt', 'the fund would pay for parks, libraries and pools']);
  });

  it('ends the relative content at the comma before the main verb', () => {
    const got = indirectIn('Dana Holt, who said the fund would pay for parks, took questions for an hour.');
    expect(got).toContainEqual(['Dana Holt', 'the fund would pay for parks']);
  });
});

describe('reported speech: the end of a comma relative with a position verb', () => {
  it('keeps a list inside the content', () => {
    const got = indirectIn('The plan is opposed by Dana Holt, who has backed new parks, libraries and pools.');
    expect(got).toContainEqual(['Dana Holt', 'new parks, libraries and pools']);
  });

  it('ends at a comma before the next conjunct of the head', () => {
    const got = indirectIn('The plan is opposed by Dana Holt, who has backed new parks, and Ray Odom, who favours lower taxes.');
    expect(got).toContainEqual(['Dana Holt', 'new parks']);
  });
});

describe('reporting cues: what a sign or a message reads', () => {
  it('credits a quote to the sign that reads it', () => {
    const got = extractQuotes(buildDoc('Neighbours stopped to look at the gate. “Beware of the goats,” the hand-painted sign read.'));
    expect(got.map((q) => [q.speaker, q.quote])).toContainEqual(['the hand-painted sign', 'Beware of the goats']);
  });

  it('reads no report in `read` without quoted wording', () => {
    const got = indirectIn('The novel will sell, said Rita Gomez, the books editor at the Ledger, who has not read the work but knows its plot.');
    expect(got.some(([, q]) => q.startsWith('the work'))).toBe(false);
  });
});
