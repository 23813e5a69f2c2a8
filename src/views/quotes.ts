/**
 * Who said what as a platform-neutral Reply: speakers in order of first appearance, each with
 * full name, role and number of quotes, then their quotes verbatim with kind and ¶ anchor.
 * Long lists are folded (a cap per speaker and overall) with a note on how many were left out.
 */
import type { Article } from '../ingest/article.js';
import type { Block, Reply, ReplyItem } from '../core/reply.js';
import { quoteText, type Quote } from '../analysis/quotes/index.js';

export interface QuotesViewOptions {
  /** quotes shown per speaker before folding */
  perSpeaker?: number;
  /** quotes shown in all */
  total?: number;
  /** speakers shown */
  speakers?: number;
  /** longest quote text shown before it is cut with an ellipsis */
  maxQuoteChars?: number;
}

const DEFAULTS: Required<QuotesViewOptions> = { perSpeaker: 4, total: 20, speakers: 8, maxQuoteChars: 280 };
const UNATTRIBUTED = 'Unattributed';

interface SpeakerGroup {
  name: string;
  role: string | null;
  type: Quote['speakerType'];
  quotes: Quote[];
}

/** Groups quotes by resolved speaker, in order of each speaker's first quote; unattributed last. */
export function groupBySpeaker(quotes: readonly Quote[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const q of quotes) {
    const name = q.speaker ?? UNATTRIBUTED;
    // "Ted Cruz of Texas" and "Ted Cruz" are one person: group people by the name before "of"
    const key = q.speaker && q.speakerType === 'person' ? name.replace(/ of .*$/, '') : name;
    let g = groups.get(key);
    if (!g) {
      g = { name, role: q.role, type: q.speaker ? q.speakerType : 'unknown', quotes: [] };
      groups.set(key, g);
    }
    if (name.length > g.name.length) g.name = name; // show the fuller form
    if (!g.role && q.role) g.role = q.role;
    g.quotes.push(q);
  }
  const list = [...groups.values()];
  return [...list.filter((g) => g.name !== UNATTRIBUTED), ...list.filter((g) => g.name === UNATTRIBUTED)];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  const t = oneLine(text);
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')} …`;
}

function heading(g: SpeakerGroup): string {
  const n = g.quotes.length;
  const count = `${n} ${n === 1 ? 'quote' : 'quotes'}`;
  const type = g.type === 'organisation' ? ' (organisation)' : g.type === 'unnamed' ? ' (unnamed)' : '';
  return g.role ? `${g.name}${type}, ${oneLine(g.role)} · ${count}` : `${g.name}${type} · ${count}`;
}

export function quotesReply(article: Article, allQuotes: Quote[], options: QuotesViewOptions = {}): Reply {
  const opts = { ...DEFAULTS, ...options };
  // reported speech with nobody reporting it (`it can be expected that …`, `was regarded as …`) is
  // the writer's narration, not a "who": the JSON keeps it, the chat answer lists people's words
  const quotes = allQuotes.filter((q) => q.speaker || q.kind !== 'indirect');
  const title = article.title ? `Who said what: ${article.title}` : 'Who said what';
  if (quotes.length === 0) {
    return {
      title,
      summary: 'No quotes or reported speech found.',
      blocks: [{ type: 'paragraph', text: 'No quotes or reported speech found in this article.' }],
    };
  }
  const groups = groupBySpeaker(quotes);
  const blocks: Block[] = [];
  let shown = 0;
  let shownSpeakers = 0;
  for (const g of groups) {
    if (shown >= opts.total || shownSpeakers >= opts.speakers) break;
    const room = Math.min(opts.perSpeaker, opts.total - shown);
    const items: ReplyItem[] = g.quotes.slice(0, room).map((q) => ({
      text: clip(quoteText(q), opts.maxQuoteChars),
      evidence: `¶${q.paragraph + 1}`,
      tag: q.kind,
    }));
    blocks.push({ type: 'heading', text: heading(g) });
    blocks.push({ type: 'list', items });
    if (g.quotes.length > items.length) blocks.push({ type: 'note', text: `+${g.quotes.length - items.length} more from ${g.name}` });
    shown += items.length;
    shownSpeakers++;
  }
  const hidden = quotes.length - shown;
  const hiddenSpeakers = groups.length - shownSpeakers;
  if (hidden > 0) {
    const who = hiddenSpeakers > 0 ? ` (${hiddenSpeakers} more ${hiddenSpeakers === 1 ? 'speaker' : 'speakers'})` : '';
    blocks.push({ type: 'note', text: `${hidden} more not shown${who}. For the full list use --json or the CLI: nutgraf quotes <article> --json` });
  }
  const named = groups.filter((g) => g.name !== UNATTRIBUTED).length;
  return {
    title,
    summary: `${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'} from ${named} ${named === 1 ? 'speaker' : 'speakers'}`,
    blocks,
    footer: 'Quotes are verbatim from the article; kinds: direct, mixed (reported with quoted words), partial, indirect (reported speech).',
  };
}
