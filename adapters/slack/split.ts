/**
 * Packs rendered units into messages within Slack's per-message limits, splitting long answers
 * between units (never inside one) and preferring to start a new message at a heading.
 */
import type { Reply } from '../../src/core/reply.js';
import { MESSAGE_CHAR_BUDGET, SLACK_LIMITS } from './limits.js';
import { escapeMrkdwn, splitPlain } from './mrkdwn.js';
import { mrkdwn, plain, type SlackBlock, type SlackMessage } from './blocks.js';
import { replyToUnits, type Unit } from './render.js';

/** Blocks kept free in every message: a "part n of m" line, a "shared by" line, the share button. */
const RESERVED_BLOCKS = 3;

export interface MessageOptions {
  /** adds a "Share in channel" button carrying this value to the last message */
  shareValue?: string;
  /** shown above the answer when it was shared by someone (a Slack user id) */
  sharedBy?: string;
  /** per-message character budget (tests use a small one) */
  charBudget?: number;
}

export const SHARE_ACTION_ID = 'nutgraf_share';

/** Reply → one or more Slack messages, each within every Block Kit limit, each with a text fallback. */
export function renderMessages(reply: Reply, opts: MessageOptions = {}): SlackMessage[] {
  const parts = packUnits(replyToUnits(reply), opts.charBudget ?? MESSAGE_CHAR_BUDGET);
  return parts.map((units, i) => {
    const blocks: SlackBlock[] = [];
    const textParts: string[] = [];
    if (i === 0 && opts.sharedBy) blocks.push({ type: 'context', elements: [mrkdwn(`Shared by <@${opts.sharedBy}>`)] });
    if (parts.length > 1 && i > 0) {
      const marker = `Continued — part ${i + 1} of ${parts.length}`;
      blocks.push({ type: 'context', elements: [mrkdwn(marker)] });
      textParts.push(`(${marker})`);
    }
    for (const u of units) {
      blocks.push(...u.blocks);
      if (u.plain) textParts.push(u.plain);
    }
    if (opts.shareValue && i === parts.length - 1) blocks.push(shareButton(opts.shareValue));
    return { blocks, text: fallbackText(textParts, reply) };
  });
}

export function shareButton(value: string): SlackBlock {
  return {
    type: 'actions',
    block_id: 'nutgraf_share',
    elements: [{ type: 'button', text: plain('Share in channel'), action_id: SHARE_ACTION_ID, value: value.slice(0, SLACK_LIMITS.buttonValue) }],
  };
}

function fallbackText(parts: string[], reply: Reply): string {
  const joined = parts.join('\n\n').trim() || reply.summary || reply.title || 'Nutgraf';
  // the fallback is read as mrkdwn too, so it is escaped, and cut (rarely) to Slack's limit
  const escaped = escapeMrkdwn(joined);
  if (escaped.length <= SLACK_LIMITS.messageText) return escaped;
  return `${escapeMrkdwn(splitPlain(joined, SLACK_LIMITS.messageText - 1)[0] ?? '')}…`;
}

/** Greedy packing; a message never ends on a heading, and a heading late in a full message starts the next one. */
export function packUnits(units: Unit[], charBudget: number): Unit[][] {
  const maxBlocks = SLACK_LIMITS.blocksPerMessage - RESERVED_BLOCKS;
  const messages: Unit[][] = [];
  let current: Unit[] = [];
  let blocks = 0;
  let chars = 0;
  const flush = () => {
    // carry trailing headings over to the next message, so they sit above what they introduce
    const carried: Unit[] = [];
    while (current.length > 1 && current[current.length - 1]!.opensSection) carried.unshift(current.pop()!);
    messages.push(current);
    current = carried;
    blocks = carried.reduce((n, u) => n + u.blocks.length, 0);
    chars = carried.reduce((n, u) => n + unitChars(u), 0);
  };
  for (const unit of units) {
    const unitBlocks = unit.blocks.length;
    const size = unitChars(unit);
    const overflows = blocks + unitBlocks > maxBlocks || chars + size > charBudget;
    const lateHeading = unit.opensSection && (chars > (charBudget * 2) / 3 || blocks > (maxBlocks * 2) / 3);
    if (current.length > 0 && (overflows || lateHeading)) flush();
    current.push(unit);
    blocks += unitBlocks;
    chars += size;
  }
  if (current.length > 0 || messages.length === 0) messages.push(current);
  return messages;
}

function unitChars(unit: Unit): number {
  let n = 0;
  for (const b of unit.blocks) {
    if (b.type === 'section') n += (b.text?.text.length ?? 0) + (b.fields ?? []).reduce((m, f) => m + f.text.length, 0);
    else if (b.type === 'header') n += b.text.text.length;
    else if (b.type === 'context') n += b.elements.reduce((m, e) => m + e.text.length, 0);
  }
  return n;
}
