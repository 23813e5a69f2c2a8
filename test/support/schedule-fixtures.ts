/**
 * Test helpers for digests: a poster that records what it posts (and can play a channel the bot
 * was removed from), and three short articles written for these tests — two outlets on one
 * story, one unrelated piece.
 */
import { ChannelGoneError, type ChannelPoster } from '../../src/core/posters.js';
import type { ChannelRef } from '../../src/core/context.js';
import { replyToPlainText, type Reply } from '../../src/core/reply.js';
import { articleFromText, type Article } from '../../src/ingest/article.js';
import type { ChannelStore } from '../../src/store/channel.js';

export interface RecordedPost {
  channel: ChannelRef;
  reply: Reply;
  text: string;
  at: number;
}

export class RecordingPoster implements ChannelPoster {
  readonly posts: RecordedPost[] = [];
  /** every call, including the ones that failed */
  attempts = 0;
  /** channel ids the bot has been "removed from" */
  readonly gone = new Set<string>();

  async post(channel: ChannelRef, reply: Reply): Promise<void> {
    this.attempts++;
    if (this.gone.has(channel.id)) throw new ChannelGoneError(`not_in_channel: ${channel.id}`);
    this.posts.push({ channel, reply, text: replyToPlainText(reply), at: Date.now() });
  }
}

export const FERRY_HERALD = `Island ferry service cut to three sailings a day

The ferry link between Port Avel and the island of Marrow will drop to three sailings a day from next month, the operator Marrow Lines said on Tuesday.

"We cannot keep running empty boats through the winter while fuel costs stay this high," said Dana Whitlock, the chief executive of Marrow Lines.

The operator blamed a 40% rise in fuel prices since January. Islanders said the cut would make it harder to reach the hospital in Port Avel.

"Three sailings means a whole day lost for a twenty-minute appointment," said Ruth Okafor, who chairs the Marrow community council.`;

export const FERRY_GAZETTE = `Marrow ferry timetable cut as fuel bills climb

Marrow Lines will cut the Port Avel ferry to three sailings a day next month, blaming a 35% rise in fuel prices.

"We cannot keep running empty boats through the winter while fuel costs stay this high," chief executive Dana Whitlock said in a statement.

The regional transport board said it had not been consulted. "A lifeline route should never be cut without a word to the people who rely on it," said board chair Tomas Lind.

Islanders plan a public meeting at the Marrow community hall on Friday evening.`;

export const LIBRARY_POST = `City library to open on Sundays after volunteer drive

The central library in Brennick will open on Sundays from April after more than two hundred residents signed up as volunteers, the city council announced.

"People asked for it, and then they turned up to make it happen," said councillor Maya Ferreira, who leads on culture for the council.

Sunday opening will run from eleven in the morning to four in the afternoon, with a reading hour for children at noon.`;

export function fixtureArticles(): { heraldFerry: Article; gazetteFerry: Article; library: Article } {
  return {
    heraldFerry: articleFromText(FERRY_HERALD, { url: 'https://herald.example/ferry-cut', site: 'Island Herald' }),
    gazetteFerry: articleFromText(FERRY_GAZETTE, { url: 'https://gazette.example/marrow-ferry', site: 'Coast Gazette' }),
    library: articleFromText(LIBRARY_POST, { url: 'https://post.example/library-sundays', site: 'Brennick Post' }),
  };
}

/** Saves an article and records it as shared in a channel now. */
export async function shareArticle(store: ChannelStore, channel: string, article: Article, sharedBy = 'U1'): Promise<void> {
  await store.saveArticle(article);
  await store.recordArticle(channel, {
    articleId: article.id,
    ...(article.title ? { title: article.title } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(article.site ? { site: article.site } : {}),
    sharedBy,
    sharedAt: Date.now(),
    source: 'url',
  });
}
