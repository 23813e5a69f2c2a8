import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractQuotes } from '../src/analysis/quotes/index.js';
import { quotesToJson } from '../src/analysis/quotes/json.js';
import { quoteWith } from './support/quotes.js';

describe('a month word as a surname', () => {
  it('reads a month after a first name as the surname', () => {
    const q = quoteWith('"We will leave on time," Theresa May said on Tuesday.', 'leave on time');
    expect(q.speaker).toBe('Theresa May');
  });

  it('reads a month after an honorific as the surname', () => {
    const q = quoteWith('"The deal is done," Mrs May told reporters.', 'deal is done');
    expect(q.speakerMention).toMatch(/May$/);
  });

  it('keeps a dated month out of the name', () => {
    const q = quoteWith('"We will win," said Julia Hart May 5 in Leeds.', 'We will win');
    expect(q.speaker).toBe('Julia Hart');
  });
});

describe('headline labels that name no speaker', () => {
  const claimsOf = (text: string) => extractQuotes(buildDoc(text)).filter((q) => q.cue === ':');

  it('keeps a name before a headline colon as the speaker', () => {
    const qs = claimsOf('Graham: The party is losing its way on trade\n\nThe senator spoke on Monday in Columbia.');
    expect(qs.map((q) => q.speaker)).toEqual(['Graham']);
  });

  it('takes no byline credit, contact line or kicker as a speaker', () => {
    for (const label of ['Contributing', 'EMAIL', 'Paid Notice', 'Delegate Update', 'LOOK', 'Bombshell']) {
      const text = `${label}: Maria Lopez and Tom Reed of the Gazette staff\n\nThe council met on Monday in Leeds.`;
      expect(claimsOf(text)).toEqual([]);
    }
  });

  it('takes a scorecard of short lines for several names as no claims', () => {
    const text = 'What each needs tonight.\n\nSanders: Win in a walk\n\nCruz: Just hang on\n\nKasich: Now or never\n\nThe polls close at eight.';
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('a country as the subject of a report', () => {
  it('keeps the country as an organisation speaker', () => {
    const q = quoteWith('At the summit, Germany pledged that it would send more troops to the region next year.', 'more troops');
    expect(q.speaker).toBe('Germany');
    expect(q.speakerType).toBe('organisation');
  });
});

describe('a nationality before a lone surname', () => {
  it('reads it as the first name, not a namesake', () => {
    const text = 'Freddy Ortega, a farmer, said the rains came late. "We lost everything," German Ortega said.';
    expect(quoteWith(text, 'rains came late').speaker).toBe('Freddy Ortega');
    expect(quoteWith(text, 'lost everything').speaker).toBe('German Ortega');
  });

  it('keeps it as a title before a role or a full name', () => {
    expect(quoteWith('"We are ready," German Chancellor Olaf Scholz said.', 'are ready').speaker).toBe('Olaf Scholz');
    expect(quoteWith('"We are ready," French President Emmanuel Macron said.', 'are ready').speaker).toBe('Emmanuel Macron');
  });
});

describe('two countries joined as the subject', () => {
  it('credits both, as two joined names are', () => {
    expect(quoteWith('"We will not yield," China and Russia said in a joint statement.', 'not yield').speaker).toBe('China and Russia');
  });
});

describe('a named subject that seems or appears', () => {
  const text = 'Marco Rubio spoke in Iowa on Monday. Rubio seemed hopeful that the country could take in more refugees next year.';

  it('credits the subject with the position', () => {
    expect(quoteWith(text, 'more refugees').speaker).toBe('Marco Rubio');
  });

  it('leaves a passive subject without a source', () => {
    const q = quoteWith('Lena Stahl chaired the panel. Stahl was widely criticised for ending the inquiry before the report was out.', 'ending the inquiry');
    expect(q.speaker).toBeNull();
  });
});

describe('the JSON speaker string', () => {
  it('does not repeat a description that is the speaker as written', () => {
    const doc = buildDoc('An unusual coalition supported the plan, which would create a permanent headquarters in Brussels.');
    const line = quotesToJson('t', doc, extractQuotes(doc));
    expect(line.quotes.map((q) => q.speaker)).toEqual(['An unusual coalition']);
  });
});

describe('two names described together before them', () => {
  it('keeps the description with the joined names', () => {
    const doc = buildDoc('Two objectors, Lawrence Joyce and William Graham, challenged the claim that the senator was eligible to run.');
    const line = quotesToJson('t', doc, extractQuotes(doc));
    expect(line.quotes.map((q) => q.speaker)).toEqual(['Lawrence Joyce and William Graham, Two objectors']);
    expect(line.quotes.map((q) => q.speakerMention)).toEqual(['Lawrence Joyce and William Graham']);
  });
});

describe('a group named by the one it serves', () => {
  it('credits the group, not its owner', () => {
    const q = quoteWith('Hillary Clinton was sued in May. Attorneys for Clinton said that the case had no merit.', 'no merit');
    expect(q.speaker).toBe('Attorneys for Clinton');
    expect(q.speakerType).toBe('unnamed');
  });

  it('credits people close to someone, not that one', () => {
    const q = quoteWith('Hillary Clinton spoke in Iowa. People close to Clinton say that she will campaign in Ohio.', 'campaign in Ohio');
    expect(q.speaker).toBe('People close to Clinton');
  });

  it('still credits a named person after a role and an owner', () => {
    expect(quoteWith('"We are ready," said Clinton campaign manager Robby Mook.', 'are ready').speaker).toBe('Robby Mook');
  });
});

describe('a party or people in the plural', () => {
  it('is a group of its own, not the group named before it', () => {
    const q = quoteWith('Anti-Trump Republicans met on Monday in Ohio. Most Republicans say that the nominee will lose in November.', 'will lose');
    expect(q.speaker).toBe('Republicans');
    expect(q.speakerMention).toBe('Most Republicans');
    expect(q.speakerType).toBe('unnamed');
  });
});
