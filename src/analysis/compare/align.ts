/**
 * Sentence alignment: which sentences of A and B report the same thing ("both report"), and
 * which report what the other piece does not ("only in A / only in B").
 *
 * Sentences are matched one-to-one, greedily by cosine of their TF-IDF vectors, through an
 * inverted index so two 5,000-word pieces cost milliseconds, not a full cross product.
 */
import { backgroundIdf } from '../text/terms.js';
import type { Entity } from '../text/entities.js';
import { anchor, type Piece } from './piece.js';
import type { QuoteLike } from './quotes.js';
import type { BothItem, DetailDifference, OnlyItem, OnlyTag, SpanRef } from './types.js';
import { round } from './similarity.js';

/** Sentences at least this similar report the same thing. */
export const ALIGN_THRESHOLD = 0.4;
/** A sentence whose best match elsewhere is at least this similar is covered by the other piece… */
const COVERED_THRESHOLD = 0.3;
/** …unless this share of its specific content (IDF mass) never appears in the other piece. */
const NOVEL_SHARE = 0.4;

export interface Alignment {
  pairs: { a: number; b: number; score: number }[];
  /** best cosine of each sentence with any sentence of the other piece */
  bestA: number[];
  bestB: number[];
}

export function alignSentences(a: Piece, b: Piece): Alignment {
  // inverted index over B's sentence vectors
  const postings = new Map<string, { s: number; w: number }[]>();
  b.sentenceVectors.forEach((v, s) => {
    for (const [term, w] of v) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ s, w });
    }
  });
  const candidates: { a: number; b: number; score: number }[] = [];
  const bestA = a.sentenceVectors.map(() => 0);
  const bestB = b.sentenceVectors.map(() => 0);
  a.sentenceVectors.forEach((v, i) => {
    const dots = new Map<number, number>();
    for (const [term, w] of v) {
      for (const p of postings.get(term) ?? []) dots.set(p.s, (dots.get(p.s) ?? 0) + w * p.w);
    }
    for (const [j, score] of dots) {
      if (score > bestA[i]!) bestA[i] = score;
      if (score > bestB[j]!) bestB[j] = score;
      if (score >= ALIGN_THRESHOLD) candidates.push({ a: i, b: j, score });
    }
  });
  candidates.sort((x, y) => y.score - x.score);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Alignment['pairs'] = [];
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    pairs.push(c);
  }
  return { pairs, bestA, bestB };
}

export function bothReport(a: Piece, b: Piece, alignment: Alignment): BothItem[] {
  return alignment.pairs
    .map((p) => {
      const ra = a.sentenceRef(p.a);
      const rb = b.sentenceRef(p.b);
      return {
        a: ra,
        b: rb,
        score: round(Math.min(1, p.score)),
        differs: detailDifferences(a, p.a, b, p.b),
        evidence: `${anchor(ra)} ≈ ${anchor(rb)}`,
      };
    })
    .sort((x, y) => rank(y, a, b) - rank(x, a, b));
}

// Aligned facts near the top of both pieces and strongly matched come first.
function rank(item: BothItem, a: Piece, b: Piece): number {
  const position = 1 - Math.min(1, (item.a.sentence / Math.max(1, a.doc.sentences.length) + item.b.sentence / Math.max(1, b.doc.sentences.length)) / 2);
  return item.score + 0.3 * position;
}

/** Numbers, dates and names one aligned sentence has and the other does not. */
export function detailDifferences(a: Piece, sa: number, b: Piece, sb: number): DetailDifference[] {
  const out: DetailDifference[] = [];
  const groups: [DetailDifference['kind'], (e: Entity) => boolean][] = [
    ['number', (e) => e.kind === 'money' || e.kind === 'percent' || e.kind === 'quantity'],
    ['date', (e) => e.kind === 'date'],
    ['name', (e) => e.kind === 'person' || e.kind === 'organisation'],
  ];
  for (const [kind, pick] of groups) {
    const inA = mentionsIn(a, sa, pick);
    const inB = mentionsIn(b, sb, pick);
    const keysA = new Set(inA.map((m) => m.key));
    const keysB = new Set(inB.map((m) => m.key));
    const onlyA = inA.filter((m) => !keysB.has(m.key) && !(kind === 'name' && b.entities.byKey.has(m.key)));
    const onlyB = inB.filter((m) => !keysA.has(m.key) && !(kind === 'name' && a.entities.byKey.has(m.key)));
    // a name the other sentence leaves out is a difference only when both sentences name someone
    if (kind === 'name' && (inA.length === 0 || inB.length === 0)) continue;
    if (onlyA.length || onlyB.length) out.push({ kind, a: onlyA.map((m) => m.ref), b: onlyB.map((m) => m.ref) });
  }
  return out;
}

