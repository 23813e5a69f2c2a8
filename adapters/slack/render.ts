/**
 * Reply → Block Kit. Each block of the reply becomes one or more *units* — a few Slack blocks
 * that belong together, with their plain-text rendering — each already within Slack's
 * per-block limits. `split.ts` then packs units into messages.
 */
import { blockToPlainText, type Block, type Reply, type ReplyItem } from '../../src/core/reply.js';
import { SLACK_LIMITS } from './limits.js';
import { escapeMrkdwn, escapedLength, splitPlain, truncatePlain } from './mrkdwn.js';
import { mrkdwn, plain, type SlackBlock } from './blocks.js';

export interface Unit {
  blocks: SlackBlock[];
  /** plain text of this unit, for the message's `text` fallback */
  plain: string;
  /** a heading: better at the top of a message than at the bottom */
  opensSection?: boolean;
}

const L = SLACK_LIMITS;

export function replyToUnits(reply: Reply): Unit[] {
  const units: Unit[] = [];
  if (reply.title) units.push(titleUnit(reply.title));
  reply.blocks.forEach((block, i) => {
    const warn = reply.error && i === 0 && block.type === 'paragraph';
    units.push(...blockUnits(warn ? { ...block, text: `⚠️ ${block.text}` } : block));
  });
  if (reply.footer) units.push(...contextUnits(reply.footer));
  return units;
}

function titleUnit(title: string): Unit {
  return { blocks: [{ type: 'header', text: plain(truncatePlain(title, L.headerText)) }], plain: title, opensSection: true };
}

function blockUnits(block: Block): Unit[] {
  switch (block.type) {
    case 'heading':
      return sectionUnits(block.text, { bold: true }).map((u) => ({ ...u, opensSection: true }));
    case 'paragraph':
      return sectionUnits(block.text, { evidence: block.evidence });
    case 'list':
      return listUnits(block.items, block.ordered ?? false);
    case 'quote':
      return quoteUnits(block);
    case 'fields':
      return fieldsUnits(block.fields);
    case 'links':
      return linksUnits(block);
    case 'note':
      return contextUnits(block.text);
    case 'divider':
      return [{ blocks: [{ type: 'divider' }], plain: '' }];
  }
}

function evidenceSuffix(evidence?: string): string {
  return evidence ? `  \`${escapeMrkdwn(evidence.replace(/`/g, "'"))}\`` : '';
}

/** A run of text as one or more sections; evidence goes after the last piece. */
function sectionUnits(text: string, opts: { bold?: boolean; evidence?: string | undefined }): Unit[] {
  const suffix = evidenceSuffix(opts.evidence);
  const wrap = opts.bold ? 2 : 0;
  const pieces = splitPlain(text, L.sectionText - suffix.length - wrap).filter((p) => p.trim().length > 0);
  if (pieces.length === 0) {
    return opts.evidence ? [{ blocks: [{ type: 'section', text: mrkdwn(suffix.trim()) }], plain: `[${opts.evidence}]` }] : [];
  }
  return pieces.map((piece, i) => {
    const body = escapeMrkdwn(piece);
    const shown = opts.bold ? `*${body}*` : body;
    const last = i === pieces.length - 1;
    return {
      blocks: [{ type: 'section', text: mrkdwn(last ? shown + suffix : shown) }],
      plain: last && opts.evidence ? `${piece} [${opts.evidence}]` : piece,
    };
  });
}

