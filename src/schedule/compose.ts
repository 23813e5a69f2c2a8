/**
 * Gathers what a digest covers (the channel's entries shared since the last digest, with their
 * texts) and turns it into a Reply. Used by scheduled runs and by `/digest now`.
 */
import type { ChannelStore } from '../store/channel.js';
import { buildDigest, type DigestAnalyses, type DigestItem } from '../analysis/digest/build.js';
import { digestReply, emptyDigestReply, type DigestViewContext } from '../views/digest.js';
import type { Reply } from '../core/reply.js';

/** The first digest of a channel looks back at most this far. */
export const FIRST_DIGEST_LOOKBACK_MS = 7 * 24 * 3600 * 1000;

/** "Mon 30 Mar 09:00" in a zone; seconds shown for second-level schedules. */
export function formatTime(ms: number, timezone: string, withSeconds = false): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const time = `${get('hour')}:${get('minute')}${withSeconds ? `:${get('second')}` : ''}`;
  return `${get('weekday')} ${get('day')} ${get('month')} ${time}`;
}

export interface ComposeRequest {
  channelKey: string;
  /** entries shared after this (epoch ms) are covered */
  since: number;
  /** and up to this */
  until: number;
  /** labels: the last digest's time or undefined for a first digest */
  sinceLabel: string;
  slotLabel?: string;
  nextLabel?: string;
  /** stay silent rather than post "nothing new" */
  silentWhenEmpty: boolean;
}

export interface Composed {
  /** undefined when the digest is empty and the channel wants silence */
  reply: Reply | undefined;
  articles: number;
}

export async function composeDigest(store: ChannelStore, analyses: DigestAnalyses, req: ComposeRequest): Promise<Composed> {
  const entries = (await store.entriesSince(req.channelKey, req.since)).filter((e) => e.sharedAt <= req.until);
  const view: DigestViewContext = {
    sinceLabel: req.sinceLabel,
    ...(req.slotLabel ? { slotLabel: req.slotLabel } : {}),
    ...(req.nextLabel ? { nextLabel: req.nextLabel } : {}),
  };
  if (entries.length === 0) return { reply: req.silentWhenEmpty ? undefined : emptyDigestReply(view), articles: 0 };
  const items: DigestItem[] = await Promise.all(
    entries.map(async (e) => {
      const article = e.articleId ? await store.loadArticle(e.articleId) : undefined;
      return {
        ref: e.ref,
        sharedAt: e.sharedAt,
        ...(e.title ? { title: e.title } : {}),
        ...(e.url ? { url: e.url } : article?.url ? { url: article.url } : {}),
        ...(e.site ? { site: e.site } : article?.site ? { site: article.site } : {}),
        ...(article ? { article } : {}),
      };
    }),
  );
  return { reply: digestReply(buildDigest(items, analyses), view), articles: entries.length };
}
