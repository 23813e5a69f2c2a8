/**
 * What commands see of the digest scheduler. The embedded scheduler (one process) and the
 * BullMQ one (REDIS_URL) both implement it.
 */
import type { ChannelRef } from '../core/context.js';
import type { Reply } from '../core/reply.js';

export interface DigestSchedule {
  /** the schedule as the user wrote it ("weekdays 08:30") */
  spec: string;
  /** the cron pattern it became */
  cron: string;
  timezone: string;
  /** user who set it */
  setBy?: string;
  paused?: boolean;
  pausedReason?: string;
}

export interface DigestStatus {
  schedule?: DigestSchedule;
  nextRun?: Date;
  lastRun?: Date;
  waiting: number;
}

export interface DigestService {
  schedule(channel: ChannelRef, spec: string, timezone: string | undefined, userId: string): Promise<DigestStatus>;
  unschedule(channel: ChannelRef): Promise<boolean>;
  status(channel: ChannelRef): Promise<DigestStatus>;
  /** the digest as it would be posted now (articles since the last scheduled digest); does not count as a run */
  preview(channel: ChannelRef): Promise<Reply>;
}
