/**
 * The analyses a digest uses, wired to the engines that exist: the extractive summariser, the
 * quotes engine, story grouping, and compare's "what differs". Kept apart from build.ts so
 * the digest itself stays a pure function of whatever analyses it is handed (tests hand it
 * stand-ins; a better engine replaces one function here without touching the digest).
 */
import type { Article } from '../../ingest/article.js';
import { articleDoc } from '../../ingest/article.js';
import { summarise } from '../summarise/index.js';
import { extractQuotes, quoteText, type Quote } from '../quotes/index.js';
import { compareDocs } from '../compare/index.js';
import { groupStories } from '../group/index.js';
import type { DigestAnalyses, VerbatimSpan } from './build.js';

/** Quotes worth a digest line: direct or mixed, 6–60 words, with a named person or organisation. */
function keyQuote(q: Quote): boolean {
  if (!q.speaker || (q.speakerType !== 'person' && q.speakerType !== 'organisation')) return false;
  if (q.kind !== 'direct' && q.kind !== 'mixed') return false;
  const words = quoteText(q).split(/\s+/).filter(Boolean).length;
  return words >= 6 && words <= 60;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The nut graf (one sentence, two when the first is brief), without the title line: the
 * digest shows the headline already, and a pasted text's first line is often its title.
 */
export function summariseForDigest(article: Article): VerbatimSpan[] {
  const doc = articleDoc(article);
  const title = article.title ? squash(article.title) : undefined;
  const notTitle = (s: { text: string }) => !title || squash(s.text) !== title;
  const short = summarise(doc, { length: 'short' }).sentences;
  let chosen = short.filter(notTitle);
  if (chosen.length < short.length) chosen = summarise(doc, { length: short.length + 1 }).sentences.filter(notTitle).slice(0, short.length);
  return chosen.map((s) => ({ text: s.text, start: s.start, end: s.end }));
}

export function quotesForDigest(article: Article): { speaker: string; text: string; start: number; end: number }[] {
  return extractQuotes(articleDoc(article))
    .filter(keyQuote)
    .map((q) => {
      // a quote broken by its attribution ("A," she said. "B.") shows its first part verbatim,
      // never the attribution between the parts
      const [start, end] = q.parts?.[0] ?? [q.start, q.end];
      return { speaker: q.speaker!, text: q.partTexts?.[0] ?? q.quote, start, end };
    });
}

/** Stories by the grouping engine (single pass in sharing order, names and time decay). */
export function groupForDigest(articles: readonly { article: Article; time: number }[]): number[][] {
  const assignments = groupStories(articles.map((a, i) => ({ id: String(i), doc: articleDoc(a.article), time: a.time })));
  const byStory = new Map<string, number[]>();
  for (const a of assignments) byStory.set(a.cluster, [...(byStory.get(a.cluster) ?? []), Number(a.id)]);
  return [...byStory.values()];
}

/**
 * What `other` adds to or disputes in `lead`, in short lines built from compare's findings.
 * Voices come from the quotes engine (not compare's simpler built-in scan): a wrongly named
 * speaker is worse than none.
 */
export function differencesForDigest(lead: Article, other: Article): string[] {
  const c = compareDocs(articleDoc(lead), articleDoc(other));
  const lines: string[] = [];
  for (const k of c.conflicts.filter((k) => k.class !== 'rounding').slice(0, 2)) {
    lines.push(`gives “${k.b.text}” where ${lead.site ?? 'the first report'} has “${k.a.text}” (${k.class})`);
  }
  const leadSpeakers = new Set(quotesForDigest(lead).map((q) => q.speaker));
  const onlyOther = [...new Set(quotesForDigest(other).map((q) => q.speaker))].filter((s) => !leadSpeakers.has(s));
  if (onlyOther.length) lines.push(`also quotes ${onlyOther.slice(0, 3).join(', ')}`);
  // the other piece's own title line is not news; direct quotes are already among the key quotes
  const otherTitle = other.title ? squash(other.title) : undefined;
  const candidates = c.onlyB.filter((o) => o.tag !== 'background' && squash(o.ref.text) !== otherTitle && !/[“”"]/.test(o.ref.text));
  const only = candidates.find((o) => o.tag === 'number' || o.tag === 'claim') ?? candidates[0];
  if (only) lines.push(`only here: “${only.ref.text}”`);
  return lines;
}

export const defaultDigestAnalyses: DigestAnalyses = {
  summarise: summariseForDigest,
  quotes: quotesForDigest,
  group: groupForDigest,
  differences: differencesForDigest,
};
