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
 *
 * The opposite fault also occurs: a line break in the middle of a sentence, usually right
 * after its first word or a quotation mark ("Barry⏎Pring, 47, was killed…", "\"The⏎Red Cross
 * would…", "The event on 27⏎May offers…"). The splitter must treat the break as a sentence end;
 * we join such a stub back onto the text that continues it, so neither half is judged (or
 * shown) on its own.
 */
import { countWords } from '../text/words.js';
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
// A scraped page can glue a link or heading straight onto the next sentence with no space at
// all ("…and other news from EssexA woman who…", "…loyalty & mentalityThe slump started…"). No
// ordinary word ends in a lower-case letter followed by "The", "She" or "Mr", so that join is
// a seam whatever precedes it. Short openers ("In", "A", "It") do end brand names and hashtags
// ("LinkedIn", "#ImWithHer"), so they count only after a word that starts in lower case, or
// after a line that is a link by its wording ("More on this story and news from LondonA boy…").
const GLUED_STRONG = `${SEAM_STARTERS}|Mr|Mrs|Ms|Dr`;
const GLUED_WEAK = new Set('A An In On At As For It'.split(' '));
const LINK_LINE = /^(?:More on this|Follow (?:updates|the latest) on this|Read more|Listen|Watch)\b/u;
const GLUED_SEAM = new RegExp(`(?<=\\p{Ll}\\p{Ll})(?:${GLUED_STRONG}|A|An|In|On|At|As|For)(?=\\s)`, 'gu');

function gluedSeams(text: string): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(GLUED_SEAM)) {
    const left = /\S*$/u.exec(text.slice(0, m.index))![0];
    if (/^[#@]/u.test(left)) continue;
    if (GLUED_WEAK.has(m[0]) && !/^\p{Ll}/u.test(left) && !LINK_LINE.test(text)) continue;
    cuts.push(m.index!);
  }
  return cuts;
}

/** Cut points in a sentence; `glued` holds the cuts with nothing between the two pieces. */
function seams(text: string): { cuts: number[]; glued: Set<number> } {
  const glued = new Set(gluedSeams(text));
  return { cuts: [...new Set([...spacedSeams(text), ...glued])].sort((a, b) => a - b), glued };
}

function spacedSeams(text: string): number[] {
  const cuts: number[] = [];
  SEAM.lastIndex = 0;
  for (let m = SEAM.exec(text); m; m = SEAM.exec(text)) {
    const before = /(\p{L}+)$/u.exec(text.slice(0, m.index));
    if (!before || TITLE_CUES.has(before[1]!.toLowerCase())) continue;
    if (/^[‘“'"]/u.test(text.slice(m.index + m[0].length)) && QUOTE_INTRODUCERS.has(before[1]!.toLowerCase())) continue;
    // a seam needs a caption before it: at least four words since the sentence start
    const lastCut = cuts.length ? cuts[cuts.length - 1]! : 0;
    if (text.slice(lastCut, m.index).trim().split(/\s+/).length < 4) continue;
    const next = m.index + m[0].length;
    if (/^[‘“'"]/u.test(text.slice(next)) && !opensQuotedSentence(text.slice(next))) continue;
    cuts.push(m.index + m[0].length);
  }
  return cuts;
}

// After these a quotation continues the sentence ("told her 'You can…'"), it does not start one.
const QUOTE_INTRODUCERS = new Set('her him them me us you it told asked wrote that'.split(' '));

/**
 * Is the quotation at the start of `text` a quoted sentence (a caption seam before it is
 * plausible) rather than a quoted title, nickname or term inside the sentence ("Don McLean's
 * "American Pie"", "Mike 'Sugar Bear' Thompson", "may not be "Star Trek"-type")? A quoted
 * sentence runs to several words, mostly lower-case; a title is short or Title Cased.
 */
const TITLE_FUNCTION_WORDS = new Set('a an the and or of in on at to for with by from'.split(' '));

function opensQuotedSentence(text: string): boolean {
  const close = /[’”'"](?![\p{L}])/gu;
  close.lastIndex = 1;
  const m = close.exec(text);
  const quoted = text.slice(1, m ? m.index : undefined);
  const ws = quoted.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (ws.length < 4) return false;
  // title case leaves short function words in lower case ("Toast of the Town")
  const rest = ws.slice(1).filter((w) => !TITLE_FUNCTION_WORDS.has(w));
  const capitalised = rest.filter((w) => /^\p{Lu}/u.test(w)).length;
  return rest.length > 0 && capitalised / rest.length < 0.5;
}

/** A stub this short (in words) with no closing punctuation may be the start of a broken sentence. */
const MAX_STUB_WORDS = 4;
// Capitalised words that usually start a sentence of their own: after a stub, they mean the stub
// was a heading or a label, not the first words of this sentence.
const SENTENCE_OPENERS = new Set(
  ('the a an he she it they we you this that these those there here but however and so in on at after ' +
    'when while his her their its our my if as for with by from to of since although though meanwhile ' +
    'yes no now then today yesterday').split(' '),
);
// A stub that ends with one of these cannot end a sentence ("The", "Mr", "In").
const CANNOT_END = new Set(
  'the a an mr mrs ms dr sir st in on at of for to from with by and or but as if his her their its our my this that although though because whether'.split(' '),
);

/** Does `next` continue the unterminated stub `stub` across a line break? */
function continuesStub(stub: string, gap: string, next: string): boolean {
  if (!/^\s*$/u.test(gap)) return false; // something (furniture) was dropped in between
  const label = /[:;]['"’”]?$/u.test(stub); // "Loan:", "He said:"
  // no sentence starts in lower case or with a comma, so a line of any length that runs on
  // into one is unfinished ("…five miles (8km)⏎east of Sumas…"); "iPhone" may start one
  if (!label && /^[,;)\]]|^\p{Ll}+(?!\p{Lu})/u.test(next)) return true;
  if (countWords(stub) > MAX_STUB_WORDS || label) return false;
  const lastWord = /(\p{L}+)[^\p{L}]*$/u.exec(stub)?.[1]?.toLowerCase();
  if (lastWord !== undefined && CANNOT_END.has(lastWord)) return true;
  if (/^[:\-–—]/u.test(next)) return true;
  const first = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u.exec(next)?.[1];
  if (first === undefined) return false;
  return /^\p{Lu}/u.test(first) && !SENTENCE_OPENERS.has(first.toLowerCase());
}

export function buildUnits(doc: Doc): Unit[] {
  return joinBrokenStubs(doc, splitUnits(doc));
}

function joinBrokenStubs(doc: Doc, pieces: Unit[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let unit = pieces[i]!;
    // at most two joins: a stub, the sentence it starts, and nothing more
    for (let joins = 0; joins < 2; joins++) {
      const next = pieces[i + 1];
      if (!next || !unit.unterminated || !continuesStub(unit.text, doc.text.slice(unit.end, next.start), next.text)) break;
      const text = doc.text.slice(unit.start, next.end);
      unit = { ...unit, end: next.end, text, unterminated: next.unterminated };
      i++;
    }
    if (isFurniture(unit.text.replace(/^[^\p{L}\p{N}@]+/u, ''))) continue;
    units.push({ ...unit, index: units.length });
  }
  return units;
}

function splitUnits(doc: Doc): Unit[] {
  const units: Unit[] = [];
  for (const s of doc.sentences) {
    const skip = furniturePrefixLength(s.text);
    const body = s.text.slice(skip);
    const pieces: [number, number][] = [];
    const { cuts, glued } = seams(body);
    let from = 0;
    for (const cut of cuts) {
      pieces.push([from, cut]);
      from = cut;
    }
    pieces.push([from, body.length]);
    for (const [a, b] of pieces) {
      // a heading or link glued onto the sentence after it is page furniture, not a caption
      if (glued.has(b) && !TERMINATED.test(body.slice(a, b).trimEnd())) continue;
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
