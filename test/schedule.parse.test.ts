import { describe, expect, it } from 'vitest';
import { Cron } from 'croner';
import { parseSchedule, shortestInterval } from '../src/schedule/parse.js';
import { UserError } from '../src/core/errors.js';
import { previousSlot, nextRunAfter } from '../src/schedule/slots.js';

function nextRuns(cron: string, tz: string, from: string, n = 3): string[] {
  return new Cron(cron, { timezone: tz, paused: true }).nextRuns(n, new Date(from)).map((d) => d.toISOString());
}

describe('parseSchedule: human forms', () => {
  it('daily 09:00 in UTC by default', () => {
    const s = parseSchedule('daily 09:00');
    expect(s).toMatchObject({ cron: '0 9 * * *', timezone: 'UTC' });
    expect(nextRuns(s.cron, s.timezone, '2026-03-02T10:00:00Z', 2)).toEqual(['2026-03-03T09:00:00.000Z', '2026-03-04T09:00:00.000Z']);
  });

  it('weekdays 08:30 Europe/London skips the weekend and follows summer time', () => {
    const s = parseSchedule('weekdays 08:30 Europe/London');
    expect(s).toMatchObject({ cron: '30 8 * * 1-5', timezone: 'Europe/London' });
    // Fri 27 Mar 2026 (GMT) → Mon 30 Mar (BST, after the clocks change on the 29th)
    expect(nextRuns(s.cron, s.timezone, '2026-03-27T09:00:00Z', 2)).toEqual(['2026-03-30T07:30:00.000Z', '2026-03-31T07:30:00.000Z']);
  });

  it('named days, ranges, 12-hour times and a separate time-zone option', () => {
    expect(parseSchedule('mon,thu 17:00').cron).toBe('0 17 * * 1,4');
    expect(parseSchedule('Mon-Fri 9am').cron).toBe('0 9 * * 1-5');
    expect(parseSchedule('tuesdays 5:30pm').cron).toBe('30 17 * * 2');
    expect(parseSchedule('weekends 10:00').cron).toBe('0 10 * * 0,6');
    expect(parseSchedule('07:15').cron).toBe('15 7 * * *');
    expect(parseSchedule('hourly').cron).toBe('0 * * * *');
    expect(parseSchedule('hourly :15').cron).toBe('15 * * * *');
    expect(parseSchedule('daily 09:00', 'america/new_york').timezone).toBe('America/New_York');
    // the zone in the spec wins over the option, the option over the channel's fallback
    expect(parseSchedule('daily 09:00 Asia/Tokyo', 'Europe/Paris').timezone).toBe('Asia/Tokyo');
    expect(parseSchedule('daily 09:00', undefined, 'Europe/Berlin').timezone).toBe('Europe/Berlin');
  });
});

describe('parseSchedule: raw cron', () => {
  it('accepts 5 fields, and 6 with seconds', () => {
    expect(parseSchedule('30 8 * * 1-5')).toMatchObject({ cron: '30 8 * * 1-5', timezone: 'UTC' });
    const s = parseSchedule('*/2 * * * * *');
    expect(s.cron).toBe('*/2 * * * * *');
    expect(shortestInterval(s.cron, s.timezone)).toBe(2000);
  });

  it('takes a trailing zone after a cron pattern', () => {
    expect(parseSchedule('0 9 * * * Europe/Madrid')).toMatchObject({ cron: '0 9 * * *', timezone: 'Europe/Madrid' });
  });
});

describe('parseSchedule: errors show an example', () => {
  const cases: [string, string | undefined, RegExp][] = [
    ['sometimes', undefined, /can't read the schedule "sometimes".*daily 09:00/],
    ['daily 25:00', undefined, /can't read.*Try/],
    ['daily 09:00 Mars/Olympus', undefined, /don't know the time zone "Mars\/Olympus".*Europe\/London/],
    ['daily 09:00', 'Europe/Lndon', /don't know the time zone "Europe\/Lndon"/],
    ['61 * * * *', undefined, /not a valid cron pattern.*minute.*Try/],
    ['0 0 30 2 *', undefined, /never runs/],
    ['', undefined, /Tell me when/],
    ['funday 09:00', undefined, /can't read/],
  ];
  for (const [spec, tz, message] of cases) {
    it(`${JSON.stringify(spec)}${tz ? ` (${tz})` : ''}`, () => {
      let caught: unknown;
      try {
        parseSchedule(spec, tz);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(UserError);
      expect((caught as UserError).message).toMatch(message);
    });
  }
});

describe('slots', () => {
  it('previousSlot counts a slot exactly at the reference and agrees with nextRunAfter', () => {
    const at = new Date('2026-03-03T09:00:00Z');
    expect(previousSlot('0 9 * * *', 'UTC', at)).toBe(at.getTime());
    expect(previousSlot('0 9 * * *', 'UTC', new Date('2026-03-03T08:59:59Z'))).toBe(Date.parse('2026-03-02T09:00:00Z'));
    const prev = previousSlot('30 8 * * 1-5', 'Europe/London', new Date('2026-03-30T12:00:00Z'))!;
    expect(nextRunAfter('30 8 * * 1-5', 'Europe/London', new Date(prev - 1))!.getTime()).toBe(prev);
  });
});
