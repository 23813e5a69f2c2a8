/**
 * Slot arithmetic with croner, the one cron implementation used everywhere (embedded timers,
 * BullMQ's repeat strategy, catch-up, status): a slot computed anywhere has the same epoch ms,
 * so its idempotency key is the same in every process.
 */
import { Cron } from 'croner';

function pattern(cron: string, timezone: string): Cron {
  return new Cron(cron, { timezone, paused: true });
}

/** The first run strictly after `after`, or null when the pattern never runs again. */
export function nextRunAfter(cron: string, timezone: string, after: Date = new Date()): Date | null {
  return pattern(cron, timezone).nextRun(after);
}

/** The latest run at or before `at` (epoch ms), if any. */
export function previousSlot(cron: string, timezone: string, at: Date = new Date()): number | undefined {
  // previousRuns is strictly before its reference: nudge by 1 ms so a slot at exactly `at` counts
  const [prev] = pattern(cron, timezone).previousRuns(1, new Date(at.getTime() + 1));
  return prev?.getTime();
}

export function hasSeconds(cron: string): boolean {
  return cron.trim().split(/\s+/).length === 6;
}

/** BullMQ's `settings.repeatStrategy`: next slot by croner, so BullMQ and catch-up agree to the ms. */
export function croneRepeatStrategy(millis: number, opts: { pattern?: string; tz?: string }): number | undefined {
  if (!opts.pattern) return undefined;
  return nextRunAfter(opts.pattern, opts.tz ?? 'UTC', new Date(millis))?.getTime();
}
