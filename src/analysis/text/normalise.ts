/**
 * Text normalisation with an offset map back to the input.
 *
 * Analyses work on clean text (hard line wraps joined, end-of-line hyphenation undone, runs of
 * spaces collapsed, separator lines dropped), but everything we show must point into the text
 * exactly as it was given. So every character of the normalised text remembers the input offset
 * it came from: `map[i]` is the input index of normalised character `i`, and
 * `map[text.length] === input.length`.
 */

export interface NormalisedText {
  /** The clean text: paragraphs separated by one blank line, single spaces. */
  readonly text: string;
  /** For each normalised character, its index in the input; one extra entry for the end. */
  readonly map: Int32Array;
}

// Invisible characters that only get in the way (BOM, zero-width space/joiners, soft hyphen).
const DROP = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
// Spaces that are spaces whatever their width.
const SPACE = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000\f\v]/;
// A line made only of separator marks: ***, * * *, ---, ___, ###, •••, ~~~.
const SEPARATOR_LINE = /^[\s*\-_#•~=·]{3,}$/u;
const ENDS_SENTENCE = /[.!?…:;"”’»)\]]$/u;

interface Line {
  start: number; // input index of the first non-space character
  end: number; // input index after the last non-space character
}

/** Splits into lines, recording the trimmed extent of each (blank lines have start === end). */
function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && isBlank(input[s]!)) s++;
    while (e > s && isBlank(input[e - 1]!)) e--;
    lines.push({ start: s, end: e });
  };
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') {
      push(lineStart, i);
      if (c === '\r' && input[i + 1] === '\n') i++;
      if (c === '\u2029') lines.push({ start: i, end: i }); // a paragraph separator is a blank line
      lineStart = i + 1;
    }
  }
  push(lineStart, input.length);
  return lines;
}

function isBlank(c: string): boolean {
  return SPACE.test(c) || DROP.test(c);
}

/**
 * Decides whether the text is hard-wrapped (PDF or e-mail extraction): most lines that are
 * followed by another line are long and stop mid-sentence.
 */
function looksHardWrapped(input: string, lines: Line[]): boolean {
  let candidates = 0;
  let wrapped = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.start === a.end || b.start === b.end) continue;
    candidates++;
    const text = input.slice(a.start, a.end);
    if (!ENDS_SENTENCE.test(text)) wrapped++;
  }
  return candidates >= 3 && wrapped / candidates >= 0.4;
}

export function normaliseText(input: string): NormalisedText {
  const lines = splitLines(input);
  const wrapped = looksHardWrapped(input, lines);
  const typicalLength = wrapped ? medianLineLength(lines) : 0;
  const out = new Builder(input.length);
  let pendingBreak: 'none' | 'space' | 'join' | 'glue' | 'paragraph' = 'none';
  let breakAt = 0;
  let prev: Line | undefined;

  for (const line of lines) {
    const content = input.slice(line.start, line.end);
    if (line.start === line.end || SEPARATOR_LINE.test(content)) {
      if (out.length > 0) {
        pendingBreak = 'paragraph';
        breakAt = line.start;
      }
      prev = undefined;
      continue;
    }
    if (prev && pendingBreak === 'none') {
      const prevText = input.slice(prev.start, prev.end);
      breakAt = prev.end;
      pendingBreak = lineBreakKind(prevText, content, wrapped, typicalLength, prev.end - prev.start);
    }
    if (pendingBreak === 'paragraph') {
      out.push('\n', breakAt);
      out.push('\n', breakAt);
    } else if (pendingBreak === 'space') {
      out.push(' ', breakAt);
    } else if (pendingBreak === 'join') {
      // undo end-of-line hyphenation: drop the hyphen we already emitted
      out.pop();
    }
    appendCollapsed(input, line.start, line.end, out);
    pendingBreak = 'none';
    prev = line;
  }
  return out.finish(input.length);
}

/**
 * The normalised text and its map as they are built. Most of an article is copied as it is, so
 * runs of kept characters are appended as one slice of the input and the map is a typed array
 * grown by doubling: one string and one number per character made two 5,000-word pieces spend
 * ~8 ms here.
 */
