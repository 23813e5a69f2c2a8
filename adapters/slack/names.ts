/**
 * Slash command names: Slack's `/ng-summarise` → the core's `summarise`. Every command in the
 * registry is reachable (nothing is listed here but the names the manifest documents), and
 * `/nutgraf <command> …` reaches any of them through one registered slash command.
 */
import type { Registry } from '../../src/core/registry.js';

/** The slash commands in slack/manifest.json, before SLACK_COMMAND_PREFIX. */
export const MANIFEST_COMMANDS = ['summarise', 'summarize', 'quotes', 'compare', 'digest', 'articles', 'nutgraf'] as const;

/** The umbrella command: `/nutgraf help`, `/nutgraf summarise <link>`. */
export const UMBRELLA = 'nutgraf';

export function slashName(name: string, prefix: string): string {
  return `/${prefix}${name}`;
}

/** `/ng-summarise` with prefix `ng-` → `summarise`. */
export function baseName(slashCommand: string, prefix: string): string {
  const name = slashCommand.replace(/^\//, '').toLowerCase();
  return prefix && name.startsWith(prefix.toLowerCase()) ? name.slice(prefix.length) : name;
}

export interface Route {
  /** the core command name (or alias) to dispatch */
  command: string;
  text: string;
}

/** Where a slash command goes: its own command, or for the umbrella the command named first. */
export function routeSlashCommand(registry: Registry, slashCommand: string, text: string, prefix: string): Route {
  const name = baseName(slashCommand, prefix);
  if (name !== UMBRELLA) return { command: name, text };
  const [first = '', ...rest] = text.trim().split(/(\s+)/);
  const target = first.replace(/^\//, '').toLowerCase();
  const found = target && target !== UMBRELLA ? registry.find(target) : undefined;
  if (found && found.name !== 'help') return { command: target, text: rest.join('').trim() };
  // `/nutgraf`, `/nutgraf help [cmd]`, `/nutgraf <unknown>`: the help command explains
  return { command: 'help', text };
}
