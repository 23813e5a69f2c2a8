/**
 * Answers kept for the "Share in channel" button. The button carries only a short random key;
 * the reply itself waits in the KV store (shared by every instance behind a load balancer) for
 * as long as the ephemeral answer's response_url lives.
 */
import { randomBytes } from 'node:crypto';
import type { KV } from '../../src/store/kv.js';
import type { Reply } from '../../src/core/reply.js';
import { SLACK_LIMITS } from './limits.js';

export interface SharedAnswer {
  reply: Reply;
  /** who asked: only they see the ephemeral answer and its button */
  userId: string;
  channelId: string;
}

const KEY = (id: string) => `slack:share:${id}`;
const ONCE = (id: string) => `slack:shared:${id}`;
const KEY_FORMAT = /^[A-Za-z0-9_-]{16}$/;

export class ShareStore {
  constructor(
    private readonly kv: KV,
    private readonly ttlMs: number = SLACK_LIMITS.responseUrlLifetimeMs,
  ) {}

  async keep(answer: SharedAnswer): Promise<string> {
    const id = randomBytes(12).toString('base64url');
    await this.kv.set(KEY(id), answer, this.ttlMs);
    return id;
  }

  /** The kept answer, or undefined when the key is malformed, expired or unknown. */
  async find(id: string): Promise<SharedAnswer | undefined> {
    if (!KEY_FORMAT.test(id)) return undefined;
    return this.kv.get<SharedAnswer>(KEY(id));
  }

  /** True for the first claim only: a double click shares once. */
  async claim(id: string): Promise<boolean> {
    return this.kv.add(ONCE(id), true, this.ttlMs);
  }
}
