/**
 * The key-value store behind channel context and caches: Keyv over SQLite (embedded default)
 * or Redis (REDIS_URL, several instances).
 *
 * Keyv has no compare-and-set, so a read-modify-write of a shared record loses updates under
 * concurrency. Everything that must not lose updates is built on one atomic primitive instead,
 * `add` (insert only if absent), which each backend provides natively through the same
 * connection: SQLite `INSERT … ON CONFLICT DO NOTHING RETURNING`, Redis `SET NX PX`. Records
 * written by `add` are ordinary Keyv entries (same key prefix, same serialisation), so `get`
 * reads them.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import Keyv from 'keyv';
import KeyvSqlite from '@keyv/sqlite';
import KeyvRedis from '@keyv/redis';

export type Backend = 'sqlite' | 'redis' | 'memory';

export interface KV {
  readonly backend: Backend;
  get<T>(key: string): Promise<T | undefined>;
  getMany<T>(keys: string[]): Promise<(T | undefined)[]>;
  set<T>(key: string, value: T, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Inserts only if the key is absent (or expired); true when this call wrote it. Atomic across processes. */
  add<T>(key: string, value: T, ttlMs?: number): Promise<boolean>;
  /**
   * Adds one to a counter that lives `ttlMs` from its first increment; returns the new count.
   * Atomic across processes (rate limits shared by every instance).
   */
  increment(key: string, ttlMs: number): Promise<number>;
  /** Deletes expired entries; returns how many. (Redis expires keys itself: 0 there.) */
  sweepExpired(): Promise<number>;
  close(): Promise<void>;
}

const NAMESPACE = 'nutgraf';
const TABLE = 'nutgraf';

export interface KvOptions {
  redisUrl?: string;
  dataDir?: string;
  /** in-memory store (tests, one-shot CLI) */
  memory?: boolean;
}

export async function openKv(opts: KvOptions): Promise<KV> {
  if (opts.redisUrl) return openRedis(opts.redisUrl);
  if (opts.memory) return openMemory();
  return openSqlite(resolve(opts.dataDir ?? './data', 'nutgraf.sqlite'));
}

function serialise(value: unknown, ttlMs?: number): string {
  // Keyv's own envelope, so keyv.get() reads what add() wrote
  return JSON.stringify({ value, expires: ttlMs ? Date.now() + ttlMs : null });
}

function wrap(
  keyv: Keyv,
  backend: Backend,
  ops: { add: KV['add']; increment: KV['increment']; sweepExpired?: KV['sweepExpired'] },
  close: () => Promise<void>,
): KV {
  return {
    backend,
    get: async <T>(key: string) => (await keyv.get(key)) as T | undefined,
    getMany: async <T>(keys: string[]) => (keys.length ? ((await keyv.get(keys)) as (T | undefined)[]) : []),
    set: async (key, value, ttlMs) => {
      await keyv.set(key, value, ttlMs);
    },
    delete: async (key) => {
      await keyv.delete(key);
    },
    add: ops.add,
    increment: ops.increment,
    sweepExpired: ops.sweepExpired ?? (async () => 0),
    close,
  };
}

