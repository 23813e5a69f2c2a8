/**
 * Loads every command file in commands/ (one command per file, default export) and finds a
 * command by name or alias.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { CommandDefinition } from './command.js';

export class Registry {
  private readonly byName = new Map<string, CommandDefinition>();

  constructor(readonly commands: readonly CommandDefinition[]) {
    for (const c of commands) {
      for (const name of [c.name, ...(c.aliases ?? [])]) {
        if (this.byName.has(name)) throw new Error(`two commands are called ${name}`);
        this.byName.set(name, c);
      }
    }
  }

  find(name: string): CommandDefinition | undefined {
    return this.byName.get(name.replace(/^\//, '').toLowerCase());
  }
}

const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

export async function loadRegistry(dir: string = COMMANDS_DIR): Promise<Registry> {
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js|mjs)$/.test(f) && !/\.(d|test)\.ts$/.test(f))
    .sort();
  const commands: CommandDefinition[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: CommandDefinition };
    if (!mod.default?.name || typeof mod.default.run !== 'function') {
      throw new Error(`commands/${file} must export a command (export default defineCommand({...}))`);
    }
    commands.push(mod.default);
  }
  return new Registry(commands);
}