function mentionsIn(p: Piece, sentence: number, pick: (e: Entity) => boolean): { key: string; ref: SpanRef }[] {
  const out: { key: string; ref: SpanRef }[] = [];
  for (const { e, m } of p.mentionsBySentence[sentence] ?? []) if (pick(e)) out.push({ key: e.key, ref: p.spanRef(m.start, m.end) });
  return out;
}

/**
 * Sentences of `p` that the other piece does not cover, ranked by how much specific, new content
 * they carry (IDF mass of terms the other piece never uses, plus figures and names), with a
 * small bonus for being early.
 */
export function onlyIn(p: Piece, other: Piece, best: number[], aligned: Set<number>, quotes: readonly QuoteLike[]): OnlyItem[] {
  const otherTerms = new Set(other.tokens.map((t) => t.term));
  const items: OnlyItem[] = [];
  p.doc.sentences.forEach((s, i) => {
    if (aligned.has(i)) return;
    const toks = p.sentenceTokens[i]!;
    if (toks.length < 4) return; // datelines, bylines, fragments
    let novel = 0;
    let mass = 0;
    for (const t of new Set(toks.map((x) => x.term))) {
      const w = backgroundIdf(t);
      mass += w;
      if (!otherTerms.has(t)) novel += w;
    }
    const newFact = statesNewFact(p, other, i);
    if (best[i]! >= COVERED_THRESHOLD && novel < NOVEL_SHARE * mass && !newFact) return;
    const tag = tagSentence(p, i, s, quotes);
    // a figure or a name the other piece never gives is what a reader of both most needs to see
    // (figures first: they are the most checkable facts, then quoted words)
    const specific = (tag === 'number' ? 1.4 : tag === 'quote' ? 1.2 : 1) * (newFact ? 1.5 : 1);
    const position = 1 + 0.3 * (1 - i / Math.max(1, p.doc.sentences.length));
    const ref = p.sentenceRef(i);
    // new content per √word: a long sentence should not outrank a short one that states a new fact
    const density = novel / Math.sqrt(toks.length);
    items.push({ ref, tag, score: round(density * specific * position, 2), evidence: anchor(ref) });
  });
  return items.sort((x, y) => y.score - x.score);
}

/** Does the sentence state a figure, or name a person or organisation, that the other piece never does? */
function statesNewFact(p: Piece, other: Piece, sentence: number): boolean {
  // (the sentence's own mentions, not every entity's every mention: this runs once per sentence)
  return (p.mentionsBySentence[sentence] ?? []).some(
    ({ e }) =>
      (e.kind === 'money' || e.kind === 'percent' || e.kind === 'quantity' || e.kind === 'person' || e.kind === 'organisation') &&
      !other.entities.byKey.has(e.key),
  );
}

const BACKGROUND_CUES =
  /\b(?:previously|earlier|last year|in the past|has long|had long|have long|since (?:the )?(?:\d{4}|war|start)|was founded|history|historically|back in|decades?|(?:19|20)\d\d)\b/i;

/** quote (it carries someone's quoted words) > number > background > claim. */
export function tagSentence(p: Piece, index: number, s: { start: number; end: number; text: string }, quotes: readonly QuoteLike[]): OnlyTag {
  const text = s.text;
  const quoted = quotes.reduce((n, q) => n + Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start)), 0);
  if (quoted >= 0.3 * (s.end - s.start)) return 'quote';
  const hasNumber = (p.mentionsBySentence[index] ?? []).some(({ e }) => e.kind === 'money' || e.kind === 'percent' || e.kind === 'quantity');
  if (hasNumber) return 'number';
  if (BACKGROUND_CUES.test(text)) return 'background';
  return 'claim';
}
