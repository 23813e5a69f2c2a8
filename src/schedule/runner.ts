/**
 * Runs one digest slot of one channel, exactly once however many processes try.
 *
 * Each (channel, slot) has an idempotency key claimed with the store's atomic `add`:
 *   absent → claim it as `running` with a lease → build → post → mark it `done` (kept for days).
 * A process that dies mid-digest leaves a `running` claim that expires with its lease; the
 * retry (BullMQ re-runs a stalled job) then claims it again and posts. A `done` key means
 * someone posted: every later attempt stops there. The one window left is a process dying
 * between the platform accepting the post and `done` being written (milliseconds; the
 * platforms offer no idempotent post to close it).
 *
 * A channel the bot was removed from (ChannelGoneError) pauses its schedule with the reason
 * recorded, and the slot is marked done: no retries, no crash loop.
 */
import type { Logger } from 'pino';
import type { KV } from '../store/kv.js';
import type { ChannelStore } from '../store/channel.js';
import { ChannelGoneError, type Posters } from '../core/posters.js';
import type { DigestAnalyses } from '../analysis/digest/build.js';
import { composeDigest, FIRST_DIGEST_LOOKBACK_MS, formatTime } from './compose.js';
import { loadLastRun, loadSchedule, saveLastRun, saveSchedule, type ScheduledChannels, type ScheduleRecord } from './records.js';
import { nextRunAfter, hasSeconds } from './slots.js';

export type SlotOutcome =
  /** posted now */
  | 'posted'
  /** nothing new and the channel wants silence */
  | 'silent'
  /** another attempt already posted this slot */
  | 'already-done'
  /** another attempt holds the claim (retry later) */
  | 'busy'
  | 'no-schedule'
  | 'paused'
  /** the bot can no longer post there: schedule paused */
  | 'gone'
  /** no adapter in this process posts to that platform (retry elsewhere / later) */
  | 'no-poster';

interface SlotClaim {
  state: 'running' | 'done';
  by: string;
  at: number;
  outcome?: SlotOutcome;
}

export interface RunnerDeps {
  kv: KV;
  store: ChannelStore;
  posters: Posters;
  log: Logger;
  analyses: DigestAnalyses;
  channels: ScheduledChannels;
  /** config DIGEST_SILENT_WHEN_EMPTY; a channel's own setting wins */
  silentWhenEmpty: boolean;
  /** who this process is (logs, claims) */
  instance: string;
  /** how long a claim outlives a process that died holding it */
  leaseMs: number;
  /** how long a done slot is remembered (must exceed the catch-up window) */
  doneTtlMs: number;
  /** called after a schedule is paused, so the scheduler stops arming it */
  onPaused(channelKey: string): Promise<void>;
  /** test seam: runs after the claim, before the digest is built */
  beforeBuild?(channelKey: string, slot: number): Promise<void>;
}

export class DigestRunner {
  constructor(private readonly deps: RunnerDeps) {}

  async runSlot(channelKey: string, slot: number, reason: 'tick' | 'catch-up'): Promise<SlotOutcome> {
    const { kv, store, log, channels } = this.deps;
    const slog = log.child({ channel: channelKey, slot: new Date(slot).toISOString(), reason, instance: this.deps.instance });
    const rec = await loadSchedule(store, channelKey);
    if (!rec) return 'no-schedule';
    if (rec.paused) return 'paused';
    const key = channels.slotKey(channelKey, slot);
    const claim: SlotClaim = { state: 'running', by: this.deps.instance, at: Date.now() };
    if (!(await kv.add(key, claim, this.deps.leaseMs))) {
      const held = await kv.get<SlotClaim>(key);
      const outcome = held?.state === 'done' ? 'already-done' : 'busy';
      slog.debug({ outcome, heldBy: held?.by }, 'digest slot taken');
      return outcome;
    }
    const finish = async (outcome: SlotOutcome) => {
      await kv.set<SlotClaim>(key, { state: 'done', by: this.deps.instance, at: Date.now(), outcome }, this.deps.doneTtlMs);
      return outcome;
    };
    try {
      await this.deps.beforeBuild?.(channelKey, slot);
      const result = await this.post(channelKey, rec, slot);
      if (result.outcome === 'no-poster') {
        await kv.delete(key);
        slog.warn({ platform: rec.channel.platform }, 'no poster for this platform in this process');
        return 'no-poster';
      }
      await saveLastRun(store, channelKey, { slot, at: Date.now(), coveredUntil: result.until, articles: result.articles, outcome: result.outcome });
      slog.info({ outcome: result.outcome, articles: result.articles }, 'digest slot done');
      return await finish(result.outcome);
    } catch (e) {
      if (e instanceof ChannelGoneError) {
        await this.pause(channelKey, rec, e.message);
        slog.warn({ err: e.message }, 'channel gone: digest schedule paused');
        return await finish('gone');
      }
      // unknown outcome: release the claim so a retry can post
      await kv.delete(key).catch(() => undefined);
      slog.error({ err: e }, 'digest failed');
      throw e;
    }
  }

  private async post(channelKey: string, rec: ScheduleRecord, slot: number): Promise<{ outcome: 'posted' | 'silent' | 'no-poster'; articles: number; until: number }> {
    const { store, posters, analyses } = this.deps;
    const poster = posters.get(rec.channel.platform);
    if (!poster) return { outcome: 'no-poster', articles: 0, until: 0 };
    const last = await loadLastRun(store, channelKey);
    const since = last?.coveredUntil ?? rec.setAt - FIRST_DIGEST_LOOKBACK_MS;
    const until = Date.now();
    const settings = await store.getSettings(channelKey);
    const seconds = hasSeconds(rec.cron);
    const next = nextRunAfter(rec.cron, rec.timezone, new Date(Math.max(until, slot)));
    const composed = await composeDigest(store, analyses, {
      channelKey,
      since,
      until,
      sinceLabel: `since ${formatTime(since, rec.timezone, seconds)}`,
      slotLabel: `Scheduled digest for ${formatTime(slot, rec.timezone, seconds)} (${rec.timezone})`,
      ...(next ? { nextLabel: `Next digest ${formatTime(next.getTime(), rec.timezone, seconds)}` } : {}),
      silentWhenEmpty: settings.digestSilentWhenEmpty ?? this.deps.silentWhenEmpty,
    });
    if (!composed.reply) return { outcome: 'silent', articles: 0, until };
    await poster.post(rec.channel, composed.reply);
    return { outcome: 'posted', articles: composed.articles, until };
  }

  private async pause(channelKey: string, rec: ScheduleRecord, why: string): Promise<void> {
    await saveSchedule(this.deps.store, channelKey, { ...rec, paused: true, pausedReason: `posting failed: ${why}` });
    await this.deps.onPaused(channelKey).catch((err: unknown) => this.deps.log.warn({ err, channel: channelKey }, 'could not disarm paused schedule'));
  }
}
