/**
 * What the scheduler keeps in the store: per channel a schedule record and a last-run record
 * (channel context, so they live wherever the channel's articles live), a list of the channels
 * that ever had a schedule (to reload them at start-up), and one idempotency key per channel
 * and slot.
 *
 * The channel list is append-only and built on the store's atomic `add` (like the channel's
 * article list), so two instances scheduling at once never lose each other's entry.
 */
import type { ChannelRef } from '../core/context.js';
import type { KV } from '../store/kv.js';
import type { ChannelStore } from '../store/channel.js';
import type { DigestSchedule } from './service.js';

export const SCHEDULE_RECORD = 'digest-schedule';
export const LAST_RUN_RECORD = 'digest-last-run';

export interface ScheduleRecord extends DigestSchedule {
  /** where the digest is posted: kept so a job on any instance can post back */
  channel: ChannelRef;
  /** epoch ms when the schedule was set (the first digest covers from here at most back to FIRST_DIGEST_LOOKBACK) */
  setAt: number;
}

export interface LastRunRecord {
  /** the slot (scheduled time, epoch ms) that ran */
  slot: number;
  /** when it finished */
  at: number;
  /** articles shared up to this time are covered */
  coveredUntil: number;
  articles: number;
  outcome: 'posted' | 'silent';
}

export async function loadSchedule(store: ChannelStore, key: string): Promise<ScheduleRecord | undefined> {
  return store.getRecord<ScheduleRecord>(key, SCHEDULE_RECORD);
}

export async function saveSchedule(store: ChannelStore, key: string, record: ScheduleRecord | undefined): Promise<void> {
  await store.setRecord(key, SCHEDULE_RECORD, record);
}

export async function loadLastRun(store: ChannelStore, key: string): Promise<LastRunRecord | undefined> {
  return store.getRecord<LastRunRecord>(key, LAST_RUN_RECORD);
}

/** Records a run; a slower, older run finishing late never moves the record backwards. */
export async function saveLastRun(store: ChannelStore, key: string, run: LastRunRecord): Promise<void> {
  const previous = await loadLastRun(store, key);
  if (previous && previous.slot > run.slot) return;
  await store.setRecord(key, LAST_RUN_RECORD, { ...run, coveredUntil: Math.max(run.coveredUntil, previous?.coveredUntil ?? 0) });
}

/** The list of channels that have (or had) a schedule, under a namespace (tests use their own). */
export class ScheduledChannels {
  constructor(
    private readonly kv: KV,
    private readonly namespace: string = 'digest',
  ) {}

  async add(channelKey: string): Promise<void> {
    if (!(await this.kv.add(`${this.namespace}:listed:${channelKey}`, true))) return;
    const hint = (await this.kv.get<number>(`${this.namespace}:channels:count`)) ?? 0;
    for (let n = hint + 1; ; n++) {
      if (await this.kv.add(`${this.namespace}:channels:${n}`, channelKey)) {
        await this.kv.set(`${this.namespace}:channels:count`, n);
        return;
      }
    }
  }

  async list(): Promise<string[]> {
    const hint = (await this.kv.get<number>(`${this.namespace}:channels:count`)) ?? 0;
    const keys = Array.from({ length: hint }, (_, i) => `${this.namespace}:channels:${i + 1}`);
    const found = (await this.kv.getMany<string>(keys)).filter((k): k is string => typeof k === 'string');
    for (let n = hint + 1; ; n++) {
      const next = await this.kv.get<string>(`${this.namespace}:channels:${n}`);
      if (!next) break;
      found.push(next);
    }
    return [...new Set(found)];
  }

  /** The idempotency key of one channel's slot. */
  slotKey(channelKey: string, slot: number): string {
    return `${this.namespace}:slot:${channelKey}:${slot}`;
  }
}
