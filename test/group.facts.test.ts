import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractEntities } from '../src/analysis/text/entities.js';
import { articleFeatures, sharedFacts, specificFacts } from '../src/analysis/group/features.js';
import { groupStories } from '../src/analysis/group/index.js';

// One event told by two outlets in different words, sharing only its figures and its day.
const DAM_A =
  'Lakeside dam deal signed. Officials in Norvale approved a $48 million contract on March 3 to rebuild the ageing Lakeside dam, mayor Petra Kline announced. ' +
  'Kline called the vote overdue after cracks appeared in the spillway last winter, and residents downstream cheered at the meeting.';
const DAM_B =
  'Engineers hired for reservoir wall. Hollis Brothers Construction will be paid $48 million under an agreement reached March 3, council clerk Jonas Bregman said. ' +
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
    const withFacts = groupStories(items);
    expect(withFacts[1]!.cluster).toBe(withFacts[0]!.cluster);
  });
});
