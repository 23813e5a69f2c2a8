import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractQuotes } from '../src/analysis/quotes/index.js';
import { quoteWith, jsonSpeakerOf } from './support/quotes.js';

describe('a description in apposition before the name', () => {
  it('keeps the description a role list does not know, after the name', () => {
    const text = 'The assailant, Carl Mendes, told the court that he regretted the attack.';
    const q = quoteWith(text, 'regretted the attack');
    expect(q.speaker).toBe('Carl Mendes');
    expect(jsonSpeakerOf(text, 'regretted the attack')).toBe('Carl Mendes, the assailant');
  });

  it('reads an owner in the possessive as part of the description', () => {
    const text = "Ms. Varga's spokesman, Tomas Reyes, said the talks had failed.";
    expect(jsonSpeakerOf(text, 'talks had failed')).toBe("Tomas Reyes, Ms. Varga's spokesman");
  });

  it('keeps a description before the name when an appositive follows it too', () => {
    const text = "Nevada's governor, Brian Salter, a Republican, said the bill was flawed.";
    expect(jsonSpeakerOf(text, 'bill was flawed')).toBe("Brian Salter, Nevada's governor");
  });

  it('never takes an adverbial or a clause before the name for a description', () => {
    expect(jsonSpeakerOf("During Mr. Hale's 1992 campaign, Betty Ward said the rumors were false.", 'rumors were false')).toBe('Betty Ward');
    expect(jsonSpeakerOf('The next day, Carl Mendes said the plan was bad.', 'plan was bad')).toBe('Carl Mendes');
  });
});

describe('a capitalised description of someone already named', () => {
  it('resolves a state demonym to the person of that state', () => {
    const text = 'Former Texas Gov. Rick Malley endorsed Sen. Tom Reyes on Sunday.\n\nDo you support Tom Reyes?\n\n"Voters want an outsider this year," the Texan said.';
    const q = quoteWith(text, 'Voters want an outsider');
    expect(q.speaker).toBe('Rick Malley');
    expect(jsonSpeakerOf(text, 'Voters want an outsider')).toBe('Rick Malley, the Texan');
  });

  it('resolves a party and state description like a pronoun when no role says more', () => {
    const text = 'House Speaker Paul Dorn spoke to reporters on Thursday.\n\n"I am not ready to endorse him," the Wisconsin Republican said.';
    expect(quoteWith(text, 'not ready to endorse').speaker).toBe('Paul Dorn');
  });

  it('leaves a description introduced with an indefinite article to the unnamed person', () => {
    const text = 'Ivy Marsh gave a speech. A fashion designer watched from her home.\n\n"It is hard to come back to work," said the designer.';
    expect(quoteWith(text, 'hard to come back').speaker).not.toBe('Ivy Marsh');
  });

  it('never reads a nation with a noun after it as a person', () => {
    const text = 'Tom Reyes was warned by the Russian government that he was a target.';
    const qs = extractQuotes(buildDoc(text));
    expect(qs.every((q) => q.speaker !== 'Tom Reyes, the Russian')).toBe(true);
  });
});

