import { describe, expect, it } from 'vitest';
import { jsonSpeakerOf, quoteWith } from './support/quotes.js';

describe('numbers with thousands separators in a source', () => {
  it('keeps the whole number before the noun', () => {
    expect(quoteWith('Only 367,491 people said they would vote for the senator.', 'vote for').speakerMention).toBe('Only 367,491 people');
  });

  it('reads the number whole after a colon too', () => {
    expect(quoteWith('The union polled its members: 1,409 teachers said they wanted to endorse the mayor.', 'endorse').speaker).toBe('1,409 teachers');
  });
});

describe('an abbreviation with a possessive in an appositive', () => {
  it('credits the name before `B.C.’s provincial health officer`', () => {
    expect(quoteWith('Bonnie Henry, B.C.’s provincial health officer, said cases were falling.', 'cases were').speaker).toBe('Bonnie Henry');
  });

  it('keeps `the U.S.’s` whole in a description', () => {
    expect(quoteWith("The U.S.'s top general said the war was over.", 'war was').speakerMention).toBe("The U.S.'s top general");
  });
});

describe('a description before the name in apposition', () => {
  it('keeps `Another … ally` with the name it describes', () => {
    expect(jsonSpeakerOf('Another Clinton ally, Agriculture Secretary Tom Vilsack, told MSNBC that the announcement was good.', 'announcement')).toBe('Tom Vilsack, another Clinton ally');
  });

  it('reads prepositions and `and` inside the description', () => {
    expect(jsonSpeakerOf('The French minister of environment and energy, Segolene Royal, said the agreement mattered.', 'agreement')).toBe('Segolene Royal, the French minister of environment and energy');
  });

  it('leaves a conjunction opening the sentence out of the description', () => {
    expect(jsonSpeakerOf('And Florida’s Republican attorney general, Pam Bondi, said the state would act.', 'state would')).toBe('Pam Bondi, Florida’s Republican attorney general');
  });

  it('takes no object of a preposition for the head of a description', () => {
    expect(jsonSpeakerOf('Clinton scored a coup over her main rival, Bernie Sanders, who said the tax was wrong.', 'tax was')).toBe('Bernie Sanders');
  });
});

describe('a source picked out by a relative clause', () => {
  it('keeps the relative clause with an unnamed source', () => {
    expect(quoteWith('Senior campaign advisers who have run the numbers argue that she will win.', 'she will win').speaker).toBe('Senior campaign advisers who have run the numbers');
  });

  it('leaves an adverb before the verb out of the source', () => {
    expect(quoteWith('Executives who run news organizations almost unanimously say that the business is shrinking.', 'shrinking').speaker).toBe('Executives who run news organizations');
  });

  it('never takes a name inside the relative clause for the subject', () => {
    expect(quoteWith('Voters who backed Trump said the economy mattered most.', 'economy').speaker).toBe('Voters who backed Trump');
  });

  it('still reads the subject of a clause opened by `in which`', () => {
    expect(quoteWith('The video shows four cases in which Kaine defended people accused of murder.', 'accused').speaker).toBe('Kaine');
  });
});

describe('a surname the text qualifies', () => {
  it('gives the qualified mention after the full name', () => {
    expect(jsonSpeakerOf('Felipe Calderon spoke in Mexico City. Former Mexico leader Calderon said the wall was a mistake.', 'wall was')).toBe('Felipe Calderon, Former Mexico leader Calderon');
  });

  it('keeps an article and its adjectives before a surname', () => {
    expect(jsonSpeakerOf('Jeb Bush spoke on Monday. A teary-eyed Bush says he is proud of the campaign.', 'proud')).toBe('Jeb Bush, a teary-eyed Bush');
  });

  it('adds nothing for an honorific or the first name', () => {
    expect(jsonSpeakerOf('Ted Cruz spoke on Monday. Sen. Cruz said the wall was good.', 'wall was')).toBe('Ted Cruz');
  });
});

describe('names joined with their party brackets', () => {
  it('keeps each bracket with its name', () => {
    expect(jsonSpeakerOf('Sen. Ted Cruz (R-Texas) and Sen. Mike Lee (R-Utah) said the bill was dead.', 'bill was')).toBe('Ted Cruz (R-Texas) and Mike Lee (R-Utah)');
  });

  it('adds no bracket where the text has none', () => {
    expect(jsonSpeakerOf('Sen. Ted Cruz and Sen. Mike Lee said the bill was dead.', 'bill was')).toBe('Ted Cruz and Mike Lee');
  });
});

describe('`as X, appositive, put it:` after a comma', () => {
  it('credits the name after `Or, as`, not its appositive', () => {
    expect(quoteWith('Or, as Tom Ridge, a former secretary of homeland security, put it: "The barbarians are inside."', 'barbarians').speaker).toBe('Tom Ridge');
  });
});

describe('subjects after an opening adjunct and in bracketed lists', () => {
  it('reads a description and its name after `In a statement,`', () => {
    expect(jsonSpeakerOf("In a statement, one of the family's attorneys, Justin Bamberg, said the videos show Scott calmly stepping out.", 'videos show')).toBe("Justin Bamberg, one of the family's attorneys");
  });

  it('reads the subject before a colon past an opening date', () => {
    expect(quoteWith('On July 6, 2015, Sanders made the following comment: “For young people, jobs matter.”', 'jobs matter').speakerMention).toBe('Sanders');
  });

  it('credits every name of a list with party brackets', () => {
    expect(jsonSpeakerOf('Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all said the bank had failed.', 'bank had')).toBe('Jeff Merkley (D-Ore.) and Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.)');
  });
});

describe('numbers in a title before a name after the verb', () => {
  it('reads past `9/11 widow`', () => {
    expect(quoteWith('“They are 100 percent wrong,” said 9/11 widow Terry Strada.', 'percent wrong').speaker).toBe('Terry Strada');
  });

  it('reads past an ordinal in a rank', () => {
    expect(quoteWith('“I was hoping for more,” said Air Force 1st Lt. Tyler Livingston.', 'hoping').speaker).toBe('Tyler Livingston');
  });
});
