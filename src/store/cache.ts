/**
 * Analyses cached by article id: the same article analysed twice (in any channel) is computed
 * once. Concurrent requests for the same analysis in one process share one computation.
 * Keys carry the release version, so a new release never answers from an older engine's output.
 */
import type { KV } from './kv.js';

export class AnalysisCache {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly kv: KV,
    private readonly ttlMs: number,
    private readonly version = '0',
  ) {}

  async getOrCompute<T>(kind: string, articleId: string, compute: () => T | Promise<T>): Promise<T> {
    const key = `cache:${this.version}:${kind}:${articleId}`;
    const pending = this.inFlight.get(key);
    if (pending) return pending as Promise<T>;
    const work = (async () => {
      const hit = await this.kv.get<T>(key);
      if (hit !== undefined) return hit;
      const value = await compute();
      await this.kv.set(key, value, this.ttlMs);
      return value;
    })();
    this.inFlight.set(key, work);
    try {
      return await work;
    } finally {
      this.inFlight.delete(key);
    }
  }
}
