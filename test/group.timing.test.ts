import { describe, expect, it } from 'vitest';
import { SPARSE_WINDOW, closenessBonus, closenessWeight, farDiscount } from '../src/analysis/group/timing.js';

const DAY = 24 * 3600 * 1000;
const WINDOW = 5 * DAY;

describe('closenessWeight', () => {
  it('counts fully in an archive where each story has its own days', () => {
    // ten stories a month apart, three reports each within two days
    const times = Array.from({ length: 30 }, (_, i) => Math.floor(i / 3) * 30 * DAY + (i % 3) * DAY);
    expect(closenessWeight(times, WINDOW)).toBe(1);
  });

  it('counts for nothing on a crowded beat or a day\'s digest', () => {
    const daily = Array.from({ length: 60 }, (_, i) => Math.floor(i / 6) * DAY);
    expect(closenessWeight(daily, WINDOW)).toBe(0);
    const sameDay = Array.from({ length: 12 }, (_, i) => i * 3600_000);
    expect(closenessWeight(sameDay, WINDOW)).toBe(0);
    // six articles over a week: few in each window, but most of the channel
    const week = Array.from({ length: 6 }, (_, i) => i * 1.2 * DAY);
    expect(closenessWeight(week, WINDOW)).toBe(0);
  });

  it('falls between, and leaves unknown times out', () => {
    // each window holds six others: halfway between SPARSE_WINDOW and twice it
    expect(SPARSE_WINDOW).toBe(4);
    const times = Array.from({ length: 70 }, (_, i) => Math.floor(i / 7) * 30 * DAY);
    expect(closenessWeight(times, WINDOW)).toBeCloseTo(0.5, 6);
    const monthly = Array.from({ length: 10 }, (_, i) => i * 30 * DAY);
    expect(closenessWeight([...monthly, undefined], WINDOW)).toBe(1);
    expect(closenessWeight([0, DAY, undefined, 40 * DAY], WINDOW)).toBe(0);
  });
});

describe('closenessBonus', () => {
  it('is largest at the same time and gone at the window', () => {
    expect(closenessBonus(0, WINDOW, 0.06, 1)).toBeCloseTo(0.06, 9);
    expect(closenessBonus(WINDOW / 2, WINDOW, 0.06, 1)).toBeCloseTo(0.03, 9);
    expect(closenessBonus(WINDOW, WINDOW, 0.06, 1)).toBe(0);
    expect(closenessBonus(0, WINDOW, 0.06, 0)).toBe(0);
  });
});

describe('farDiscount', () => {
  it('keeps pairs within the window and discounts later ones, less so in a sparse archive', () => {
    expect(farDiscount(WINDOW, WINDOW, 3, 1)).toBe(1);
    const crowded = farDiscount(2 * WINDOW, WINDOW, 3, 0);
    const sparse = farDiscount(2 * WINDOW, WINDOW, 3, 1);
    expect(crowded).toBeCloseTo(Math.exp(-1), 9);
    expect(sparse).toBeCloseTo(Math.exp(-1 / 3), 9);
    // months apart is next to nothing either way
    expect(farDiscount(60 * DAY, WINDOW, 3, 1)).toBeLessThan(0.03);
  });
});
