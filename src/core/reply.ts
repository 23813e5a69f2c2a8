/**
 * The platform-neutral reply model: the only thing adapters see of the core.
 * Plain text everywhere (no Markdown, no mrkdwn): each renderer escapes and formats for its
 * platform and splits within that platform's limits.
 */

/** A pointer to where a statement comes from, e.g. "¶3" or "A¶3 ≈ B¶5". */
export type Evidence = string;

export interface ReplyItem {
  text: string;
  evidence?: Evidence;
  /** a short label shown before the text, e.g. "number", "quote", "direct" */
  tag?: string;
}

export interface Link {
  label: string;
  url: string;
}

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string; evidence?: Evidence }
  | { type: 'list'; items: ReplyItem[]; ordered?: boolean }
  | { type: 'quote'; text: string; attribution?: string; evidence?: Evidence; tag?: string }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  | { type: 'links'; links: Link[] }
  | { type: 'note'; text: string }
  | { type: 'divider' };

export interface Reply {
  title?: string;
  blocks: Block[];
  footer?: string;
  /** true when the reply reports a failure the user can act on */
  error?: boolean;
  /** who should see it where the platform can choose: the asker only (default) or the channel */
  visibility?: 'asker' | 'channel';
  /** a one-line plain summary for notifications and fallbacks */
  summary?: string;
}

export function errorReply(message: string): Reply {
  return { error: true, summary: message, blocks: [{ type: 'paragraph', text: message }] };
}

/** The reply flattened to plain text: the fallback every platform needs, and what tests read. */
export function replyToPlainText(reply: Reply): string {
  const out: string[] = [];
  if (reply.title) out.push(reply.title);
  for (const b of reply.blocks) out.push(blockToPlainText(b));
  if (reply.footer) out.push(reply.footer);
  return out.filter((s) => s.length > 0).join('\n\n');
}

export function blockToPlainText(b: Block): string {
  const ev = (e?: Evidence) => (e ? ` [${e}]` : '');
  switch (b.type) {
    case 'heading':
      return b.text;
    case 'paragraph':
      return b.text + ev(b.evidence);
    case 'list':
      return b.items
        .map((it, i) => `${b.ordered ? `${i + 1}.` : '•'} ${it.tag ? `(${it.tag}) ` : ''}${it.text}${ev(it.evidence)}`)
        .join('\n');
    case 'quote':
      return `“${b.text}”${b.attribution ? ` — ${b.attribution}` : ''}${b.tag ? ` (${b.tag})` : ''}${ev(b.evidence)}`;
    case 'fields':
      return b.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
    case 'links':
      return b.links.map((l) => `${l.label} <${l.url}>`).join('\n');
    case 'note':
      return b.text;
    case 'divider':
      return '---';
  }
}
