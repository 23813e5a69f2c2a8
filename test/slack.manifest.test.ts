/**
 * slack/manifest.json: every documented command, pointed at /slack/events, each resolving to a
 * registered command; the scopes its events need; the shortcut the adapter listens for.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../src/core/registry.js';
import { MANIFEST_COMMANDS, routeSlashCommand } from '../adapters/slack/names.js';
import { SUMMARISE_SHORTCUT } from '../adapters/slack/interactivity.js';
import { BOT_EVENTS, BOT_SCOPES, buildManifest } from '../adapters/slack/manifest.js';

interface Manifest {
  features: {
    slash_commands: { command: string; url: string; description: string; usage_hint?: string }[];
    shortcuts: { type: string; callback_id: string; name: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string } };
}

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../slack/manifest.json'), 'utf8')) as Manifest;

describe('slack/manifest.json', () => {
  it('lists every documented command at /slack/events', () => {
    const commands = manifest.features.slash_commands.map((c) => c.command);
    expect(commands).toEqual(MANIFEST_COMMANDS.map((n) => `/${n}`));
    for (const c of manifest.features.slash_commands) {
      expect(c.url).toBe('https://YOUR_HOST/slack/events');
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(100);
    }
    expect(manifest.settings.event_subscriptions.request_url).toBe('https://YOUR_HOST/slack/events');
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: 'https://YOUR_HOST/slack/events' });
  });

  it('has every slash command resolve to a registered command', async () => {
    const registry = await loadRegistry();
    for (const { command } of manifest.features.slash_commands) {
      const route = routeSlashCommand(registry, command, '', '');
      expect(registry.find(route.command), command).toBeDefined();
    }
  });

  it('is what the generator makes of the current declarations (commands, scopes, events)', async () => {
    const built = buildManifest((await loadRegistry()).commands) as unknown as Manifest;
    expect(built.features.slash_commands.map((c) => c.command)).toEqual(manifest.features.slash_commands.map((c) => c.command));
    expect(manifest.oauth_config.scopes.bot).toEqual(BOT_SCOPES);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(BOT_EVENTS);
  });

  it('asks for the scopes its events need, and the shortcut the adapter handles', () => {
    const scopes = manifest.oauth_config.scopes.bot;
    const needs: Record<string, string> = { 'message.channels': 'channels:history', 'message.groups': 'groups:history', link_shared: 'links:read' };
    for (const event of manifest.settings.event_subscriptions.bot_events) expect(scopes, event).toContain(needs[event]);
    expect(scopes).toContain('commands');
    expect(scopes).toContain('chat:write');
    expect(manifest.features.shortcuts).toEqual([expect.objectContaining({ type: 'message', callback_id: SUMMARISE_SHORTCUT, name: 'Summarise article' })]);
  });
});
