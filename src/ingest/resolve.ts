/**
 * Turns what a user typed for an article — a link, `#3`, `last`, pasted text, or (terminal and
 * CLI only) a file path — into an Article, and records it in the channel's context so later
 * commands can refer to it by number.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { CommandContext } from '../core/context.js';
import { channelKey } from '../core/context.js';
import { UserError } from '../core/errors.js';
import type { ArticleEntry, ChannelStore } from '../store/channel.js';
import { articleFromText, MAX_TEXT_CHARS, type Article } from './article.js';
import { extractArticle } from './extract.js';
import { fetchPage, type FetchOptions } from './fetch.js';

const REF = /^#?(\d{1,6})$/;
const URL_LIKE = /^<?([a-z][a-z0-9+.-]*:\/\/[^\s<>|]+)(?:\|[^>]*)?>?$/i;

export type ArticleInputKind = 'ref' | 'last' | 'url' | 'file' | 'text' | 'empty';

/** Classifies an article argument without doing any I/O (used by option parsers too). */
export function classifyArticleInput(input: string): ArticleInputKind {
  const s = input.trim();
  if (!s) return 'empty';
  if (REF.test(s)) return 'ref';
  if (/^(last|latest)$/i.test(s)) return 'last';
  if (URL_LIKE.test(s) || /^(www\.)\S+$/i.test(s)) return 'url';
  if (!/\s/.test(s) && /[/\\]|\.(txt|md|html?)$/i.test(s)) return 'file';
  return 'text';
}

export class ArticleResolver {
  constructor(
    private readonly store: ChannelStore,
    private readonly fetchOptions: FetchOptions,
    private readonly log: Logger,
  ) {}

  async resolve(ctx: CommandContext, input: string): Promise<Article> {
    const channel = channelKey(ctx.channel);
    const s = input.trim();
    switch (classifyArticleInput(s)) {
      case 'empty':
        throw new UserError('Give me an article: a link, a number from /articles (#2), `last`, or paste the text.', 'empty');
      case 'ref':
        return this.fromEntry(ctx, await this.entryByRef(channel, Number(REF.exec(s)![1])));
      case 'last': {
        const entry = await this.store.lastEntry(channel);
        if (!entry) throw new UserError('No article has been shared in this channel yet.', 'unknown_ref');
        return this.fromEntry(ctx, entry);
      }
      case 'url':
        return this.fromUrl(ctx, normaliseUrl(s));
      case 'file':
        if (ctx.allowFiles) return this.fromFile(ctx, s);
        return this.fromText(ctx, s);
      case 'text':
        return this.fromText(ctx, s);
    }
  }

  /** Records a link seen in a channel message; it is fetched when first used. */
  async noteSharedLink(channel: string, url: string, userId?: string): Promise<ArticleEntry> {
    return this.store.recordArticle(channel, {
      url,
      sharedAt: Date.now(),
      source: 'message',
      ...(userId ? { sharedBy: userId } : {}),
    });
  }

  private async entryByRef(channel: string, ref: number): Promise<ArticleEntry> {
    const entry = await this.store.getEntry(channel, ref);
    if (entry) return entry;
    const count = (await this.store.listArticles(channel)).length;
    throw new UserError(
      count === 0
        ? `There is no #${ref}: no article has been shared in this channel yet.`
        : `There is no #${ref} in this channel (it has ${count} article${count === 1 ? '' : 's'}; see /articles).`,
      'unknown_ref',
    );
  }

  private async fromEntry(ctx: CommandContext, entry: ArticleEntry): Promise<Article> {
    if (entry.articleId) {
      const article = await this.store.loadArticle(entry.articleId);
      if (article) return article;
    }
    if (entry.url) {
      const article = (await this.store.loadArticleByUrl(entry.url)) ?? (await this.fetchArticle(entry.url));
      await this.store.saveArticle(article, [entry.url, ...(article.url ? [article.url] : [])]);
      await this.store.completeEntry(channelKey(ctx.channel), { ...entry, articleId: article.id, ...(article.title ? { title: article.title } : {}) });
      return article;
    }
    throw new UserError(`The text of #${entry.ref} is no longer kept (articles expire after a while). Paste it again.`, 'expired');
  }

  private async fromUrl(ctx: CommandContext, url: string): Promise<Article> {
    // a link analysed before (in any channel, within the article TTL) is not fetched again
    const known = await this.store.loadArticleByUrl(url);
    const article = known ?? (await this.fetchArticle(url));
    await this.remember(ctx, article, 'url', url);
    return article;
  }

  async fetchArticle(url: string): Promise<Article> {
    const started = Date.now();
    const page = await fetchPage(url, this.fetchOptions);
    const extracted = page.contentType.includes('text/plain') ? { text: page.body, url: page.url } : extractArticle(page.body, page.url);
    const { text, ...meta } = extracted;
    const article = articleFromText(text, meta);
    this.log.debug({ url: page.url, ms: Date.now() - started, chars: text.length }, 'fetched article');
    return article;
  }

  private async fromFile(ctx: CommandContext, path: string): Promise<Article> {
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      throw new UserError(`No such file: ${path}`, 'not_found');
    }
    if (size > MAX_TEXT_CHARS * 4) throw new UserError(`${path} is too large to be one article.`, 'too_long');
    const text = await readFile(path, 'utf8');
    const article = articleFromText(text);
    await this.remember(ctx, article, 'file');
    return article;
  }

  private async fromText(ctx: CommandContext, text: string): Promise<Article> {
    const article = articleFromText(text);
    await this.remember(ctx, article, 'paste');
    return article;
  }

  private async remember(ctx: CommandContext, article: Article, source: ArticleEntry['source'], requestedUrl?: string): Promise<void> {
    await this.store.saveArticle(article, [requestedUrl, article.url].filter((u): u is string => !!u));
    await this.store.recordArticle(channelKey(ctx.channel), {
      articleId: article.id,
      sharedAt: Date.now(),
      sharedBy: ctx.user.id,
      source,
      ...(article.title ? { title: article.title } : {}),
      ...(article.url ? { url: article.url } : {}),
      ...(article.site ? { site: article.site } : {}),
    });
  }
}

function normaliseUrl(s: string): string {
  const m = URL_LIKE.exec(s);
  if (m) return m[1]!;
  return `https://${s}`;
}
