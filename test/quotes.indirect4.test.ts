import { describe, expect, it } from 'vitest';
import { framesIn } from '../src/analysis/quotes/indirect.js';
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

describe('reported speech: content that goes on past a comma', () => {
  it('keeps examples after `, including` in a noun cue’s content', () => {
    const got = indirectIn('Berg repeated her promise to scrap all of the new parking fees, including the ones near the harbour.');
    expect(got.find(([, q]) => q.startsWith('to scrap'))?.[1]).toBe('to scrap all of the new parking fees, including the ones near the harbour');
  });

  it('still ends a noun cue’s content at the comma before the sentence’s verb', () => {
    const got = indirectIn('Her promise to scrap the parking fees, made in March, won her the seat.');
    expect(got.find(([, q]) => q.startsWith('to scrap'))?.[1]).toBe('to scrap the parking fees');
  });

  it('keeps a `where` clause in the question put to the speaker', () => {
    const got = indirectIn('Berg said no when asked whether she would close the road to the harbour, where the ferries dock.');
    expect(got.find(([, q]) => q.startsWith('whether'))?.[1]).toBe('whether she would close the road to the harbour, where the ferries dock');
  });

  it('keeps a second `that` clause in a restrictive relative’s content', () => {
    const text = 'Berg was critical of residents who claim the fees are too high, or that the harbour needs no repairs.';
    const claim = framesIn(text, 0, text.length, []).find((f) => f.cue === 'claim');
    expect(claim && text.slice(claim.contentStart, claim.contentEnd)).toBe('the fees are too high, or that the harbour needs no repairs');
  });
});

describe('reported speech: an answer standing for a clause', () => {
  it('reads `said yes` and `said the same of X` as what was said', () => {
    const got = indirectIn('Asked whether the mayor is honest, 61 percent of residents said yes, while 40 percent said the same of her rival.');
    expect(got).toContainEqual(['61 percent of residents', 'yes']);
    expect(got).toContainEqual(['40 percent', 'the same of her rival']);
  });

  it('ends `said so` before a time adjunct', () => {
    const got = indirectIn('Half of the voters said so in March.');
    expect(got).toContainEqual(['Half of the voters', 'so']);
  });

  it('does not take `so` or `no` opening a longer clause for an answer', () => {
    const got = indirectIn('The mayor said no one had asked her about the harbour.');
    expect(got.find(([s]) => s === 'mayor')?.[1]).toBe('no one had asked her about the harbour');
  });
});

describe('reported speech: `everyone but X` is the group less X', () => {
  it('credits the group, not the one excepted', () => {
    const got = indirectIn('Everyone but Olsen said the vote should go ahead.');
    expect(got).toContainEqual(['Everyone but Olsen', 'the vote should go ahead']);
  });
});

describe('reported speech: `asked` past a longer listener', () => {
  it('starts the question at its `whether` after a titled name', () => {
    const got = indirectIn('Dana Holt asked former Harbour Master Jon Berg whether the ferries would run in winter.');
    expect(got).toContainEqual(['Dana Holt', 'whether the ferries would run in winter']);
  });

  it('reads `asked X about …` as the question', () => {
    const got = indirectIn('Moderator Jon Berg asked Holt about the cost of the harbour repairs.');
    expect(got).toContainEqual(['Jon Berg', 'about the cost of the harbour repairs']);
  });
});

describe('reported speech: a subordinate clause after `, and`', () => {
  it('ends the report in `…, and when X said …,` at the comma before the main clause', () => {
    const got = indirectIn('The talks were long, and when the mayor said the fees would stay, the union walked out of the room.');
    expect(got).toContainEqual(['mayor', 'the fees would stay']);
  });
});

describe('reported speech: `thinks so` as a stance answer', () => {
  it('reads `so` after think as what is held', () => {
    const got = indirectIn('Is the fee too high? Dana Holt doesn’t think so.');
    expect(got).toContainEqual(['Dana Holt', 'so']);
  });
});
