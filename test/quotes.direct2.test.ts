import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractQuotes, type Quote } from '../src/analysis/quotes/index.js';

function quotes(text: string): Quote[] {
  return extractQuotes(buildDoc(text));
}

describe('direct quotes: lines that are no one’s words', () => {
  it('reads the credit line closing a run-on pull quote as no quote', () => {
    const text =
      'The council met on Tuesday to vote on the budget.\n\n"We cannot keep cutting the library and expect the town to thrive.\n\nCouncilwoman Rita Okafor, chair of the finance committee."\n\nThe vote was delayed.';
    const qs = quotes(text);
    expect(qs.some((q) => q.quote.includes('Rita Okafor'))).toBe(false);
    expect(qs.some((q) => q.quote.includes('cannot keep cutting'))).toBe(true);
  });

  it('keeps a run-on paragraph that says something', () => {
    const text =
      'Mayor Tom Reyes spoke at the opening on Monday.\n\n"The bridge will open in May," Reyes said. "It has taken years of work and more money than anyone planned.\n\nThe workers did a remarkable job on it."\n\nThe bridge cost $40 million.';
    const qs = quotes(text);
    expect(qs.some((q) => q.quote.includes('remarkable job'))).toBe(true);
  });

  it('reads a short single-marked line in a double-quoting article as a subhead', () => {
    const text =
      'The plant will close next year.\n\n"We gave this place thirty years," said Dana Whitfield, a welder.\n\n\'A Hard Winter Ahead.\'\n\nThe company said 400 jobs would go. "It was a difficult decision," said Paul Greer, a spokesman.';
    const qs = quotes(text);
    expect(qs.some((q) => q.quote.includes('Hard Winter'))).toBe(false);
    expect(qs.some((q) => q.quote.includes('thirty years'))).toBe(true);
  });

  it('keeps single-marked quotes in an article that quotes with single marks', () => {
    const text = 'The minister spoke in Leeds.\n\n‘We will build the line,’ said Jane Holt.\n\n‘It will be ready by 2030.’';
    const qs = quotes(text);
    expect(qs.some((q) => q.quote.includes('build the line'))).toBe(true);
  });
});

describe('direct quotes after a relative cue', () => {
  it('reads `a video that said, “…”` as a direct quote of the one who put the video out', () => {
    const qs = quotes('Governor Ann Lacey released a campaign video that said, "We are going to fix every road in this state by next summer."');
    const q = qs.find((x) => x.quote.includes('fix every road'));
    expect(q?.kind).toBe('direct');
    expect(q?.speaker).toBe('Ann Lacey');
  });

  it('reads `a notice that said, “…”` with the notice as the source when no one is named', () => {
    const qs = quotes('The page was replaced by a notice that said, "This listing has been removed by the seller."');
    const q = qs.find((x) => x.quote.includes('listing has been removed'));
    expect(q?.kind).toBe('direct');
  });

  it('leaves `a letter that said he was sorry` reported speech', () => {
    const qs = quotes('He wrote a letter that said he was sorry.');
    expect(qs.every((q) => q.kind !== 'direct')).toBe(true);
  });
});

describe('direct quotes whose speaker opens the clause', () => {
  it('reads `Mr. Reyes was prompted to say, “…”` as Reyes’s quote', () => {
    const qs = quotes('Mayor Tom Reyes spoke first. The meeting was so calm that Mr. Reyes was prompted to say, "So far, I cannot believe how polite everyone has been."');
    const q = qs.find((x) => x.quote.includes('cannot believe'));
    expect(q?.kind).toBe('direct');
    expect(q?.speaker).toBe('Tom Reyes');
  });

  it('does not take a capitalised participle opening the sentence for a speaker', () => {
    const qs = quotes('Lamenting the loss, the coach added, "We will be back next year."');
    expect(qs.some((q) => q.speaker === 'Lamenting')).toBe(false);
  });
});

describe('quoted fragments after a cue and a clause', () => {
  it('reads `says that it’s “very sad” that …` as a mixed report, not a direct quote', () => {
    const qs = quotes('Governor Ann Lacey says on Twitter that it’s “very sad” that the council skipped the vote.');
    const q = qs.find((x) => x.quote.includes('very sad'));
    expect(q?.kind).toBe('mixed');
    expect(q?.quote).toContain('skipped the vote');
  });

  it('keeps `told reporters “We …”` direct', () => {
    const qs = quotes('Governor Ann Lacey told reporters "We will win this state by a lot."');
    expect(qs.find((x) => x.quote.includes('win this state'))?.kind).toBe('direct');
  });
});

describe('quotes broken by an attribution with a long appositive', () => {
  it('joins `“A,” said X, an economist who …, “b …”` into one quote of X', () => {
    const qs = quotes('"The danger," said Maria Ortiz, an economist who is the director of the state budget office, "is that we will lose the jobs we have."');
    const q = qs.find((x) => x.quote.includes('lose the jobs'));
    expect(q?.speaker).toBe('Maria Ortiz');
    expect(q?.quote).toContain('The danger');
  });
});

describe('floating quotes after a relative clause in the attribution', () => {
  it('gives `“B.”` the speaker of `“A,” said X, an adviser to Y, who …` (X, not Y)', () => {
    const qs = quotes('"Budgets are choices," said Maria Ortiz, a former adviser to Governor Tom Reyes, who has offered advice to the council for years. "And this one is a bad choice."');
    const q = qs.find((x) => x.quote.includes('bad choice'));
    expect(q?.speaker).toBe('Maria Ortiz');
  });

  it('does the same when the report inside the attribution has no relative pronoun next to its speaker', () => {
    const qs = quotes('"The plan was meant to help," said Jo Price, a nurse in Roanoke, Va., who voted for Mr. Obama in 2008. "It has done nothing for us."');
    expect(qs.find((x) => x.quote.includes('nothing for us'))?.speaker).toBe('Jo Price');
  });
});

describe('lists of short quoted items', () => {
  it('reads three or more quoted titles in a row as no quotes', () => {
    const qs = quotes('Governor Ann Lacey named “Morning Rounds,” “City Lights,” “The Long Road” and “Harbor” as her favorite shows.');
    expect(qs.some((q) => q.kind === 'direct')).toBe(false);
  });

  it('keeps two short quotes joined by `and`', () => {
    const qs = quotes('"We won," Ann Lacey said, and "we will win again," she added.');
    expect(qs.some((q) => q.quote.includes('We won'))).toBe(true);
  });
});
