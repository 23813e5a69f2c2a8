import { describe, expect, it } from 'vitest';
import { GROUP_DEFAULTS, mergeBar } from '../src/analysis/group/index.js';

describe('merge bar and profile size', () => {
  it('is the threshold for the largest profiles and rises as profiles shrink', () => {
    const { threshold, profileBar, maxNeighbours } = GROUP_DEFAULTS;
    expect(mergeBar(threshold, profileBar, maxNeighbours, maxNeighbours)).toBeCloseTo(threshold, 10);
    const small = mergeBar(threshold, profileBar, 2, maxNeighbours);
    const middle = mergeBar(threshold, profileBar, 3, maxNeighbours);
    expect(small).toBeGreaterThan(middle);
    expect(middle).toBeGreaterThan(threshold);
    // stories of three (two neighbours): about 0.04 above the threshold
    expect(small - threshold).toBeGreaterThan(0.03);
    expect(small - threshold).toBeLessThan(0.05);
  });

  it('is the plain threshold without neighbours or without the option', () => {
    expect(mergeBar(0.2, 0.21, 0, 6)).toBe(0.2);
    expect(mergeBar(0.2, 0, 2, 6)).toBe(0.2);
  });
});
