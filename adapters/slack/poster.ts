/**
 * Unprompted posts (scheduled digests) with `chat.postMessage`. Slack allows about one message
 * per second per channel; the WebClient waits out 429s with Retry-After by itself.
 */
import type { ChannelPoster } from '../../src/core/posters.js';
import { ChannelGoneError } from '../../src/core/posters.js';
import type { ChatApi } from './delivery.js';
import { renderMessages } from './split.js';

/** Slack errors meaning the bot can no longer post in the channel. */
const GONE = new Set(['channel_not_found', 'not_in_channel', 'is_archived']);

export function slackPoster(api: ChatApi): ChannelPoster {
  return {
    async post(channel, reply) {
      for (const message of renderMessages(reply)) {
        try {
          await api.chat.postMessage({ channel: channel.id, text: message.text, blocks: message.blocks });
        } catch (err) {
          const code = (err as { data?: { error?: string } }).data?.error;
          if (code && GONE.has(code)) throw new ChannelGoneError(`Slack channel ${channel.id}: ${code}`);
          throw err;
        }
      }
    },
  };
}
