import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { UserError } from '../src/core/errors.js';

export default defineCommand({
  name: 'help',
  aliases: ['nutgraf'],
  description: 'What Nutgraf can do, or how to use one command',
  help: 'Usage: /help [command]\nExamples: /help · /help summarise',
  options: z.object({ command: z.string().trim().optional().describe('a command name') }),
  parseText: (text) => {
    const word = text.trim().split(/\s+/).filter((w) => w.toLowerCase() !== 'help')[0];
    return word ? { command: word } : {};
  },
  async run(ctx, { command }) {
    const commands = ctx.services.commands;
    if (command) {
      const name = command.replace(/^\//, '').toLowerCase();
      const found = commands.find((c) => c.name === name || c.aliases?.includes(name));
      if (!found) throw new UserError(`There is no /${name}. Try /help for the list.`, 'unknown_command');
      return {
        title: `/${found.name}${found.aliases?.length ? ` (also /${found.aliases.join(', /')})` : ''}`,
        blocks: [
          { type: 'paragraph', text: found.description },
          { type: 'list', items: found.help.split('\n').map((line) => ({ text: line })) },
        ],
      };
    }
    return {
      title: 'Nutgraf — newsroom articles, faithfully',
      blocks: [
        {
          type: 'paragraph',
          text: 'Share or paste an article, then ask. Everything shown is quoted from the article, with where it stands (¶ = paragraph).',
        },
        {
          type: 'list',
          items: commands
            .filter((c) => c.name !== 'help')
            .map((c) => ({ text: `/${c.name} — ${c.description}` })),
        },
        { type: 'note', text: 'Articles: a link, #2 (a number from /articles), last, or pasted text. /help <command> for details.' },
      ],
    };
  },
});