class Builder {
  private readonly chunks: string[] = [];
  private map: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.map = new Int32Array(Math.max(16, capacity + 8));
  }

  /** One character `c` that came from input offset `from`. */
  push(c: string, from: number): void {
    this.chunks.push(c);
    this.reserve(1);
    this.map[this.length++] = from;
  }

  /** input[start, end) as it is. */
  copy(input: string, start: number, end: number): void {
    if (end <= start) return;
    this.chunks.push(input.slice(start, end));
    this.reserve(end - start);
    for (let i = start; i < end; i++) this.map[this.length++] = i;
  }

  /** Drops the last character. */
  pop(): void {
    if (this.length === 0) return;
    const last = this.chunks.length - 1;
    const chunk = this.chunks[last]!;
    if (chunk.length > 1) this.chunks[last] = chunk.slice(0, -1);
    else this.chunks.pop();
    this.length--;
  }

  finish(inputLength: number): NormalisedText {
    this.reserve(1);
    this.map[this.length] = inputLength;
    return { text: this.chunks.join(''), map: this.map.slice(0, this.length + 1) };
  }

  private reserve(n: number): void {
    if (this.length + n < this.map.length) return;
    const grown = new Int32Array(Math.max(this.map.length * 2, this.length + n + 16));
    grown.set(this.map);
    this.map = grown;
  }
}

function lineBreakKind(
  prevText: string,
  next: string,
  wrapped: boolean,
  typicalLength: number,
  prevLength: number,
): 'space' | 'join' | 'glue' | 'paragraph' {
  if (/\p{Ll}-$/u.test(prevText) && /^\p{Ll}/u.test(next)) return 'join';
  if (/\p{L}-$/u.test(prevText) && wrapped) return 'glue'; // Australia-\nUnited Kingdom
  const endsSentence = ENDS_SENTENCE.test(prevText);
  if (!endsSentence && /^[\p{Ll}\d(“"‘'«]/u.test(next)) return 'space';
  // "…was announced on\nMay 10": a long line that stops on a lower-case word or a comma is
  // mid-sentence; a short title-case line ("Japan to open NATO office") is a heading
  if (!endsSentence && (/[,;–—]$/u.test(prevText) || (/\s\p{Ll}+$/u.test(prevText) && prevText.split(/\s+/).length >= 4))) return 'space';
  if (!wrapped) return 'paragraph';
  // In hard-wrapped text a line that ends a sentence well short of the usual width ends a paragraph.
  if (endsSentence && prevLength < typicalLength * 0.7) return 'paragraph';
  return 'space';
}

function medianLineLength(lines: Line[]): number {
  const lengths = lines.filter((l) => l.end > l.start).map((l) => l.end - l.start).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length / 2)]! : 0;
}

/** Appends input[start, end) with runs of spaces collapsed and invisible characters dropped. */
function appendCollapsed(input: string, start: number, end: number, out: Builder): void {
  let lastWasSpace = false;
  // input[run, i) is kept as it is: copied in one piece when a character breaks it
  let run = start;
  for (let i = start; i < end; i++) {
    const code = input.charCodeAt(i);
    // (ordinary printable characters other than a plain space: neither dropped nor collapsed)
    if (code > 0x20 && code < 0xa0) {
      lastWasSpace = false;
      continue;
    }
    // a single plain space after a kept character is kept as it is too
    if (code === 0x20 && !lastWasSpace) {
      lastWasSpace = true;
      continue;
    }
    const c = input[i]!;
    const drop = DROP.test(c);
    const space = !drop && SPACE.test(c);
    if (!drop && !space && c >= ' ') {
      lastWasSpace = false;
      continue;
    }
    out.copy(input, run, i);
    run = i + 1;
    if (space) {
      if (!lastWasSpace) out.push(' ', i);
      lastWasSpace = true;
    }
  }
  out.copy(input, run, end);
}

/** Converts a [start, end) span of the normalised text into a span of the input. */
export function toInputSpan(norm: NormalisedText, start: number, end: number): [number, number] {
  const s = norm.map[start] ?? norm.map[norm.map.length - 1]!;
  // the end is exclusive: take the input index just after the last included character
  const e = end > start ? norm.map[end - 1]! + 1 : s;
  return [s, e];
}
