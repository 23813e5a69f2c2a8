/**
 * Finds quoted spans in the normalised text: every mark newsrooms use (straight and curly double
 * quotes, curly single quotes as the primary mark, guillemets), one level of nesting, apostrophes
 * that are not quotes, quotes that run over several paragraphs.
 *
 * Works paragraph by paragraph on `doc.text`; offsets are offsets of `doc.text`.
 */
import { countWords } from '../text/words.js';
import type { Paragraph } from '../text/segment.js';

export type MarkFamily = 'double' | 'single' | 'guillemet';

export interface QuoteSpan {
  /** content start/end (without the marks) in doc.text */
  start: number;
  end: number;
  /** position of the opening mark (-1 when the quote continues from an earlier paragraph without a mark) */
  open: number;
  /** position of the closing mark (-1 when the quote runs on to the next paragraph) */
  close: number;
  family: MarkFamily;
  paragraph: number;
  /** true when this span continues a quote opened in an earlier paragraph */
  continued: boolean;
  /** true when the quote runs on into the next paragraph */
  runsOn: boolean;
  /** quotes nested inside this one (the other mark) */
  depth: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/“"‘«:]/u;
const CLOSE_CONTEXT = /[\s)\]}.,;:!?…\u2014\u2013\-/”"’'»]/u;

function before(text: string, i: number, from: number): string {
  return i > from ? text[i - 1]! : ' ';
}
function after(text: string, i: number, to: number): string {
  return i + 1 < to ? text[i + 1]! : ' ';
}

interface Mark {
  pos: number;
  family: MarkFamily;
  role: 'open' | 'close' | 'either';
}

/** Classifies every quotation mark of a paragraph (apostrophes are left out). */
function marksOf(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    const b = before(text, i, from);
    const a = after(text, i, to);
    switch (c) {
      case '“':
      case '„':
        // `here,“ said Clyburn`: an opening mark typed as the closer after punctuation, before a space
        marks.push({ pos: i, family: 'double', role: c === '“' && /[.,!?…]/.test(b) && /\s/.test(a) ? 'close' : 'open' });
        break;
      case '”':
        // a closing curly mark used as an opener ("”Word") still opens when it starts a word after a space
        marks.push({ pos: i, family: 'double', role: /\s/.test(b) && LETTER_OR_DIGIT.test(a) ? 'either' : 'close' });
        break;
      case '"': {
        const canOpen = OPEN_CONTEXT.test(b) && !/\s/.test(a);
        const canClose = !/\s/.test(b) && (CLOSE_CONTEXT.test(a) || i + 1 >= to);
        marks.push({ pos: i, family: 'double', role: canOpen && !canClose ? 'open' : canClose && !canOpen ? 'close' : 'either' });
        break;
      }
      case '«':
        marks.push({ pos: i, family: 'guillemet', role: 'open' });
        break;
      case '»':
        marks.push({ pos: i, family: 'guillemet', role: 'close' });
        break;
      case '‘':
        if (OPEN_CONTEXT.test(b) && !/\s/.test(a)) marks.push({ pos: i, family: 'single', role: 'open' });
        break;
      case '’':
      case "'": {
        // an apostrophe sits between letters (Japan's) or starts a number ('90s) or a clipped word
        if (LETTER_OR_DIGIT.test(b) && LETTER_OR_DIGIT.test(a)) break;
        if (c === "'" && OPEN_CONTEXT.test(b) && /\p{L}/u.test(a)) {
          marks.push({ pos: i, family: 'single', role: 'open' });
          break;
        }
        if (!/\s/.test(b) && (CLOSE_CONTEXT.test(a) || i + 1 >= to)) marks.push({ pos: i, family: 'single', role: 'close' });
        break;
      }
    }
  }
  return marks;
}

/**
 * Pairs single marks inside [from, to): for each opener, the closer is the first candidate
 * followed by punctuation or the end before the next opener, else the first candidate (so
 * `‘working’ towards` closes at once, while a stray `Pacific' is` inside a long quote does not).
 */
function pairSingles(text: string, marks: Mark[], from: number, to: number): Array<[number, number]> {
  const singles = marks.filter((m) => m.family === 'single' && m.pos >= from && m.pos < to);
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < singles.length; k++) {
    const m = singles[k]!;
    if (m.role !== 'open') continue;
    let nextOpen = to;
    const candidates: Mark[] = [];
    for (let j = k + 1; j < singles.length; j++) {
      const n = singles[j]!;
      if (n.role === 'open') {
        nextOpen = n.pos;
        break;
      }
      candidates.push(n);
    }
    if (candidates.length === 0) continue;
    const strong = candidates.find((c) => c.pos + 1 >= to || /[.,;:!?…\u2014)]/.test(text[c.pos + 1] ?? ' ') || c.pos + 1 >= nextOpen - 1);
    const pick = strong ?? candidates[0]!;
    if (pick.pos - m.pos < 2) continue;
    pairs.push([m.pos, pick.pos]);
    k = singles.indexOf(pick);
  }
  return pairs;
}

