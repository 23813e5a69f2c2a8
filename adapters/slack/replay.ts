/**
 * Drops replayed and repeated requests. Bolt refuses a bad signature or a timestamp older than
 * five minutes, but a captured request sent again within those five minutes still verifies.
 * Every slash command and interaction carries a unique `trigger_id` and every event an
 * `event_id` (Slack's own retries repeat it): the first sighting claims it in the store — an
 * atomic insert, so it holds across instances on Redis — and a repeat is acknowledged and
 * dropped without running anything.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import type { KV } from '../../src/store/kv.js';

/** Longer than the five minutes a signed request stays valid. */
const REMEMBER_MS = 10 * 60 * 1000;

export function dropReplays(kv: KV, log: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as { trigger_id?: unknown; event_id?: unknown };
    const id = typeof body.trigger_id === 'string' ? body.trigger_id : typeof body.event_id === 'string' ? body.event_id : undefined;
    if (id && !(await kv.add(`slack:seen:${id}`, true, REMEMBER_MS))) {
      log.warn({ requestKey: id.slice(0, 12) }, 'slack request seen before: dropped');
      const ack = (args as { ack?: () => Promise<void> }).ack;
      if (ack) await ack();
      return;
    }
    await args.next();
  };
}
