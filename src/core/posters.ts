/**
 * Unprompted posting (scheduled digests): each running adapter registers how to post a Reply
 * to one of its channels; the scheduler looks the platform up here.
 */
import type { ChannelRef } from './context.js';
import type { Reply } from './reply.js';

export interface ChannelPoster {
  post(channel: ChannelRef, reply: Reply): Promise<void>;
}

/** Thrown by a poster when the bot can no longer post in a channel (removed, archived). */
export class ChannelGoneError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChannelGoneError';
  }
}

export class Posters {
  private readonly byPlatform = new Map<string, ChannelPoster>();

  register(platform: string, poster: ChannelPoster): void {
    this.byPlatform.set(platform, poster);
  }

  get(platform: string): ChannelPoster | undefined {
    return this.byPlatform.get(platform);
  }
}
