import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractEntities } from '../src/analysis/text/entities.js';
import { articleFeatures, definedAcronyms, sharedFacts, specificFacts } from '../src/analysis/group/features.js';
import { GROUP_DEFAULTS, groupStories, pairSimilarity, type GroupOptions } from '../src/analysis/group/index.js';
import { yearAgreement, yearsMentioned } from '../src/analysis/group/years.js';

// One event told by two outlets in different words, sharing only its figures and its day.
const DAM_A =
  'Lakeside dam deal signed. Officials in Norvale approved a $48 million contract on March 3 to rebuild the ageing Lakeside dam, mayor Petra Kline announced. ' +
  'Kline called the vote overdue after cracks appeared in the spillway last winter, and residents downstream cheered at the meeting.';
const DAM_B =
  'Engineers hired for reservoir wall. Hollis Brothers Construction will be paid $48 million under an agreement reached March 3, Norvale council clerk Jonas Bregman said. ' +
  'Crews plan to start pouring concrete in autumn, anglers worry about the trout season, and a ferry operator expects fewer tourists.';

describe('exact facts', () => {
  it('keeps calendar days, sums and counts; not weekdays or bare years', () => {
    const doc = buildDoc('On Tuesday, March 3, the council paid $48 million for 288 homes, its largest purchase since 2005.');
    const keys = [...specificFacts(extractEntities(doc).all)];
    expect(keys.some((k) => k.includes('03-03'))).toBe(true);
    expect(keys.some((k) => k.startsWith('money:'))).toBe(true);
    expect(keys.some((k) => k.includes('288'))).toBe(true);
    expect(keys.some((k) => k.includes('tuesday') || k === 'date:2005')).toBe(false);
  });

  it('counts the facts two articles share', () => {
    const [a, b, c] = articleFeatures([buildDoc(DAM_A), buildDoc(DAM_B), buildDoc('A poet read at the library on Sunday.')]);
    expect(sharedFacts(a!, b!)).toBe(2);
    expect(sharedFacts(b!, a!)).toBe(2);
    expect(sharedFacts(a!, c!)).toBe(0);
  });

  it('lets shared facts join reports whose wording differs', () => {
    const items = [DAM_A, DAM_B].map((t, i) => ({ id: `d${i}`, doc: buildDoc(t) }));
    const without = groupStories(items, { factBonus: 0 });
    expect(without[1]!.cluster).not.toBe(without[0]!.cluster);
    // two shared facts add three quarters of the bonus; a pair needs the neighbour floor (0.22)
    // to count as each other's neighbours, which these two reach only through their facts
    const withFacts = groupStories(items, { factBonus: 0.2 });
    expect(withFacts[1]!.cluster).toBe(withFacts[0]!.cluster);
  });
});

describe('years mentioned', () => {
  it('reads years, not sums, decades, percentages or parts of longer numbers', () => {
    const ys = yearsMentioned('In 2008 the quake hit; by Dec. 5, 2012 it cost $2010 million, 1990s levels, 2015% more, 12,2014 units, 3.2016 and 2019.');
    expect([...ys].sort()).toEqual([2008, 2012, 2019]);
  });

  it('lowers the similarity of look-alike reports that name different years, raises it for a shared one', () => {
    const texts = [
      'Earthquake shakes Varna in 2003. A strong earthquake shook the hills above Varna on Monday, damaging old houses and cutting power to thousands, the regional governor said.',
      'Varna hit by quake, 2013. Houses cracked and power failed across Varna after a strong tremor on Monday, governor officials said, as rescue teams searched the hills.',
      'Tremor damages homes near Varna in 2013. The strong quake on Monday cut power in Varna and cracked old houses in the hills, the governor said.',
    ];
    const items = texts.map((t, i) => ({ id: `q${i}`, doc: buildDoc(t) }));
    const f = articleFeatures(items.map((i) => i.doc));
    const sim = (i: number, j: number, o: GroupOptions = {}) => pairSimilarity(items[i]!, f[i]!, items[j]!, f[j]!, { ...GROUP_DEFAULTS, ...o });
    const off = { yearBonus: 0, yearPenalty: 0 };
    expect(sim(0, 1)).toBeCloseTo(sim(0, 1, off) - GROUP_DEFAULTS.yearPenalty, 6);
    expect(sim(1, 2)).toBeGreaterThan(sim(1, 2, off));
    expect(yearAgreement(f[1]!.years, f[2]!.years)).toEqual({ shared: f[1]!.years.get(2013), disjoint: false });
    expect(yearAgreement(f[0]!.years, f[1]!.years).disjoint).toBe(true);
    expect(yearAgreement(f[0]!.years, new Map()).disjoint).toBe(false);
  });
});

