/**
 * Digests on BullMQ (REDIS_URL): one job scheduler per channel, upserted under the same id by
 * every instance, and one Worker per instance. BullMQ creates one job per slot with a
 * deterministic id (`repeat:<scheduler>:<slot ms>`), so one instance runs it; the runner's
 * idempotency key covers what BullMQ cannot (a worker dying after a partial run, a catch-up job
 * racing a scheduled one).
 *
 * Slots are computed by croner (`settings.repeatStrategy`) rather than BullMQ's own cron
 * parser, so a scheduled job and a start-up catch-up of the same slot carry the same epoch ms.
 *
 * Re-upserting a scheduler after downtime replaces its overdue job with the next future one:
 * the missed slot is posted by the start-up catch-up instead (a job with a deterministic id, so
 * three restarting instances enqueue it once).
 */
import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { SlotBackend } from './digests.js';
import type { ScheduleRecord } from './records.js';
import type { SlotOutcome } from './runner.js';
import { croneRepeatStrategy } from './slots.js';

export type RunSlot = (channelKey: string, slot: number, reason: 'tick' | 'catch-up') => Promise<SlotOutcome>;

export interface BullOptions {
  redisUrl: string;
  /** BullMQ key prefix (tests use one per run) */
  prefix: string;
  queueName: string;
  /** a worker that stops renewing its lock for this long is presumed dead and its job retried */
  lockDurationMs: number;
  stalledIntervalMs: number;
  attempts: number;
  backoffMs: number;
}

export const DEFAULT_BULL: Omit<BullOptions, 'redisUrl'> = {
  prefix: 'nutgraf',
  queueName: 'digests',
  lockDurationMs: 30_000,
  stalledIntervalMs: 30_000,
  attempts: 10,
  backoffMs: 5_000,
};

interface DigestJobData {
  channel: string;
  /** set on catch-up jobs; scheduled jobs carry their slot in opts.prevMillis */
  slot?: number;
}

/** Outcomes after which the job should be retried (by whichever worker takes it next). */
const RETRY: ReadonlySet<SlotOutcome> = new Set(['busy', 'no-poster']);

/** Scheduler and job ids must not contain ':' (channel keys do). */
export function schedulerId(channelKey: string): string {
  return `digest.${Buffer.from(channelKey).toString('base64url')}`;
}

export function slotOfJob(job: Pick<Job<DigestJobData>, 'data' | 'opts' | 'id'>): number | undefined {
  if (typeof job.data.slot === 'number') return job.data.slot;
  const prev = (job.opts as { prevMillis?: number }).prevMillis;
  if (typeof prev === 'number') return prev;
  const m = /:(\d+)$/.exec(job.id ?? '');
  return m ? Number(m[1]) : undefined;
}

export class BullScheduler implements SlotBackend {
  readonly kind = 'bullmq' as const;
  private readonly connection: Redis;
  private readonly workerConnection: Redis;
  private readonly queue: Queue<DigestJobData>;
  private worker: Worker<DigestJobData> | undefined;
  private readonly jobOpts: JobsOptions;

  constructor(
    private readonly run: RunSlot,
    private readonly log: Logger,
    private readonly opts: BullOptions,
  ) {
    // BullMQ with ESM wants ioredis instances with maxRetriesPerRequest: null (blocking commands)
    this.connection = new Redis(opts.redisUrl, { maxRetriesPerRequest: null });
    this.workerConnection = new Redis(opts.redisUrl, { maxRetriesPerRequest: null });
    this.queue = new Queue<DigestJobData>(opts.queueName, {
      connection: this.connection,
      prefix: opts.prefix,
      settings: { repeatStrategy: (millis, repeat) => croneRepeatStrategy(millis, repeat) },
    });
    this.queue.on('error', (err) => this.log.warn({ err }, 'digest queue error'));
    this.jobOpts = {
      attempts: opts.attempts,
      backoff: { type: 'exponential', delay: opts.backoffMs },
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    };
  }

  /** Starts this instance's worker (after the schedules are armed). */
  startWorker(): void {
    this.worker = new Worker<DigestJobData>(this.opts.queueName, (job) => this.process(job), {
      connection: this.workerConnection,
      prefix: this.opts.prefix,
      lockDuration: this.opts.lockDurationMs,
      stalledInterval: this.opts.stalledIntervalMs,
      // a job whose worker died is retried once per stall, up to this many times
      maxStalledCount: 3,
      concurrency: 4,
      settings: { repeatStrategy: (millis, repeat) => croneRepeatStrategy(millis, repeat) },
    });
    this.worker.on('error', (err) => this.log.warn({ err }, 'digest worker error'));
    this.worker.on('failed', (job, err) => this.log.debug({ jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, 'digest job attempt failed'));
  }

  private async process(job: Job<DigestJobData>): Promise<SlotOutcome> {
    const slot = slotOfJob(job);
    if (slot === undefined) {
      this.log.error({ jobId: job.id }, 'digest job without a slot');
      return 'no-schedule';
    }
    const outcome = await this.run(job.data.channel, slot, typeof job.data.slot === 'number' ? 'catch-up' : 'tick');
    if (RETRY.has(outcome)) throw new Error(`digest slot ${outcome}: retrying`);
    return outcome;
  }

  async arm(channelKey: string, rec: ScheduleRecord): Promise<void> {
    await this.queue.upsertJobScheduler(
      schedulerId(channelKey),
      { pattern: rec.cron, tz: rec.timezone },
      { name: 'digest', data: { channel: channelKey }, opts: this.jobOpts },
    );
  }

  async disarm(channelKey: string): Promise<void> {
    await this.queue.removeJobScheduler(schedulerId(channelKey));
  }

  async catchUp(channelKey: string, slot: number): Promise<void> {
    await this.queue.add('digest', { channel: channelKey, slot }, { ...this.jobOpts, jobId: `catchup.${schedulerId(channelKey)}.${slot}` });
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    this.connection.disconnect();
    this.workerConnection.disconnect();
  }

  /** Test and maintenance helper: removes every key of this queue. */
  async obliterate(): Promise<void> {
    await this.queue.obliterate({ force: true });
  }
}
