/**
 * Channel context from what people share: links in ordinary channel messages (`message`
 * events) and unfurlable links (`link_shared`) are recorded so that `/summarise last` and `#3`
 * refer to them. Nothing is fetched here; an article is fetched when first asked about.
 */
import type { App } from '@slack/bolt';
import type { Core } from '../../src/app.js';
import { channelKey } from '../../src/core/context.js';
import { linksInSlackText } from './text.js';

/** Message subtypes that carry a newly shared message (edits and deletions do not). */
const SHARING_SUBTYPES = new Set([undefined, 'bot_message', 'thread_broadcast', 'file_share', 'me_message']);

export function registerLinkCollection(app: App, core: Core): void {
  const recorder = new LinkRecorder(core);

  app.event('message', async ({ event, body }) => {
    const e = event as { subtype?: string; text?: string; channel: string; user?: string; team?: string };
    if (!SHARING_SUBTYPES.has(e.subtype)) return;
    const links = linksInSlackText(e.text ?? '');
    if (links.length === 0) return;
    await recorder.record(e.team ?? body.team_id, e.channel, links, e.user);
  });

  app.event('link_shared', async ({ event, body }) => {
    // links shared in a message composer before posting carry this pseudo channel
    if (event.channel === 'COMPOSER') return;
    const links = event.links.map((l) => l.url).filter((u) => /^https?:\/\//i.test(u));
    await recorder.record(body.team_id, event.channel, links, event.user);
  });
}

/**
 * Records links one channel at a time: a link usually arrives twice at once (its `message`
 * event and its `link_shared` event) and the store deduplicates only what it has already seen.
 */
class LinkRecorder {
  private readonly chains = new Map<string, Promise<void>>();

  constructor(private readonly core: Core) {}

  async record(team: string | undefined, channelId: string, links: string[], userId?: string): Promise<void> {
    const key = channelKey({ platform: 'slack', id: channelId, ...(team ? { workspace: team } : {}) });
    const previous = this.chains.get(key) ?? Promise.resolve();
    const next = previous.then(async () => {
      for (const url of links) {
        try {
          await this.core.services.articles.noteSharedLink(key, url, userId);
        } catch (err) {
          this.core.log.warn({ err, channel: key }, 'could not record a shared link');
        }
      }
    });
    this.chains.set(key, next);
    try {
      await next;
    } finally {
      if (this.chains.get(key) === next) this.chains.delete(key);
    }
  }
}