describe('entity weights', () => {
  it('matches a person by surname across articles that name them differently', () => {
    const [a, b, c] = articleFeatures([
      buildDoc('President Obama met Governor Ruth Keller in Dayton. Mr. Obama praised the plan.'),
      buildDoc('Barack Obama traveled to Ohio on Monday. Obama spoke for an hour.'),
      buildDoc('Martin Luther King Jr. spoke in Dayton.'),
    ]);
    const people = (f: typeof a) => [...f!.entities.keys()].filter((k) => k.startsWith('person:'));
    expect(people(a)).toContain('person:obama');
    expect(people(b)).toEqual(['person:obama']);
    expect(people(c)).toEqual(['person:king']);
  });

  it('tells namesakes apart by first name when the collection shows both', () => {
    const [a, b, c, d] = articleFeatures([
      buildDoc('Chelsea Clinton opened a clinic in Accra. Clinton toured the wards.'),
      buildDoc('Hillary Clinton spoke in Iowa on Monday. Clinton took questions.'),
      buildDoc('Hillary Clinton raised funds in Denver. Clinton thanked donors.'),
      buildDoc('Mrs. Clinton said the polls were tightening.'),
    ]);
    const people = (f: typeof a) => [...f!.entities.keys()].filter((k) => k.startsWith('person:'));
    expect(people(a)).toEqual(['person:chelsea clinton']);
    expect(people(b)).toEqual(['person:hillary clinton']);
    expect(people(c)).toEqual(['person:hillary clinton']);
    // a bare surname goes to the namesake most articles name
    expect(people(d)).toEqual(['person:hillary clinton']);
    // spellings of one first name are one person: the surname alone still matches
    const [e, g] = articleFeatures([buildDoc('Sam Dalembert scored ten points.'), buildDoc('Samuel Dalembert left the game.')]);
    expect(people(e)).toEqual(['person:dalembert']);
    expect(people(g)).toEqual(['person:dalembert']);
  });

  it('reads an acronym as the name an article of the collection defines it by', () => {
    expect(definedAcronyms(['the Harbor Safety Board (HSB) said', 'the RRA (Rural Roads Authority) said', 'the Board of Tides (BT) said'])).toEqual(
      new Map([['hsb', 'harbor safety board'], ['rra', 'rural roads authority'], ['bt', 'board of tides']]),
    );
    // capitals that do not spell it, or two definitions in one collection: no reading
    expect(definedAcronyms(['the Harbor Safety Board (HQ) said']).size).toBe(0);
    expect(definedAcronyms(['Dune National Club (DNC) said', 'Dune National Council (DNC) said']).size).toBe(0);
    const [a, b] = articleFeatures([
      buildDoc('The Harbor Safety Board (HSB) fined the ferry company on Monday.'),
      buildDoc('An HSB inspector boarded the ferry in Calder.'),
    ]);
    expect([...a!.entities.keys()]).toContain('organisation:harbor safety board');
    expect([...b!.entities.keys()]).toContain('organisation:harbor safety board');
  });

  it('matches a name written after a title to the person named elsewhere in the collection', () => {
    const [a, b] = articleFeatures([
      buildDoc('House Speaker John Boehner met House Republicans on Tuesday. Speaker Boehner left early.'),
      buildDoc('John Boehner said on Tuesday that the vote would wait. Boehner spoke in Ohio.'),
    ]);
    const keys = (f: typeof a) => [...f!.entities.keys()];
    expect(keys(b)).toContain('person:boehner');
    expect(keys(a)).toContain('person:boehner');
    expect(keys(a).filter((k) => k.startsWith('person:'))).toEqual(['person:boehner']);
  });

  it('weighs a person above a place mentioned as often', () => {
    const [f] = articleFeatures([buildDoc('Conductor Mira Olsen arrived in Harwich on Friday. Olsen will stay in Harwich for a week.')]);
    const person = [...f!.entities].find(([k]) => k.startsWith('person:'));
    const place = [...f!.entities].find(([k]) => k.startsWith('place:'));
    expect(person && place).toBeTruthy();
    expect(person![1]).toBeGreaterThan(place![1] * 1.2);
  });
});

describe('article head', () => {
  it('is the headline and the lead, not the rest', () => {
    const [f] = articleFeatures([buildDoc('Harbour reopens after storm\n\nThe Harwich harbour reopened on Friday. Fishermen welcomed the news. Tourists returned.')]);
    const terms = [...f!.head.keys()].join(' ');
    expect(terms).toMatch(/harbour/);
    expect(terms).toMatch(/reopen/);
    expect(terms).toMatch(/harwich/i);
    expect(terms).not.toMatch(/fisherm/);
    expect(terms).not.toMatch(/tourist/);
  });
});
