/**
 * The seam between compare and the who-said-what engine.
 *
 * compareDocs takes a `QuoteSource` (a function Doc → quotes). The command passes the quotes
 * engine (`extractQuotes` in src/analysis/quotes) once it exists; until then, and in tests,
 * compare uses `scanQuotes` below: a deliberately simple scan (direct quotes only, speaker = the
 * nearest person named around the quote, pronouns carried from the previous person) that is
 * good enough to count voices but is not the engine.
 */
import type { Doc } from '../text/doc.js';
import { extractEntities, type Entity } from '../text/entities.js';

export interface QuoteLike {
  /** the quoted words (without the quotation marks) */
  text: string;
  /** offsets of `text` in doc.text */
  start: number;
  end: number;
  /** resolved speaker (full name), or null when unknown */
  speaker: string | null;
  /** the reporting verb as written ("said", "claimed"), when known */
  cue?: string | null;
}

export type QuoteSource = (doc: Doc) => readonly QuoteLike[];

const CUES =
  'said|says|say|told|tells|added|adds|argued|argues|claimed|claims|stated|states|wrote|writes|noted|notes|explained|explains|' +
  'warned|warns|insisted|insists|tweeted|asked|asks|replied|replies|declared|declares|admitted|admits|alleged|alleges|' +
  'acknowledged|acknowledges|suggested|suggests|stressed|stresses|emphasised|emphasized|announced|announces|maintained|maintains|' +
  'conceded|concedes|boasted|boasts|complained|complains|remarked|remarks|observed|observes|contended|contends|predicted|' +
  'recalled|continued|concluded|commented|comments|responded|responds|urged|urges|pointed out|points out|went on|according to';
export const CUE_RE = new RegExp(`\\b(?:${CUES})\\b`, 'i');
const PRONOUN = /\b(?:he|she|they)\b/i;

/** Direct quotes: “…”, "…", and ‘…’ / '…' of four words or more (British style), within a paragraph. */
export function scanQuotes(doc: Doc): QuoteLike[] {
  const people = extractEntities(doc).people;
  const spans: { start: number; end: number }[] = [];
  const patterns = [/“([^”]{3,})”/g, /"([^"\n]{3,})"/g, /(?<![\p{L}\p{N}])[‘']((?:(?![’']\s|[’']$|[’'][,.;:!?)])[^\n]){10,}?)[’'](?![\p{L}\p{N}])/gu];
  for (const p of doc.paragraphs) {
    for (const re of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
        const inner = m[1]!;
        if (inner.trim().split(/\s+/).length < 4) continue;
        const start = p.start + m.index + 1;
        const end = start + inner.length;
        if (spans.some((s) => start < s.end && end > s.start)) continue;
        spans.push({ start, end });
      }
    }
  }
  spans.sort((x, y) => x.start - y.start);
  const out: QuoteLike[] = [];
  let lastSpeaker: string | null = null;
  for (const s of spans) {
    const { speaker, cue } = attribute(doc, s, people, lastSpeaker);
    if (speaker) lastSpeaker = speaker;
    out.push({ text: doc.text.slice(s.start, s.end), start: s.start, end: s.end, speaker, cue });
  }
  return out;
}

function attribute(doc: Doc, q: { start: number; end: number }, people: readonly Entity[], last: string | null): { speaker: string | null; cue: string | null } {
  // the text around the quote, outside it: up to 160 characters after, 120 before, within the paragraph
  const para = doc.paragraphs.find((p) => p.start <= q.start && q.end <= p.end);
  const from = Math.max(para?.start ?? 0, q.start - 120);
  const to = Math.min(para?.end ?? doc.text.length, q.end + 160);
  const after = doc.text.slice(q.end, to);
  const before = doc.text.slice(from, q.start);
  const cue = (CUE_RE.exec(after.slice(0, 100)) ?? CUE_RE.exec(before))?.[0]?.toLowerCase() ?? null;
  let best: { name: string; distance: number } | undefined;
  for (const e of people) {
    for (const m of e.mentions) {
      const inside = m.start >= q.start && m.end <= q.end;
      if (inside || m.end <= from || m.start >= to) continue;
      // names after the quote ("…’, Jeff J. Brown … told Sputnik") are the usual attribution
      const distance = m.start >= q.end ? m.start - q.end : (q.start - m.end) * 1.5;
      if (!best || distance < best.distance) best = { name: e.name, distance };
    }
  }
  if (best) return { speaker: best.name, cue };
  if (last && (PRONOUN.test(after.slice(0, 40)) || PRONOUN.test(before.slice(-40)))) return { speaker: last, cue };
  return { speaker: null, cue };
}
