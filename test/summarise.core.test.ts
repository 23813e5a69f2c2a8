import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { EASTBROOK_BRIDGE } from './support/texts.js';
import { summarise, sentenceBudget } from '../src/analysis/summarise/index.js';
import { isDanglingOpening } from '../src/analysis/summarise/dangling.js';
import { furniturePrefixLength, isFurniture } from '../src/analysis/summarise/furniture.js';
import { buildUnits } from '../src/analysis/summarise/units.js';
import { firstPersonShare, textPositions } from '../src/analysis/summarise/scoring.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

// A short invented news story: the lead carries the story, later paragraphs add detail.
const STORY = [
  'The city council of Eastbrook voted on Tuesday to close the old Harbour Bridge to cars from next spring.',
  'Engineers had warned the council that the bridge, built in 1911, could no longer carry heavy traffic safely.',
  'The closure will divert about 12,000 vehicles a day onto the ring road, according to a council report.',
  '',
  'Shop owners on Harbour Street said they feared losing customers.',
  '"We rely on people driving in," said baker Ana Ruiz.',
  'Council leader Tom Okafor said a new crossing would be designed within two years.',
  '',
  'The bridge will stay open to pedestrians and cyclists.',
].join('\n');

describe('summarise', () => {
  it('returns sentences verbatim from the input, with offsets into the input as given', () => {
    const input = STORY.replace(/\. /g, '.   '); // extra spaces the normaliser collapses
    const doc = buildDoc(input);
    const s = summarise(doc, { length: 'long' });
    expect(s.sentences.length).toBeGreaterThan(0);
    for (const x of s.sentences) {
      expect(squash(input.slice(x.start, x.end))).toBe(squash(x.text));
      expect(x.text.length).toBeGreaterThan(10);
    }
  });

  it('keeps article order', () => {
    const s = summarise(buildDoc(STORY), { length: 5 });
    const starts = s.sentences.map((x) => x.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('controls the length', () => {
    const doc = buildDoc(STORY);
    expect(summarise(doc, { length: 'medium' }).sentences).toHaveLength(3);
    expect(summarise(doc, { length: 'long' }).sentences).toHaveLength(5);
    expect(summarise(doc, { length: 4 }).sentences).toHaveLength(4);
    const short = summarise(doc, { length: 'short' }).sentences;
    expect(short.length).toBeGreaterThanOrEqual(1);
    expect(short.length).toBeLessThanOrEqual(2);
    expect(sentenceBudget('short')).toBe(2);
    expect(sentenceBudget(0)).toBe(1);
  });

  it('puts the lead of a news story in the nut graf', () => {
    const s = summarise(buildDoc(STORY), { length: 'short' });
    expect(s.sentences[0]!.text).toMatch(/^The city council of Eastbrook voted/);
  });

  it('never opens with a dangling pronoun or connective', () => {
    // the most central sentences start with "He" and "But"; the summary must not open with them
    const text = [
      'He said the new vaccine trial in Norrland had enrolled 4,000 volunteers for the vaccine trial.',
      'But the vaccine trial results from Norrland will not be known until the vaccine trial ends next year.',
      'Doctors at the Norrland regional hospital are running the vaccine trial with a university team.',
      'Volunteers receive two doses four weeks apart.',
    ].join(' ');
    for (const length of ['short', 'medium', 1, 2] as const) {
      const s = summarise(buildDoc(text), { length });
      expect(s.sentences.length).toBeGreaterThan(0);
      expect(isDanglingOpening(s.sentences[0]!.text)).toBe(false);
    }
  });

  it('pulls in the antecedent rather than opening with "He"', () => {
    const text = [
      'Maria Lindqvist has been named head of the national weather service.',
      'She takes over in June from Erik Sand, who retires after twenty years in the post.',
      'Lindqvist previously led the service forecasting centre in Lulea for a decade.',
      'The service employs about 600 people across the country.',
    ].join(' ');
    const s = summarise(buildDoc(text), { length: 2 });
    expect(isDanglingOpening(s.sentences[0]!.text)).toBe(false);
  });

  it('never selects page furniture, even glued to a real sentence', () => {
    const text = [
      'Share this withEmailFacebookMessengerTwitterPinterestWhatsAppLinkedinCopy',
      'this linkThe regional train operator cancelled all evening services on the coast line after a landslide.',
      'Media playback is not supported on this device',
      'The landslide covered the tracks near Port Alder with mud and rocks on Sunday night.',
      'Image copyright Getty Images',
      'Read more: Rail network in numbers',
      'Engineers expect the coast line to reopen on Friday once the tracks have been cleared.',
      'Scroll down for video',
    ].join('\n');
    const doc = buildDoc(text);
    const s = summarise(doc, { length: 'long' });
    expect(s.sentences.length).toBeGreaterThanOrEqual(2);
    for (const x of s.sentences) {
      expect(x.text).not.toMatch(/Share this|Copy|Media playback|Image copyright|Read more|Scroll down/);
      expect(squash(text.slice(x.start, x.end))).toBe(squash(x.text));
    }
    expect(s.sentences[0]!.text.startsWith('The regional train operator')).toBe(true);
  });

  it('drops a sentence that repeats one already chosen', () => {
    const text = [
      'Flooding closed the main road between Amberley and Dunmore on Monday morning.',
      'The main road between Amberley and Dunmore was closed by flooding on Monday morning, police said.',
      'Residents in low-lying streets were told to move valuables upstairs.',
      'The river is expected to peak on Wednesday afternoon.',
    ].join(' ');
    const s = summarise(buildDoc(text), { length: 3 });
    const texts = s.sentences.map((x) => x.text);
    expect(texts.filter((t) => /Amberley and Dunmore/.test(t))).toHaveLength(1);
    expect(texts).toHaveLength(3);
  });

  it('prefers a sentence with new content to one that restates the lead in other words', () => {
    // the restatement is not redundant enough to be dropped outright, but it adds little
    const text = EASTBROOK_BRIDGE.join(' ');
    const texts = summarise(buildDoc(text), { length: 3 }).sentences.map((x) => x.text);
    expect(texts[0]).toMatch(/^The Eastbrook council approved/);
    expect(texts.some((t) => t.startsWith('Construction will begin'))).toBe(true);
    expect(texts.some((t) => t.startsWith('The council approved the harbour bridge by nine votes'))).toBe(false);
  });

  it('does not count a caption line as a step down the story', () => {
    const text = [
      'Rangers appointed Sam Coyle as their permanent manager on Friday.',
      'Sam Coyle celebrates with fans after the win at the weekend',
      'He has won six of his seven games since taking over in March.',
      'The club is third in the league.',
    ].join('\n');
    const units = buildUnits(buildDoc(text));
    expect(units.map((u) => u.unterminated)).toEqual([false, true, false, false]);
    expect(textPositions(units)).toEqual([0, 1, 1, 2]);
  });

  it('splits a picture caption glued to the next sentence', () => {
    const text = [
      'Rangers appointed Sam Coyle as their permanent manager on Friday after a run of six wins.',
      'Sam Coyle celebrates with fans after the win at the weekend He has won six of his seven games since taking over in March.',
      'The club is third in the league.',
    ].join(' ');
    const s = summarise(buildDoc(text), { length: 5 });
    expect(s.sentences.some((x) => x.text.startsWith('He has won six'))).toBe(true);
    expect(s.sentences.every((x) => !/weekend He has/.test(x.text))).toBe(true);
  });

  it('does not cut a sentence at a quoted title, nickname or term', () => {
    const text = [
      'Reality star Dana Hollis and her husband Mike \'Big Mac\' Hollis have filed a missing persons report for his brother.',
      'They may not be "Star Trek"-type aliens, but we may be close to finding evidence of life, a scientist says.',
      'The singer is best known for the ballad "Toast of the Town" and several film scores.',
      'Dana Hollis smiles at the premiere last week \'We are praying that he comes home safe,\' she said.',
    ].join(' ');
    const units = buildUnits(buildDoc(text)).map((u) => squash(u.text));
    expect(units[0]).toMatch(/^Reality star .* brother\.$/);
    expect(units[1]).toMatch(/^They may not be .* says\.$/);
    expect(units[2]).toMatch(/^The singer .* scores\.$/);
    // a quoted sentence after a caption is still a seam
    expect(units).toContain("'We are praying that he comes home safe,' she said.");
  });

  it('drops a link or heading glued onto the next sentence without a space', () => {
    const text = [
      'The Eastbrook ferry will stop running in June after 80 years, its operator said on Monday.',
      'More on this and other storiesA spokesman said the boats were too old to repair.',
      'Watch: the last crossing of the summerThe service carried 200,000 passengers last year.',
      'Fans of YouTube star Lee McLaren said they would miss it.',
      'Its timetable was posted on LinkedIn and #SaveOurFerryIn days.',
      'Follow updates on this story and other news from EastbrookA petition has 3,000 names.',
    ].join(' ');
    const units = buildUnits(buildDoc(text)).map((u) => squash(u.text));
    expect(units).toContain('A spokesman said the boats were too old to repair.');
    expect(units).toContain('The service carried 200,000 passengers last year.');
    expect(units).toContain('A petition has 3,000 names.');
    expect(units.some((u) => /other stories|last crossing|other news/.test(u))).toBe(false);
    // mixed-case names and hashtags are not seams
    expect(units).toContain('Fans of YouTube star Lee McLaren said they would miss it.');
    expect(units).toContain('Its timetable was posted on LinkedIn and #SaveOurFerryIn days.');
  });

  it('returns an empty summary for text that is only furniture', () => {
    expect(summarise(buildDoc('Scroll down for video\n\nImage copyright Reuters'), { length: 3 }).sentences).toEqual([]);
  });
});

describe('sentence stubs broken off by a line break', () => {
  const unitTexts = (text: string) => buildUnits(buildDoc(text)).map((u) => squash(u.text));

  it('joins a name or an opening word cut off from the rest of its sentence', () => {
    // most lines end a sentence, so the text layer keeps each line apart (the text is not hard-wrapped)
    const text = [
      'Marta',
      'Okonkwo, 52, was named head of the Eastbrook library service on Monday.',
      'She replaces a director who retired in March after twelve years.',
      'The service runs nine branches and two mobile libraries.',
      'Visitor numbers rose by a fifth last year, the council said.',
      '"The',
      'Eastbrook libraries lend more books per head than any other service in the region.',
      'A new branch opens in the harbour district next year.',
      'The festival on 14',
      'June will open the new reading room.',
      'Tickets are free.',
    ].join('\n');
    const units = unitTexts(text);
    expect(units).toContain('Marta Okonkwo, 52, was named head of the Eastbrook library service on Monday.');
    expect(units).toContain('"The Eastbrook libraries lend more books per head than any other service in the region.');
    expect(units).toContain('The festival on 14 June will open the new reading room.');
    expect(units).not.toContain('Marta');
    // a joined unit is still a verbatim span of the input
    const s = summarise(buildDoc(text), { length: 5 });
    for (const x of s.sentences) expect(squash(text.slice(x.start, x.end))).toBe(squash(x.text));
    expect(s.sentences.some((x) => x.text.startsWith('Marta\nOkonkwo'))).toBe(true);
  });

  it('joins a line of any length that runs on in lower case', () => {
    const text = [
      'Border agents stopped two men carrying backpacks five miles (8km)',
      'east of the crossing, officials said on Tuesday.',
      'Both men were later charged.',
    ].join('\n');
    const units = unitTexts(text);
    expect(units).toContain('Border agents stopped two men carrying backpacks five miles (8km) east of the crossing, officials said on Tuesday.');
    expect(units).toContain('Both men were later charged.');
  });

  it('leaves headings and labels on their own line', () => {
    const text = [
      'Background',
      'The council voted to close the bridge in 2019.',
      'Engineers said it could no longer carry lorries.',
      'Loan:',
      'Adam Reyes, forward (Eastbrook Rovers).',
      'The club confirmed the move on Friday.',
    ].join('\n');
    const units = unitTexts(text);
    expect(units).toContain('The council voted to close the bridge in 2019.');
    expect(units).toContain('Adam Reyes, forward (Eastbrook Rovers).');
  });
});

describe('furniture and dangling detection', () => {
  it('recognises furniture lines', () => {
    for (const t of ['Media playback is not supported on this device', 'Read more: Why prices rose', 'Image copyright AFP', 'Sign up for our daily newsletter', '12:45 GMT, 3 May 2015']) {
      expect(isFurniture(t), t).toBe(true);
    }
    expect(isFurniture('Police said the man was arrested at the scene.')).toBe(false);
    expect(furniturePrefixLength('Image copyright Getty Images The mayor resigned.')).toBe('Image copyright Getty Images '.length);
    expect(furniturePrefixLength('Media playback is not supported on this deviceA court ruled on Monday.')).toBe(46);
    // a wire or partner credit glued to the lead
    expect(furniturePrefixLength('(CNN)The last time the council met, it voted.')).toBe('(CNN)'.length);
    expect(furniturePrefixLength('(Eastbrook Gazette)Mayor Dana Hollis resigned.')).toBe('(Eastbrook Gazette)'.length);
    expect(furniturePrefixLength('(Reuters) -- Officials said on Monday.')).toBe('(Reuters) -- '.length);
    expect(furniturePrefixLength('(Pictured left) the mayor at the opening.')).toBe(0);
  });

  it('recognises dangling openings', () => {
    for (const t of ['He said it was over.', '"It was awful," she said.', 'However, the plan failed.', 'This was the third time.', 'But not everyone agreed.']) {
      expect(isDanglingOpening(t), t).toBe(true);
    }
    for (const t of ['Police said it was over.', 'There were 40 people on board.', 'Hence-forward Ltd was sold.'.replace('Hence-forward', 'Acme')]) {
      expect(isDanglingOpening(t), t).toBe(false);
    }
  });

  it('treats an epithet or a bare title and surname as pointing back to a name', () => {
    for (const t of [
      'The 23-year-old finished second in four minutes.',
      'The star will play the housekeeper in the remake.',
      'The firm said it had signed a letter of intent.',
      'The winger scored twice on Saturday.',
      'Mr Hollis told reporters the plan was legal.',
    ]) {
      expect(isDanglingOpening(t), t).toBe(true);
    }
    // first mentions: a modifier says who is meant, or the full name is given
    for (const t of [
      'The man accused of the attack appeared in court on Monday.',
      'The firm behind the app has been sold.',
      'The company announcement came late on Friday.',
      'Mr Dan Hollis, the mayor, resigned on Monday.',
      'A 23-year-old woman was arrested.',
    ]) {
      expect(isDanglingOpening(t), t).toBe(false);
    }
  });
});

describe('first-person share', () => {
  const share = (lines: string[]) => firstPersonShare(buildUnits(buildDoc(lines.join('\n'))));

  it('counts narration and quotations that run over several sentences, not closed quotes', () => {
    expect(
      share([
        'Ana Ruiz has run the harbour bakery for thirty years.',
        '"I get up at four every morning.',
        'My father did the same, and so did his father.',
        'We never closed, not even in the floods."',
      ]),
    ).toBe(0.75);
    expect(
      share([
        'The council voted to close the bridge on Tuesday.',
        '"We rely on people driving in," said baker Ana Ruiz.',
        'Engineers said the bridge could no longer carry heavy traffic.',
      ]),
    ).toBe(0);
  });
});
