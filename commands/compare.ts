import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { UserError } from '../src/core/errors.js';
import { articleDoc } from '../src/ingest/article.js';
import { compareDocs, type Comparison } from '../src/analysis/compare/index.js';
import { compareReply } from '../src/views/compare.js';

const options = z.object({
  a: z.string().describe('first article: URL, #ref or last'),
  b: z.string().describe('second article'),
});

/**
 * Reads two articles from what was typed: two pasted texts separated by a line that is only
 * `---` or `vs`; or two references/URLs (`#1 #3`, `last https://…`, `#2 vs #4`).
 */
export function parseCompareText(text: string): { a: string; b: string } {
  const byLine = text.split(/\r?\n[ \t]*(?:-{3,}|vs\.?)[ \t]*\r?\n/i);
  if (byLine.length === 2 && byLine[0]!.trim() && byLine[1]!.trim()) return { a: byLine[0]!.trim(), b: byLine[1]!.trim() };
  const words = text.trim().split(/\s+/).filter((w) => !/^vs\.?$/i.test(w));
  if (words.length === 2) return { a: words[0]!, b: words[1]! };
  throw new UserError('Give two articles: /compare <link | #ref | last> <link | #ref>, or paste two texts separated by a line with --- or vs.', 'bad_input');
}

export default defineCommand({
  name: 'compare',
  aliases: ['diff'],
  description: 'Compare two pieces: same story?, what both report, what only one has, conflicts, voices',
  help: [
    'Usage: /compare <link | #ref | last> <link | #ref | last>',
    'Examples: /compare #1 #2 · /compare last https://example.com/other-story',
    'Or paste two texts separated by a line with --- or vs.',
    'Every line points at its evidence: A¶3 ≈ B¶5 (paragraph 3 of A, paragraph 5 of B).',
  ].join('\n'),
  options,
  parseText: parseCompareText,
  async run(ctx, opts) {
    const a = await ctx.services.articles.resolve(ctx, opts.a);
    const b = await ctx.services.articles.resolve(ctx, opts.b);
    if (a.id === b.id) throw new UserError('Those are the same article; give two different pieces.', 'same_article');
    const comparison = await ctx.services.cache.getOrCompute<Comparison>('compare:v2:' + b.id, a.id, () =>
      compareDocs(articleDoc(a), articleDoc(b)),
    );
    return compareReply(a, b, comparison);
  },
  meta: { articleOptions: ['a', 'b'] },
});
