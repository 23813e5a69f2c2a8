/**
 * Speaker and precision fixes (second round): month words inside names, surnames that look like
 * verbs, capitalised groups and the Crown, clock times before a new sentence, verb-first tails,
 * participles with a bare object, relatives with their own subject. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readSubject } from '../src/analysis/quotes/speakers.js';
import { splitSentences } from '../src/analysis/text/segment.js';
import { quotesIn, quoteWith, speakerOf } from './support/quotes.js';

describe('names', () => {
  it('a month word after capitalised name words is part of the name', () => {
    expect(speakerOf('The clinic shut in May. "Nobody came back," said Thiri Myint May.', 'Nobody came back')).toBe('Thiri Myint May');
    expect(speakerOf('"We were not told," Htet Aung May said on Friday.', 'not told')).toBe('Htet Aung May');
  });

  it('a month after a date preposition or before a number stays a date', () => {
    const text = 'The vote was held on June 4. Since May the party has lost ground, said Ko Lwin.';
    expect(speakerOf(text, 'the party has lost ground')).toBe('Ko Lwin');
  });

  it('a capitalised word after a title and a first name is the surname, though it looks like a verb', () => {
    const text = '"The wave has peaked," said Dr. Lena Etches, the medical officer of health.\n\nShe said clinics would stay open.';
    expect(speakerOf(text, 'wave has peaked')).toBe('Lena Etches');
    expect(speakerOf(text, 'clinics would stay open')).toBe('Lena Etches');
  });
});

describe('groups and bodies as subjects', () => {
  it('a capitalised plural opening the sentence is a group, not a person', () => {
    const text = 'Mara Quinlan chairs the board. Activists said the levy was unfair. "It will hurt families," she said.';
    expect(speakerOf(text, 'levy was unfair')).toBe('Activists');
    expect(speakerOf(text, 'hurt families')).toBe('Mara Quinlan');
    expect(readSubject('Critics', 0, 7)?.gender).toBe('plural');
    expect(readSubject('Evans', 0, 5)?.gender).not.toBe('plural');
  });

  it('a connective before a common noun subject is no part of it', () => {
    expect(speakerOf('Yet voters said they wanted a change of course.', 'wanted a change')).toBe('voters');
    expect(speakerOf('But critics say the rebate is too small.', 'rebate is too small')).toBe('critics');
    expect(speakerOf('Still others said the rink was a waste of money.', 'rink was a waste')).toBe('others');
  });

  it('the Crown is the prosecution, a body that speaks', () => {
    const text = 'The Crown argued that the sentence was too light.\n\n"It was a planned attack," the Crown said.';
    expect(speakerOf(text, 'sentence was too light')).toBe('Crown');
    expect(speakerOf(text, 'planned attack')).toBe('Crown');
    expect(speakerOf('Crown Prince Farid Al-Amin said the talks had ended.', 'talks had ended')).toBe('Farid Al-Amin');
  });
});

describe('clock times', () => {
  it('a.m. or p.m. before a capitalised word that opens a clause ends the sentence', () => {
    expect(splitSentences('The fire started at 2 a.m. Martin Okafor said the door was forced.').map((s) => s.text)).toEqual(['The fire started at 2 a.m.', 'Martin Okafor said the door was forced.']);
    const text = 'Mayor Dana Price said the plant would close at 5 p.m. Martin Okafor said the workers were not warned.';
    expect(speakerOf(text, 'workers were not warned')).toBe('Martin Okafor');
    expect(quoteWith(text, 'plant would close').quote).not.toContain('Okafor');
  });

  it('a time zone or a day after the clock time keeps the sentence whole', () => {
    const text = 'Polls close at 8 p.m. Eastern time, officials said. The count starts at 9 p.m. ET, they said.';
    expect(speakerOf(text, 'Polls close at 8 p.m. Eastern time')).toBe('officials');
    expect(speakerOf(text, 'The count starts at 9 p.m. ET')).toBe('officials');
  });
});

describe('verb-first tails', () => {
  it('a name followed by a finite verb after `said` is no tail', () => {
    const text = 'The rink will close in the spring, said Okafor would not run again.';
    expect(quotesIn(text).some((q) => q.speaker === 'Okafor' && q.quote.includes('rink will close'))).toBe(false);
  });

  it('two role nouns joined by `and` before the name', () => {
    const text = 'The firm lobbied for the port authority in Halifax, said lobbyist and party strategist Colin Brant.';
    const q = quoteWith(text, 'lobbied for the port authority');
    expect(q.speaker).toBe('Colin Brant');
    expect(q.role).toBe('lobbyist and party strategist');
  });
});

describe('relatives with their own subject', () => {
  it('a name after `who` is the relative clause’s speaker, not the head before it', () => {
    const text = 'Nora Vance has long opposed Tom Reyes.\n\nThe party is now run by Reyes, who Vance on Wednesday called "a danger to the movement."';
    expect(speakerOf(text, 'a danger to the movement')).toBe('Nora Vance');
    expect(speakerOf('The board hired Lee Park, who Mayor Ana Cole said was the best candidate.', 'the best candidate')).toBe('Ana Cole');
  });

  it('a verb after `who` leaves the head as the subject', () => {
    expect(speakerOf('Voters who backed the levy said the rink was worth it.', 'rink was worth it')).toBe('Voters who backed the levy');
  });
});