/** Scans the paragraphs for quoted spans. */
export function scanQuotes(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // an open double/guillemet quote carried over from an earlier paragraph
  let carry: { family: MarkFamily; paragraph: number } | null = null;

  const allMarks = paragraphs.map((p) => marksOf(text, p.start, p.end));
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const marks = allMarks[pi]!;
    const outer: Array<{ open: number; close: number; family: MarkFamily; continued: boolean; runsOn: boolean }> = [];
    let open: { pos: number; family: MarkFamily; continued: boolean } | null = null;
    let reopened = false;
    if (carry) {
      const first = marks.find((m) => m.family === carry!.family);
      // the usual convention re-opens the quote at the start of each paragraph; without that,
      // the quote runs on until its closer (quoteRunsOn checked that one comes)
      reopened = !!first && first.pos === p.start && first.role !== 'close';
      if (!reopened) open = { pos: -1, family: carry.family, continued: true };
      carry = null;
    }
    for (const m of marks) {
      if (m.family === 'single') continue;
      if (!open) {
        if (m.role !== 'close') open = { pos: m.pos, family: m.family, continued: reopened && m.pos === p.start };
        continue;
      }
      if (m.family !== open.family) continue;
      if (m.role === 'open' && m.pos !== p.start && text[m.pos] !== '"') {
        // a second opener before any closer: the first quote was never closed; keep the later one
        open = { pos: m.pos, family: m.family, continued: false };
        continue;
      }
      outer.push({ open: open.pos, close: m.pos, family: open.family, continued: open.continued, runsOn: false });
      open = null;
    }
    if (open) {
      const runsOn = quoteRunsOn(paragraphs, allMarks, pi, open.family);
      outer.push({ open: open.pos, close: -1, family: open.family, continued: open.continued, runsOn });
      if (runsOn) carry = { family: open.family, paragraph: pi };
    }

    // singles: at top level (British style) and nested one level inside a double quote
    const singlePairs = pairSingles(text, marks, p.start, p.end);
    for (const o of outer) {
      const start = o.open < 0 ? p.start : o.open + 1;
      const end = o.close < 0 ? p.end : o.close;
      spans.push({
        start,
        end,
        open: o.open,
        close: o.close,
        family: o.family,
        paragraph: p.index,
        continued: o.continued,
        runsOn: o.runsOn,
        depth: 0,
      });
    }
    for (const [s, e] of singlePairs) {
      const inside = outer.some((o) => (o.open < 0 ? p.start : o.open) < s && (o.close < 0 ? p.end : o.close) > e);
      spans.push({
        start: s + 1,
        end: e,
        open: s,
        close: e,
        family: 'single',
        paragraph: p.index,
        continued: false,
        runsOn: false,
        depth: inside ? 1 : 0,
      });
    }
  }
  // a quote that opened and never closed anywhere is not a quote run-on: drop its run-on flag
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Does a quote left open at the end of paragraph `pi` run on? Yes when the next paragraph
 * re-opens it (the usual convention), or when a later paragraph closes it before anything opens
 * a new quote of that family (a block quote without re-opening marks). An opener that is never
 * closed anywhere is a typo, and the quote ends with its paragraph.
 */
function quoteRunsOn(paragraphs: readonly Paragraph[], allMarks: Mark[][], pi: number, family: MarkFamily): boolean {
  const next = paragraphs[pi + 1];
  if (!next) return false;
  const first = allMarks[pi + 1]!.find((m) => m.family === family);
  if (first && first.pos === next.start && first.role !== 'close') return true;
  for (let k = pi + 1; k < allMarks.length && k <= pi + 40; k++) {
    const m = allMarks[k]!.find((x) => x.family === family);
    if (!m) continue;
    return m.role !== 'open';
  }
  return false;
}

/**
 * Words in [start, end) of text: runs of letters and digits, a run with an elision after it
 * (`don't`, `O’Brien`) counting once. The same count as
 * `text.slice(start, end).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu).length`, read off the
 * characters without building the list (it ran for most candidates of an article).
 */
export function wordCount(text: string, start: number, end: number): number {
  // (offsets a slice would wrap or clamp: the pattern itself answers)
  if (!(start >= 0 && end >= 0 && end <= text.length)) return text.slice(start, end).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;
  return countWords(text, start, end, true);
}
