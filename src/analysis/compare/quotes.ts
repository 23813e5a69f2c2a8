/**
 * The seam between compare and the who-said-what engine: compareDocs takes a `QuoteSource`
 * (Doc → quotes in doc.text offsets). By default it is the engine (`extractQuotes`), whose
 * offsets index the input, mapped back here; tests or callers may pass any other source.
 */
import type { Doc } from '../text/doc.js';
import { partitionPoint } from '../text/sorted.js';
import { extractQuotes } from '../quotes/index.js';

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

// The engine is most of a comparison's cost (about half for two 5,000-word pieces), and a newsroom
// compares one article with several others in turn: its quotes are kept per Doc (Docs are
// immutable and cached per article id; the WeakMap lets them go with their Doc).
const cache = new WeakMap<Doc, readonly QuoteLike[]>();

/** The quotes engine's quotes with a named speaker (people and organisations), in doc.text offsets. */
export function engineQuotes(doc: Doc): QuoteLike[] {
  let quotes = cache.get(doc);
  if (!quotes) cache.set(doc, (quotes = namedQuotes(doc)));
  return [...quotes];
}

function namedQuotes(doc: Doc): QuoteLike[] {
  return extractQuotes(doc)
    .filter((q) => q.speaker && (q.speakerType === 'person' || q.speakerType === 'organisation'))
    // a quote broken by its attribution ("A," she said. "B.") counts as its parts: the words
    // between them are narration, where word choice is compared
    .flatMap((q) =>
      (q.parts ?? [[q.start, q.end] as [number, number]]).map(([inputStart, inputEnd]) => {
        const start = inputToText(doc, inputStart);
        const end = Math.max(start, inputToText(doc, inputEnd - 1) + 1);
        return { text: doc.text.slice(start, end), start, end, speaker: q.speaker, cue: q.cue };
      }),
    );
}

/** First normalised offset whose input offset is at or after `input` (the map is increasing). */
function inputToText(doc: Doc, input: number): number {
  const map = doc.norm.map;
  // (the search stops at the map's last entry, its end sentinel)
  const lo = partitionPoint(map.length - 1, (i) => map[i]! < input);
  return Math.min(lo, doc.text.length);
}

