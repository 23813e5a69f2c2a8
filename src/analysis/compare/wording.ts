/**
 * Word choice: where the two pieces word the same thing differently, in their own narration
 * (never inside quotes): the verb used to attribute one speaker's words ("said" vs "claimed"),
 * hedges ("allegedly", "so-called"), and different terms in otherwise matching sentences.
 * Shown as "word choice differs" with both wordings; never scored as bias (lexicon counts
 * measured against gold bias spans are noise).
 */
import { termTokens } from '../text/terms.js';
import { anchor, type Piece } from './piece.js';
import type { Alignment } from './align.js';
import { CUE_RE, type QuoteLike } from './quotes.js';
import { speakerKey } from './voices.js';
import type { SpanRef, WordChoiceItem } from './types.js';

const HEDGES =
  /\b(?:allegedly|alleged|reportedly|purportedly|supposedly|apparently|seemingly|so-called|is said to|are said to|appears? to|would-be|self-styled|self-proclaimed)\b/gi;
/** Aligned sentences this similar are "the same sentence" worded differently. */
const SAME_SENTENCE = 0.5;

export function compareWording(a: Piece, qa: readonly QuoteLike[], b: Piece, qb: readonly QuoteLike[], alignment: Alignment): WordChoiceItem[] {
  return [...attributionVerbs(a, qa, b, qb), ...hedges(a, qa, b, qb), ...terms(a, qa, b, qb, alignment)];
}

/** Where each quote's reporting verb is written, outside the quote. */
function cueSpans(p: Piece, quotes: readonly QuoteLike[]): Map<string, { verb: string; ref: SpanRef }[]> {
  const out = new Map<string, { verb: string; ref: SpanRef }[]>();
  for (const q of quotes) {
    if (!q.speaker || !q.cue) continue;
    const windows: [number, number][] = [
      [q.end, Math.min(p.doc.text.length, q.end + 100)],
      [Math.max(0, q.start - 100), q.start],
    ];
    for (const [from, to] of windows) {
      // (CUE_RE is not global: exec keeps no state between calls, so the one compiled pattern serves every window)
      const m = CUE_RE.exec(p.doc.text.slice(from, to));
      if (m && m[0].toLowerCase() === q.cue.toLowerCase()) {
        const key = speakerKey(q.speaker);
        const list = out.get(key) ?? [];
        list.push({ verb: m[0].toLowerCase(), ref: p.spanRef(from + m.index, from + m.index + m[0].length) });
        out.set(key, list);
        break;
      }
    }
  }
  return out;
}

function attributionVerbs(a: Piece, qa: readonly QuoteLike[], b: Piece, qb: readonly QuoteLike[]): WordChoiceItem[] {
  const ca = cueSpans(a, qa);
  const cb = cueSpans(b, qb);
  const names = new Map<string, string>();
  for (const q of [...qa, ...qb]) if (q.speaker) names.set(speakerKey(q.speaker), q.speaker);
  const out: WordChoiceItem[] = [];
  for (const [key, la] of ca) {
    const lb = cb.get(key);
    if (!lb) continue;
    const va = new Set(la.map((x) => lemma(x.verb)));
    const vb = new Set(lb.map((x) => lemma(x.verb)));
    const onlyA = la.filter((x) => !vb.has(lemma(x.verb)));
    const onlyB = lb.filter((x) => !va.has(lemma(x.verb)));
    if (onlyA.length === 0 && onlyB.length === 0) continue;
    const ra = (onlyA.length ? onlyA : la).map((x) => x.ref);
    const rb = (onlyB.length ? onlyB : lb).map((x) => x.ref);
    out.push({ kind: 'attribution verb', subject: names.get(key) ?? key, a: ra, b: rb, evidence: `${anchor(ra[0]!)} / ${anchor(rb[0]!)}` });
  }
  return out;
}

/** "says"/"said"/"say" are one verb for this purpose. */
function lemma(verb: string): string {
  const v = verb.toLowerCase();
  if (/^(?:says?|said)$/.test(v)) return 'say';
  if (/^(?:tells?|told)$/.test(v)) return 'tell';
  return v.replace(/(?:ed|s)$/, '');
}

function insideQuote(quotes: readonly QuoteLike[], start: number, end: number): boolean {
  return quotes.some((q) => start >= q.start - 1 && end <= q.end + 1);
}

function hedgeSpans(p: Piece, quotes: readonly QuoteLike[]): Map<string, SpanRef[]> {
  const out = new Map<string, SpanRef[]>();
  HEDGES.lastIndex = 0;
  for (let m = HEDGES.exec(p.doc.text); m; m = HEDGES.exec(p.doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (insideQuote(quotes, start, end)) continue;
    const key = m[0].toLowerCase();
    const list = out.get(key) ?? [];
    list.push(p.spanRef(start, end));
    out.set(key, list);
  }
  return out;
}

function hedges(a: Piece, qa: readonly QuoteLike[], b: Piece, qb: readonly QuoteLike[]): WordChoiceItem[] {
  const ha = hedgeSpans(a, qa);
  const hb = hedgeSpans(b, qb);
  const out: WordChoiceItem[] = [];
  for (const word of new Set([...ha.keys(), ...hb.keys()])) {
    const ra = ha.get(word) ?? [];
    const rb = hb.get(word) ?? [];
    if (ra.length === rb.length) continue;
    const first = ra[0] ?? rb[0]!;
    out.push({ kind: 'hedge', subject: word, a: ra, b: rb, evidence: `${anchor(first)}` });
  }
  return out;
}

/** In closely matching sentences, the one or two words each uses where the other uses different ones. */
function terms(a: Piece, qa: readonly QuoteLike[], b: Piece, qb: readonly QuoteLike[], alignment: Alignment): WordChoiceItem[] {
  const out: WordChoiceItem[] = [];
  for (const pair of alignment.pairs) {
    if (pair.score < SAME_SENTENCE || pair.score > 0.98) continue;
    const sa = a.doc.sentences[pair.a]!;
    const sb = b.doc.sentences[pair.b]!;
    const ta = termTokens(a.doc.text, sa.start, sa.end).filter((t) => t.end <= sa.end && !insideQuote(qa, t.start, t.end) && !/^\d/.test(t.term));
    const tb = termTokens(b.doc.text, sb.start, sb.end).filter((t) => t.end <= sb.end && !insideQuote(qb, t.start, t.end) && !/^\d/.test(t.term));
    const setA = new Set(ta.map((t) => t.term));
    const setB = new Set(tb.map((t) => t.term));
    // names are facts, not word choice: compare only common words
    const diffA = ta.filter((t) => !setB.has(t.term) && !t.capitalised);
    const diffB = tb.filter((t) => !setA.has(t.term) && !t.capitalised);
    if (ta.some((t) => !setB.has(t.term) && t.capitalised) || tb.some((t) => !setA.has(t.term) && t.capitalised)) continue;
    if (diffA.length < 1 || diffA.length > 2 || diffB.length < 1 || diffB.length > 2) continue;
    const ra = diffA.map((t) => a.spanRef(t.start, t.end));
    const rb = diffB.map((t) => b.spanRef(t.start, t.end));
    out.push({
      kind: 'term',
      subject: `${diffA.map((t) => t.surface).join(' ')} / ${diffB.map((t) => t.surface).join(' ')}`,
      a: ra,
      b: rb,
      evidence: `${anchor(a.sentenceRef(pair.a))} ≈ ${anchor(b.sentenceRef(pair.b))}`,
    });
  }
  return out;
}
