/**
 * Candidate units for extraction: the document's sentences, with page furniture removed and
 * glued picture captions split off.
 *
 * Scraped news pages (the Daily Mail above all) run picture captions straight into the next
 * sentence with no punctuation: "…went unbeaten in their first six games in charge of the club
 * He has impressed Mann…". The shared splitter rightly keeps that as one sentence (there is no
 * full stop), but a summary should show the sentence without the caption. We cut at such seams
 * here rather than in the shared splitter, because only extraction needs it and the cut is a
 * guess that other analyses (quotes) should not inherit.
 */
import type { Doc } from '../text/doc.js';
import { furniturePrefixLength, isFurniture } from './furniture.js';

export interface Unit {
  /** offsets in doc.text (normalised) */
  start: number;
  end: number;
  text: string;
  paragraph: number;
  /** index of the doc sentence this unit comes from */
  sentence: number;
  /** index among the units, in article order */
  index: number;
  /** no closing punctuation: a caption, a heading or a cut-off line */
  unterminated: boolean;
}

// A capitalised word that cannot continue a sentence after a lower-case word: a new sentence
// (usually after a caption) starts here.
const SEAM_STARTERS = 'He|She|They|It|We|The|His|Her|Their|Its|But|However|This|These|Those|There|After|When|While';
// Words after which a capitalised word is a title or a name, not a new sentence
// ("told The Times", "on This Morning", "dubbed 'The Beast'").
const TITLE_CUES = new Set(
  'in to told tells from by of for at on with said says wrote writes read reads and or the a an called dubbed named titled labelled known as star starring watch magazine newspaper'.split(' '),
);
const SEAM = new RegExp(`(?<=[\\p{Ll}\\d])\\s+(?=(?:(?:${SEAM_STARTERS})\\s)|[‘“'"](?:\\p{Lu}|I['’]))`, 'gu');
const TERMINATED = /[.!?…]['"’”»)\]]*$/u;

function seams(text: string): number[] {
  const cuts: number[] = [];
  SEAM.lastIndex = 0;
  for (let m = SEAM.exec(text); m; m = SEAM.exec(text)) {
    const before = /(\p{L}+)$/u.exec(text.slice(0, m.index));
    if (!before || TITLE_CUES.has(before[1]!.toLowerCase())) continue;
    // a seam needs a caption before it: at least four words since the sentence start
    const lastCut = cuts.length ? cuts[cuts.length - 1]! : 0;
    if (text.slice(lastCut, m.index).trim().split(/\s+/).length < 4) continue;
    cuts.push(m.index + m[0].length);
  }
  return cuts;
}

export function buildUnits(doc: Doc): Unit[] {
  const units: Unit[] = [];
  for (const s of doc.sentences) {
    const skip = furniturePrefixLength(s.text);
    const body = s.text.slice(skip);
    const pieces: [number, number][] = [];
    let from = 0;
    for (const cut of seams(body)) {
      pieces.push([from, cut]);
      from = cut;
    }
    pieces.push([from, body.length]);
    for (const [a, b] of pieces) {
      let start = s.start + skip + a;
      let end = s.start + skip + b;
      while (start < end && /\s/.test(doc.text[start]!)) start++;
      while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
      const text = doc.text.slice(start, end);
      if (!/[\p{L}\p{N}]/u.test(text) || isFurniture(text)) continue;
      units.push({
        start,
        end,
        text,
        paragraph: s.paragraph,
        sentence: s.index,
        index: units.length,
        unterminated: !TERMINATED.test(text),
      });
    }
  }
  return units;
}
