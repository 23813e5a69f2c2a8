/**
 * The one way into the core: find the command, validate its options with its zod schema, run
 * it with a time limit, turn failures into short chat messages, and log the invocation.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Registry } from './registry.js';
import type { ChannelRef, CommandContext, Services, UserRef } from './context.js';
import { channelKey } from './context.js';
import { errorReply, type Reply } from './reply.js';
import { isUserError } from './errors.js';
import { RateLimiter } from './rate-limit.js';
import type { KV } from '../store/kv.js';

export interface Invocation {
  /** command name as typed, with or without the slash */
  command: string;
  /** free text after the command (Slack, terminal, CLI) */
  text?: string;
  /** structured options (Discord) — used instead of text when present */
  options?: Record<string, unknown>;
  channel: ChannelRef;
  user: UserRef;
  allowFiles?: boolean;
  requestId?: string;
}

export interface DispatchResult {
  reply: Reply;
  outcome: 'ok' | 'rate_limited' | 'user_error' | 'invalid_options' | 'unknown_command' | 'failed' | 'timeout';
  requestId: string;
  ms: number;
}

export interface DispatcherOptions {
  /** a command running longer is stopped with an error reply */
  timeLimitMs?: number;
  /** commands per user per minute; unlimited when absent */
  ratePerMinute?: number;
  /** where the rate limit counts (the store: shared by every instance on Redis) */
  counter?: Pick<KV, 'increment'>;
}

export class Dispatcher {
  private readonly timeLimitMs: number;
  private readonly limiter: RateLimiter | undefined;

  constructor(
    readonly registry: Registry,
    readonly services: Services,
    opts: DispatcherOptions = {},
  ) {
    this.timeLimitMs = opts.timeLimitMs ?? 60_000;
    this.limiter = opts.ratePerMinute && opts.counter ? new RateLimiter(opts.counter, opts.ratePerMinute) : undefined;
  }

  async dispatch(inv: Invocation): Promise<DispatchResult> {
    const requestId = inv.requestId ?? randomUUID().slice(0, 8);
    const started = performance.now();
    const log = this.services.log.child({ requestId, command: inv.command.replace(/^\//, ''), channel: channelKey(inv.channel), user: inv.user.id });
    const finish = (reply: Reply, outcome: DispatchResult['outcome'], extra: Record<string, unknown> = {}): DispatchResult => {
      const ms = Math.round(performance.now() - started);
      const level = outcome === 'failed' ? 'error' : 'info';
      log[level]({ ms, outcome, ...extra }, 'command');
      return { reply, outcome, requestId, ms };
    };

    const command = this.registry.find(inv.command);
    if (!command) {
      return finish(errorReply(`I don't know /${inv.command.replace(/^\//, '')}. Try /help.`), 'unknown_command');
    }
    const wait = command.name === 'help' || !this.limiter ? 0 : await this.limiter.take(`${inv.channel.platform}:${inv.user.id}`);
    if (wait > 0) {
      return finish(errorReply(`You're going fast — give me ${Math.ceil(wait / 1000)} s and try again.`), 'rate_limited');
    }
    const parsed = command.options.safeParse(inv.options ?? command.parseText(inv.text ?? ''));
    if (!parsed.success) {
      return finish(errorReply(`${describeIssues(parsed.error)} — try /help ${command.name}.`), 'invalid_options');
    }
    const ctx: CommandContext = {
      requestId,
      channel: inv.channel,
      user: inv.user,
      services: this.services,
      log,
      ...(inv.allowFiles ? { allowFiles: true } : {}),
    };
    let timer: NodeJS.Timeout | undefined;
    try {
      const reply = await Promise.race([
        command.run(ctx, parsed.data),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new TimeLimit()), this.timeLimitMs);
        }),
      ]);
      return finish(reply, 'ok');
    } catch (e) {
      if (e instanceof TimeLimit) return finish(errorReply('That took too long and was stopped. Try a shorter article, or again later.'), 'timeout');
      if (isUserError(e)) return finish(errorReply(e.message), 'user_error', { code: e.code });
      log.error({ err: e }, 'command failed');
      return finish(errorReply(`Something went wrong on my side (ref ${requestId}). Please try again.`), 'failed');
    } finally {
      clearTimeout(timer);
    }
  }
}

class TimeLimit extends Error {}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