describe('the subject before the verb', () => {
  it('leaves a negated auxiliary or an adverb to the predicate', () => {
    expect(quoteWith("Senator Hale's aides haven't said much about the debate.", 'much about the debate').speakerMention).not.toMatch(/haven't/);
    expect(quoteWith('Diplomats almost universally said the test was reckless.', 'test was reckless').speakerMention).toBe('Diplomats');
  });

  it('takes common nouns joined by and as one group', () => {
    const q = quoteWith('“It is bad,” world leaders and diplomats said.', 'It is bad');
    expect(q.speaker).toBe('world leaders and diplomats');
    expect(q.speakerType).toBe('unnamed');
  });
});

describe('a title-only description of someone named before', () => {
  it('prefers the same title over one that merely shares its head noun', () => {
    const text = 'World Bank President Jim Kwon met President Barack Obama on Monday. Kwon spoke first.\n\n"It is over," the president said.';
    expect(quoteWith(text, 'It is over').speaker).toBe('Barack Obama');
  });

  it('tells a former president from a former vice president', () => {
    const text = 'Joe Biden, the former vice president, and former President Bill Clinton spoke.\n\n"It is over," the former president said.';
    expect(quoteWith(text, 'It is over').speaker).toBe('Bill Clinton');
  });

  it('lets a place in the role stand aside for the title', () => {
    const text = 'Sen. Rand Paul spoke first. Later, Texas Sen. Ted Cruz took the stage.\n\n"It is over," the senator said.';
    expect(quoteWith(text, 'It is over').speaker).toBe('Ted Cruz');
  });

  it('never gives a nation’s title to someone whose role says nothing of it', () => {
    const text = 'President Barack Obama spoke on Monday.\n\n"It is over," the French president said.';
    expect(quoteWith(text, 'It is over').speaker).not.toBe('Barack Obama');
  });

  it('indexes someone named only by title and surname', () => {
    const text = 'President Obama spoke at the rally on Monday.\n\n"It is over," the president said.';
    expect(quoteWith(text, 'It is over').speaker).toBe('Obama');
  });

  it('does not read a capitalised body after a title word as a person', () => {
    const text = 'Tom Reyes spoke at the Democratic National Convention on Thursday. He said the party was united.';
    expect(quoteWith(text, 'party was united').speaker).toBe('Tom Reyes');
  });

  it('reads a sentence with a short lower-case verb as no headline', () => {
    const text = 'Jim Kwon met President Barack Obama on Monday. Kwon left early.\n\n"It is over," the president said.';
    expect(quoteWith(text, 'It is over').speaker).toBe('Barack Obama');
  });
});

describe('pronouns', () => {
  it('a he or she never goes to someone named by title and surname alone unless that one just spoke', () => {
    const text = 'Hillary Clinton spoke in Ohio. President Obama signed the bill on Monday. She said the bill was a start.';
    expect(quoteWith(text, 'bill was a start').speaker).toBe('Hillary Clinton');
  });
});

describe('the attribution after a quote', () => {
  it('reads a closing `according to X`', () => {
    const q = quoteWith('Joe Hale spoke.\n\n“It is bad,” according to Sen. Tom Reyes, a Republican.', 'It is bad');
    expect(q.speaker).toBe('Tom Reyes');
    expect(q.cue).toBe('according to');
  });

  it('passes over a noun that could be a verb before the real one', () => {
    expect(quoteWith('“The computer had been hacked,” the congressional report said.', 'had been hacked').speaker).toBe('the congressional report');
  });

  it('reads an attribution that follows the closing mark with no space', () => {
    const q = quoteWith('Hillary Clinton spoke on Monday.\n\n“It is a surprise to me,”Clinton said.', 'surprise to me');
    expect(q.speaker).toBe('Hillary Clinton');
  });
});

describe('possessives and datelines', () => {
  it('takes the full name a possessive description leads to', () => {
    const text = '“It is bad,” said Trump’s longtime adviser Roger Stone.';
    expect(quoteWith(text, 'It is bad').speaker).toBe('Roger Stone');
    expect(jsonSpeakerOf(text, 'It is bad')).toBe('Roger Stone, Trump’s longtime adviser');
  });

  it('ends a possessed noun phrase before its verb', () => {
    const q = quoteWith('In response, Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”', 'ready to stop him');
    expect(q.speaker).toBe('Hillary Clinton’s right-hand woman');
  });

  it('never takes a dateline for the subject a participle hangs on', () => {
    const q = quoteWith('WASHINGTON — In response to the plan, Hillary Clinton’s top aide rallied supporters, saying: “We have to be ready.”', 'We have to be ready');
    expect(q.speakerMention).not.toBe('WASHINGTON');
  });
});

describe('relational descriptions', () => {
  it('never resolves `his son` to the one it belongs to', () => {
    const text = 'Donald Hale spoke at the rally on Monday.\n\n"He is just getting started," his son said.';
    expect(quoteWith(text, 'just getting started').speaker).not.toBe('Donald Hale');
  });

  it('resolves a relational description to the person it was given to, and keeps it after the name', () => {
    const text = 'Dina Haddad, her friend since school, drove Amal Reyes home on Monday.\n\n"We were scared," her friend said.';
    expect(quoteWith(text, 'We were scared').speaker).toBe('Dina Haddad');
    expect(jsonSpeakerOf(text, 'We were scared')).toBe('Dina Haddad, her friend');
  });
});

describe('coordinated names', () => {
  it('gives a first name alone before a full name that surname', () => {
    const text = 'David Eisen spoke first. The biographers, David and Jeanne Heidler, wrote that he was ambitious.';
    expect(quoteWith(text, 'he was ambitious').speaker).toBe('David Heidler and Jeanne Heidler');
  });
});

describe('capitalised modifiers of a role after the verb', () => {
  it('reads `the Democratic nominee` as a description of the one named before', () => {
    const text = 'Hillary Clinton spoke in Ohio.\n\n“A man you can bait with a tweet is not a man we can trust,” said the Democratic nominee.';
    expect(quoteWith(text, 'bait with a tweet').speaker).toBe('Hillary Clinton');
  });

  it('keeps `one Republican involved in the planning` whole, as an unnamed source', () => {
    const q = quoteWith('“You are going to see a massive ad spend,” said one Republican involved in the planning.', 'massive ad spend');
    expect(q.speaker).toBe('one Republican involved in the planning');
    expect(q.speakerType).toBe('unnamed');
  });
});

describe('titles given to a surname two people share', () => {
  it('gives the title to nobody when the surname is shared', () => {
    const text = 'Michelle Obama spoke first. President Obama is rolling out a plan. Mr. Obama said on Saturday that the vote matters.\n\n“It is a personal insult,” the president said.';
    expect(quoteWith(text, 'personal insult').speaker).not.toBe('Michelle Obama');
  });
});
