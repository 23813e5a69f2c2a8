/**
 * Main text of a web page via Mozilla's Readability (the reader-view engine) on linkedom, kept
 * as paragraphs (Readability's textContent loses the breaks between them).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { UserError } from '../core/errors.js';
import type { ArticleMeta } from './article.js';

export interface ExtractedPage extends ArticleMeta {
  text: string;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption';
const PAYWALL_MARKERS = [
  /"isAccessibleForFree"\s*:\s*"?false/i,
  /class="[^"]*\b(paywall|piano-offer|meter-wall|subscriber-only)\b/i,
  /subscribe (now )?to (continue|keep) reading/i,
  /this (article|content) is (only )?(available|for) (to )?subscribers/i,
];

export function extractArticle(html: string, url: string): ExtractedPage {
  const { document } = parseHTML(html);
  const pageTitle = document.querySelector('title')?.textContent?.trim();
  const published =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const parsed = new Readability(document as never, { charThreshold: 200 }).parse();
  const text = parsed?.content ? paragraphsOf(parsed.content) : '';
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < 80) {
    if (PAYWALL_MARKERS.some((re) => re.test(html))) {
      throw new UserError('That article looks paywalled: I only see a teaser. Paste the text instead.', 'paywall');
    }
    throw new UserError("That page doesn't look like an article (too little running text). Paste the text instead.", 'not_article');
  }
  const meta: ExtractedPage = { text, url };
  const title = parsed?.title?.trim() || pageTitle;
  if (title) meta.title = title;
  if (parsed?.byline) meta.byline = parsed.byline.trim();
  const site = parsed?.siteName?.trim() || new URL(url).hostname.replace(/^www\./, '');
  meta.site = site;
  const when = parsed?.publishedTime ?? published;
  if (when && !Number.isNaN(Date.parse(when))) meta.published = new Date(when).toISOString();
  return meta;
}

function paragraphsOf(contentHtml: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const out: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    // take the innermost blocks: a <blockquote> of several <p> gives several paragraphs
    if (el.querySelector(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  if (out.length === 0) out.push((document.body.textContent ?? '').replace(/\s+/g, ' ').trim());
  return out.join('\n\n');
}
