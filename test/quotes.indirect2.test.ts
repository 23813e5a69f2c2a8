import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractQuotes } from '../src/analysis/quotes/index.js';
import { indirectIn } from './support/quotes.js';

describe('reported speech: negation, clause ends and stance verbs', () => {
  it('reads a negated auxiliary between the subject and the verb', () => {
    const got = indirectIn('Farmers in the valley don’t think the new dam will be finished before spring.');
    expect(got).toContainEqual(['Farmers in the valley', 'the new dam will be finished before spring']);
  });

  it('still reads a negated comment as no report', () => {
    const got = indirectIn('The mayor’s office didn’t respond to a request for comment on the new budget.');
    expect(got).toEqual([]);
  });
});

describe('reported speech: restrictive relative clauses', () => {
  it('reads a restrictive who-clause after a preposition as a report of its head', () => {
    const got = indirectIn('The ordinance drew fire from shop owners who say the new parking fees will drive customers away.');
    const hit = got.find(([, q]) => q === 'the new parking fees will drive customers away');
    expect(hit?.[0]).toMatch(/owners$/);
  });

  it('reads a stance verb in a restrictive who-clause after a verb', () => {
    const got = indirectIn('The council heard from residents who oppose the planned widening of the coastal road.');
    expect(got).toContainEqual(['residents', 'the planned widening of the coastal road']);
  });

  it('leaves a who-clause inside the subject to the main verb', () => {
    const got = indirectIn('Residents who oppose the road say the council ignored their petition.');
    expect(got.some(([, q]) => q.startsWith('the road say'))).toBe(false);
  });
});

describe('reported speech: a verb sharing the subject after `and`', () => {
  it('reads the subject after an opening participle phrase', () => {
    const got = indirectIn('Walking to the next house, Ebbe Larsen recalled her years on the farm and said the drought had changed everything.');
    expect(got).toContainEqual(['Ebbe Larsen', 'the drought had changed everything']);
  });

  it('takes a past tense after `and` as finite even past an infinitive', () => {
    const got = indirectIn('Nora Quist said the crew tried to reach the harbour before dark and said the rescue was always the priority.');
    expect(got).toContainEqual(['Nora Quist', 'the rescue was always the priority']);
  });
});

describe('reported speech: a subject with an appositive before a position verb', () => {
  it('reads a name and its appositive before a short object', () => {
    const got = indirectIn('However, Marta Ilves, mother of a flood victim, forcefully rejected the mayor’s claim.');
    expect(got).toContainEqual(['Marta Ilves', 'the mayor’s claim']);
  });

  it('reads a group with an including-aside', () => {
    const got = indirectIn('Several harbour towns, including Lerwick and Scalloway, criticized the new ferry timetable.');
    expect(got.some(([s, q]) => /harbour towns/.test(s ?? '') && q === 'the new ferry timetable')).toBe(true);
  });

  it('names the person in apposition after a description', () => {
    const q = extractQuotes(buildDoc('The state’s senior senator, Jorunn Vik, had already endorsed Halvorsen.')).find((x) => x.kind === 'indirect');
    expect(q?.speaker).toBe('Jorunn Vik');
    expect(q?.described).toBe('The state’s senior senator');
  });
});

describe('reported speech: an aside between the subject and a speech verb', () => {
  it('reads the group before a like-aside as the speaker', () => {
    const got = indirectIn('Most economists, like their colleagues abroad, say the new tax will slow growth next year.');
    expect(got.some(([s, q]) => /economists/.test(s ?? '') && q === 'the new tax will slow growth next year')).toBe(true);
  });
});

describe('reported speech: a subordinate clause ends at the main clause', () => {
  it('ends the content of a report in an opening subordinate clause before a named subject', () => {
    const got = indirectIn('Although the harbour board declined to comment, Mayor Ines Berg later said the ferry would run.');
    expect(got.some(([, q]) => q.includes('Mayor Ines Berg'))).toBe(false);
    expect(got).toContainEqual(['Ines Berg', 'the ferry would run']);
  });
});

describe('reported speech: asides between hyphens, and a that-clause after a bare plural', () => {
  it('skips an aside between spaced hyphens before the verb', () => {
    const got = indirectIn('On his way out, Arne Dahl - in a line aimed squarely at his rival - declared that a mayor must serve every district.');
    expect(got).toContainEqual(['Arne Dahl', 'that a mayor must serve every district']);
  });

  it('reads no subject before a long aside whose start is out of sight', () => {
    const got = indirectIn('Lena Moe, the head of the ferry company -- the firm that owns the two harbour boats, which are also leased to the county and the navy and the coast guard -- told me the boats would be sold.');
    expect(got.some(([s]) => /navy|coast guard/.test(s ?? ''))).toBe(false);
  });

  it('takes a verb before a that-clause after one capitalised word', () => {
    const got = indirectIn('Data show that the average income of graduates is much higher.');
    expect(got.some(([, q]) => q === 'that the average income of graduates is much higher')).toBe(true);
  });
});

describe('reported speech: a long appositive with a relative clause', () => {
  it('reads the body before a long appositive as the subject of declined', () => {
    const got = indirectIn('The Harbour Authority, a county agency which keeps the shipping records of every port on the coast, declined to comment on the report.');
    expect(got.some(([s, q]) => /Harbour Authority/.test(s ?? '') && q.startsWith('to comment'))).toBe(true);
  });
});

describe('reported speech: content ends at a dash before a new report', () => {
  it('ends the content before "— and he noted"', () => {
    const got = indirectIn('But Lars Fowler said the fight at the top of the ticket would be more intense — and he noted that any change would come late.');
    expect(got).toContainEqual(['Lars Fowler', 'the fight at the top of the ticket would be more intense']);
  });

  it('takes a present verb before an object pronoun as the verb', () => {
    const got = indirectIn('Video of the incident shows him with his hands in the air before the arrest.');
    expect(got.some(([, q]) => q.startsWith('him with his hands'))).toBe(true);
  });
});

describe('reported speech: more position verbs', () => {
  it('frames reminded, nominated and identified as positions of their subject', () => {
    expect(indirectIn('Senator Ruth Alm reminded voters that the bridge had been promised for a decade.').some(([s, q]) => s === 'Ruth Alm' && q.includes('the bridge had been promised'))).toBe(true);
    expect(indirectIn('Governor Tove Lind nominated a former judge for the vacant court seat.').some(([s, q]) => s === 'Tove Lind' && q.startsWith('a former judge'))).toBe(true);
  });

  it('frames thanked and rebuked, and leaves "thanks to" alone', () => {
    expect(indirectIn('Mayor Eva Holm thanked the volunteers who cleared the flooded streets.').some(([s, q]) => s === 'Eva Holm' && q.startsWith('the volunteers'))).toBe(true);
    expect(indirectIn('The senator won the race thanks to strong support from rural voters.')).toEqual([]);
  });
});

describe('reported speech: a share with a position participle', () => {
  it('reads "with 60 percent backing X" as a report of the share', () => {
    const got = indirectIn('The survey put the mayor well ahead, with 60 percent of residents backing her plan for the harbour.');
    expect(got.some(([s, q]) => /60 percent/.test(s ?? '') && q.startsWith('her plan for the harbour'))).toBe(true);
  });
});