/** List items as lines, packed into sections of at most 3000 characters. */
function listUnits(items: ReplyItem[], ordered: boolean): Unit[] {
  const lines: { shown: string; plain: string }[] = [];
  items.forEach((item, i) => {
    const marker = ordered ? `${i + 1}.` : '•';
    const tag = item.tag ? `*${escapeMrkdwn(item.tag)}* ` : '';
    const plainTag = item.tag ? `(${item.tag}) ` : '';
    const suffix = evidenceSuffix(item.evidence);
    const prefix = `${marker} ${tag}`;
    const pieces = splitPlain(item.text, L.sectionText - prefix.length - suffix.length);
    pieces.forEach((piece, j) => {
      const last = j === pieces.length - 1;
      lines.push({
        shown: `${j === 0 ? prefix : '    '}${escapeMrkdwn(piece)}${last ? suffix : ''}`,
        plain: `${j === 0 ? `${marker} ${plainTag}` : '    '}${piece}${last && item.evidence ? ` [${item.evidence}]` : ''}`,
      });
    });
  });
  return packLines(lines, L.sectionText).map((group) => ({
    blocks: [{ type: 'section', text: mrkdwn(group.map((l) => l.shown).join('\n')) }],
    plain: group.map((l) => l.plain).join('\n'),
  }));
}

function quoteUnits(block: Extract<Block, { type: 'quote' }>): Unit[] {
  const credit = [
    block.attribution ? `— ${escapeMrkdwn(block.attribution)}` : '',
    block.tag ? `_(${escapeMrkdwn(block.tag)})_` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const trailer = `${credit}${evidenceSuffix(block.evidence)}`.trim();
  // every quoted line gets a "> " prefix: budget for the most lines any piece can have
  // (a quote of hundreds of short lines is shown as running text instead)
  const lines = block.text.split('\n');
  const quoteText = lines.length > 200 ? lines.join(' ') : block.text;
  const budget = L.sectionText - trailer.length - 1 - 2 * Math.min(lines.length, 201);
  const pieces = splitPlain(`“${quoteText}”`, budget);
  const plainAll = blockToPlainText(block);
  return pieces.map((piece, i) => {
    const quoted = escapeMrkdwn(piece)
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    const last = i === pieces.length - 1;
    const text = last && trailer ? `${quoted}\n${trailer}` : quoted;
    return { blocks: [{ type: 'section', text: mrkdwn(text) }], plain: pieces.length === 1 ? plainAll : piece };
  });
}

function fieldsUnits(fields: { label: string; value: string }[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < fields.length; i += L.sectionFields) {
    const group = fields.slice(i, i + L.sectionFields);
    units.push({
      blocks: [
        {
          type: 'section',
          fields: group.map((f) => {
            const label = `*${escapeMrkdwn(truncatePlain(f.label, 200))}*\n`;
            return mrkdwn(label + escapeMrkdwn(fitEscaped(f.value, L.fieldText - label.length)));
          }),
        },
      ],
      plain: blockToPlainText({ type: 'fields', fields: group }),
    });
  }
  return units;
}

function linksUnits(block: Extract<Block, { type: 'links' }>): Unit[] {
  const lines = block.links.map((link) => {
    const label = escapeMrkdwn(truncatePlain(link.label.replace(/\|/g, '¦'), 300));
    const url = safeUrl(link.url);
    return { shown: url ? `• <${url}|${label || url}>` : `• ${label} ${escapeMrkdwn(link.url)}`, plain: `${link.label} <${link.url}>` };
  });
  return packLines(lines, L.sectionText).map((group) => ({
    blocks: [{ type: 'section', text: mrkdwn(group.map((l) => l.shown).join('\n')) }],
    plain: group.map((l) => l.plain).join('\n'),
  }));
}

/** Notes and footers: small grey text. */
function contextUnits(text: string): Unit[] {
  return splitPlain(text, L.contextText).map((piece) => ({
    blocks: [{ type: 'context', elements: [mrkdwn(escapeMrkdwn(piece))] }],
    plain: piece,
  }));
}

/** http(s) URLs only, with the characters that would break `<url|label>` percent-encoded. */
export function safeUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/&/g, '&amp;');
}

function fitEscaped(text: string, max: number): string {
  if (escapedLength(text) <= max) return text;
  return `${splitPlain(text, max - 1)[0] ?? ''}…`;
}

function packLines<T extends { shown: string }>(lines: T[], max: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const line of lines) {
    const add = line.shown.length + (current.length ? 1 : 0);
    if (current.length && size + add > max) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(line);
    size += current.length === 1 ? line.shown.length : add;
  }
  if (current.length) groups.push(current);
  return groups;
}
