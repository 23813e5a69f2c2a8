import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { articleFeatures } from '../src/analysis/group/features.js';
import { GROUP_DEFAULTS, pairSimilarity } from '../src/analysis/group/index.js';

// Two look-alike fires, told on different weekdays, and a third report naming no day.
const FIRE_SUNDAY = 'Warehouse fire in Dunmore. A blaze gutted a paper warehouse in Dunmore on Sunday, fire chief Ada Rusk said.';
const FIRE_THURSDAY = 'Warehouse fire in Dunmore. A blaze gutted a paper warehouse in Dunmore on Thursday, fire chief Ada Rusk said.';
const FIRE_NO_DAY = 'Warehouse fire in Dunmore. A blaze gutted a paper warehouse in Dunmore, fire chief Ada Rusk said.';

describe('weekdays', () => {
  const [sun, thu, none] = articleFeatures([FIRE_SUNDAY, FIRE_THURSDAY, FIRE_NO_DAY].map((t) => buildDoc(t)));
  const item = (id: string) => ({ id, doc: buildDoc('') });
  const sim = (a: typeof sun, b: typeof sun, weekdayPenalty: number) => pairSimilarity(item('a'), a!, item('b'), b!, { ...GROUP_DEFAULTS, weekdayPenalty });

  it('are read from the text', () => {
    expect([...sun!.weekdays]).toEqual(['date:weekday:sunday']);
    expect(none!.weekdays.size).toBe(0);
  });

  it('lower a pair that names days, none in common', () => {
    expect(sim(sun, thu, 0.03)).toBeCloseTo(sim(sun, thu, 0) - 0.03, 9);
  });

  it('leave a pair alone when one names no day', () => {
    expect(sim(sun, none, 0.03)).toBe(sim(sun, none, 0));
  });
});
