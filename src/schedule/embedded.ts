/**
 * The embedded scheduler (one process, no Redis): a croner timer per scheduled channel. Each
 * tick runs the slot through the runner, whose idempotency key makes a repeated tick (or a
 * catch-up racing a tick) harmless.
 */
import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { SlotBackend } from './digests.js';
import type { ScheduleRecord } from './records.js';
import type { SlotOutcome } from './runner.js';

export type RunSlot = (channelKey: string, slot: number, reason: 'tick' | 'catch-up') => Promise<SlotOutcome>;

export interface RetryPolicy {
  attempts: number;
  /** first wait; doubles each time */
  backoffMs: number;
}

/** Outcomes worth trying again: the adapter may not have registered its poster yet, or a claim is held. */
const RETRYABLE: ReadonlySet<SlotOutcome> = new Set(['no-poster', 'busy']);

export class EmbeddedScheduler implements SlotBackend {
  readonly kind = 'embedded' as const;
  private readonly jobs = new Map<string, Cron>();
  private readonly inFlight = new Set<Promise<unknown>>();
  /** pending back-off waits, each with the function that ends it early (on stop) */
  private readonly waits = new Map<NodeJS.Timeout, () => void>();
  private stopped = false;

  constructor(
    private readonly run: RunSlot,
    private readonly log: Logger,
    private readonly retry: RetryPolicy = { attempts: 5, backoffMs: 2_000 },
  ) {}

  async arm(channelKey: string, rec: ScheduleRecord): Promise<void> {
    await this.disarm(channelKey);
    if (this.stopped) return;
    const job = new Cron(rec.cron, { timezone: rec.timezone }, (self: Cron) => {
      const slot = self.currentRun()?.getTime() ?? Date.now();
      this.track(this.attempt(channelKey, slot, 'tick', 1));
    });
    this.jobs.set(channelKey, job);
  }

  async disarm(channelKey: string): Promise<void> {
    this.jobs.get(channelKey)?.stop();
    this.jobs.delete(channelKey);
  }

  async catchUp(channelKey: string, slot: number): Promise<void> {
    // in the background: adapters register their posters after the scheduler starts
    this.track(this.attempt(channelKey, slot, 'catch-up', 1));
  }

  /** Resolves when no run is in progress (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const key of [...this.jobs.keys()]) await this.disarm(key);
    for (const [t, wake] of this.waits) {
      clearTimeout(t);
      wake();
    }
    this.waits.clear();
    await this.idle();
  }

  private track(p: Promise<unknown>): void {
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }

  private async attempt(channelKey: string, slot: number, reason: 'tick' | 'catch-up', n: number): Promise<void> {
    if (this.stopped) return;
    let again = false;
    try {
      again = RETRYABLE.has(await this.run(channelKey, slot, reason));
    } catch {
      again = true; // the runner has logged it
    }
    if (!again || n >= this.retry.attempts || this.stopped) return;
    const wait = this.retry.backoffMs * 2 ** (n - 1);
    this.log.debug({ channel: channelKey, slot, attempt: n + 1, wait }, 'digest slot: trying again');
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        this.waits.delete(t);
        resolve();
      }, wait);
      this.waits.set(t, resolve);
    });
    await this.attempt(channelKey, slot, reason, n + 1);
  }
}
