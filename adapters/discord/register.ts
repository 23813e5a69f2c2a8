/**
 * `npm run register`: tells Discord about Nutgraf's commands with one bulk overwrite, built
 * from the same declarations the dispatcher validates against. To DISCORD_GUILD_ID when set
 * (instant, good for testing), otherwise globally (may take a while to appear everywhere).
 *
 *   npm run register              guild if DISCORD_GUILD_ID is set, else global
 *   npm run register -- --global  global even if DISCORD_GUILD_ID is set
 *   npm run register -- --print   print the JSON, send nothing
 *
 * A bulk overwrite replaces the whole set: commands no longer declared disappear.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { REST, Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { ConfigError, loadConfig, loadDotEnv, type Config } from '../../src/config.js';
import { loadRegistry } from '../../src/core/registry.js';
import type { CommandDefinition } from '../../src/core/command.js';
import { commandDefinitions } from './definitions.js';

export interface RegisterResult {
  scope: 'global' | `guild ${string}`;
  registered: { id: string; name: string; type: number }[];
}

export async function registerCommands(
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_GUILD_ID' | 'DISCORD_API_URL'>,
  commands: readonly CommandDefinition[],
  opts: { global?: boolean } = {},
): Promise<RegisterResult> {
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: appId } = config;
  if (!token || !appId) throw new ConfigError(['DISCORD_TOKEN and DISCORD_APPLICATION_ID are needed to register commands']);
  const guildId = opts.global ? undefined : config.DISCORD_GUILD_ID;
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(token);
  const body: RESTPostAPIApplicationCommandsJSONBody[] = commandDefinitions(commands);
  const route = guildId ? Routes.applicationGuildCommands(appId, guildId) : Routes.applicationCommands(appId);
  const registered = (await rest.put(route, { body })) as RegisterResult['registered'];
  return { scope: guildId ? `guild ${guildId}` : 'global', registered };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { global: { type: 'boolean' }, print: { type: 'boolean' } } });
  loadDotEnv();
  const registry = await loadRegistry();
  if (values.print) {
    process.stdout.write(`${JSON.stringify(commandDefinitions(registry.commands), null, 2)}\n`);
    return;
  }
  const config = loadConfig();
  const result = await registerCommands(config, registry.commands, { global: Boolean(values.global) });
  process.stdout.write(`Registered ${result.registered.length} commands (${result.scope}): ${result.registered.map((c) => c.name).join(', ')}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    process.stderr.write(`register: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(e instanceof ConfigError ? 2 : 1);
  });
}
