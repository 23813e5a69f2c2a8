/**
 * The `--json` / batch line of the quotes analysis: offsets index the input as given.
 */
import type { Doc } from '../text/doc.js';
import type { Quote } from './index.js';

export interface QuoteJson {
  id: string;
  quotes: Array<Pick<Quote, 'quote' | 'start' | 'end' | 'speaker' | 'speakerMention' | 'role' | 'cue' | 'kind' | 'parts'>>;
}

export function quotesToJson(id: string, doc: Doc, quotes: Quote[]): QuoteJson {
  void doc; // offsets already index doc.input
  return {
    id,
    quotes: quotes.map((q) => ({
      quote: q.quote,
      start: q.start,
      end: q.end,
      speaker: withDescription(q),
      speakerMention: q.speakerMention,
      role: q.role,
      cue: q.cue,
      kind: q.kind,
      ...(q.parts ? { parts: q.parts } : {}),
    })),
  };
}

/**
 * A person or organisation named by a description (`the governor said`, `the ministry said`) is given as "Full Name, the governor": the
 * resolved name first (the speaker), the description as written after the comma (a role, which is
 * what it says about the person), so a reader sees both who it is and how the text names them.
 */
function withDescription(q: Quote): string | null {
  // (`Another Clinton ally` opening its sentence reads `Tom Vilsack, another Clinton ally`)
  if (q.speaker && q.described && !q.speaker.includes(',')) return `${q.speaker}, ${q.described.replace(/^(?:The|An?|Another|One)\b/, (w) => w.toLowerCase())}`;
  const m = q.speakerMention;
  if (!q.speaker || (q.speakerType !== 'person' && q.speakerType !== 'organisation') || !m || q.speaker.includes(',')) return q.speaker;
  // (`An unusual coalition` resolved as written: the description would only repeat it)
  const bare = (s: string) => s.replace(/^(?:the|an?|another)\s+/i, '').toLowerCase();
  if (bare(q.speaker) === bare(m)) return q.speaker;
  const modified = modifiedSurname(q.speaker, m);
  if (modified) return `${q.speaker}, ${modified}`;
  if (!/^(?:[Tt]he|[Aa]n?|[Aa]nother)\s+(?:\S+\s+)*\p{Ll}/u.test(m) || m.split(/\s+/).length > 8 || /[“”"]/.test(m)) return q.speaker;
  return `${q.speaker}, ${m.replace(/^(?:The|An?|Another)\b/, (w) => w.toLowerCase())}`;
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|Sir|Dame|Lord|Lady|President|Senator|Governor|Representative|Judge|Justice|Mayor)\.?$/;

/**
 * `A teary-eyed Bush`, `Former Mexico leader Calderon`, `Chief Williams`: a surname the text
 * qualifies with words that are no first name (nor a plain honorific) is named that way after the
 * full name, as written (`Jeb Bush, a teary-eyed Bush`), so the reader sees how the text puts it.
 */
function modifiedSurname(speaker: string, mention: string): string | null {
  const name = speaker.split(/\s+/);
  const words = mention.replace(/['’]s\b/g, '').split(/\s+/);
  const surname = name[name.length - 1]!;
  if (name.length < 2 || words.length < 2 || words.length > 8 || words[words.length - 1] !== surname || /[“”"]/.test(mention)) return null;
  const before = words.slice(0, -1);
  if (before.some((w) => name.includes(w))) return null;
  if (before.every((w) => HONORIFIC.test(w))) return null;
  return mention.replace(/^(?:The|An?|Another)\b/, (w) => w.toLowerCase());
}
