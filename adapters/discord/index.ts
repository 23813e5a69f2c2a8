/**
 * The Discord adapter: a discord.js gateway client that answers slash commands, message
 * context-menu commands and autocomplete through the core, and posts scheduled digests.
 *
 * Intents: `Guilds` is all interactions need. With DISCORD_MESSAGE_CONTENT=true (the
 * privileged intent, enabled in the developer portal) it also reads channel messages to
 * record the article links people share, so /articles and autocomplete know them.
 *
 * Scaling: one gateway session per shard. Every session on a shard receives every
 * INTERACTION_CREATE, so two instances of this process on one token would answer each command
 * twice (the slower one failing with 40060 "already acknowledged"). For a large bot run
 * discord.js's ShardingManager (one process per shard range), or move to an HTTP
 * Interactions Endpoint behind a load balancer; never run two unsharded copies.
 */
import { Client, DiscordAPIError, Events, GatewayIntentBits, Routes, type Message } from 'discord.js';
import type { Core } from '../../src/app.js';
import { channelKey } from '../../src/core/context.js';
import { ChannelGoneError } from '../../src/core/posters.js';
import type { Reply } from '../../src/core/reply.js';
import { createInteractionHandler, type InteractionOptions } from './interactions.js';
import { POLICY } from './limits.js';
import { linksInText } from './links.js';
import { renderReply } from './render.js';

export interface DiscordAdapter {
  client: Client;
  stop(): Promise<void>;
}

export interface DiscordOptions extends InteractionOptions {
  /** give up if the gateway is not ready by then */
  readyTimeoutMs?: number;
}

/** Discord error codes meaning the bot can no longer post in a channel. */
const CHANNEL_GONE_CODES = new Set([10003 /* Unknown Channel */, 50001 /* Missing Access */]);

export async function startDiscord(core: Core, opts: DiscordOptions = {}): Promise<DiscordAdapter> {
  const { DISCORD_TOKEN: token, DISCORD_API_URL: api, DISCORD_MESSAGE_CONTENT: readMessages } = core.config;
  if (!token) throw new Error('DISCORD_TOKEN is not set');
  const log = core.log.child({ adapter: 'discord' });
  const intents = [GatewayIntentBits.Guilds, ...(readMessages ? [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] : [])];
  const client = new Client({ intents, ...(api ? { rest: { api } } : {}) });

  const handle = createInteractionHandler(core, opts);
  client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
  if (readMessages) client.on(Events.MessageCreate, (message) => void recordSharedLinks(core, message).catch((err: unknown) => log.warn({ err }, 'recording links failed')));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard) => log.info({ shard }, 'gateway resumed'));
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));

  core.posters.register('discord', {
    post: async (channel, reply) => postToChannel(client, channel.id, reply),
  });

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Discord gateway not ready in time')), opts.readyTimeoutMs ?? 60_000);
    client.once(Events.ClientReady, (c) => {
      clearTimeout(timer);
      log.info({ user: c.user.tag, guilds: c.guilds.cache.size, messageContent: Boolean(readMessages) }, 'discord ready');
      resolve();
    });
  });
  await client.login(token);
  await ready;

  return {
    client,
    stop: async () => {
      await client.destroy();
    },
  };
}

/** Posts a reply (split into as many messages as it needs) to a channel, for digests. */
export async function postToChannel(client: Client, channelId: string, reply: Reply): Promise<void> {
  try {
    for (const message of renderReply(reply)) {
      await client.rest.post(Routes.channelMessages(channelId), { body: message });
    }
  } catch (e) {
    if (e instanceof DiscordAPIError && typeof e.code === 'number' && CHANNEL_GONE_CODES.has(e.code)) {
      throw new ChannelGoneError(`Discord channel ${channelId}: ${e.message}`);
    }
    throw e;
  }
}

/** With the MessageContent intent: remember the links people share, for /articles and autocomplete. */
async function recordSharedLinks(core: Core, message: Message): Promise<void> {
  if (message.author.bot || !message.inGuild()) return;
  const key = channelKey({ platform: 'discord', id: message.channelId, workspace: message.guildId });
  for (const url of linksInText(message.content).slice(0, POLICY.linksPerMessage)) {
    await core.services.articles.noteSharedLink(key, url, message.author.id);
  }
}
