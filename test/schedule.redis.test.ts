/**
 * Digests on the real Redis (127.0.0.1:6379) with BullMQ: three instances as separate processes
 * (test/support/schedule-harness.ts), a schedule every 2 seconds, posts counted per slot.
 * Every key of a run carries its RUN_ID (channel workspace, key namespace, BullMQ prefix) and is
 * deleted afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { createCore } from '../src/app.js';
import { configSchema } from '../src/config.js';
import { formatTime } from '../src/schedule/compose.js';
import { startDigests } from '../src/schedule/start.js';
import { schedulerId } from '../src/schedule/bullmq.js';
import { Queue } from 'bullmq';
import type { ChannelRef } from '../src/core/context.js';
import { RecordingPoster } from './support/schedule-fixtures.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
const repoRoot = resolve(import.meta.dirname, '..');
const harness = join(repoRoot, 'test/support/schedule-harness.ts');
const PERIOD = 2000;

async function redisUp(): Promise<boolean> {
  const r = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 500, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}
const available = await redisUp();

async function deleteRunKeys(runId: string): Promise<number> {
  const r = new Redis(REDIS_URL);
  let deleted = 0;
  let cursor = '0';
  do {
    const [next, keys] = await r.scan(cursor, 'MATCH', `*${runId}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length) deleted += await r.del(...keys);
  } while (cursor !== '0');
  r.disconnect();
  return deleted;
}

interface Post {
  pid: number;
  at: number;
  text: string;
}
interface Event {
  kind: string;
  pid: number;
  at: number;
  slot?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

describe.skipIf(!available)('BullMQ digests across three processes (real Redis)', () => {
  const runId = `t${randomUUID().slice(0, 8)}`;
  const dir = mkdtempSync(join(tmpdir(), 'nutgraf-digest-'));
  const postsFile = join(dir, 'posts.jsonl');
  const eventsFile = join(dir, 'events.jsonl');
  const children = new Set<ChildProcess>();

  const readLines = <T>(file: string): T[] =>
    existsSync(file)
      ? readFileSync(file, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as T)
      : [];
  const posts = () => readLines<Post>(postsFile);
  const events = () => readLines<Event>(eventsFile);
  const label = (slot: number) => `Scheduled digest for ${formatTime(slot, 'UTC', true)} (UTC)`;
  const slotLine = (p: Post) => p.text.split('\n').find((line) => line.startsWith('Scheduled digest for'))!;
  const postsOf = (slot: number) => posts().filter((p) => p.text.includes(label(slot)));

  async function startInstance(extra: Record<string, string> = {}): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', harness], {
      cwd: repoRoot,
      env: { ...process.env, REDIS_URL, RUN_ID: runId, POSTS_FILE: postsFile, EVENTS_FILE: eventsFile, SLOW_MS: '600', ...extra },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.add(child);
    child.once('exit', () => children.delete(child));
    await new Promise<void>((ready, fail) => {
      child.stdout!.on('data', (d: Buffer) => {
        if (d.toString().includes('ready')) ready();
      });
      child.once('exit', (code) => fail(new Error(`instance exited early (${code})`)));
    });
    return child;
  }

  async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  }

  beforeAll(() => {
    rmSync(postsFile, { force: true });
  });

  afterAll(async () => {
    await Promise.all([...children].map((c) => stop(c, 'SIGKILL')));
    await deleteRunKeys(runId);
    rmSync(dir, { recursive: true, force: true });
  });

  it('posts every slot exactly once: 3 instances, one killed mid-digest, then all down over a slot and restarted', async () => {
    // --- three instances; the first sets the schedule, the others only run workers
    let instances: ChildProcess[] = await Promise.all([startInstance({ SCHEDULE: '*/2 * * * * *' }), startInstance(), startInstance()]);
    await until('two posted slots', () => new Set(posts().map(slotLine)).size >= 2 || undefined, 12_000);

    // --- kill the instance that claims the next slot, while it builds the digest
    const lastPosted = Math.max(...events().filter((e) => e.kind === 'claimed').map((e) => e.slot!));
    const victim = await until('a claim to interrupt', () => events().find((e) => e.kind === 'claimed' && e.slot! > lastPosted), 6000);
    const victimChild = instances.find((c) => c.pid === victim.pid)!;
    await stop(victimChild, 'SIGKILL');
    instances = instances.filter((c) => c !== victimChild);
    const killedSlot = victim.slot!;
    await until('the interrupted slot posted by a survivor', () => postsOf(killedSlot).length > 0 || undefined, 15_000);
    await until('two more slots after it', () => postsOf(killedSlot + 2 * PERIOD).length > 0 || undefined, 8000);

    // --- all down over at least two slots, then three fresh instances (no SCHEDULE: reloaded from the store)
    await Promise.all(instances.map((c) => stop(c, 'SIGTERM')));
    const downAt = Date.now();
    await sleep(2 * PERIOD + 700);
    const restartAt = Date.now();
    instances = await Promise.all([startInstance(), startInstance(), startInstance()]);
    const firstStarted = Math.min(...events().filter((e) => e.kind === 'started' && e.at >= restartAt).map((e) => e.at));
    await until('two slots after the restart', () => posts().filter((p) => p.at > firstStarted + 2 * PERIOD).length >= 1 || undefined, 10_000);
    await Promise.all(instances.map((c) => stop(c, 'SIGTERM')));

    // --- exactly once, slot by slot
    const all = posts();
    const bySlot = new Map<string, Post[]>();
    for (const p of all) {
      const l = slotLine(p);
      bySlot.set(l, [...(bySlot.get(l) ?? []), p]);
    }
    const counts = [...bySlot.values()].map((ps) => ps.length);
    const claims = events().filter((e) => e.kind === 'claimed');
    const firstSlot = Math.min(...claims.map((e) => e.slot!));
    const lastSlot = Math.max(...claims.map((e) => e.slot!));
    const report = { posts: all.length, slots: bySlot.size, duplicates: counts.filter((c) => c > 1).length, killedSlot: new Date(killedSlot).toISOString() };
    console.log('[schedule.redis] %j', report);
    expect(counts.every((c) => c === 1)).toBe(true);

    // the killed instance's slot was posted once, by someone else
    expect(postsOf(killedSlot)).toHaveLength(1);
    expect(postsOf(killedSlot)[0]!.pid).not.toBe(victim.pid);

    // while any instance ran, no slot was skipped
    const missed = [];
    for (let s = firstSlot; s <= lastSlot; s += PERIOD) {
      const inDowntime = s > downAt && s <= firstStarted;
      if (!inDowntime && postsOf(s).length !== 1) missed.push(new Date(s).toISOString());
    }
    expect(missed).toEqual([]);

    // Of the slots that fell while every instance was down, only the latest is posted (the
    // start-up catch-up). Slots that fall while the new instances start up (between their first
    // 'starting' and 'started' events; a start takes seconds on a loaded machine) are posted by
    // whichever path reaches them first, the catch-up or the re-armed scheduler — once each.
    const firstStarting = Math.min(...events().filter((e) => e.kind === 'starting' && e.at >= restartAt).map((e) => e.at));
    const down: number[] = [];
    for (let s = Math.ceil(downAt / PERIOD) * PERIOD; s <= firstStarted; s += PERIOD) down.push(s);
    const wholeDown = down.filter((s) => s < firstStarting);
    expect(wholeDown.length).toBeGreaterThanOrEqual(2);
    expect(wholeDown.slice(0, -1).filter((s) => postsOf(s).length > 0)).toEqual([]);
    // and from the first slot posted after the restart on, none was skipped
    const firstPostedDown = down.findIndex((s) => postsOf(s).length > 0);
    expect(firstPostedDown).toBeGreaterThanOrEqual(0);
    expect(down.slice(firstPostedDown).filter((s) => postsOf(s).length !== 1)).toEqual([]);
    expect(all.filter((p) => p.at > downAt && p.at < restartAt)).toEqual([]);
  }, 60_000);
});

