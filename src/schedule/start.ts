/**
 * Starts the digest scheduler for this process: the embedded one (croner timers) without
 * REDIS_URL, BullMQ job schedulers with it. Either way persisted schedules are reloaded, a slot
 * missed while down is posted once (within DIGEST_CATCH_UP_HOURS), and
 * `core.services.digests` is set for the /digest command.
 */
import { hostname } from 'node:os';
import type { Core } from '../app.js';
import type { DigestAnalyses } from '../analysis/digest/build.js';
import { defaultDigestAnalyses } from '../analysis/digest/engines.js';
import { ScheduledDigests, type SlotBackend } from './digests.js';
import { DigestRunner } from './runner.js';
import { ScheduledChannels } from './records.js';
import { EmbeddedScheduler, type RetryPolicy } from './embedded.js';
import { BullScheduler, DEFAULT_BULL, type BullOptions } from './bullmq.js';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

export interface StartOptions {
  /** key namespace for the channel list and slot keys (tests isolate runs with it) */
  namespace?: string;
  /** BullMQ settings (tests shorten lock and stall times, use their own prefix) */
  bull?: Partial<Omit<BullOptions, 'redisUrl'>>;
  /** embedded retries of a slot that could not post yet */
  retry?: RetryPolicy;
  /** how long a slot claim outlives a process that died holding it */
  leaseMs?: number;
  /** shortest allowed gap between digests (tests schedule every few seconds) */
  minIntervalMs?: number;
  analyses?: DigestAnalyses;
  /** test seam: runs after a slot is claimed, before its digest is built */
  beforeBuild?(channelKey: string, slot: number): Promise<void>;
  /** reference time for the start-up catch-up (tests) */
  now?: Date;
}

export interface RunningDigests {
  stop(): Promise<void>;
  readonly backend: SlotBackend;
  readonly service: ScheduledDigests;
  readonly runner: DigestRunner;
  /** what the start-up reload did */
  readonly reloaded: { armed: number; caughtUp: number };
}

export async function startDigests(core: Core, opts: StartOptions = {}): Promise<RunningDigests> {
  const { config, log } = core;
  const store = core.services.store;
  const channels = new ScheduledChannels(core.kv, opts.namespace ?? 'digest');
  const analyses = opts.analyses ?? defaultDigestAnalyses;
  const catchUpMs = config.DIGEST_CATCH_UP_HOURS * HOUR;
  const bull: BullOptions | undefined = config.REDIS_URL ? { ...DEFAULT_BULL, ...opts.bull, redisUrl: config.REDIS_URL } : undefined;
  const instance = `${hostname()}:${process.pid}`;

  const service = new ScheduledDigests({
    store,
    channels,
    analyses,
    log,
    catchUpMs,
    minIntervalMs: opts.minIntervalMs ?? 5 * 60_000,
    silentWhenEmpty: config.DIGEST_SILENT_WHEN_EMPTY,
  });
  let backend: SlotBackend | undefined;
  const runner = new DigestRunner({
    kv: core.kv,
    store,
    posters: core.posters,
    log,
    analyses,
    channels,
    silentWhenEmpty: config.DIGEST_SILENT_WHEN_EMPTY,
    instance,
    // a live worker holds its claim far longer than any digest takes; a dead one's claim lapses
    // soon after BullMQ notices the stall, so the retry can post
    leaseMs: opts.leaseMs ?? Math.max(2 * (bull?.lockDurationMs ?? DEFAULT_BULL.lockDurationMs), 60_000),
    doneTtlMs: catchUpMs + 2 * DAY,
    onPaused: (key) => backend?.disarm(key) ?? Promise.resolve(),
    ...(opts.beforeBuild ? { beforeBuild: opts.beforeBuild } : {}),
  });
  const run = runner.runSlot.bind(runner);

  if (bull) {
    const b = new BullScheduler(run, log, bull);
    backend = b;
    service.attach(b);
    const reloaded = await service.reload(opts.now);
    b.startWorker();
    log.info({ scheduler: 'bullmq', prefix: bull.prefix, ...reloaded }, 'digests started');
    core.services.digests = service;
    return { backend: b, service, runner, reloaded, stop: () => b.stop() };
  }
  const e = new EmbeddedScheduler(run, log, opts.retry);
  backend = e;
  service.attach(e);
  const reloaded = await service.reload(opts.now);
  log.info({ scheduler: 'embedded', ...reloaded }, 'digests started');
  core.services.digests = service;
  return { backend: e, service, runner, reloaded, stop: () => e.stop() };
}
