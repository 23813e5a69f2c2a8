/**
 * The Reply model rendered for Discord: embeds for answers (text blocks in descriptions,
 * `fields` blocks as embed fields, in the reply's order), plain content for errors, all within
 * the limits in limits.ts. Returns one or more messages: the first answers the interaction,
 * the others are follow-ups. Reply strings are plain text, so Markdown characters are escaped.
 */
import { escapeMarkdown, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { replyToPlainText } from '../../src/core/reply.js';
import { MESSAGE_LIMITS, POLICY } from './limits.js';
import { chunkText, embedLength, packEmbeds, truncate } from './split.js';

export interface OutgoingMessage {
  content?: string;
  embeds?: APIEmbed[];
}

const COLOUR = 0x2f6f8f;

/** Plain text made safe for Discord Markdown (every construct, not just the common ones). */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

function evidence(e: string | undefined): string {
  return e ? ` \`${e.replace(/`/g, "'")}\`` : '';
}

function safeUrl(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href.replace(/\)/g, '%29') : undefined;
  } catch {
    return undefined;
  }
}

/** One block as description Markdown (fields blocks are handled apart). */
export function blockToMarkdown(b: Exclude<Block, { type: 'fields' }>): string {
  switch (b.type) {
    case 'heading':
      return `**${escapeText(b.text)}**`;
    case 'paragraph':
      return escapeText(b.text) + evidence(b.evidence);
    case 'list':
      return b.items
        .map((it, i) => `${b.ordered ? `${i + 1}.` : '•'} ${it.tag ? `**${escapeText(it.tag)}** ` : ''}${escapeText(it.text)}${evidence(it.evidence)}`)
        .join('\n');
    case 'quote': {
      const lines = `“${b.text}”`.split('\n').map((l) => `> ${escapeText(l)}`);
      const by = [b.attribution ? `— ${escapeText(b.attribution)}` : '', b.tag ? `*(${escapeText(b.tag)})*` : '', evidence(b.evidence).trim()]
        .filter(Boolean)
        .join(' ');
      return [...lines, ...(by ? [`> ${by}`] : [])].join('\n');
    }
    case 'links':
      return b.links
        .map((l) => {
          const url = safeUrl(l.url);
          const label = escapeText(l.label).replace(/[[\]]/g, '');
          return url ? `[${label}](${url})` : `${label} ${escapeText(l.url)}`;
        })
        .join('\n');
    case 'note':
      return `*${escapeText(b.text)}*`;
    case 'divider':
      return '──────────';
  }
}

/** A fields block as embed fields; a long value continues in further fields, never cut. */
export function toEmbedFields(fields: { label: string; value: string }[]): APIEmbedField[] {
  const out: APIEmbedField[] = [];
  for (const f of fields) {
    const name = truncate(escapeText(f.label) || '\u200b', MESSAGE_LIMITS.fieldName);
    const parts = chunkText(escapeText(f.value), MESSAGE_LIMITS.fieldValue);
    (parts.length ? parts : ['\u200b']).forEach((value, i) => {
      out.push({ name: i === 0 ? name : truncate(`${name} (cont.)`, MESSAGE_LIMITS.fieldName), value });
    });
  }
  return out;
}

/** Builds embeds in reply order: text fills descriptions, fields attach to the embed they follow. */
function buildEmbeds(reply: Reply): APIEmbed[] {
  const embeds: APIEmbed[] = [];
  let current: APIEmbed = { color: COLOUR };
  let fieldsAttached = false;
  const flush = () => {
    if (current.title || current.description || current.fields?.length) embeds.push(current);
    current = { color: COLOUR };
    fieldsAttached = false;
  };
  if (reply.title) current.title = truncate(escapeText(reply.title), MESSAGE_LIMITS.title);

  const addText = (markdown: string) => {
    // text after fields starts a new embed, so the reply's order is kept on screen
    if (fieldsAttached) flush();
    for (const piece of chunkText(markdown, MESSAGE_LIMITS.description)) {
      const joined = current.description ? `${current.description}\n\n${piece}` : piece;
      if (joined.length > MESSAGE_LIMITS.description) {
        flush();
        current.description = piece;
      } else current.description = joined;
    }
  };
  const addFields = (fields: APIEmbedField[]) => {
    for (const f of fields) {
      const count = current.fields?.length ?? 0;
      const size = embedLength(current) + f.name.length + f.value.length;
      if (count === MESSAGE_LIMITS.fields || size > MESSAGE_LIMITS.embedTotal) flush();
      (current.fields ??= []).push(f);
      fieldsAttached = true;
    }
  };

  for (const b of reply.blocks) {
    if (b.type === 'fields') addFields(toEmbedFields(b.fields));
    else addText(blockToMarkdown(b));
  }
  if (reply.footer) {
    const footer = truncate(reply.footer, MESSAGE_LIMITS.footer);
    if (embedLength(current) + footer.length > MESSAGE_LIMITS.embedTotal) flush();
    current.footer = { text: footer };
  }
  flush();
  return embeds;
}

/** An error as one short message: content only, no embed chrome. */
function renderError(reply: Reply): OutgoingMessage {
  return { content: truncate(`⚠️ ${escapeText(replyToPlainText(reply))}`, MESSAGE_LIMITS.content) };
}

export function renderReply(reply: Reply): OutgoingMessage[] {
  if (reply.error) return [renderError(reply)];
  const embeds = buildEmbeds(reply);
  if (embeds.length === 0) return [{ content: truncate(escapeText(replyToPlainText(reply)) || 'Done.', MESSAGE_LIMITS.content) }];
  const messages: OutgoingMessage[] = packEmbeds(embeds).map((group) => ({ embeds: group }));
  if (messages.length <= POLICY.maxMessages) return messages;
  const kept = messages.slice(0, POLICY.maxMessages);
  kept[kept.length - 1]!.content = `*That answer was cut: ${messages.length - POLICY.maxMessages} more part(s) not shown.*`;
  return kept;
}
