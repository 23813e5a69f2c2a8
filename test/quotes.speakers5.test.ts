import { describe, expect, it } from 'vitest';
import { indirectIn, quotesIn } from './support/quotes.js';

describe('a determiner and a noun before a reporting noun read as one noun phrase', () => {
  it('takes the whole document phrase as the source, not its first two words', () => {
    const found = indirectIn('A news report published Wednesday said the mayor had resigned.');
    expect(found.map(([, q]) => q)).toEqual(['the mayor had resigned']);
    expect(quotesIn('A news report published Wednesday said the mayor had resigned.')[0]!.speakerMention).toBe('A news report published Wednesday');
  });

  it('reads `a police report indicates` with the report as the source', () => {
    const q = quotesIn('A police report indicates that the driver was drunk.');
    expect(q.map((x) => x.speakerMention)).toEqual(['A police report']);
  });

  it('does not read `press` as the subject of `call`', () => {
    const q = quotesIn('During a press call, Smith said the plan was dead.');
    expect(q.map((x) => [x.speaker, x.quote])).toEqual([['Smith', 'the plan was dead']]);
  });

  it('keeps a singular subject of a real verb', () => {
    expect(quotesIn('An aide confirmed that the plan was dead.').map((x) => x.speakerMention)).toEqual(['An aide']);
    expect(quotesIn('A spokesman said the plan was dead.').map((x) => x.speakerMention)).toEqual(['A spokesman']);
  });

  it('reads `the police report says` as a report noun, but keeps `the police report that`', () => {
    expect(quotesIn('The police report says the driver was drunk.').map((x) => [x.speakerMention, x.cue])).toEqual([['The police report', 'says']]);
    expect(quotesIn('The news report published Wednesday said the mayor had resigned.').map((x) => x.speakerMention)).toEqual(['The news report published Wednesday']);
    expect(quotesIn('The police report that the driver was drunk.').map((x) => x.quote)).toEqual(['that the driver was drunk']);
  });
});

describe('a connective or colon opening the sentence is no part of the speaker', () => {
  it('drops `But` before a name with an appositive', () => {
    const q = quotesIn('He left. But Murshed Zaheed, acting director of the group, said the response was undercut by her own record.');
    expect(q.map((x) => x.speakerMention)).toEqual(['Murshed Zaheed']);
  });

  it('drops `But` before the subject of a participle', () => {
    const q = quotesIn('He left. But Mrs. Clinton, who was distracted, was not amused, saying she had to go.');
    expect(q.map((x) => x.speakerMention)).toEqual(['Mrs. Clinton']);
  });
});

describe('a headline claim with quoted words inside it', () => {
  it('is one mixed claim of the name before the colon, not the quoted words alone', () => {
    const q = quotesIn('Senator Jane Roe: ‘No Regrets’ If the Vote Had Gone the Other Way\n\nWASHINGTON — The senator spoke on Tuesday.');
    expect(q.map((x) => [x.speaker, x.kind])).toEqual([['Jane Roe', 'mixed']]);
    expect(q[0]!.quote).toContain('If the Vote Had Gone the Other Way');
  });
});

describe('transcript and interview turns', () => {
  const long = 'we will keep working on this together for a long time to come, whatever happens next, and nobody in this room will be left behind in any way at all';
  it('credits a long turn to the capitalised label when the text is a transcript', () => {
    const text = `The debate was long.\n\nROE: Well, no one is like that. In a way, it is fine, and ${long}.\n\nDOE: I think the plan is fine, and ${long}.`;
    const q = quotesIn(text);
    expect(q.filter((x) => x.cue === ':').map((x) => x.speaker)).toEqual(['ROE', 'DOE']);
  });

  it('reads Q: and A: paragraphs of an interview as turns', () => {
    const text = 'She spoke to us.\n\nQ: Did the service take care of you?\n\nA: No, no one did. No one checked up. No one called.\n\nQ: How did things go after that?\n\nA: Badly, for a long time.';
    expect(quotesIn(text).map((x) => x.speakerMention)).toEqual(['Q', 'A', 'Q', 'A']);
  });

  it('keeps a single long labelled paragraph out', () => {
    expect(quotesIn(`The debate was long.\n\nROE: Well, no one is like that, and ${long}.`).filter((x) => x.cue === ':')).toEqual([]);
  });
});
