/**
 * A command is declared once — name, description, options as a zod object, how to read its
 * options from free text, the handler — and every adapter registers from that declaration
 * (terminal help, Slack manifest, Discord registration).
 */
import type { z } from 'zod';
import type { Reply } from './reply.js';
import type { CommandContext } from './context.js';

export interface CommandMeta {
  /** options whose value names an article (URL, #ref, `last`, pasted text): Discord autocompletes them */
  articleOptions?: string[];
  /** an enum option that Discord shows as subcommands (digest: now | schedule | off | status) */
  subcommandOption?: string;
  /** options Discord should not show (free-text leftovers such as pasted text) */
  hiddenOptions?: string[];
}

export interface CommandDefinition<S extends z.ZodObject = z.ZodObject> {
  name: string;
  /** other names users may type (`summarize`) */
  aliases?: string[];
  /** one line, ≤ 100 characters (Discord's limit for command descriptions) */
  description: string;
  /** a few lines of usage with examples, shown by /help <command> */
  help: string;
  options: S;
  /** Reads options from what a user typed after the command (Slack, terminal, CLI). */
  parseText(text: string): unknown;
  run(ctx: CommandContext, options: z.output<S>): Promise<Reply>;
  meta?: CommandMeta;
}

/** Helps each command file keep the types of its schema without repeating them. */
export function defineCommand<S extends z.ZodObject>(def: CommandDefinition<S>): CommandDefinition<S> {
  return def;
}

/**
 * The words of what a user typed. Commands read option words only at the start (and, after a
 * link or reference, at the end), so pasted article text is never mistaken for options.
 */
export function splitWords(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}
