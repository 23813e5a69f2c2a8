/**
 * The DigestService commands use, over either scheduler backend. Schedules live in the channel
 * context (the store), so they survive restarts and are shared by every instance; the backend
 * only turns them into timers (embedded) or BullMQ job schedulers (REDIS_URL).
 */
import type { Logger } from 'pino';
import type { ChannelRef } from '../core/context.js';
import { channelKey } from '../core/context.js';
import type { Reply } from '../core/reply.js';
import { UserError } from '../core/errors.js';
import type { ChannelStore } from '../store/channel.js';
import type { DigestAnalyses } from '../analysis/digest/build.js';
import type { DigestService, DigestStatus } from './service.js';
import { parseSchedule, shortestInterval } from './parse.js';
import { loadLastRun, loadSchedule, saveSchedule, type ScheduledChannels, type ScheduleRecord } from './records.js';
import { hasSeconds, nextRunAfter, previousSlot } from './slots.js';
import { composeDigest, FIRST_DIGEST_LOOKBACK_MS, formatTime } from './compose.js';

/** Turns schedule records into runs. */
export interface SlotBackend {
  readonly kind: 'embedded' | 'bullmq';
  arm(channelKey: string, rec: ScheduleRecord): Promise<void>;
  disarm(channelKey: string): Promise<void>;
  /** run a missed slot once (embedded: now, here; BullMQ: as a deduplicated job) */
  catchUp(channelKey: string, slot: number): Promise<void>;
  stop(): Promise<void>;
}

export interface DigestsOptions {
  store: ChannelStore;
  channels: ScheduledChannels;
  analyses: DigestAnalyses;
  log: Logger;
  /** a missed slot at most this old is posted at start-up */
  catchUpMs: number;
  /** shortest allowed gap between two digests */
  minIntervalMs: number;
  silentWhenEmpty: boolean;
}

export class ScheduledDigests implements DigestService {
  private backend: SlotBackend | undefined;

  constructor(private readonly opts: DigestsOptions) {}

  attach(backend: SlotBackend): void {
    this.backend = backend;
  }

  private get armed(): SlotBackend {
    if (!this.backend) throw new Error('digest scheduler not started');
    return this.backend;
  }

  async schedule(channel: ChannelRef, spec: string, timezone: string | undefined, userId: string): Promise<DigestStatus> {
    const key = channelKey(channel);
    const { store, channels } = this.opts;
    const settings = await store.getSettings(key);
    const parsed = parseSchedule(spec, timezone, settings.timezone ?? 'UTC');
    const gap = shortestInterval(parsed.cron, parsed.timezone);
    if (gap < this.opts.minIntervalMs) {
      throw new UserError(
        `"${parsed.spec}" would post every ${Math.round(gap / 1000)} s; digests can be at most every ${Math.round(this.opts.minIntervalMs / 60_000)} minutes. Try "hourly" or "daily 09:00".`,
        'too_frequent',
      );
    }
    const rec: ScheduleRecord = { spec: parsed.spec, cron: parsed.cron, timezone: parsed.timezone, setBy: userId, channel, setAt: Date.now() };
    await saveSchedule(store, key, rec);
    await channels.add(key);
    await this.armed.arm(key, rec);
    this.opts.log.info({ channel: key, cron: rec.cron, timezone: rec.timezone, by: userId }, 'digest scheduled');
    return this.status(channel);
  }

  async unschedule(channel: ChannelRef): Promise<boolean> {
    const key = channelKey(channel);
    const rec = await loadSchedule(this.opts.store, key);
    await saveSchedule(this.opts.store, key, undefined);
    await this.armed.disarm(key);
    return !!rec;
  }

  async status(channel: ChannelRef): Promise<DigestStatus> {
    const key = channelKey(channel);
    const rec = await loadSchedule(this.opts.store, key);
    const last = await loadLastRun(this.opts.store, key);
    const since = last?.coveredUntil ?? (rec ? rec.setAt - FIRST_DIGEST_LOOKBACK_MS : 0);
    const waiting = (await this.opts.store.entriesSince(key, since)).length;
    const next = rec && !rec.paused ? nextRunAfter(rec.cron, rec.timezone) : null;
    return {
      waiting,
      ...(rec ? { schedule: stripChannel(rec) } : {}),
      ...(next ? { nextRun: next } : {}),
      ...(last ? { lastRun: new Date(last.at) } : {}),
    };
  }

  async preview(channel: ChannelRef): Promise<Reply> {
    const key = channelKey(channel);
    const rec = await loadSchedule(this.opts.store, key);
    const last = await loadLastRun(this.opts.store, key);
    const zone = rec?.timezone ?? (await this.opts.store.getSettings(key)).timezone ?? 'UTC';
    const seconds = rec ? hasSeconds(rec.cron) : false;
    const since = last?.coveredUntil ?? (rec ? rec.setAt - FIRST_DIGEST_LOOKBACK_MS : 0);
    const composed = await composeDigest(this.opts.store, this.opts.analyses, {
      channelKey: key,
      since,
      until: Date.now(),
      sinceLabel: last ? `since the last digest (${formatTime(since, zone, seconds)})` : since > 0 ? `since ${formatTime(since, zone, seconds)}` : 'in this channel',
      silentWhenEmpty: false,
    });
    return composed.reply!;
  }

  /**
   * Start-up: arm every persisted schedule and post, once, the latest slot missed while no
   * instance ran (if it is within the catch-up window). Returns what it did, for logs and tests.
   */
  async reload(now: Date = new Date()): Promise<{ armed: number; caughtUp: number }> {
    const { store, channels, log } = this.opts;
    let armed = 0;
    let caughtUp = 0;
    for (const key of await channels.list()) {
      const rec = await loadSchedule(store, key);
      if (!rec || rec.paused) continue;
      try {
        await this.armed.arm(key, rec);
        armed++;
        const slot = previousSlot(rec.cron, rec.timezone, now);
        const last = await loadLastRun(store, key);
        if (slot !== undefined && slot >= rec.setAt && (!last || slot > last.slot) && now.getTime() - slot <= this.opts.catchUpMs) {
          log.info({ channel: key, slot: new Date(slot).toISOString() }, 'posting a digest missed while down');
          await this.armed.catchUp(key, slot);
          caughtUp++;
        }
      } catch (err) {
        // one bad record must not keep the others from running
        log.error({ err, channel: key }, 'could not reload digest schedule');
      }
    }
    return { armed, caughtUp };
  }
}

function stripChannel(rec: ScheduleRecord): DigestStatus['schedule'] {
  const { channel: _channel, setAt: _setAt, ...schedule } = rec;
  return schedule;
}
