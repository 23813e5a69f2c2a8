/** `inside` answers the same with its span index (many spans) as with the plain scan (few). */
import { describe, expect, it } from 'vitest';
import { inside } from '../src/analysis/quotes/indirect/frame.js';

function scan(spans: ReadonlyArray<{ start: number; end: number }>, i: number): boolean {
  return spans.some((s) => i >= s.start - 1 && i <= s.end);
}

describe('inside', () => {
  it('agrees with a plain scan over many sorted spans, nested ones included', () => {
    const spans: { start: number; end: number }[] = [];
    for (let k = 0; k < 40; k++) spans.push({ start: k * 20, end: k * 20 + (k % 5 === 0 ? 35 : 6) });
    for (let i = -2; i < 860; i++) expect(inside(spans, i)).toBe(scan(spans, i));
  });

  it('falls back to the scan for unsorted spans and sees spans added later', () => {
    const spans = Array.from({ length: 20 }, (_, k) => ({ start: (19 - k) * 10, end: (19 - k) * 10 + 3 }));
    for (let i = 0; i < 210; i++) expect(inside(spans, i)).toBe(scan(spans, i));
    const sorted = Array.from({ length: 20 }, (_, k) => ({ start: k * 10, end: k * 10 + 3 }));
    expect(inside(sorted, 500)).toBe(false);
    sorted.push({ start: 498, end: 505 });
    expect(inside(sorted, 500)).toBe(true);
  });
});
