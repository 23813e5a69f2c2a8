import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractQuotes, type Quote } from '../src/analysis/quotes/index.js';

function quotes(text: string): Quote[] {
  return extractQuotes(buildDoc(text));
}

function indirect(text: string): Array<[string | null, string]> {
  return quotes(text).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.quote]);
}

describe('reported speech: subjects and chains', () => {
  it('does not take an opening adjunct for the content when an object follows the verb', () => {
    const got = indirect('After a long night of counting, Rosa Delgado claimed a narrow win in the district race.');
    expect(got).toContainEqual(['Rosa Delgado', 'a narrow win in the district race']);
    expect(got.some(([, q]) => q.startsWith('After a long night'))).toBe(false);
  });

  it('keeps a tail attribution followed by a time or a listener', () => {
    const got = indirect('The bridge will reopen before the winter storms arrive, Paula Grant said on Tuesday.');
    expect(got).toContainEqual(['Paula Grant', 'The bridge will reopen before the winter storms arrive']);
  });

  it('reads a name with an appositive as the subject of an attribution verb', () => {
    const got = indirect('Tomas Ruiz, a Vermont senator, has opposed the new pipeline across the state.');
    expect(got).toContainEqual(['Tomas Ruiz', 'the new pipeline across the state']);
  });

  it('frames a weak speech verb without a that-clause as a position', () => {
    const got = indirect('Helen Park has described the budget as a gift to the rich.');
    expect(got).toContainEqual(['Helen Park', 'the budget as a gift to the rich']);
  });

  it('passes the subject through catenative chains', () => {
    expect(indirect('Helen Park is continuing to insist she will publish the full audit next month.')).toContainEqual(['Helen Park', 'she will publish the full audit next month']);
    expect(indirect('Older voters were more likely to say the economy was their main worry.')).toContainEqual(['Older voters', 'the economy was their main worry']);
  });
});

describe('reported speech: plain noun phrases as sources', () => {
  it('credits a group or a finding named by a plain noun phrase', () => {
    expect(indirect('Several party elders agreed that the nominee needs to give a speech on faith.')).toContainEqual(['Several party elders', 'that the nominee needs to give a speech on faith']);
    expect(indirect('The inquiry found that the office almost never searched its own archive.')).toContainEqual(['The inquiry', 'that the office almost never searched its own archive']);
  });

  it('does not read a noun compound as a subject and its verb', () => {
    const got = indirect('After the terror attacks in Paris last month, a furor arose over the refugees.');
    expect(got).toEqual([]);
    expect(indirect('The morning shows rarely booked women as guests last year.')).toEqual([]);
  });

  it('does not credit the subject of a passive', () => {
    expect(indirect('His rhetoric has been widely condemned as fearmongering across the country.')).toEqual([]);
  });
});
