/**
 * Slack's mrkdwn text: escaping what users and articles write, and cutting long text at a
 * sensible boundary so that no text object exceeds its limit *after* escaping.
 */

/** Slack's three control characters; everything else is shown as written. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Length once escaped: what Slack counts against a text limit. */
export function escapedLength(text: string): number {
  let n = text.length;
  for (const ch of text) if (ch === '&') n += 4;
  else if (ch === '<' || ch === '>') n += 3;
  return n;
}

/** Shortens plain text (header, button label) to `max` characters with an ellipsis. */
export function truncatePlain(text: string, max: number): string {
  if (text.length <= max) return text;
  // never cut a surrogate pair in half
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/**
 * Splits plain text into pieces whose escaped length is at most `max`, preferring to break at
 * a line break, then after a sentence, then at a space; a hard cut only for a run with no
 * space at all. Pieces joined with the separators they were cut at give back the text.
 */
export function splitPlain(text: string, max: number): string[] {
  if (max < 1) throw new RangeError('max must be positive');
  const pieces: string[] = [];
  let rest = text;
  while (escapedLength(rest) > max) {
    const fit = longestPrefixWithin(rest, max);
    const window = rest.slice(0, fit);
    const cut = lastBreak(window) ?? fit;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

function longestPrefixWithin(text: string, max: number): number {
  let len = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    const add = ch === '&' ? 5 : ch === '<' || ch === '>' ? 4 : 1;
    if (len + add > max) break;
    len += add;
  }
  // do not split a surrogate pair
  if (i > 0 && i < text.length && /[\uD800-\uDBFF]/.test(text[i - 1]!)) i--;
  return Math.max(i, 1);
}

/** The best place to cut inside `window`, or undefined when only a hard cut will do. */
function lastBreak(window: string): number | undefined {
  const minimum = Math.floor(window.length / 3); // a break too early wastes a whole piece
  const newline = window.lastIndexOf('\n');
  if (newline >= minimum) return newline + 1;
  const sentence = /[.!?…][”’"')\]]*\s+(?=\S)/g;
  let last: number | undefined;
  for (let m = sentence.exec(window); m; m = sentence.exec(window)) last = m.index + m[0].length;
  if (last !== undefined && last >= minimum) return last;
  const space = window.lastIndexOf(' ');
  if (space >= minimum) return space + 1;
  return undefined;
}
