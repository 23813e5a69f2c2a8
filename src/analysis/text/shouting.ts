/**
 * Lines written in capitals ("GARY ROSS REMAINS IN NEGOTIATIONS TO DIRECT SEQUEL", headlines,
 * kickers, sports results): every word is capitalised, so a run of capitalised words says
 * nothing about where a name starts or ends. In such a line the words are read case-insensitively,
 * for people only: a person named elsewhere in the article (in full or by surname), or a known
 * first name followed by one or two name-like words. Other runs in the line are not trusted.
 */

import type { Span } from './segment.js';

/** A line is shouting when it has at least three words in capitals and they are most of its words. */
const MIN_CAPS_WORDS = 3;
const MIN_CAPS_SHARE = 0.6;
// a word of two or more letters, all capitals ("GARY", "O'BRIEN", "U.S."); any word
const CAPS_WORD = /(?<![\p{L}'’.\-])\p{Lu}[\p{Lu}'’.\-]*\p{Lu}\.?(?![\p{L}'’\-])/gu;
const ASCII_CAPS = /\b[A-Z][A-Z'’.\-]*[A-Z]\b/g;
const ANY_WORD = /(?<![\p{L}'’.\-])\p{L}[\p{L}'’.\-]*/gu;

export interface ShoutedWord {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Spans of the lines of `text` written in capitals. */
export function shoutingLines(text: string): Span[] {
  // cheap pass first (an ASCII pattern, no Unicode classes): lines with three words in capitals
  const capsPerLine = new Map<number, number>();
  ASCII_CAPS.lastIndex = 0;
  for (let m = ASCII_CAPS.exec(text); m; m = ASCII_CAPS.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    capsPerLine.set(lineStart, (capsPerLine.get(lineStart) ?? 0) + 1);
  }
  const out: Span[] = [];
  for (const [start, n] of capsPerLine) {
    if (n < MIN_CAPS_WORDS) continue;
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    const caps = line.match(CAPS_WORD)?.length ?? 0;
    const words = line.match(ANY_WORD)?.length ?? 0;
    if (caps >= MIN_CAPS_WORDS && caps >= words * MIN_CAPS_SHARE) out.push({ start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface PeopleLookup {
  /** known full names (lower-case, space-separated) → canonical key */
  fullNames: ReadonlyMap<string, string>;
  /** surnames of people named in full in the article → canonical key */
  surnames: ReadonlyMap<string, string>;
  isFirstName(lower: string): boolean;
  /** a word that could be part of a name: a known surname or first name, or a rare word */
  isNameLike(lower: string): boolean;
}

export interface ShoutedPerson {
  key: string;
  name: string;
  start: number;
  end: number;
}

/** People named in a shouting line (offsets into `text`); `free` says whether a span is not taken by a number or date. */
export function shoutedPeople(text: string, line: Span, people: PeopleLookup, free: (s: number, e: number) => boolean): ShoutedPerson[] {
  const words: ShoutedWord[] = [];
  const re = /[\p{L}][\p{L}'’\-]*/gu;
  const slice = text.slice(line.start, line.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const w = m[0].replace(/['’]s$/i, '').replace(/['’]$/, '');
    words.push({ text: w, lower: w.toLowerCase().replace(/’/g, "'"), start: line.start + m.index, end: line.start + m.index + w.length });
  }
  const out: ShoutedPerson[] = [];
  // words must be adjacent (one space apart) to form one name
  const joined = (i: number, j: number) => words.slice(i, j + 1).every((w, k, a) => k === 0 || /^[ \u00A0]+$/.test(text.slice(a[k - 1]!.end, w.start)));
  for (let i = 0; i < words.length; i++) {
    let found: ShoutedPerson | undefined;
    for (let len = Math.min(4, words.length - i); len >= 2 && !found; len--) {
      const j = i + len - 1;
      const key = people.fullNames.get(words.slice(i, j + 1).map((w) => w.lower).join(' '));
      if (key && joined(i, j)) found = { key, name: '', start: words[i]!.start, end: words[j]!.end };
    }
    if (!found && people.isFirstName(words[i]!.lower) && words[i + 1] && people.isNameLike(words[i + 1]!.lower) && joined(i, i + 1)) {
      let j = i + 1;
      if (words[j + 1] && people.isNameLike(words[j + 1]!.lower) && joined(i, j + 1)) j++;
      found = { key: words.slice(i, j + 1).map((w) => w.lower).join(' '), name: '', start: words[i]!.start, end: words[j]!.end };
    }
    if (!found) {
      const key = people.surnames.get(words[i]!.lower);
      if (key) found = { key, name: '', start: words[i]!.start, end: words[i]!.end };
    }
    if (found && free(found.start, found.end)) {
      found.name = titleCase(text.slice(found.start, found.end));
      out.push(found);
      while (i + 1 < words.length && words[i + 1]!.start < found.end) i++;
    }
  }
  return out;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
