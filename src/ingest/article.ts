/**
 * An Article: the text an analysis reads plus what we know about where it came from.
 * Its id is a hash of the normalised text, so the same piece pasted twice or fetched from two
 * URLs is one article (and one cache entry).
 */
import { createHash } from 'node:crypto';
import { docFor, type Doc } from '../analysis/text/doc.js';
import { normaliseText } from '../analysis/text/normalise.js';
import { UserError } from '../core/errors.js';

export interface ArticleMeta {
  title?: string;
  byline?: string;
  site?: string;
  /** ISO date when known */
  published?: string;
  url?: string;
}

export interface Article extends ArticleMeta {
  id: string;
  /** the text as given (pasted) or as extracted from the page; all offsets index this */
  text: string;
}

/** Longest text we analyse: ~25,000 words, well past any news article. */
export const MAX_TEXT_CHARS = 200_000;
/** Shortest text worth analysing. */
export const MIN_TEXT_WORDS = 30;

/**
 * A hash of the normalised text (hard wraps joined, hyphenation undone, Unicode form, spacing and
 * case folded): the same piece pasted from a PDF or copied from the web is one article.
 */
export function articleId(text: string): string {
  const normalised = normaliseText(text.normalize('NFC')).text.replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 16);
}

/** Checks pasted or extracted text and makes an Article of it, or throws a UserError. */
export function articleFromText(text: string, meta: ArticleMeta = {}): Article {
  if (text.length > MAX_TEXT_CHARS) {
    throw new UserError(
      `That text is too long (${Math.round(text.length / 1000)}k characters; the limit is ${MAX_TEXT_CHARS / 1000}k). Paste one article at a time.`,
      'too_long',
    );
  }
  if (looksBinary(text)) throw new UserError('That does not look like text (binary data?).', 'binary');
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words === 0) throw new UserError('There is no text to analyse.', 'empty');
  if (words < MIN_TEXT_WORDS) {
    throw new UserError(`That is too short to analyse (${words} words; at least ${MIN_TEXT_WORDS} needed).`, 'too_short');
  }
  const title = meta.title ?? guessTitle(text);
  return { id: articleId(text), text, ...meta, ...(title ? { title } : {}) };
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  return bad > Math.max(8, sample.length * 0.02);
}

/** A pasted text's first line is its title when it is short and has no final full stop. */
function guessTitle(text: string): string | undefined {
  const first = text.trim().split(/\n/, 1)[0]?.trim() ?? '';
  if (first.length > 0 && first.length <= 160 && !/[.:]$/.test(first) && first.split(/\s+/).length >= 3) return first;
  const sentence = /^(.{20,140}?[.!?])\s/s.exec(text.trim());
  return sentence ? sentence[1]!.replace(/\s+/g, ' ') : undefined;
}

/** How to name an article to people: its title, else its link, else its opening words. */
export function articleLabel(article: Article, maxWords = 10): string {
  if (article.title) return article.title;
  if (article.url) return article.url;
  const words = article.text.trim().split(/\s+/);
  return words.length > maxWords ? `${words.slice(0, maxWords).join(' ')} …` : words.join(' ');
}

export function articleDoc(article: Article): Doc {
  return docFor(article.id, article.text);
}
