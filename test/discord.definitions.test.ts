/**
 * Discord command JSON from the zod declarations: types, choices, required order, article
 * autocomplete, subcommands, and the way back from an interaction's options to the schema.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApplicationCommandOptionType, type CommandInteractionOption } from 'discord.js';
import { defineCommand } from '../src/core/command.js';
import { loadRegistry } from '../src/core/registry.js';
import { commandDefinitions, describeField, optionsFromInteraction, slashCommandJSON } from '../adapters/discord/definitions.js';
import { validateCommand } from './support/discord-standin.js';

const digestLike = defineCommand({
  name: 'digest',
  description: 'A digest of the articles shared in this channel',
  help: '',
  options: z.object({
    action: z.enum(['now', 'schedule', 'off', 'status']).meta({ choiceDescriptions: { now: 'Post a digest now' } }).default('now'),
    when: z.string().min(3).meta({ description: 'e.g. weekdays 08:30', subcommands: ['schedule'] }).optional(),
    timeZone: z.string().optional().describe('IANA zone').meta({ subcommands: ['schedule'] }),
  }),
  parseText: () => ({}),
  meta: { subcommandOption: 'action' },
  run: async () => ({ blocks: [] }),
});

const mixed = defineCommand({
  name: 'mixed',
  description: 'x'.repeat(140),
  help: '',
  options: z.object({
    tone: z.enum(['plain', 'bold']).optional().describe('how it reads'),
    article: z.string().describe('the article'),
    maxSentences: z.number().int().min(1).max(10).default(3),
    ratio: z.coerce.number().min(0.1).max(0.9).optional(),
    public: z.boolean().default(false),
    leftover: z.string().optional(),
  }),
  parseText: () => ({}),
  meta: { articleOptions: ['article'], hiddenOptions: ['leftover'] },
  run: async () => ({ blocks: [] }),
});

describe('describeField', () => {
  it('looks through optional, default and pipes to the base type', () => {
    expect(describeField(z.string().trim().transform((s) => s.toUpperCase()))).toMatchObject({ kind: 'string', required: true });
    expect(describeField(z.number().int().min(2).max(9).optional())).toMatchObject({ kind: 'integer', required: false, min: 2, max: 9 });
    expect(describeField(z.enum(['a', 'b']).default('a'))).toMatchObject({ kind: 'string', required: false, choices: ['a', 'b'] });
    expect(describeField(z.boolean().describe('on or off'))).toMatchObject({ kind: 'boolean', description: 'on or off' });
  });
});

describe('slash command JSON', () => {
  const json = slashCommandJSON(mixed);
  const byName = Object.fromEntries((json.options ?? []).map((o) => [o.name, o as unknown as Record<string, unknown>]));

  it('types each option from its schema, required ones first, hidden ones left out', () => {
    expect((json.options ?? []).map((o) => o.name)).toEqual(['article', 'tone', 'max_sentences', 'ratio', 'public']);
    expect(byName.article).toMatchObject({ type: ApplicationCommandOptionType.String, required: true, autocomplete: true, description: 'the article' });
    expect(byName.tone).toMatchObject({ choices: [{ name: 'plain', value: 'plain' }, { name: 'bold', value: 'bold' }], required: false });
    expect(byName.max_sentences).toMatchObject({ type: ApplicationCommandOptionType.Integer, min_value: 1, max_value: 10 });
    expect(byName.ratio).toMatchObject({ type: ApplicationCommandOptionType.Number, min_value: 0.1, max_value: 0.9 });
    expect(byName.public).toMatchObject({ type: ApplicationCommandOptionType.Boolean });
    expect(json.description.length).toBeLessThanOrEqual(100);
    expect(validateCommand(json as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('maps options back to field names, and the schema accepts them', () => {
    const data = [
      { name: 'article', type: ApplicationCommandOptionType.String, value: '#2' },
      { name: 'max_sentences', type: ApplicationCommandOptionType.Integer, value: 4 },
    ] as CommandInteractionOption[];
    const options = optionsFromInteraction(mixed, data);
    expect(options).toEqual({ article: '#2', maxSentences: 4 });
    expect(mixed.options.parse(options)).toMatchObject({ article: '#2', maxSentences: 4, public: false });
  });

  it('turns the subcommand option into subcommands, each with only its own options', () => {
    const d = slashCommandJSON(digestLike);
    expect((d.options ?? []).map((o) => [o.name, o.type])).toEqual([
      ['now', 1],
      ['schedule', 1],
      ['off', 1],
      ['status', 1],
    ]);
    const schedule = (d.options ?? []).find((o) => o.name === 'schedule') as unknown as { options: { name: string; description: string }[] };
    expect(schedule.options.map((o) => o.name)).toEqual(['when', 'time_zone']);
    expect(schedule.options[0]!.description).toBe('e.g. weekdays 08:30');
    const now = (d.options ?? []).find((o) => o.name === 'now') as unknown as { options: unknown[]; description: string };
    expect(now.options).toEqual([]);
    expect(now.description).toBe('Post a digest now');
    expect(validateCommand(d as unknown as Record<string, unknown>)).toEqual([]);

    const options = optionsFromInteraction(digestLike, [
      { name: 'schedule', type: ApplicationCommandOptionType.Subcommand, options: [{ name: 'when', type: ApplicationCommandOptionType.String, value: 'weekdays 08:30' }, { name: 'time_zone', type: ApplicationCommandOptionType.String, value: 'Europe/London' }] },
    ] as CommandInteractionOption[]);
    expect(options).toEqual({ action: 'schedule', when: 'weekdays 08:30', timeZone: 'Europe/London' });
    expect(digestLike.options.safeParse(options).success).toBe(true);
  });
});

describe('the real commands', () => {
  it('all build into command JSON that Discord would accept, context menus included when their command exists', async () => {
    const registry = await loadRegistry();
    const defs = commandDefinitions(registry.commands);
    for (const d of defs) expect(validateCommand(d as unknown as Record<string, unknown>), d.name).toEqual([]);
    expect(new Set(defs.map((d) => d.name)).size).toBe(defs.length);
    const menus = defs.filter((d) => d.type === 3).map((d) => d.name);
    expect(menus.includes('Summarise article')).toBe(registry.find('summarise') !== undefined);
    expect(menus.includes('Who said what')).toBe(registry.find('quotes') !== undefined);
    // every article option autocompletes
    for (const c of registry.commands) {
      const json = slashCommandJSON(c);
      const flat = (json.options ?? []).flatMap((o) => ('options' in o && o.type === 1 ? (o.options ?? []) : [o])) as { name: string; autocomplete?: boolean }[];
      for (const field of c.meta?.articleOptions ?? []) expect(flat.find((o) => o.name === field)?.autocomplete, `${c.name}.${field}`).toBe(true);
    }
  });
});
