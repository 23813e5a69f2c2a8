import { z } from 'zod';
import { defineCommand, splitWords } from '../src/core/command.js';
import { articleDoc } from '../src/ingest/article.js';
import { classifyArticleInput } from '../src/ingest/resolve.js';
import { summarise, type Summary, type SummaryLength } from '../src/analysis/summarise/index.js';
import { keyFacts, type Facts } from '../src/analysis/summarise/facts.js';
import { summaryReply } from '../src/views/summary.js';

const options = z.object({
  article: z.string().describe('A link, #ref from /articles, "last", or pasted article text'),
  length: z
    .union([z.enum(['short', 'medium', 'long']), z.coerce.number().int().min(1).max(10)])
    .default('medium')
    .describe('short (the nut graf), medium (3 sentences), long (5), or a number of sentences'),
  format: z.enum(['bullets', 'paragraph']).default('bullets').describe('bullets or one paragraph'),
  public: z.boolean().default(false).describe('post the summary for the whole channel'),
});

type Parsed = { article: string; length?: string | number; format?: string; public?: boolean };

/**
 * Applies one option word to `out`; false when the word is not an option word. Numbers count
 * only from 1 to 10, so a pasted text that starts with "2015 was…" is not read as a length.
 */
function applyOptionWord(word: string, out: Parsed): boolean {
  const w = word.toLowerCase().replace(/^--?/, '');
  if (w === 'short' || w === 'medium' || w === 'long') out.length = w;
  else if (/^(?:[1-9]|10)$/.test(w)) out.length = Number(w);
  else if (w === 'bullets' || w === 'paragraph') out.format = w;
  else if (w === 'public') out.public = true;
  else return false;
  return true;
}

/** Leading option words, then the article; after a link or reference, trailing option words too. */
export function parseSummariseText(text: string): Parsed {
  const words = splitWords(text);
  const out: Parsed = { article: '' };
  let i = 0;
  while (i < words.length - 1 && applyOptionWord(words[i]!, out)) i++;
  // a lone option word is an option only when it cannot be the article ("last" is an article)
  const rest = words.slice(i);
  const head = rest[0] ?? '';
  const kind = classifyArticleInput(head);
  if (kind === 'url' || kind === 'ref' || kind === 'last') {
    const trailing = rest.slice(1);
    if (trailing.every((w) => applyOptionWord(w, out))) {
      out.article = head;
      return out;
    }
  }
  // pasted text: keep it exactly as typed after the leading option words
  const consumed = words.slice(0, i);
  let pos = 0;
  for (const w of consumed) pos = text.indexOf(w, pos) + w.length;
  out.article = text.slice(pos).trim();
  return out;
}

function lengthKey(length: SummaryLength): string {
  return typeof length === 'number' ? String(length) : length;
}

export default defineCommand({
  name: 'summarise',
  aliases: ['summarize'],
  description: 'Summarise an article in its own words: quoted sentences with ¶ anchors and key facts',
  help: [
    'Usage: /summarise [short|medium|long|N] [bullets|paragraph] [public] <link | #ref | last | pasted text>',
    'Examples: /summarise https://example.com/story · /summarise short #2 · /summarise #1 long paragraph',
    'Every sentence shown is quoted verbatim from the article, with the paragraph it comes from (¶3).',
  ].join('\n'),
  options,
  parseText: parseSummariseText,
  async run(ctx, opts) {
    const article = await ctx.services.articles.resolve(ctx, opts.article);
    const key = lengthKey(opts.length);
    const result = await ctx.services.cache.getOrCompute<{ summary: Summary; facts: Facts }>(
      `summary:v1:${key}`,
      article.id,
      () => {
        const doc = articleDoc(article);
        return { summary: summarise(doc, { length: opts.length }), facts: keyFacts(doc) };
      },
    );
    const reply = summaryReply(article, result.summary, result.facts, { format: opts.format });
    return opts.public ? { ...reply, visibility: 'channel' } : reply;
  },
  meta: { articleOptions: ['article'] },
});
