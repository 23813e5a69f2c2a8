/** Quotes broken by their attribution, joined back into one quote in several parts. */
import type { Doc } from '../text/doc.js';
import type { Candidate } from './candidate.js';
import type { Quote } from './quote.js';

/** `“A,” she said, adding, “B.”`: the second quote is a report of its own (PolNeAR marks two), not a broken one. */
const ADDS_ANOTHER = /\b(?:adding|continuing|before adding|and added|and continued|then added)\b/i;

/** The content is its whole paragraph: nothing but quotation marks, a dash or end punctuation around it. */
export function wholeParagraph(doc: Doc, c: Candidate): boolean {
  const para = doc.paragraphs[c.paragraph];
  return !!para && /^[\s"“”‘'«—–-]*$/.test(doc.text.slice(para.start, c.start)) && /^[\s"“”‘’'».,;:!?…)\]—–-]*$/.test(doc.text.slice(c.end, para.end));
}

/**
 * `“A,” she said. “B.”` and `“A,” she said, “B.”` are one quote broken by its attribution:
 * the second piece either has no cue of its own (it floats) or shares the first one's speaker
 * phrase. Newsroom convention (and PolNeAR's) counts them as one quote in two parts, and so
 * are the uncued quote paragraphs that follow one (`“A,” she said. ¶ “B.” ¶ “C.”`), after a
 * direct quote or a report with a quoted part (the whole stays mixed).
 */
export function joinBrokenQuotes(doc: Doc, out: Quote[], origins: Candidate[]): Quote[] {
  const joined: Quote[] = [];
  const joinedOrigins: Candidate[] = [];
  let lastPara = -1;
  for (let i = 0; i < out.length; i++) {
    const q = out[i]!;
    const c = origins[i]!;
    // the piece before: the last direct quote, past any reported speech read inside the
    // attribution between the pieces (`“A,” Clinton told reporters as she left. “B.”`)
    let li = joined.length - 1;
    while (li >= 0 && joined[li]!.kind === 'indirect' && joined[li]!.paragraph === q.paragraph && q.kind === 'direct') li--;
    const last = li >= 0 ? joined[li] : undefined;
    const prevOrigin = li >= 0 ? joinedOrigins[li]! : null;
    // a quote paragraph with no cue, right after the quote before it, goes on with the same
    // words (`“A,” she said. ¶ “B.” ¶ “C.”`); a chain of uncued quote paragraphs is one block
    const nextParagraph = q.paragraph === lastPara + 1 && li === joined.length - 1 && wholeParagraph(doc, c);
    const continues =
      last &&
      prevOrigin &&
      q.kind === 'direct' &&
      (last.kind === 'direct' || (last.kind === 'mixed' && c.floating)) &&
      (q.paragraph === last.paragraph || (nextParagraph && c.floating)) &&
      (q.speaker !== null || (nextParagraph && c.floating && !prevOrigin.cue) || (q.paragraph === last.paragraph && c.floating && !!prevOrigin.cue)) &&
      q.speaker === last.speaker &&
      (c.floating || (c.phrase !== null && prevOrigin.phrase !== null && c.phrase.start === prevOrigin.phrase.start)) &&
      !ADDS_ANOTHER.test(doc.text.slice(last.end, q.start));
    if (last && continues) {
      const parts: Array<[number, number]> = [...(last.parts ?? [[last.start, last.end]]), [q.start, q.end]];
      // the JSON contract: `quote` is exactly input.slice(start, end); the pieces stay in `parts`
      joined[li] = { ...last, end: q.end, parts, quote: doc.input.slice(last.start, q.end), partTexts: parts.map(([a, b]) => doc.input.slice(a, b)) };
      joinedOrigins[li] = c;
    } else {
      joined.push(q);
      joinedOrigins.push(c);
    }
    lastPara = q.paragraph;
  }
  return joined;
}
