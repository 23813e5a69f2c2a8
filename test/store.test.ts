import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createConnection } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { openKv, type KV } from '../src/store/kv.js';
import { ChannelStore } from '../src/store/channel.js';
import { AnalysisCache } from '../src/store/cache.js';
import { RateLimiter } from '../src/core/rate-limit.js';
import { REPO_ROOT } from './support/paths.js';

const run = promisify(execFile);
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nutgraf-store-'));
  dirs.push(d);
  return d;
}

async function redisUp(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection(6379, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

/** Two processes append 100 articles each to one channel at the same moment. */
async function appendFromTwoProcesses(target: string, channel: string): Promise<void> {
  const worker = join(REPO_ROOT, 'test/support/append-worker.ts');
  const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
  const results = await Promise.all(['a', 'b'].map((label) => run(tsx, [worker, target, channel, '100', label], { cwd: REPO_ROOT })));
  for (const r of results) expect(r.stdout).toContain('done');
}

async function expectAll200(kv: KV, channel: string): Promise<void> {
  const entries = await new ChannelStore(kv).listArticles(channel);
  expect(entries).toHaveLength(200);
  expect(entries.map((e) => e.ref)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  const ids = new Set(entries.map((e) => e.articleId));
  for (const label of ['a', 'b']) for (let i = 0; i < 100; i++) expect(ids.has(`${label}-${i}`)).toBe(true);
}

describe('channel context: no lost updates', () => {
  it('keeps all 200 concurrent appends from two processes on SQLite', async () => {
    const dir = tempDir();
    await appendFromTwoProcesses(dir, 'test:C200');
    const kv = await openKv({ dataDir: dir });
    try {
      await expectAll200(kv, 'test:C200');
    } finally {
      await kv.close();
    }
  }, 120_000);

  it('keeps all 200 concurrent appends from two processes on Redis', async (ctx) => {
    if (!(await redisUp())) ctx.skip();
    const channel = `test:C200-${process.pid}-${Date.now()}`;
    await appendFromTwoProcesses(REDIS_URL, channel);
    const kv = await openKv({ redisUrl: REDIS_URL });
    try {
      await expectAll200(kv, channel);
    } finally {
      // tidy the shared Redis
      const entries = await new ChannelStore(kv).listArticles(channel);
      await Promise.all(entries.flatMap((e) => [kv.delete(`ch:${channel}:a:${e.ref}`), kv.delete(`ch:${channel}:seen:${e.articleId}`)]));
      await kv.delete(`ch:${channel}:count`);
      await kv.close();
    }
  }, 120_000);
});

describe('channel store', () => {
  it('gives one ref per article, however often it is recorded', async () => {
    const kv = await openKv({ memory: true });
    const store = new ChannelStore(kv);
    const first = await store.recordArticle('c', { articleId: 'x', sharedAt: 1, source: 'paste' });
    const again = await store.recordArticle('c', { articleId: 'x', sharedAt: 2, source: 'paste' });
    const other = await store.recordArticle('c', { articleId: 'y', sharedAt: 3, source: 'paste' });
    expect([first.ref, again.ref, other.ref]).toEqual([1, 1, 2]);
    expect((await store.entriesSince('c', 1)).map((e) => e.articleId)).toEqual(['y']);
    expect(await store.listArticles('other')).toEqual([]);
  });

  it('expires article texts after their TTL (SQLite)', async () => {
    const kv = await openKv({ dataDir: tempDir() });
    try {
      const store = new ChannelStore(kv, 50);
      await store.saveArticle({ id: 'abc', text: 'some text' });
      expect((await store.loadArticle('abc'))?.text).toBe('some text');
      await store.saveArticle({ id: 'def', text: 'other text' });
      await new Promise((r) => setTimeout(r, 80));
      expect(await store.loadArticle('abc')).toBeUndefined();
      // the one never read again is swept, not left in the file
      expect(await kv.sweepExpired()).toBe(1);
      expect(await kv.sweepExpired()).toBe(0);
    } finally {
      await kv.close();
    }
  });

  it('add() inserts only once, and again after expiry (SQLite)', async () => {
    const kv = await openKv({ dataDir: tempDir() });
    try {
      expect(await kv.add('k', 1, 40)).toBe(true);
      expect(await kv.add('k', 2, 40)).toBe(false);
      expect(await kv.get('k')).toBe(1);
      await new Promise((r) => setTimeout(r, 60));
      expect(await kv.add('k', 3)).toBe(true);
      expect(await kv.get('k')).toBe(3);
    } finally {
      await kv.close();
    }
  });
});

describe('counters and the shared rate limit', () => {
  it('counts atomically and restarts after the window (SQLite)', async () => {
    const kv = await openKv({ dataDir: tempDir() });
    try {
      const counts = await Promise.all(Array.from({ length: 20 }, () => kv.increment('c', 200)));
      expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      await new Promise((r) => setTimeout(r, 250));
      expect(await kv.increment('c', 200)).toBe(1);
    } finally {
      await kv.close();
    }
  });

  it('is shared by every instance on Redis', async (ctx) => {
    if (!(await redisUp())) ctx.skip();
    const [one, two] = await Promise.all([openKv({ redisUrl: REDIS_URL }), openKv({ redisUrl: REDIS_URL })]);
    try {
      const user = `test:U-${process.pid}-${Date.now()}`;
      const a = new RateLimiter(one, 3);
      const b = new RateLimiter(two, 3);
      const waits = [await a.take(user), await b.take(user), await a.take(user), await b.take(user)];
      expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
      expect(waits[3]).toBeGreaterThan(0);
      expect(await a.take(`${user}-other`)).toBe(0);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});

describe('analysis cache', () => {
  it('computes once per article and kind, even when asked concurrently', async () => {
    const kv = await openKv({ memory: true });
    const cache = new AnalysisCache(kv, 60_000);
    let calls = 0;
    const compute = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 10));
      return { n: 42 };
    };
    const results = await Promise.all([1, 2, 3].map(() => cache.getOrCompute('summary', 'a1', compute)));
    expect(results).toEqual([{ n: 42 }, { n: 42 }, { n: 42 }]);
    expect(await cache.getOrCompute('summary', 'a1', compute)).toEqual({ n: 42 });
    expect(calls).toBe(1);
    await cache.getOrCompute('quotes', 'a1', compute);
    expect(calls).toBe(2);
    // another release does not answer from this one's results
    await new AnalysisCache(kv, 60_000, 'next').getOrCompute('summary', 'a1', compute);
    expect(calls).toBe(3);
  });
});
