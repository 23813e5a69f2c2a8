/**
 * Paragraph and sentence segmentation with offsets, light enough to run on every article
 * (no tagger): abbreviation- and initial-aware, quotation-mark aware.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  /** index of the paragraph it belongs to */
  paragraph: number;
  /** index of the sentence within the whole text */
  index: number;
}

export interface Paragraph extends Span {
  text: string;
  index: number;
}

// Lower-cased, without the final dot. A dot after these does not end a sentence when a capital follows.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof sen rep gov gen lt col capt cpt sgt maj adm cmdr st jr sr rev hon pres supt insp det ' +
    // police ranks in Canadian copy (`RCMP Cpl. Ana Cole`, `Const.`, `Cst.`), attorneys and monsignors
    'cpl const cst atty msgr ' +
    'inc ltd co corp bros dept univ assn est fig no nos vol vs v etc al approx ca cf ie eg ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ' +
    'u.s u.k u.n e.u u.s.a d.c a.m p.m ph.d b.a m.a mt ft ave blvd rd no op ed del'
  ).split(' '),
);
// Abbreviations that still end the sentence when they close it ("in the U.S. The next day…";
// `Del.` is Delaware after a place, a delegate's title before a name)
const CAN_END_SENTENCE = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'a.m', 'p.m', 'etc', 'inc', 'ltd', 'co', 'corp', 'del']);

const CLOSERS = '"”’\'»)]';
const OPENERS = '"“‘\'«([';

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  const add = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) paragraphs.push({ start: s, end: e, text: text.slice(s, e), index: paragraphs.length });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    add(start, m.index);
    start = m.index + m[0].length;
  }
  add(start, text.length);
  return paragraphs;
}

/** Sentence boundaries inside one paragraph, as [start, end) offsets of `text`. */
function sentenceSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // run of terminal punctuation and closing quotes/brackets
    let j = i + 1;
    while (j < to && '.!?…'.includes(text[j]!)) j++;
    while (j < to && CLOSERS.includes(text[j]!)) j++;
    if (j >= to) break;
    let k = j;
    if (/\s/.test(text[j]!)) {
      while (k < to && /\s/.test(text[k]!)) k++;
      if (k >= to) break;
      if (!startsSentence(text, k, to)) continue;
    } else if (!gluedBoundary(text, i, j)) {
      continue;
    }
    if (c === '.' && !endsAtDot(text, start, i, k)) continue;
    spans.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (to > start) spans.push({ start, end: to });
  return spans;
}

/**
 * Scraped pages often join paragraphs with no space ("in 2007.The company…", "the UK.Its aim"):
 * a terminal mark right after a lower-case letter or digit, directly followed by a capitalised
 * word (capital then lower case), ends the sentence. Initials ("J.Smith"), "Ph.D" and decimals
 * do not match; abbreviations are still checked by endsAtDot.
 */
function gluedBoundary(text: string, mark: number, next: number): boolean {
  const before = text[mark - 1];
  if (before === undefined) return false;
  // a lower-case letter or digit, or a capital that ends a word of two or more letters ("UK")
  const wordEnd = /[\p{Ll}\d]/u.test(before) || (/\p{Lu}/u.test(before) && /\p{L}/u.test(text[mark - 2] ?? ''));
  if (!wordEnd) return false;
  return /^\p{Lu}\p{Ll}/u.test(text.slice(next, next + 2));
}

function startsSentence(text: string, k: number, to: number): boolean {
  let p = k;
  while (p < to && OPENERS.includes(text[p]!)) p++;
  const ch = text[p];
  if (ch === undefined) return false;
  return /[\p{Lu}\p{N}]/u.test(ch) || (p > k && /\p{L}/u.test(ch));
}

/** Is the dot at `dot` a sentence end, given the next sentence would start at `next`? */
function endsAtDot(text: string, sentenceStart: number, dot: number, next: number): boolean {
  // the word before the dot (letters and inner dots: "U.S", "Ph.D", "Mr")
  let w = dot;
  while (w > sentenceStart && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return true; // "1990." or ")."
  const lower = word.toLowerCase();
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "Jeff J. Brown"
  // initials run together ("G.K. Butterfield", "J.R.R. Tolkien") are treated like "U.S."
  const initials = /^(?:\p{Lu}\.){1,3}\p{Lu}$/u.test(word);
  if (ABBREVIATIONS.has(lower) || initials) {
    if (!initials && !CAN_END_SENTENCE.has(lower)) return false;
    // "U.S. officials" (no end) vs "in the U.S. The…": end only before a function word
    const after = /^[\s"“‘'«(]*(\p{L}+)/u.exec(text.slice(next, next + 20));
    if (!!after && /^(The|A|An|He|She|It|They|We|I|But|And|In|On|This|That|There|His|Her|Their)$/.test(after[1]!)) return true;
    return (lower === 'a.m' || lower === 'p.m') && clockTimeEnds(text, next);
  }
  return true;
}

/** What a clock time runs on into: a time zone (`ET`, `Eastern time`, `local time`), a day or a month. */
const CLOCK_TIME_GOES_ON = /^(?:[A-Z]{1,2}[SD]?T|GMT|UTC|Z|Eastern|Central|Mountain|Pacific|Atlantic|Newfoundland|Alaska|Hawaii|Local|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tonight|Tomorrow|Yesterday)$/;

/**
 * `police were called at 2 a.m. Martin said …`: a clock time closes the sentence before a
 * capitalised word that opens a clause, not before a time zone or a day it goes on into
 * (`8 p.m. Eastern time`, `2 a.m. ET`, `9 a.m. Monday`, `5 p.m. Ottawa time`). A number after it
 * is left as before (`at 5 p.m. 10 people …` is as often a list).
 */
function clockTimeEnds(text: string, next: number): boolean {
  const m = /^[\s"“‘'«(]*(\p{Lu}[\p{L}'’\-]*)\.?(?:\s+([\p{L}]+))?/u.exec(text.slice(next, next + 40));
  if (!m) return false;
  if (CLOCK_TIME_GOES_ON.test(m[1]!)) return false;
  return !/^time$/i.test(m[2] ?? '');
}

export function splitSentences(text: string, paragraphs: Paragraph[] = splitParagraphs(text)): Sentence[] {
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    for (const s of sentenceSpans(text, p.start, p.end)) {
      let { start, end } = s;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) sentences.push({ start, end, text: text.slice(start, end), paragraph: p.index, index: sentences.length });
    }
  }
  return sentences;
}

export interface Token extends Span {
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:[''’.\-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return tokens;
}
