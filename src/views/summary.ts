/**
 * The summary as a platform-neutral Reply: the article's title, each sentence quoted verbatim
 * with its paragraph anchor (¶n, 1-based), the key facts as fields, and a footer that says
 * where it came from and that nothing was written by us.
 */
import type { Article } from '../ingest/article.js';
import type { Block, Reply } from '../core/reply.js';
import type { Summary } from '../analysis/summarise/index.js';
import type { Fact, Facts } from '../analysis/summarise/facts.js';

export interface SummaryViewOptions {
  format: 'bullets' | 'paragraph';
}

export const EXTRACTIVE_NOTE = 'extractive: every sentence is quoted from the article';

const FACT_FIELDS: readonly [keyof Facts, string][] = [
  ['people', 'People'],
  ['organisations', 'Organisations'],
  ['places', 'Places'],
  ['numbers', 'Numbers'],
  ['dates', 'Dates'],
];

/** "¶3" for paragraph index 2. */
export function paragraphAnchor(paragraph: number): string {
  return `¶${paragraph + 1}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function factLabel(f: Fact): string {
  const role = f.role ? ` (${f.role})` : '';
  return f.count > 1 ? `${f.text}${role} ×${f.count}` : `${f.text}${role}`;
}

export function summaryReply(article: Article, summary: Summary, facts: Facts, opts: SummaryViewOptions): Reply {
  const blocks: Block[] = [];
  if (summary.sentences.length === 0) {
    blocks.push({ type: 'note', text: 'No sentence of this text could be used as a summary.' });
  } else if (opts.format === 'bullets') {
    blocks.push({
      type: 'list',
      items: summary.sentences.map((s) => ({ text: oneLine(s.text), evidence: paragraphAnchor(s.paragraph) })),
    });
  } else {
    // one paragraph of quoted sentences; anchors still show where each came from
    const text = summary.sentences.map((s) => `${oneLine(s.text)} [${paragraphAnchor(s.paragraph)}]`).join(' ');
    blocks.push({ type: 'paragraph', text });
  }
  const fields = FACT_FIELDS.filter(([key]) => facts[key].length > 0).map(([key, label]) => ({
    label,
    value: facts[key].map(factLabel).join(', '),
  }));
  if (fields.length > 0) blocks.push({ type: 'fields', fields });

  const source = [article.site, article.url].filter(Boolean).join(' · ') || 'pasted text';
  const title = article.title ?? 'Summary';
  return {
    title,
    blocks,
    footer: `${source} · ${EXTRACTIVE_NOTE}`,
    summary: summary.sentences[0] ? `${title}: ${oneLine(summary.sentences[0].text)}` : title,
  };
}
