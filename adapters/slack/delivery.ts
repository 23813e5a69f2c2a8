/**
 * Sends an answer's messages to the user: through the response_url while it has uses left
 * (Slack allows 5 within 30 minutes), then through the Web API — `chat.postEphemeral` for a
 * private answer, `chat.postMessage` for a public one — so a long answer is never cut short.
 */
import type { Logger } from 'pino';
import { SLACK_LIMITS } from './limits.js';
import type { SlackMessage } from './blocks.js';

/** Posts a JSON body to a response_url (Bolt's `respond`, seen structurally). */
export type ResponseUrlPoster = (body: Record<string, unknown>) => Promise<unknown>;

/** The Web API calls delivery falls back on (a subset of Bolt's WebClient). */
export interface ChatApi {
  chat: {
    postMessage(args: Record<string, unknown>): Promise<unknown>;
    postEphemeral(args: Record<string, unknown>): Promise<unknown>;
  };
}

export type Visibility = 'ephemeral' | 'in_channel';

export interface DeliverOptions {
  /** the first message replaces the one the response_url belongs to ("working on it…") */
  replaceOriginal?: boolean;
  /** after posting, delete the message the response_url belongs to (an ephemeral notice) */
  deleteOriginal?: boolean;
}

/** One response_url and its remaining uses, with the Web API behind it. */
export class ResponseUrl {
  private used = 0;
  private dead = false;

  constructor(
    private readonly post: ResponseUrlPoster | undefined,
    private readonly api: ChatApi,
    private readonly where: { channelId: string; userId: string },
    private readonly log: Logger,
  ) {}

  get remaining(): number {
    return this.dead || !this.post ? 0 : SLACK_LIMITS.responseUrlUses - this.used;
  }

  /** Sends through the response_url if a use is left (keeping `reserve` uses back); false when it could not. */
  async send(body: Record<string, unknown>, reserve = 0): Promise<boolean> {
    if (!this.post || this.remaining - reserve <= 0) return false;
    this.used++;
    try {
      await this.post(body);
      return true;
    } catch (err) {
      // expired or used up on Slack's side: stop using it, the Web API takes over
      this.dead = true;
      this.log.warn({ err }, 'response_url refused a message');
      return false;
    }
  }

  async deliver(messages: SlackMessage[], visibility: Visibility, opts: DeliverOptions = {}): Promise<void> {
    const reserve = opts.deleteOriginal ? 1 : 0;
    for (const [i, message] of messages.entries()) {
      const body = {
        response_type: visibility,
        replace_original: i === 0 && Boolean(opts.replaceOriginal),
        text: message.text,
        blocks: message.blocks,
      };
      if (await this.send(body, reserve)) continue;
      await this.viaWebApi(message, visibility);
    }
    // Slack requires delete_original to be the only attribute
    if (opts.deleteOriginal) await this.send({ delete_original: true });
  }

  private async viaWebApi(message: SlackMessage, visibility: Visibility): Promise<void> {
    const { channelId: channel, userId: user } = this.where;
    try {
      if (visibility === 'in_channel') await this.api.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
      else await this.api.chat.postEphemeral({ channel, user, text: message.text, blocks: message.blocks });
    } catch (err) {
      this.log.warn({ err, channel, visibility }, 'could not post a follow-up message');
    }
  }
}
