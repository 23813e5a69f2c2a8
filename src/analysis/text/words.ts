/**
 * Word counts: runs of letters and digits (`[\p{L}\p{N}]+`), counted without building the list
 * of words. `text.match(/[\p{L}\p{N}]+/gu).length` on a 5,000-word piece allocates 5,000 strings
 * and an array to read one number; this reads the characters once (ASCII by range, anything else
 * by the same Unicode classes) and gives the same count.
 */

/**
 * How many runs of letters and digits text[from, to) holds. With `elisions`, a run with an
 * elision after it (`don't`, `O’Brien`: an apostrophe, then letters) counts once, the count of
 * `/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu`.
 */
export function countWords(text: string, from = 0, to = text.length, elisions = false): number {
  let n = 0;
  let i = from;
  while (i < to) {
    const w = charWidth(text, i, to, true);
    if (!w) {
      i += unitWidth(text, i, to);
      continue;
    }
    n++;
    i += w;
    for (let k; i < to && (k = charWidth(text, i, to, true)); ) i += k;
    if (!elisions) continue;
    const c = text.charCodeAt(i);
    if (i + 1 < to && (c === 0x27 || c === 0x2019) && charWidth(text, i + 1, to, false)) {
      i++;
      for (let k; i < to && (k = charWidth(text, i, to, false)); ) i += k;
    }
  }
  return n;
}

/** Code units of the character at text[i] (no further than end): a pair outside the BMP is one code point. */
function unitWidth(text: string, i: number, end: number): number {
  return i + 1 < end && (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

/** Code units of the letter (or, with digits, letter or digit) at text[i], 0 when it is none. */
function charWidth(text: string, i: number, end: number, digits: boolean): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (digits && c >= 0x30 && c <= 0x39) ? 1 : 0;
  const cp = i + 1 < end ? text.codePointAt(i)! : c;
  const ch = String.fromCodePoint(cp);
  return (digits ? LETTER_OR_DIGIT : LETTER).test(ch) ? ch.length : 0;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
