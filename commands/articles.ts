import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { channelKey } from '../src/core/context.js';
import type { ReplyItem } from '../src/core/reply.js';

const SHOWN = 20;

export default defineCommand({
  name: 'articles',
  description: 'The articles shared in this channel, with their numbers (#1, #2, …)',
  help: 'Usage: /articles\nThen use a number anywhere an article is asked for: /summarise #2 · /compare #1 #3',
  options: z.object({}),
  parseText: () => ({}),
  async run(ctx) {
    const entries = await ctx.services.store.listArticles(channelKey(ctx.channel));
    if (entries.length === 0) {
      return {
        title: 'No articles yet',
        blocks: [{ type: 'paragraph', text: 'Share a link in this channel or run /summarise with a link or pasted text.' }],
      };
    }
    const recent = entries.slice(-SHOWN).reverse();
    const items: ReplyItem[] = recent.map((e) => ({
      tag: `#${e.ref}`,
      text: [e.title ?? e.url ?? 'untitled text', e.site && e.title ? `(${e.site})` : '', `· ${new Date(e.sharedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`]
        .filter(Boolean)
        .join(' '),
    }));
    return {
      title: `Articles in this channel (${entries.length})`,
      blocks: [
        { type: 'list', items },
        ...(entries.length > SHOWN ? [{ type: 'note' as const, text: `Showing the ${SHOWN} most recent of ${entries.length}.` }] : []),
      ],
    };
  },
});
