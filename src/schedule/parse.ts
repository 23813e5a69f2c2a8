/**
 * Turns what a user types after `/digest schedule` into a cron pattern and an IANA time zone.
 *
 * Human forms: `daily 09:00`, `weekdays 08:30`, `weekends 10:00`, `mon,thu 17:00`,
 * `mon-fri 9am`, `09:00` (daily), `hourly`, `hourly :15`; any of them may end with a time
 * zone (`weekdays 08:30 Europe/London`). Raw cron: 5 fields, or 6 with seconds first.
 * The pattern is validated by croner (the library that also computes the runs), so whatever
 * is accepted here has a computable next run.
 */
import { Cron } from 'croner';
import { UserError } from '../core/errors.js';

export interface ParsedSchedule {
  /** the schedule as written, trimmed */
  spec: string;
  cron: string;
  timezone: string;
  /** "weekdays at 08:30" */
  description: string;
}

export const SCHEDULE_EXAMPLES = 'daily 09:00 · weekdays 08:30 Europe/London · mon,thu 17:00 · hourly · or cron "30 8 * * 1-5"';

const DAY_WORDS: Record<string, string> = { daily: '*', everyday: '*', weekdays: '1-5', weekday: '1-5', weekends: '0,6', weekend: '0,6' };
const CRON_FIELD = /^[0-9*,/\-?LW#A-Za-z]+$/;

/** The canonical IANA name of a zone ("europe/london" → "Europe/London"), or undefined when unknown. */
export function canonicalTimezone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function looksLikeZone(word: string): boolean {
  // "Europe/London", "America/Argentina/Salta", "UTC"; never a cron step such as "*/2"
  return /^[A-Za-z][A-Za-z_-]*\/[A-Za-z0-9_+\-/]+$/.test(word) || /^(utc|gmt|z)$/i.test(word);
}

function zoneOrThrow(zone: string): string {
  const z = /^z$/i.test(zone) ? 'UTC' : zone;
  const found = canonicalTimezone(z);
  if (!found) throw new UserError(`I don't know the time zone "${zone}". Use an IANA name such as Europe/London, America/New_York or UTC.`, 'bad_timezone');
  return found;
}

/**
 * Parses a schedule. `timezone` (a separate option) is used when the spec names none;
 * `fallbackZone` (the channel's setting, else UTC) when neither does.
 */
export function parseSchedule(input: string, timezone?: string, fallbackZone = 'UTC'): ParsedSchedule {
  const spec = input.trim().replace(/\s+/g, ' ');
  if (!spec) throw new UserError(`Tell me when, e.g. ${SCHEDULE_EXAMPLES}.`, 'bad_schedule');
  const words = spec.split(' ');
  let zoneWord: string | undefined;
  const last = words.at(-1)!;
  if (words.length > 1 && looksLikeZone(last)) {
    zoneWord = last;
    words.pop();
  }
  const zone = zoneOrThrow(zoneWord ?? timezone?.trim() ?? fallbackZone);
  const { cron, description } = isCronSpec(words) ? { cron: words.join(' '), description: `cron ${words.join(' ')}` } : humanToCron(words);
  checkComputable(cron, zone);
  return { spec, cron, timezone: zone, description: `${description} (${zone})` };
}

function isCronSpec(words: string[]): boolean {
  return (words.length === 5 || words.length === 6) && words.every((w) => CRON_FIELD.test(w)) && words.some((w) => /[0-9*]/.test(w));
}

function humanToCron(words: string[]): { cron: string; description: string } {
  const lower = words.map((w) => w.toLowerCase());
  if (lower[0] === 'hourly' || (lower[0] === 'every' && lower[1] === 'hour')) {
    const rest = lower.slice(lower[0] === 'hourly' ? 1 : 2);
    if (rest.length === 0) return { cron: '0 * * * *', description: 'hourly, on the hour' };
    const m = /^:?(\d{1,2})$/.exec(rest[0]!);
    if (rest.length === 1 && m && Number(m[1]) < 60) return { cron: `${Number(m[1])} * * * *`, description: `hourly at :${m[1]!.padStart(2, '0')}` };
    throw bad(words.join(' '));
  }
  let days = '*';
  let dayLabel = 'daily';
  let timeWords = lower;
  if (lower.length === 2) {
    days = dayField(lower[0]!, words.join(' '));
    dayLabel = DAY_WORDS[lower[0]!] !== undefined ? lower[0]! : lower[0]!.replace(/,/g, ', ');
    timeWords = lower.slice(1);
  }
  if (timeWords.length !== 1) throw bad(words.join(' '));
  const { hour, minute } = parseTime(timeWords[0]!, words.join(' '));
  const hhmm = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return { cron: `${minute} ${hour} * * ${days}`, description: `${dayLabel} at ${hhmm}` };
}

/** `daily`, `weekdays`, `mon,thu`, `mon-fri`, `sat` → a day-of-week cron field (0 = Sunday). */
function dayField(word: string, spec: string): string {
  const named = DAY_WORDS[word];
  if (named !== undefined) return named;
  const parts = word.split(',').map((part) => {
    const range = part.split('-');
    if (range.length > 2) throw bad(spec);
    return range.map((d) => dayNumber(d, spec)).join('-');
  });
  return parts.join(',');
}

const FULL_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** `mon`, `monday`, `mondays`, `tues`, `thur` → 1, 1, 1, 2, 4 */
function dayNumber(day: string, spec: string): number {
  const word = day.replace(/s$/, '');
  const i = FULL_DAYS.findIndex((full) => word.length >= 3 && full.startsWith(word));
  if (i < 0) throw bad(spec);
  return i;
}

/** `09:00`, `9:00`, `9am`, `5:30pm`, `17h30` */
function parseTime(word: string, spec: string): { hour: number; minute: number } {
  const m = /^(\d{1,2})(?:[:h.](\d{2}))?\s*(am|pm)?$/.exec(word);
  if (!m || (m[2] === undefined && m[3] === undefined)) throw bad(spec);
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (m[3]) {
    if (hour < 1 || hour > 12) throw bad(spec);
    hour = (hour % 12) + (m[3] === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) throw bad(spec);
  return { hour, minute };
}

function checkComputable(cron: string, timezone: string): void {
  let next: Date | null;
  try {
    next = new Cron(cron, { timezone, paused: true }).nextRun();
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/^CronPattern:\s*/, '') : String(e);
    throw new UserError(`"${cron}" is not a valid cron pattern (${why}). Try ${SCHEDULE_EXAMPLES}.`, 'bad_schedule');
  }
  if (!next) throw new UserError(`"${cron}" never runs. Try ${SCHEDULE_EXAMPLES}.`, 'bad_schedule');
}

function bad(spec: string): UserError {
  return new UserError(`I can't read the schedule "${spec}". Try ${SCHEDULE_EXAMPLES}.`, 'bad_schedule');
}

/** The shortest gap between two runs over the next few runs, in ms (for a minimum-interval rule). */
export function shortestInterval(cron: string, timezone: string, from: Date = new Date()): number {
  const runs = new Cron(cron, { timezone, paused: true }).nextRuns(6, from);
  let shortest = Number.POSITIVE_INFINITY;
  for (let i = 1; i < runs.length; i++) shortest = Math.min(shortest, runs[i]!.getTime() - runs[i - 1]!.getTime());
  return shortest;
}