async function openSqlite(file: string): Promise<KV> {
  mkdirSync(resolve(file, '..'), { recursive: true });
  // busyTimeout: two processes on one file wait for each other's write lock instead of failing
  const store = new KeyvSqlite({ uri: `sqlite://${file}`, table: TABLE, busyTimeout: 10_000 });
  const keyv = new Keyv({ store, namespace: NAMESPACE });
  keyv.on('error', () => {}); // surfaced by the failing call itself
  await store.query('PRAGMA journal_mode=WAL');
  const add: KV['add'] = async (key, value, ttlMs) => {
    const rows = (await store.query(
      `INSERT INTO ${TABLE} (key, value) VALUES (?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value
         WHERE json_extract(${TABLE}.value, '$.expires') IS NOT NULL
           AND json_extract(${TABLE}.value, '$.expires') < ?
       RETURNING key`,
      keyv._getKeyPrefix(key),
      serialise(value, ttlMs),
      Date.now(),
    )) as unknown[];
    return rows.length === 1;
  };
  // Keyv drops an expired SQLite entry only when it is read; a sweep keeps the file from growing
  // with article texts nobody asks for again
  const sweepExpired: KV['sweepExpired'] = async () => {
    const rows = (await store.query(
      `DELETE FROM ${TABLE} WHERE json_extract(value, '$.expires') IS NOT NULL AND json_extract(value, '$.expires') < ? RETURNING key`,
      Date.now(),
    )) as unknown[];
    return rows.length;
  };
  const sweeper = setInterval(() => void sweepExpired().catch(() => {}), 6 * 3600 * 1000);
  sweeper.unref();
  void sweepExpired().catch(() => {});
  const increment: KV['increment'] = async (key, ttlMs) => {
    const now = Date.now();
    // one statement, so concurrent increments from several processes never lose a count
    const rows = (await store.query(
      `INSERT INTO ${TABLE} (key, value) VALUES (?, json_object('value', 1, 'expires', ?))
       ON CONFLICT(key) DO UPDATE SET value = CASE
         WHEN json_extract(${TABLE}.value, '$.expires') < ? THEN json_object('value', 1, 'expires', ?)
         ELSE json_set(${TABLE}.value, '$.value', json_extract(${TABLE}.value, '$.value') + 1) END
       RETURNING json_extract(value, '$.value') AS count`,
      keyv._getKeyPrefix(`counter:${key}`),
      now + ttlMs,
      now,
      now + ttlMs,
    )) as { count: number }[];
    return Number(rows[0]?.count ?? 1);
  };
  return wrap(
    keyv,
    'sqlite',
    { add, increment, sweepExpired },
    async () => {
      clearInterval(sweeper);
      await keyv.disconnect();
    },
  );
}

async function openRedis(url: string): Promise<KV> {
  const store = new KeyvRedis(url);
  const keyv = new Keyv({ store, namespace: NAMESPACE });
  keyv.on('error', () => {});
  const client = await store.getClient();
  const add: KV['add'] = async (key, value, ttlMs) => {
    const fullKey = store.createKeyPrefix(keyv._getKeyPrefix(key), store.namespace);
    const result = await client.set(fullKey, serialise(value, ttlMs), ttlMs ? { NX: true, PX: Math.ceil(ttlMs) } : { NX: true });
    return result === 'OK';
  };
  const increment: KV['increment'] = async (key, ttlMs) => {
    const fullKey = store.createKeyPrefix(keyv._getKeyPrefix(`counter:${key}`), store.namespace);
    // a narrow view of the node-redis client: its fully generic MULTI types are too heavy for tsc
    const multi = (client as unknown as { multi(): RedisCounterMulti }).multi();
    const [count] = await multi.incr(fullKey).pExpire(fullKey, Math.ceil(ttlMs), 'NX').exec();
    return Number(count);
  };
  return wrap(keyv, 'redis', { add, increment }, () => keyv.disconnect());
}

interface RedisCounterMulti {
  incr(key: string): RedisCounterMulti;
  pExpire(key: string, ms: number, mode: 'NX'): RedisCounterMulti;
  exec(): Promise<unknown[]>;
}

function openMemory(): KV {
  const keyv = new Keyv({ namespace: NAMESPACE });
  // one process: a synchronous claim set closes the gap between the awaited check and the write
  const claiming = new Set<string>();
  const add: KV['add'] = async (key, value, ttlMs) => {
    if (claiming.has(key)) return false;
    claiming.add(key);
    try {
      if ((await keyv.get(key)) !== undefined) return false;
      await keyv.set(key, value, ttlMs);
      return true;
    } finally {
      claiming.delete(key);
    }
  };
  const counters = new Map<string, { count: number; expires: number }>();
  const increment: KV['increment'] = async (key, ttlMs) => {
    const now = Date.now();
    const c = counters.get(key);
    if (!c || c.expires <= now) {
      counters.set(key, { count: 1, expires: now + ttlMs });
      if (counters.size > 10_000) for (const [k, v] of counters) if (v.expires <= now) counters.delete(k);
      return 1;
    }
    c.count++;
    return c.count;
  };
  return wrap(keyv, 'memory', { add, increment }, () => keyv.disconnect());
}
