/**
 * One Nutgraf instance for the multi-process digest tests: its own core on the shared Redis,
 * BullMQ digests, and a poster that appends every post to a file the test reads.
 *
 * Environment: REDIS_URL, RUN_ID (isolates keys: channel workspace, key namespace, BullMQ
 * prefix), POSTS_FILE, EVENTS_FILE, CHANNEL_ID, SCHEDULE (optional: this instance sets it),
 * SLOW_MS (time a digest takes to build, so a test can kill an instance mid-digest), LEASE_MS,
 * LOCK_MS, STALLED_MS. Prints "ready" when it runs; SIGTERM stops it cleanly.
 */
import { appendFileSync } from 'node:fs';
import { createCore } from '../../src/app.js';
import { configSchema } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import type { ChannelRef } from '../../src/core/context.js';
import { replyToPlainText } from '../../src/core/reply.js';
import type { DigestAnalyses } from '../../src/analysis/digest/build.js';
import { startDigests } from '../../src/schedule/start.js';

const env = (name: string, fallback?: string): string => {
  const v = process.env[name] ?? fallback;
  if (v === undefined) throw new Error(`schedule-harness: ${name} is required`);
  return v;
};

const runId = env('RUN_ID');
const postsFile = env('POSTS_FILE');
const eventsFile = env('EVENTS_FILE');
const slowMs = Number(env('SLOW_MS', '0'));
const channel: ChannelRef = { platform: 'test', workspace: `T-${runId}`, id: env('CHANNEL_ID', 'C1') };

// The content is tested elsewhere; here only when and how often.
const quick: DigestAnalyses = { summarise: () => [], quotes: () => [], group: (a) => a.map((_, i) => [i]), differences: () => [] };

const event = (kind: string, extra: Record<string, unknown> = {}) =>
  appendFileSync(eventsFile, `${JSON.stringify({ kind, pid: process.pid, at: Date.now(), ...extra })}\n`);

// before anything that arms schedules or catches up: the test needs the moment this
// instance could first have acted on a slot, not the (later, under load) moment it is ready
event('starting');

const config = configSchema.parse({ REDIS_URL: env('REDIS_URL'), LOG_LEVEL: 'warn', DIGEST_CATCH_UP_HOURS: '1' });
const core = await createCore(config, { log: createLogger('warn') });
core.posters.register('test', {
  async post(to, reply) {
    appendFileSync(postsFile, `${JSON.stringify({ pid: process.pid, at: Date.now(), channel: to.id, text: replyToPlainText(reply) })}\n`);
  },
});
const running = await startDigests(core, {
  namespace: `digest-${runId}`,
  analyses: quick,
  minIntervalMs: 1000,
  leaseMs: Number(env('LEASE_MS', '2500')),
  bull: {
    prefix: `nutgraf-test-${runId}`,
    lockDurationMs: Number(env('LOCK_MS', '1500')),
    stalledIntervalMs: Number(env('STALLED_MS', '1000')),
    backoffMs: 300,
    attempts: 20,
  },
  async beforeBuild(key, slot) {
    event('claimed', { key, slot });
    if (slowMs) await new Promise((r) => setTimeout(r, slowMs));
  },
});
event('started', { reloaded: running.reloaded });
const schedule = process.env.SCHEDULE;
if (schedule) await core.services.digests!.schedule(channel, schedule, 'UTC', 'U-test');
process.stdout.write('ready\n');

process.once('SIGTERM', () => {
  void running
    .stop()
    .then(() => core.close())
    .finally(() => process.exit(0));
});
