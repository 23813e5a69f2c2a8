/**
 * Per-user rate limit: at most `limit` commands per minute. The count lives in the store, so
 * with Redis every instance shares it (Slack over HTTP spreads one user's commands over all
 * instances); a user who goes over gets a friendly message instead of a queue of slow answers.
 */
import type { KV } from '../store/kv.js';

export class RateLimiter {
  constructor(
    private readonly counter: Pick<KV, 'increment'>,
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a command; returns 0 when allowed, else the milliseconds until the window ends. */
  async take(key: string): Promise<number> {
    const t = this.now();
    const window = Math.floor(t / this.windowMs);
    const count = await this.counter.increment(`rate:${key}:${window}`, this.windowMs);
    return count <= this.limit ? 0 : (window + 1) * this.windowMs - t;
  }
}
