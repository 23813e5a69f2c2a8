/**
 * Discord application-command JSON built from the core's command declarations, by reading
 * each command's zod schema (zod 4 introspection), so the options Discord shows are the
 * options the dispatcher validates. The same module maps an interaction's options back to the
 * schema's field names.
 *
 * Conventions read from a declaration:
 * - every field of `options` becomes an option (except `meta.hiddenOptions`), typed from the
 *   zod type (string / integer / number / boolean; an enum becomes choices), required unless
 *   optional or defaulted, described by `.describe()` / `.meta({ description })`;
 * - `meta.articleOptions` are autocompleted from the channel's articles;
 * - `meta.subcommandOption` (an enum) becomes one subcommand per value, described by the
 *   enum's `.meta({ choiceDescriptions: { now: 'Post a digest now' } })` when given; a field
 *   carrying `.meta({ subcommands: ['schedule'] })` appears only under those subcommands.
 */
import { z } from 'zod';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type CommandInteractionOption,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDefinition } from '../../src/core/command.js';
import { COMMAND_LIMITS } from './limits.js';

/** Message context-menu commands: the name users see under Apps, and the command it runs. */
export const MESSAGE_MENUS = [
  { name: 'Summarise article', command: 'summarise' },
  { name: 'Who said what', command: 'quotes' },
] as const;

export interface FieldShape {
  kind: 'string' | 'integer' | 'number' | 'boolean';
  required: boolean;
  description?: string;
  choices?: string[];
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  /** from `.meta({ subcommands })`: show only under these subcommands */
  subcommands?: string[];
  /** from `.meta({ choiceDescriptions })`: what each enum value does (subcommand descriptions) */
  choiceDescriptions?: Record<string, string>;
}

/** Reads what Discord needs to know about one zod field, looking through wrappers. */
export function describeField(field: z.ZodType): FieldShape {
  let node: z.ZodType = field;
  let required = true;
  let description: string | undefined;
  let subcommands: string[] | undefined;
  let choiceDescriptions: Record<string, string> | undefined;
  for (let depth = 0; depth < 10; depth++) {
    const meta = z.globalRegistry.get(node) as { description?: string; subcommands?: unknown; choiceDescriptions?: Record<string, string> } | undefined;
    description ??= meta?.description ?? node.description;
    choiceDescriptions ??= meta?.choiceDescriptions;
    if (!subcommands && Array.isArray(meta?.subcommands)) subcommands = meta.subcommands.map(String);
    const def = (node as unknown as { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } }).def;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault' || def.type === 'catch') {
      required = false;
      node = def.innerType!;
    } else if (def.type === 'nullable' || def.type === 'readonly' || def.type === 'nonoptional') {
      node = def.innerType!;
    } else if (def.type === 'pipe') {
      node = def.in!;
    } else break;
  }
  const base: Pick<FieldShape, 'required' | 'description' | 'subcommands' | 'choiceDescriptions'> = {
    required,
    ...(description ? { description } : {}),
    ...(subcommands ? { subcommands } : {}),
    ...(choiceDescriptions ? { choiceDescriptions } : {}),
  };
  if (node instanceof z.ZodEnum) return { ...base, kind: 'string', choices: node.options.map(String) };
  if (node instanceof z.ZodLiteral) return { ...base, kind: 'string', choices: [...node.values].map(String) };
  if (node instanceof z.ZodBoolean) return { ...base, kind: 'boolean' };
  if (node instanceof z.ZodNumber) {
    const finite = (n: number | null) => (n !== null && Number.isFinite(n) && Math.abs(n) < 2 ** 53 ? n : undefined);
    const min = finite(node.minValue);
    const max = finite(node.maxValue);
    return { ...base, kind: node.isInt ? 'integer' : 'number', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  }
  if (node instanceof z.ZodString) {
    return {
      ...base,
      kind: 'string',
      ...(node.minLength !== null && node.minLength > 0 ? { minLength: Math.min(node.minLength, 6000) } : {}),
      ...(node.maxLength !== null ? { maxLength: Math.min(node.maxLength, 6000) } : {}),
    };
  }
  // unions and anything else: let the user type it and the schema judge it
  return { ...base, kind: 'string' };
}

/** Discord option names are lowercase: `maxSentences` is shown as `max_sentences`. */
export function discordOptionName(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).slice(0, COMMAND_LIMITS.name);
}

function fitDescription(text: string | undefined, fallback: string): string {
  const t = (text ?? '').trim() || fallback;
  return t.length <= COMMAND_LIMITS.description ? t : `${t.slice(0, COMMAND_LIMITS.description - 1)}…`;
}

const OPTION_TYPE = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  number: ApplicationCommandOptionType.Number,
  boolean: ApplicationCommandOptionType.Boolean,
} as const;

