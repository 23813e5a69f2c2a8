import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { articleDoc } from '../src/ingest/article.js';
import { extractQuotes, type Quote } from '../src/analysis/quotes/index.js';
import { quotesReply } from '../src/views/quotes.js';

const options = z.object({
  article: z.string().describe('URL, #ref, last, or pasted text'),
  speaker: z.string().optional().describe('only quotes from this speaker (any part of the name)'),
});

/** Reads `[speaker:<name>] <article>`; the article is everything else, kept as typed. */
export function parseQuotesText(text: string): { article: string; speaker?: string } {
  const m = /^\s*speaker[:=](?:"([^"]+)"|(\S+))\s+/i.exec(text);
  if (m) return { article: text.slice(m[0].length).trim(), speaker: m[1] ?? m[2]! };
  return { article: text.trim() };
}

/** Does a quote's speaker match what the user typed (case-insensitive, any word of the name)? */
export function speakerMatches(q: Quote, wanted: string): boolean {
  const w = wanted.toLowerCase().trim();
  const name = (q.speaker ?? '').toLowerCase();
  return name.includes(w) || (q.speakerMention ?? '').toLowerCase().includes(w);
}

export default defineCommand({
  name: 'quotes',
  aliases: ['who', 'whosaidwhat'],
  description: 'Who said what: quotes and reported speech grouped by speaker, with ¶ anchors',
  help: [
    'Usage: /quotes [speaker:<name>] <link | #ref | last | pasted text>',
    'Examples: /quotes https://example.com/story · /quotes #2 · /quotes speaker:Brown last',
    'Each quote is verbatim from the article with its kind (direct, mixed, partial, indirect) and paragraph (¶3).',
    'Speakers are resolved to full names ("Brown" → "Jeff J. Brown"); the full list: nutgraf quotes <article> --json',
  ].join('\n'),
  options,
  parseText: parseQuotesText,
  async run(ctx, opts) {
    const article = await ctx.services.articles.resolve(ctx, opts.article);
    const quotes = await ctx.services.cache.getOrCompute<Quote[]>('quotes:v3', article.id, () => extractQuotes(articleDoc(article)));
    const shown = opts.speaker ? quotes.filter((q) => speakerMatches(q, opts.speaker!)) : quotes;
    return quotesReply(article, shown);
  },
  meta: { articleOptions: ['article'] },
});
