/**
 * The Slack app manifest, built from the command declarations (descriptions and usage hints
 * come from each command's `description` and `help`). `slack/manifest.json` is this with the
 * default names; regenerate it after changing a command:
 *   npx tsx -e "import('./adapters/slack/manifest.js').then(m => m.writeManifest())"
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CommandDefinition } from '../../src/core/command.js';
import { loadRegistry } from '../../src/core/registry.js';
import { MANIFEST_COMMANDS, UMBRELLA, slashName } from './names.js';
import { SUMMARISE_SHORTCUT } from './interactivity.js';
import { EVENTS_PATH } from './paths.js';

export const BOT_SCOPES = [
  'commands', // slash commands and the message shortcut
  'chat:write', // answers beyond a response_url's five uses, scheduled digests
  'chat:write.public', // digests and follow-ups in public channels the bot has not been invited to
  'channels:history', // message.channels: links shared in public channels
  'groups:history', // message.groups: links shared in private channels the bot is in
  'links:read', // link_shared, for domains listed under unfurl_domains
];

export const BOT_EVENTS = ['message.channels', 'message.groups', 'link_shared'];

export interface ManifestOptions {
  host?: string;
  prefix?: string;
}

export function buildManifest(commands: readonly CommandDefinition[], opts: ManifestOptions = {}): Record<string, unknown> {
  const url = `https://${opts.host ?? 'YOUR_HOST'}${EVENTS_PATH}`;
  const prefix = opts.prefix ?? '';
  const find = (name: string) => commands.find((c) => c.name === name || c.aliases?.includes(name));
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'Nutgraf',
      description: 'Summaries, who-said-what and comparisons of news articles, quoted verbatim.',
      background_color: '#1f2a44',
    },
    features: {
      bot_user: { display_name: 'Nutgraf', always_online: true },
      slash_commands: MANIFEST_COMMANDS.map((name) => {
        const declared = name === UMBRELLA ? undefined : find(name);
        const hint = usageHint(declared) ?? (name === UMBRELLA ? 'help | <command> …' : undefined);
        return {
          command: slashName(name, prefix),
          url,
          description: truncate(declared?.description ?? (name === UMBRELLA ? 'Help, or any Nutgraf command: /nutgraf help · /nutgraf summarise <link>' : `Nutgraf ${name}`), 100),
          ...(hint ? { usage_hint: truncate(hint, 100) } : {}),
          should_escape: false,
        };
      }),
      shortcuts: [
        {
          name: 'Summarise article',
          type: 'message',
          callback_id: SUMMARISE_SHORTCUT,
          description: 'Summarise the article linked in this message',
        },
      ],
    },
    oauth_config: { scopes: { bot: BOT_SCOPES } },
    settings: {
      event_subscriptions: { request_url: url, bot_events: BOT_EVENTS },
      interactivity: { is_enabled: true, request_url: url },
      org_deploy_enabled: false,
      socket_mode_enabled: false,
      token_rotation_enabled: false,
    },
  };
}

/** `Usage: /digest now · /digest off` → `now | off`; `Usage: /summarise [short] <link>` → `[short] <link>` */
function usageHint(command: CommandDefinition | undefined): string | undefined {
  const line = command?.help.split('\n').find((l) => l.startsWith('Usage:'));
  if (!line) return undefined;
  const variants = line
    .replace(/^Usage:\s*/, '')
    .split(' · ')
    .map((v) => v.replace(/^\/\S+\s*/, '').trim())
    .filter(Boolean);
  return variants.length ? variants.join(' | ') : undefined;
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export async function writeManifest(path = fileURLToPath(new URL('../../slack/manifest.json', import.meta.url))): Promise<void> {
  const registry = await loadRegistry();
  writeFileSync(path, `${JSON.stringify(buildManifest(registry.commands), null, 2)}\n`);
}
