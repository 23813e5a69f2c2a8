/**
 * Voices: who each piece quotes and how often, who only one of them quotes, and the same quote
 * rendered differently (same speaker, mostly the same words, not the same text).
 */
import { termTokens } from '../text/terms.js';
import { anchor, type Piece } from './piece.js';
import type { QuoteLike } from './quotes.js';
import type { RenderedDifferently, VoiceCount, Voices } from './types.js';

/** Share of shared content words above which two quotes are one quote rendered two ways. */
const SAME_QUOTE = 0.5;

export function compareVoices(a: Piece, qa: readonly QuoteLike[], b: Piece, qb: readonly QuoteLike[], source: Voices['source']): Voices {
  const countsA = countVoices(a, qa);
  const countsB = countVoices(b, qb);
  const keysB = new Map(countsB.map((v) => [speakerKey(v.speaker), v.speaker]));
  const keysA = new Map(countsA.map((v) => [speakerKey(v.speaker), v.speaker]));
  const both = countsA.filter((v) => keysB.has(speakerKey(v.speaker))).map((v) => v.speaker);
  return {
    a: countsA,
    b: countsB,
    both,
    onlyA: countsA.filter((v) => !keysB.has(speakerKey(v.speaker))).map((v) => v.speaker),
    onlyB: countsB.filter((v) => !keysA.has(speakerKey(v.speaker))).map((v) => v.speaker),
    renderedDifferently: renderedDifferently(a, qa, b, qb),
    source,
  };
}

function countVoices(p: Piece, quotes: readonly QuoteLike[]): VoiceCount[] {
  const byKey = new Map<string, VoiceCount>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const key = speakerKey(q.speaker);
    const hit = byKey.get(key);
    if (hit) {
      hit.quotes++;
      if (q.speaker.length > hit.speaker.length) hit.speaker = q.speaker;
    } else byKey.set(key, { speaker: q.speaker, quotes: 1, first: p.spanRef(q.start, q.end) });
  }
  return [...byKey.values()].sort((x, y) => y.quotes - x.quotes || x.first.start - y.first.start);
}

/** Speakers match across pieces by surname ("Yoshimasa Hayashi" = "Hayashi"); roles after a comma are ignored. */
export function speakerKey(speaker: string): string {
  const name = speaker.split(/[,(]/)[0]!.trim().toLowerCase().replace(/['’]s$/, '');
  const parts = name.split(/\s+/);
  return parts[parts.length - 1] ?? name;
}

function renderedDifferently(a: Piece, qa: readonly QuoteLike[], b: Piece, qb: readonly QuoteLike[]): RenderedDifferently[] {
  const out: RenderedDifferently[] = [];
  // (a quote given as a stretch of its piece is read from the piece's own terms, not tokenised again)
  const terms = (p: Piece, q: QuoteLike) =>
    new Set((q.text.length === q.end - q.start && p.doc.text.startsWith(q.text, q.start) ? p.termsIn(q.start, q.end) : termTokens(q.text)).map((t) => t.term));
  // every quote of A meets every quote of B: terms and speaker keys are worked out once each
  const tb = qb.map((q) => ({ q, t: terms(b, q), k: q.speaker ? speakerKey(q.speaker) : null }));
  for (const x of qa) {
    const tx = terms(a, x);
    if (tx.size < 3) continue;
    const kx = x.speaker ? speakerKey(x.speaker) : null;
    for (const { q: y, t: ty, k: ky } of tb) {
      if (kx !== null && ky !== null && kx !== ky) continue;
      let shared = 0;
      for (const t of tx) if (ty.has(t)) shared++;
      const overlap = shared / Math.min(tx.size, ty.size);
      if (overlap < SAME_QUOTE || comparable(x.text) === comparable(y.text)) continue;
      const ra = a.spanRef(x.start, x.end);
      const rb = b.spanRef(y.start, y.end);
      out.push({ speaker: x.speaker ?? y.speaker ?? 'unattributed', a: ra, b: rb, overlap: Math.round(overlap * 100) / 100, evidence: `${anchor(ra)} ≈ ${anchor(rb)}` });
    }
  }
  return out;
}

/** Text for "is it the very same quote?": case, quotation marks, punctuation and spacing ignored. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