describe.skipIf(!available)('BullMQ digests: a channel the bot was removed from (real Redis)', () => {
  it('logs it, pauses the schedule and removes the job scheduler: no crash loop', async () => {
    const runId = `t${randomUUID().slice(0, 8)}`;
    const logs: { msg?: string; level?: number }[] = [];
    const log = pino({ level: 'warn' }, { write: (s: string) => void logs.push(JSON.parse(s) as { msg?: string }) });
    const core = await createCore(configSchema.parse({ REDIS_URL, LOG_LEVEL: 'warn' }), { log });
    const poster = new RecordingPoster();
    core.posters.register('test', poster);
    const channel: ChannelRef = { platform: 'test', workspace: `T-${runId}`, id: 'C-gone' };
    poster.gone.add(channel.id);
    const prefix = `nutgraf-test-${runId}`;
    const running = await startDigests(core, {
      namespace: `digest-${runId}`,
      minIntervalMs: 500,
      bull: { prefix, lockDurationMs: 1500, stalledIntervalMs: 1000, backoffMs: 200 },
    });
    const queue = new Queue('digests', { connection: new Redis(REDIS_URL, { maxRetriesPerRequest: null }), prefix });
    try {
      await core.services.digests!.schedule(channel, '* * * * * *', 'UTC', 'U1');
      expect(await queue.getJobScheduler(schedulerId(`test:T-${runId}:C-gone`))).toBeDefined();
      await until('the schedule paused', () => logs.some((l) => l.msg === 'channel gone: digest schedule paused') || undefined, 5000);
      await sleep(2500); // two more seconds' slots would have run
      expect(poster.attempts).toBe(1);
      const status = await core.services.digests!.status(channel);
      expect(status.schedule?.paused).toBe(true);
      expect(status.schedule?.pausedReason).toContain('not_in_channel');
      expect(status.nextRun).toBeUndefined();
      expect(await queue.getJobScheduler(schedulerId(`test:T-${runId}:C-gone`))).toBeUndefined();
    } finally {
      await queue.close();
      await running.stop();
      await core.close();
      await deleteRunKeys(runId);
    }
  }, 20_000);
});
