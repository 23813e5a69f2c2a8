/**
 * Wires the core once for every adapter: config → logger → store → resolver → commands →
 * dispatcher. Adapters receive a Core and never build these themselves.
 */
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { configSchema } from './config.js';
import { createLogger } from './log.js';
import { openKv, type KV } from './store/kv.js';
import { ChannelStore } from './store/channel.js';
import { AnalysisCache } from './store/cache.js';
import { engineFingerprint } from './analysis/fingerprint.js';
import { ArticleResolver } from './ingest/resolve.js';
import { loadRegistry, type Registry } from './core/registry.js';
import { Dispatcher } from './core/dispatcher.js';
import { Posters } from './core/posters.js';
import type { Services } from './core/context.js';

export interface Core {
  config: Config;
  log: Logger;
  kv: KV;
  registry: Registry;
  services: Services;
  dispatcher: Dispatcher;
  posters: Posters;
  close(): Promise<void>;
}

export interface CoreOptions {
  log?: Logger;
  /** in-memory store instead of SQLite (tests, one-shot CLI) */
  memory?: boolean;
}

const DAY = 24 * 3600 * 1000;

/** The release, from package.json. */
export const APP_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Cached analyses are kept per release and per analysis engine (see engineFingerprint). */
const CACHE_VERSION = `${APP_VERSION}-${engineFingerprint()}`;

export async function createCore(config: Config = configSchema.parse({}), opts: CoreOptions = {}): Promise<Core> {
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  const kv = await openKv({ dataDir: config.DATA_DIR, ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}), ...(opts.memory ? { memory: true } : {}) });
  const ttl = config.ARTICLE_TTL_DAYS * DAY;
  const store = new ChannelStore(kv, ttl);
  const articles = new ArticleResolver(
    store,
    { allowHosts: config.FETCH_ALLOW_HOSTS, timeoutMs: config.FETCH_TIMEOUT_MS, maxBytes: config.FETCH_MAX_BYTES },
    log,
  );
  const registry = await loadRegistry();
  const services: Services = { commands: registry.commands, store, cache: new AnalysisCache(kv, ttl, CACHE_VERSION), articles, log };
  const dispatcher = new Dispatcher(registry, services, { ratePerMinute: config.RATE_LIMIT_PER_MINUTE, counter: kv });
  const posters = new Posters();
  log.debug({ backend: kv.backend, commands: registry.commands.map((c) => c.name) }, 'core ready');
  return { config, log, kv, registry, services, dispatcher, posters, close: () => kv.close() };
}
