/**
 * The analyses a digest uses, wired to the engines that exist: the extractive summariser, the
 * quotes engine, and compare's story similarity and "what differs". Kept apart from build.ts so
 * the digest itself stays a pure function of whatever analyses it is handed (tests hand it
 * stand-ins; a story-grouping engine can replace `group` here without touching the digest).
 */
import type { Article } from '../../ingest/article.js';
import { articleDoc } from '../../ingest/article.js';
import { summarise } from '../summarise/index.js';
import { extractQuotes, type Quote } from '../quotes/index.js';
import { compareDocs } from '../compare/index.js';
import { pieceVector, type Piece } from '../compare/piece.js';
import { storySimilarity, verdictFor } from '../compare/similarity.js';
import { termTokens } from '../text/terms.js';
import type { DigestAnalyses, VerbatimSpan } from './build.js';

/** Quotes worth a digest line: direct or mixed, 6–60 words, with a named person or organisation. */
function keyQuote(q: Quote): boolean {
  if (!q.speaker || (q.speakerType !== 'person' && q.speakerType !== 'organisation')) return false;
  if (q.kind !== 'direct' && q.kind !== 'mixed') return false;
  const words = q.quote.split(/\s+/).filter(Boolean).length;
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
    .map((q) => ({ speaker: q.speaker!, text: q.quote, start: q.start, end: q.end }));
}

/**
 * Stories by single-link on compare's story similarity ("same story" verdict). Cheap: term
 * vectors only, no entity pass, so a digest of a busy day stays fast.
 */
export function groupBySimilarity(articles: readonly Article[]): number[][] {
  // storySimilarity reads only the vector; the rest of a Piece (entities) is costly and unused here
  const vectors = articles.map((a) => ({ vector: pieceVector(termTokens(articleDoc(a).text)) }) as Piece);
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const s = storySimilarity(vectors[i]!, vectors[j]!);
      if (verdictFor(s) === 'same story') parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()];
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
    lines.push(`gives “${k.b.text}” where the lead has “${k.a.text}” (${k.class})`);
  }
  const leadSpeakers = new Set(quotesForDigest(lead).map((q) => q.speaker));
  const onlyOther = [...new Set(quotesForDigest(other).map((q) => q.speaker))].filter((s) => !leadSpeakers.has(s));
  if (onlyOther.length) lines.push(`also quotes ${onlyOther.slice(0, 3).join(', ')}`);
  // quotes only one outlet has are covered by "also quotes" and the story's key quotes
  const only = c.onlyB.find((o) => o.tag === 'number' || o.tag === 'claim');
  if (only) lines.push(`only here: “${only.ref.text}”`);
  return lines;
}

export const defaultDigestAnalyses: DigestAnalyses = {
  summarise: summariseForDigest,
  quotes: quotesForDigest,
  group: groupBySimilarity,
  differences: differencesForDigest,
};
