/**
 * Splitting within Discord's limits: long text into pieces that fit a description or a field
 * value, and a reply's embeds into messages (≤ 10 embeds, ≤ 6000 characters each), the first
 * of which answers the interaction and the rest go out as follow-ups.
 */
import type { APIEmbed } from 'discord.js';
import { MESSAGE_LIMITS } from './limits.js';

/** Cuts text into pieces of at most `max` characters, preferring paragraph, line, sentence, then word boundaries. */
export function chunkText(text: string, max: number): string[] {
  if (max < 1) throw new Error('chunkText: max must be positive');
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const cut = lastBoundary(window, '\n\n') ?? lastBoundary(window, '\n') ?? lastSentenceEnd(window) ?? lastBoundary(window, ' ') ?? max;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.length) out.push(rest);
  return out.filter((p) => p.length > 0);
}

/** Position just after the last `sep` in the window's second half (too early a cut wastes space). */
function lastBoundary(window: string, sep: string): number | undefined {
  const at = window.lastIndexOf(sep, window.length - sep.length);
  return at > window.length / 2 ? at : undefined;
}

function lastSentenceEnd(window: string): number | undefined {
  let found: number | undefined;
  for (const m of window.matchAll(/[.!?…]["'”’)]*\s/g)) found = m.index + m[0].length - 1;
  return found !== undefined && found > window.length / 2 ? found : undefined;
}

/** Cuts to at most `max` characters with an ellipsis (titles, field names, footers). */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The characters Discord counts towards the 6000-character limit of a message's embeds. */
export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Groups embeds, in order, into messages within the per-message embed count and size. */
export function packEmbeds(embeds: readonly APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const e of embeds) {
    const n = embedLength(e);
    if (n > MESSAGE_LIMITS.embedTotal) throw new Error(`an embed of ${n} characters cannot be sent`);
    if (current.length === MESSAGE_LIMITS.embedsPerMessage || size + n > MESSAGE_LIMITS.embedTotal) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(e);
    size += n;
  }
  if (current.length) messages.push(current);
  return messages;
}
