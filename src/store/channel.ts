/**
 * Per-channel context: the articles shared in a channel (numbered refs #1, #2, …), the
 * channel's settings and its digest schedule, as small records rather than one blob.
 *
 * Appends never lose updates: each article entry claims its ref number with the store's atomic
 * `add`, so two processes appending at once get different numbers. A count record is only a
 * hint for where to start; readers probe past it.
 */
import type { KV } from './kv.js';
import type { Article } from '../ingest/article.js';

export interface ArticleEntry {
  ref: number;
  /** absent for a link seen in a message but not fetched yet */
  articleId?: string;
  title?: string;
  url?: string;
  site?: string;
  /** user id of whoever shared or first analysed it */
  sharedBy?: string;
  /** epoch ms */
  sharedAt: number;
  source: 'url' | 'paste' | 'file' | 'message';
}

export interface ChannelSettings {
  /** post "nothing new since …" when a digest has no articles */
  digestSilentWhenEmpty?: boolean;
  /** IANA time zone used when a schedule gives none */
  timezone?: string;
}

const DAY = 24 * 3600 * 1000;

export class ChannelStore {
  /** per-key promise chains: appends from one process go one at a time (fewer collisions) */
  private readonly chains = new Map<string, Promise<unknown>>();

  constructor(
    readonly kv: KV,
    /** how long article texts and analyses are kept */
    readonly articleTtlMs: number = 30 * DAY,
  ) {}

  // ---- articles (text, shared by every channel) --------------------------------------------

  /** Keeps an article's text; `urls` (the link as given and after redirects) find it again without a fetch. */
  async saveArticle(article: Article, urls: string[] = article.url ? [article.url] : []): Promise<void> {
    await this.kv.set(`article:${article.id}`, article, this.articleTtlMs);
    for (const url of new Set(urls)) await this.kv.set(`url:${url}`, article.id, this.articleTtlMs);
  }

  async loadArticleByUrl(url: string): Promise<Article | undefined> {
    const id = await this.kv.get<string>(`url:${url}`);
    return id ? this.loadArticle(id) : undefined;
  }

  async loadArticle(articleId: string): Promise<Article | undefined> {
    return this.kv.get<Article>(`article:${articleId}`);
  }

  // ---- a channel's list of shared articles --------------------------------------------------

  /**
   * Records an article in a channel and returns its entry. The same article recorded twice in
   * one channel keeps its first ref.
   */
  async recordArticle(channel: string, entry: Omit<ArticleEntry, 'ref'>): Promise<ArticleEntry> {
    const dedupe = `ch:${channel}:seen:${entry.articleId ?? entry.url}`;
    const existing = await this.kv.get<number>(dedupe);
    if (existing !== undefined) {
      const found = await this.kv.get<ArticleEntry>(`ch:${channel}:a:${existing}`);
      if (found) return found;
    }
    const recorded = await this.serialised(channel, async () => {
      let ref = (await this.kv.get<number>(`ch:${channel}:count`)) ?? 0;
      for (;;) {
        ref++;
        const candidate: ArticleEntry = { ...entry, ref };
        if (await this.kv.add(`ch:${channel}:a:${ref}`, candidate)) {
          await this.kv.set(`ch:${channel}:count`, ref);
          return candidate;
        }
      }
    });
    await this.kv.set(dedupe, recorded.ref);
    if (entry.articleId && entry.url) await this.kv.set(`ch:${channel}:seen:${entry.url}`, recorded.ref);
    return recorded;
  }

  /** Fills in what fetching a message's link taught us (id, title) without changing its ref. */
  async completeEntry(channel: string, entry: ArticleEntry): Promise<void> {
    await this.kv.set(`ch:${channel}:a:${entry.ref}`, entry);
    if (entry.articleId) await this.kv.set(`ch:${channel}:seen:${entry.articleId}`, entry.ref);
  }

  /** All entries of a channel in ref order. */
  async listArticles(channel: string): Promise<ArticleEntry[]> {
    const hint = (await this.kv.get<number>(`ch:${channel}:count`)) ?? 0;
    const keys = Array.from({ length: hint }, (_, i) => `ch:${channel}:a:${i + 1}`);
    const entries = (await this.kv.getMany<ArticleEntry>(keys)).filter((e): e is ArticleEntry => !!e);
    // another process may have appended after the hint was written
    for (let ref = hint + 1; ; ref++) {
      const next = await this.kv.get<ArticleEntry>(`ch:${channel}:a:${ref}`);
      if (!next) break;
      entries.push(next);
    }
    return entries;
  }

  async getEntry(channel: string, ref: number): Promise<ArticleEntry | undefined> {
    return this.kv.get<ArticleEntry>(`ch:${channel}:a:${ref}`);
  }

  async lastEntry(channel: string): Promise<ArticleEntry | undefined> {
    const all = await this.listArticles(channel);
    return all.at(-1);
  }

  /** Entries shared after a time (epoch ms): what a digest covers. */
  async entriesSince(channel: string, since: number): Promise<ArticleEntry[]> {
    return (await this.listArticles(channel)).filter((e) => e.sharedAt > since);
  }

  // ---- settings and schedule ------------------------------------------------------------------

  async getSettings(channel: string): Promise<ChannelSettings> {
    return (await this.kv.get<ChannelSettings>(`ch:${channel}:settings`)) ?? {};
  }

  async updateSettings(channel: string, patch: Partial<ChannelSettings>): Promise<ChannelSettings> {
    return this.serialised(`${channel}:settings`, async () => {
      const next = { ...(await this.getSettings(channel)), ...patch };
      await this.kv.set(`ch:${channel}:settings`, next);
      return next;
    });
  }

  async getRecord<T>(channel: string, name: string): Promise<T | undefined> {
    return this.kv.get<T>(`ch:${channel}:${name}`);
  }

  async setRecord<T>(channel: string, name: string, value: T | undefined): Promise<void> {
    if (value === undefined) await this.kv.delete(`ch:${channel}:${name}`);
    else await this.kv.set(`ch:${channel}:${name}`, value);
  }

  private serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.chains.set(key, settled);
    void settled.then(() => {
      if (this.chains.get(key) === settled) this.chains.delete(key);
    });
    return next;
  }
}
