/**
 * Compare two pieces: are they the same story, what both report, what only one reports, where
 * they conflict, whom each quotes, and where their word choice differs. Pure: Doc in, data out.
 *
 * Speed, two ~5,000-word pieces (scripts/bench-compare.ts), measured as same-process A/B runs on a
 * shared 2-core machine (60 alternating runs; CPU ms, the clock being mostly waits there): median
 * 209 → 163, fastest 123 → 96, after caching repeated work in the text layer (normalisation built
 * in runs, terms and IDF of words met, word counts without word lists, name runs tried only at
 * capitals) and in the quotes engine's names and people index (the article tokenised once,
 * word tests and name parts answered once); output byte-identical. What is left is ~70 % the
 * quotes engine (its reporting-frame reader alone ~30 % of a comparison), then entities (~10 %)
 * and garbage collection (~10 %). Tried and dropped: freezing the shared tokens (safe but cost a
 * third of the cache's gain); a larger young generation (--max-semi-space-size=32: no clear change).
 *
 * Second pass, in the quotes engine (2026-11, qspeed2; same pair, 40 alternating same-process
 * runs, CPU ms, two runs on a busy machine): median 131 → 110 and 128 → 119 (fastest 94 → 82,
 * 97 → 84); the quotes engine alone on the pair 85 → 74 (fastest 63 → 47); after the frame reader kept per sentence what
 * needs no quoted spans (tokens, lower case, headline, the tokens that may open a frame, found by
 * per-word tests answered once per word and ASCII case read by character code) so its loop runs
 * at those tokens only, isScareQuote reused attributeQuote's frames, word counts read characters,
 * and pairwise tests put their cheap fields first (the report before a participle, restated
 * reports, dedupe by speaker); lexicon tags cached per word; name runs tested against quotes by
 * binary search. Quotes alone, PolNeAR dev: 7.0 → 6.6 CPU ms per 1,000 words. Output
 * byte-identical (PolNeAR train and dev batch, SemEval compare batch, five long pairs). The frame
 * reader is still ~30 % of a comparison, nearly all in the readers it calls (speech.ts frameAt,
 * attribution.ts), run once per sentence and again per quote inside a sentence with other quoted
 * spans (the quote itself not quoted), so their answers differ and cannot be shared as they are.
 */
import type { Doc } from '../text/doc.js';
import { preparePiece } from './piece.js';
import { alignSentences, bothReport, onlyIn } from './align.js';
import { findConflicts } from './conflicts.js';
import { compareVoices } from './voices.js';
import { compareWording } from './wording.js';
import { engineQuotes, type QuoteSource } from './quotes.js';
import { overlaps, round, storySimilarity, verdictFor, type Headlines } from './similarity.js';
import type { Comparison, SentenceRef, SpanRef } from './types.js';

export type * from './types.js';
export type { QuoteLike, QuoteSource } from './quotes.js';
export { engineQuotes } from './quotes.js';

export interface CompareOptions {
  /**
   * Who-said-what for each piece, in doc.text offsets; defaults to the quotes engine
   * (src/analysis/quotes) through `engineQuotes`.
   */
  quotes?: QuoteSource;
  /** titles given apart from the texts (else each text's first sentence serves as its headline) */
  titles?: Headlines;
}

/** A piece shorter than this share of the other is "much shorter". */
const MUCH_SHORTER = 0.5;

export function compareDocs(a: Doc, b: Doc, opts: CompareOptions = {}): Comparison {
  const pa = preparePiece(a, 'A');
  const pb = preparePiece(b, 'B');
  const similarity = round(storySimilarity(pa, pb, opts.titles));
  const alignment = alignSentences(pa, pb);
  const alignedA = new Set(alignment.pairs.map((p) => p.a));
  const alignedB = new Set(alignment.pairs.map((p) => p.b));
  const source = opts.quotes ? 'custom' : 'engine';
  const getQuotes = opts.quotes ?? engineQuotes;
  const qa = getQuotes(a);
  const qb = getQuotes(b);
  const comparison: Comparison = {
    similarity,
    verdict: verdictFor(similarity),
    overlap: overlaps(pa.entities, pb.entities),
    words: { a: pa.words, b: pb.words },
    both: bothReport(pa, pb, alignment),
    onlyA: onlyIn(pa, pb, alignment.bestA, alignedA, qa),
    onlyB: onlyIn(pb, pa, alignment.bestB, alignedB, qb),
    conflicts: findConflicts(pa, pb, alignment),
    voices: compareVoices(pa, qa, pb, qb, source),
    wordChoice: compareWording(pa, qa, pb, qb, alignment),
  };
  const note = lengthNote(pa.words, pb.words);
  if (note) comparison.lengthNote = note;
  return comparison;
}

function lengthNote(a: number, b: number): string | undefined {
  if (Math.min(a, b) >= Math.max(a, b) * MUCH_SHORTER) return undefined;
  const [short, long] = a < b ? ['A', 'B'] : ['B', 'A'];
  return `${short} is much shorter than ${long} (${Math.min(a, b)} vs ${Math.max(a, b)} words): much of what is only in ${long} may be length, not a difference of account.`;
}

// ---- JSON -----------------------------------------------------------------------------------

const JSON_CAP = 50;

const sent = (r: SentenceRef) => ({ paragraph: r.paragraph, text: r.text, start: r.start, end: r.end });
const span = (r: SpanRef) => ({ paragraph: r.paragraph, text: r.text, start: r.start, end: r.end });

/** The batch / --json shape. Offsets index each input as given. */
export function compareToJson(id: string, c: Comparison): Record<string, unknown> {
  return {
    id,
    similarity: c.similarity,
    verdict: c.verdict,
    overlap: c.overlap,
    words: c.words,
    ...(c.lengthNote ? { lengthNote: c.lengthNote } : {}),
    both: c.both.slice(0, JSON_CAP).map((x) => ({
      evidence: x.evidence,
      score: x.score,
      a: sent(x.a),
      b: sent(x.b),
      differs: x.differs.map((d) => ({ kind: d.kind, a: d.a.map(span), b: d.b.map(span) })),
    })),
    onlyA: c.onlyA.slice(0, JSON_CAP).map((x) => ({ evidence: x.evidence, tag: x.tag, score: x.score, ...sent(x.ref) })),
    onlyB: c.onlyB.slice(0, JSON_CAP).map((x) => ({ evidence: x.evidence, tag: x.tag, score: x.score, ...sent(x.ref) })),
    conflicts: c.conflicts.map((x) => ({ evidence: x.evidence, kind: x.kind, class: x.class, a: span(x.a), b: span(x.b) })),
    voices: {
      source: c.voices.source,
      a: c.voices.a.map((v) => ({ speaker: v.speaker, quotes: v.quotes, first: span(v.first) })),
      b: c.voices.b.map((v) => ({ speaker: v.speaker, quotes: v.quotes, first: span(v.first) })),
      both: c.voices.both,
      onlyA: c.voices.onlyA,
      onlyB: c.voices.onlyB,
      renderedDifferently: c.voices.renderedDifferently.map((r) => ({ speaker: r.speaker, evidence: r.evidence, overlap: r.overlap, a: span(r.a), b: span(r.b) })),
    },
    wordChoice: c.wordChoice.map((w) => ({ kind: w.kind, subject: w.subject, evidence: w.evidence, a: w.a.map(span), b: w.b.map(span) })),
  };
}
