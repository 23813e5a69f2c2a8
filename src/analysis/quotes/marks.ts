/**
 * Typewriter double quotes written as two apostrophes (`''It's nonsense,'' Mr. Trump said.`), the
 * convention of some wire and archive feeds. The scanner knows one-character marks only, so the
 * quotes engine reads a view of the Doc in which each `''` is a `"` plus a space on the outer
 * side (` "` opening, `" ` closing): same length, so every offset still maps to the input.
 */
import type { Doc } from '../text/doc.js';

const WORD = /[\p{L}\p{N}]/u;

/** The text with `''` pairs made straight double quotes; null when there are none. */
export function withDoubledApostrophes(text: string): string | null {
  if (!text.includes("''")) return null;
  const out = text.split('');
  for (let i = 0; i + 1 < text.length; i++) {
    if (text[i] !== "'" || text[i + 1] !== "'") continue;
    const before = i > 0 ? text[i - 1]! : ' ';
    // `'''`: a single mark next to the double one; the double one is on the outer side
    // (`''' Hey` opens double then single; `case,'''` closes single then double)
    let at = i;
    if (text[i + 2] === "'" && !/\s/.test(before)) at = i + 1;
    const prev = at > 0 ? text[at - 1]! : ' ';
    const next = text[at + 2] ?? ' ';
    const opens = (/[\s([{\u2014\u2013\-/:]/u.test(prev) || at === 0) && !/\s/.test(next);
    const closes = !/\s/.test(prev) && !WORD.test(next);
    if (!opens && !closes) continue;
    if (opens && !closes) {
      out[at] = ' ';
      out[at + 1] = '"';
    } else {
      out[at] = '"';
      out[at + 1] = ' ';
    }
    i = at + 1;
  }
  return out.join('');
}

/** The Doc as the quotes engine reads it (see above); the same Doc when nothing changes. */
export function quotesView(doc: Doc): Doc {
  const text = withDoubledApostrophes(doc.text);
  if (text === null) return doc;
  // a paragraph or sentence that now starts with the padding space starts at the mark
  const startOf = (s: number, e: number) => (text[s] === ' ' && s + 1 < e ? s + 1 : s);
  const paragraphs = doc.paragraphs.map((p) => {
    const start = startOf(p.start, p.end);
    return { ...p, start, text: text.slice(start, p.end) };
  });
  const sentences = doc.sentences.map((s) => {
    const start = startOf(s.start, s.end);
    return { ...s, start, text: text.slice(start, s.end) };
  });
  return { input: doc.input, text, norm: doc.norm, paragraphs, sentences, toInput: (s, e) => doc.toInput(s, e) };
}
