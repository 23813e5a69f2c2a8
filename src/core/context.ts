/**
 * What a command handler gets: who asked, where, and the services of the core.
 * Adapters build one per invocation; commands never see platform objects.
 */
import type { Logger } from 'pino';
import type { ChannelStore } from '../store/channel.js';
import type { AnalysisCache } from '../store/cache.js';
import type { ArticleResolver } from '../ingest/resolve.js';
import type { DigestService } from '../schedule/service.js';
import type { CommandDefinition } from './command.js';

export interface ChannelRef {
  /** 'slack' | 'discord' | 'shell' | 'cli' | … */
  platform: string;
  /** the platform's channel id (Slack C…, Discord snowflake, 'local' in the terminal) */
  id: string;
  /** Slack team / Discord guild, when there is one */
  workspace?: string;
}

export interface UserRef {
  id: string;
  name?: string;
}

export interface Services {
  /** every command, for /help and for adapters that register commands */
  commands: readonly CommandDefinition[];
  store: ChannelStore;
  cache: AnalysisCache;
  articles: ArticleResolver;
  /** absent where no scheduler runs (one-shot CLI) */
  digests?: DigestService;
  log: Logger;
}

export interface CommandContext {
  requestId: string;
  channel: ChannelRef;
  user: UserRef;
  services: Services;
  log: Logger;
  /** true in the terminal and CLI: article options may name a local file */
  allowFiles?: boolean;
}

/** The key a channel's context is stored under: platform-qualified so ids never collide. */
export function channelKey(channel: ChannelRef): string {
  return `${channel.platform}:${channel.workspace ? `${channel.workspace}:` : ''}${channel.id}`;
}
