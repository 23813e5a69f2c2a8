/**
 * A channel digest: the articles shared since the last one, grouped into stories; per story a
 * headline, a one-or-two-sentence summary, its key quotes and — when several outlets covered
 * it — what differs between them.
 *
 * Pure: the analyses it needs come in as parameters (`DigestAnalyses`), so the digest is
 * testable with stand-ins and picks up better engines without changing here. Every sentence
 * and quote shown is verbatim from its article (the analyses guarantee offsets; this module
 * only selects and never rewrites).
 */
import type { Article } from '../../ingest/article.js';

/** One shared entry: the article when its text is known, otherwise only the link. */
export interface DigestItem {
  ref: number;
  title?: string;
  url?: string;
  site?: string;
  sharedAt: number;
  article?: Article;
}

export interface VerbatimSpan {
  text: string;
  /** offsets into article.text */
  start: number;
  end: number;
}

export interface DigestQuote extends VerbatimSpan {
  speaker: string;
  /** the ref of the article it comes from (#n) */
  ref: number;
}

export interface StoryDifference {
  /** which article the difference is about (#n) and its outlet */
  ref: number;
  outlet: string;
  text: string;
}

export interface DigestStory {
  headline: string;
  /** the article the headline and summary come from */
  leadRef: number;
  summary: VerbatimSpan[];
  quotes: DigestQuote[];
  differences: StoryDifference[];
  /** distinct outlets that covered it */
  outlets: string[];
  items: DigestItem[];
}

export interface Digest {
  stories: DigestStory[];
  /** every item covered (shown or not) */
  itemCount: number;
  /** items beyond the story cap: listed as links only */
  overflow: DigestItem[];
}

/** The analyses a digest uses; each is a pure function of article text. */
export interface DigestAnalyses {
  /** one or two verbatim sentences */
  summarise(article: Article): VerbatimSpan[];
  /** quotes with a named speaker, best first; never a guessed speaker */
  quotes(article: Article): { speaker: string; text: string; start: number; end: number }[];
  /** partitions articles into stories (indices into the array); `time` is when each was shared */
  group(articles: readonly { article: Article; time: number }[]): number[][];
  /** what `other` says that `lead` does not (short, verbatim-based lines) */
  differences(lead: Article, other: Article): string[];
}

export interface DigestLimits {
  stories: number;
  quotesPerStory: number;
  differencesPerStory: number;
}

export const DEFAULT_LIMITS: DigestLimits = { stories: 8, quotesPerStory: 3, differencesPerStory: 3 };

export function buildDigest(items: readonly DigestItem[], analyses: DigestAnalyses, limits: DigestLimits = DEFAULT_LIMITS): Digest {
  const withText = items.filter((i): i is DigestItem & { article: Article } => !!i.article);
  const linksOnly = items.filter((i) => !i.article);
  const groups = withText.length ? analyses.group(withText.map((i) => ({ article: i.article, time: i.sharedAt }))) : [];
  const stories: DigestStory[] = groups
    .map((g) => g.map((i) => withText[i]!).filter(Boolean))
    .filter((g) => g.length > 0)
    .map((g) => story(g, analyses, limits));
  for (const item of linksOnly) stories.push(linkStory(item));
  // biggest stories first, then most recent
  stories.sort((a, b) => b.items.length - a.items.length || latest(b) - latest(a));
  const shown = stories.slice(0, limits.stories);
  const overflow = stories.slice(limits.stories).flatMap((s) => s.items);
  return { stories: shown, itemCount: items.length, overflow };
}

function latest(s: DigestStory): number {
  return Math.max(...s.items.map((i) => i.sharedAt));
}

function outletOf(item: DigestItem): string {
  return item.site ?? item.article?.site ?? hostOf(item.url ?? item.article?.url) ?? `#${item.ref}`;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function story(items: (DigestItem & { article: Article })[], analyses: DigestAnalyses, limits: DigestLimits): DigestStory {
  const ordered = [...items].sort((a, b) => a.sharedAt - b.sharedAt || a.ref - b.ref);
  // the lead is the first shared article that has a title, else the first shared
  const lead = ordered.find((i) => i.title ?? i.article.title) ?? ordered[0]!;
  const quotes: DigestQuote[] = [];
  const seen = new Set<string>();
  for (const item of [lead, ...ordered.filter((i) => i !== lead)]) {
    for (const q of analyses.quotes(item.article)) {
      const norm = q.text.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(norm)) continue;
      seen.add(norm);
      quotes.push({ ...q, ref: item.ref });
      if (quotes.length >= limits.quotesPerStory) break;
    }
    if (quotes.length >= limits.quotesPerStory) break;
  }
  const outlets = [...new Set(ordered.map(outletOf))];
  const differences: StoryDifference[] = [];
  if (outlets.length > 1) {
    const leadOutlet = outletOf(lead);
    for (const other of ordered) {
      if (other === lead || outletOf(other) === leadOutlet) continue;
      for (const text of analyses.differences(lead.article, other.article)) {
        if (differences.length >= limits.differencesPerStory) break;
        differences.push({ ref: other.ref, outlet: outletOf(other), text });
      }
    }
  }
  return {
    headline: lead.title ?? lead.article.title ?? lead.url ?? `Article #${lead.ref}`,
    leadRef: lead.ref,
    summary: analyses.summarise(lead.article).slice(0, 2),
    quotes,
    differences,
    outlets,
    items: ordered,
  };
}

function linkStory(item: DigestItem): DigestStory {
  return {
    headline: item.title ?? item.url ?? `Article #${item.ref}`,
    leadRef: item.ref,
    summary: [],
    quotes: [],
    differences: [],
    outlets: [outletOf(item)],
    items: [item],
  };
}
