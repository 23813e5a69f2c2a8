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

describe('reported speech: participles without a comma', () => {
  it('credits a participle on an issued document to its issuer (`released a statement saying …`)', () => {
    const got = indirectIn('The harbour authority released a statement saying the ferry will resume service next week.');
    expect(got).toContainEqual(['harbour authority', 'the ferry will resume service next week']);
  });

  it('reads `sent a letter to the board on Tuesday urging …` the same way', () => {
    const got = indirectIn('Councillor Ana Cole sent a letter to the board on Tuesday urging it to delay the vote on the bridge.');
    expect(got).toContainEqual(['Ana Cole', 'it to delay the vote on the bridge']);
  });

  it('reports a second gerund joined to the first (`by praising X and promising Y`)', () => {
    const got = indirectIn('Ana Cole won the riding by praising the mayor and promising to cut bus fares for seniors.');
    expect(got).toContainEqual(['Ana Cole', 'to cut bus fares for seniors']);
  });

  it('finds the main verb of an irregular past the tagger misses (`hit the trail, calling …`)', () => {
    const got = indirectIn('Ana Cole hit the campaign trail on Monday, calling her rival unqualified for the job.');
    expect(got).toContainEqual(['Ana Cole', 'her rival unqualified for the job']);
  });
});

describe('reported speech: a tail whose subject has an appositive', () => {
  it('reads `…, the utility\'s spokesperson, Ana Cole, said.`', () => {
    const got = indirectIn('The pipeline will reopen by the end of March, the utility\'s spokesperson, Ana Cole, said.');
    expect(got).toContainEqual(['Ana Cole', 'The pipeline will reopen by the end of March']);
  });

  it('reads `…, Ana Cole, the mayor, told reporters on Monday.`', () => {
    const got = indirectIn('The arena deal is dead for now, Ana Cole, the mayor, told reporters on Monday.');
    expect(got).toContainEqual(['Ana Cole', 'The arena deal is dead for now']);
  });

  it('leaves a chunk opened by a preposition alone (`…, including Patriot, declared …`)', () => {
    const got = indirectIn('One after another, mining companies, including Patriot, declared bankruptcy.');
    expect(got.map(([, q]) => q)).not.toContain('One after another');
  });
});

describe('reported speech: `quoted as saying`', () => {
  it('credits `was quoted as saying …` to the subject', () => {
    const got = indirectIn('Ana Cole was quoted as saying the ferry deal was the best the province could get.');
    expect(got).toContainEqual(['Ana Cole', 'the ferry deal was the best the province could get']);
  });
});

describe('reported speech: a verb after `and`/`but` sharing the sentence subject', () => {
  it('reads `X rejected the idea that …, and said …` for X', () => {
    const got = indirectIn('Ana Cole rejected the idea that the changes were a demotion and said the manager would keep her post.');
    expect(got).toContainEqual(['Ana Cole', 'the manager would keep her post']);
  });
});

describe('reported speech: a participle after an introductory phrase', () => {
  it('does not take `Back in 2009` as the speaker of `…, telling …`', () => {
    const got = indirectIn('Back in 2009, Ana Cole praised the ferry service, telling the Star it was the best on the coast.');
    expect(got.find(([, q]) => q.includes('best on the coast'))?.[0]).toBe('Ana Cole');
  });

  it('finds the main verb after `In interviews on Sunday,`', () => {
    const got = indirectIn('In interviews on Sunday, Ana Cole defended the plan, saying the province would hold firm on wages.');
    expect(got).toContainEqual(['Ana Cole', 'the province would hold firm on wages']);
  });
});

describe('reported speech: a group subject with a quantifier or a participle phrase', () => {
  it('reads `Several people familiar with the talks said …`', () => {
    const got = indirectIn('Several people familiar with the talks said a deal on the ferry contract was close.');
    expect(got.map(([, q]) => q)).toContain('a deal on the ferry contract was close');
  });

  it('reads `Residents trying to stop the quarry say …`', () => {
    const got = indirectIn('Residents trying to stop the quarry say the blasting has cracked their foundations.');
    expect(got.map(([, q]) => q)).toContain('the blasting has cracked their foundations');
  });
});

describe('reported speech: bodies and courts', () => {
  it('lets a body speak past `, which represents …,`', () => {
    const got = indirectIn('The nurses union, which represents 3,000 members, says staffing levels on the ward are unsafe.');
    expect(got.map(([, q]) => q)).toContain('staffing levels on the ward are unsafe');
  });

  it('reads `The judge ruled that …` but not `ruled out`', () => {
    expect(indirectIn('The judge ruled that the search of the truck was unlawful.').map(([, q]) => q)).toContain('that the search of the truck was unlawful');
    expect(indirectIn('Ana Cole ruled out a run for the party leadership.')).toEqual([]);
  });
});

describe('reported speech: the listener of a participle report', () => {
  it('leaves the listener out of `…, telling reporters that …`', () => {
    const got = indirectIn('Ana Cole closed the meeting, telling reporters that a deal on the ferry was near.');
    expect(got).toContainEqual(['Ana Cole', 'that a deal on the ferry was near']);
  });

  it('keeps an object that is no listener (`telling stories of the war`)', () => {
    const got = indirectIn('Ana Cole spoke for an hour, telling stories of the war.');
    expect(got.map(([, q]) => q)).toContain('stories of the war');
  });
});

describe('reported speech: `…, many of whom say …`', () => {
  it('reports for the share after a comma', () => {
    const got = indirectIn('The mill laid off 300 workers, most of whom said they were given no warning at all.');
    expect(got).toContainEqual(['most of whom', 'they were given no warning at all']);
  });
});
