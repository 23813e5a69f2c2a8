/**
 * Word counts: runs of letters and digits (`[\p{L}\p{N}]+`), counted without building the list
 * of words. `text.match(/[\p{L}\p{N}]+/gu).length` on a 5,000-word piece allocates 5,000 strings
 * and an array to read one number; this reads the characters once (ASCII by range, anything else
 * by the same Unicode classes) and gives the same count.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** How many runs of letters and digits text[from, to) holds. */
export function countWords(text: string, from = 0, to = text.length): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 0x80) word = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    else {
      // a character outside the BMP is a surrogate pair: one code point, two code units
      const cp = i + 1 < to ? text.codePointAt(i)! : c;
      word = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
      if (cp > 0xffff) i++;
    }
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}