function optionJSON(field: string, shape: FieldShape, autocomplete: boolean): APIApplicationCommandBasicOption {
  const common = {
    name: discordOptionName(field),
    description: fitDescription(shape.description, field.replace(/([A-Z])/g, ' $1').toLowerCase()),
    required: shape.required,
  };
  switch (shape.kind) {
    case 'boolean':
      return { ...common, type: ApplicationCommandOptionType.Boolean };
    case 'integer':
    case 'number':
      return {
        ...common,
        type: OPTION_TYPE[shape.kind],
        ...(shape.min !== undefined ? { min_value: shape.min } : {}),
        ...(shape.max !== undefined ? { max_value: shape.max } : {}),
      } as APIApplicationCommandBasicOption;
    case 'string': {
      const choices = shape.choices && shape.choices.length <= COMMAND_LIMITS.choicesPerOption ? shape.choices : undefined;
      return {
        ...common,
        type: ApplicationCommandOptionType.String,
        ...(choices ? { choices: choices.map((c) => ({ name: c, value: c })) } : autocomplete ? { autocomplete: true } : {}),
        ...(shape.minLength !== undefined ? { min_length: shape.minLength } : {}),
        ...(shape.maxLength !== undefined ? { max_length: shape.maxLength } : {}),
      } as APIApplicationCommandBasicOption;
    }
  }
}

/** Options in the order Discord accepts: every required option before the optional ones. */
function optionsFor(command: CommandDefinition, subcommand?: string): APIApplicationCommandBasicOption[] {
  const hidden = new Set([...(command.meta?.hiddenOptions ?? []), ...(command.meta?.subcommandOption ? [command.meta.subcommandOption] : [])]);
  const article = new Set(command.meta?.articleOptions ?? []);
  const out: APIApplicationCommandBasicOption[] = [];
  for (const [field, schema] of Object.entries(command.options.shape)) {
    if (hidden.has(field)) continue;
    const shape = describeField(schema as z.ZodType);
    if (subcommand && shape.subcommands && !shape.subcommands.includes(subcommand)) continue;
    out.push(optionJSON(field, shape, article.has(field)));
  }
  return [...out.filter((o) => o.required), ...out.filter((o) => !o.required)].slice(0, COMMAND_LIMITS.optionsPerCommand);
}

export function slashCommandJSON(command: CommandDefinition): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const base = {
    type: ApplicationCommandType.ChatInput as const,
    name: command.name.toLowerCase(),
    description: fitDescription(command.description, command.name),
  };
  const sub = command.meta?.subcommandOption;
  const subField = sub ? (command.options.shape[sub] as z.ZodType | undefined) : undefined;
  const subShape = subField ? describeField(subField) : undefined;
  const values = subShape?.choices;
  if (!values?.length) return { ...base, options: optionsFor(command) };
  const perValue = subShape?.choiceDescriptions;
  const options: APIApplicationCommandSubcommandOption[] = values.map((value) => ({
    type: ApplicationCommandOptionType.Subcommand,
    name: discordOptionName(value),
    description: fitDescription(perValue?.[value] ?? `${value}: ${command.description}`, value),
    options: optionsFor(command, value),
  }));
  return { ...base, options };
}

function messageMenuJSON(name: string): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return { type: ApplicationCommandType.Message, name };
}

/** Every command Discord should know, for a bulk overwrite. Aliases are not registered. */
export function commandDefinitions(commands: readonly CommandDefinition[]): RESTPostAPIApplicationCommandsJSONBody[] {
  const names = new Set(commands.map((c) => c.name));
  return [
    ...commands.map(slashCommandJSON),
    ...MESSAGE_MENUS.filter((m) => names.has(m.command)).map((m) => messageMenuJSON(m.name)),
  ];
}

/**
 * Turns an interaction's options into the command's zod input: Discord names back to field
 * names, a chosen subcommand into the subcommand option's value.
 */
export function optionsFromInteraction(command: CommandDefinition, data: readonly CommandInteractionOption[]): Record<string, unknown> {
  const byDiscordName = new Map(Object.keys(command.options.shape).map((f) => [discordOptionName(f), f]));
  const out: Record<string, unknown> = {};
  const read = (opts: readonly CommandInteractionOption[]) => {
    for (const o of opts) {
      if (o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup) {
        const sub = command.meta?.subcommandOption;
        if (sub) {
          const field = command.options.shape[sub] as z.ZodType | undefined;
          const value = (field ? describeField(field).choices : undefined)?.find((c) => discordOptionName(c) === o.name) ?? o.name;
          out[sub] = value;
        }
        read(o.options ?? []);
      } else if (o.value !== undefined) {
        out[byDiscordName.get(o.name) ?? o.name] = o.value;
      }
    }
  };
  read(data);
  return out;
}

/** The zod field behind a Discord option name (for autocomplete). */
export function fieldForOption(command: CommandDefinition, discordName: string): string | undefined {
  return Object.keys(command.options.shape).find((f) => discordOptionName(f) === discordName);
}
