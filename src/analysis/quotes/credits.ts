/**
 * Speakers named without a reporting verb next to the quote: a dash credit (`” ― Carla
 * Sanchez`), a label (`PENCE: …`), an introduction ending in a colon (`Clinton released the
 * following statement:`), or in the paragraph before.
 */
import type { Doc } from '../text/doc.js';
import { labelBeforeColon, subjectBeforeColon } from './colon.js';
import type { QuoteSpan } from './scan.js';
import { readObjectSpeaker, readSubject } from './speakers.js';
import type { Cue } from './candidate.js';
import { sentenceAt } from './sentences.js';
import { clauseBefore2, leadCueOf, untilClauseEnd } from './quotecues.js';

/** `― Carla Sanchez.`: a dash and a name, nothing else. */
export function isCreditOnly(lead: string): boolean {
  return /^\s*[―—–]\s*\p{Lu}[\p{L}.'’\- ]{1,60}?[.,]?\s*$/u.test(lead);
}

/** A name credited after a dash right after the closing mark: `” ― Carla Sanchez.` */
export function dashCredit(text: string, from: number, to: number): Cue | null {
  // (a plain hyphen too when a capitalised name follows it: `"…." - Bernie Sanders.`)
  const m = /^[\s.,]*(?:[―—–]|-(?=\s*\p{Lu}))\s*/u.exec(text.slice(from, to));
  if (!m) return null;
  const start = from + m[0].length;
  const phrase = readObjectSpeaker(text, start, untilClauseEnd(text, start, to));
  return phrase && (phrase.type === 'person' || phrase.type === 'organisation') ? { phrase, cue: text.slice(from, start).trim(), at: phrase.start } : null;
}

/**
 * `"Quote. ¶ Former NAACP president Ben Jealous."`: the last line of a pull quote that runs on over
 * paragraphs is its credit, a name with a title and nothing else, not words anyone said. Read on a
 * run-on quote's continuing paragraph (no mark of its own at its start), of a dozen words at most,
 * whose words up to the first comma are a person's full name, with or without a title.
 * PolNeAR train (the credit lines were all false positives): direct F1 0.9503 → 0.9509; dev unchanged.
 */
export function isCreditLine(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && /[\s.,”"’']/.test(text[e - 1]!)) e--;
  const line = text.slice(start, e);
  if (!line || /[!?;:]/.test(line) || line.split(/\s+/).length > 12 || !/^\p{Lu}/u.test(line)) return false;
  const comma = line.indexOf(',');
  const nameEnd = comma < 0 ? e : start + comma;
  const phrase = readObjectSpeaker(text, start, nameEnd);
  // (a full name, two words or more: `Jobs, jobs, jobs.` is no credit)
  return !!phrase && phrase.type === 'person' && /\s/.test(phrase.name ?? '') && phrase.start - start <= 1 && phrase.end >= nameEnd - 1;
}

/** `PENCE: …` or `Pat Caddell: …`: a name alone before a colon. */
export function speakerLabel(text: string, from: number, openAt: number): Cue | null {
  const lead = text.slice(from, openAt).trim();
  const m = /^["“]?([\p{Lu}][\p{L}.'’\- ]{1,40}):$/u.exec(lead);
  // `HEADLINE - Jeffrey M. Jones:`: a spaced dash is never inside a name (colon.ts reads the name after it)
  if (!m || /\s[-—–]\s/.test(m[1]!)) return null;
  const start = from + text.slice(from, openAt).indexOf(m[1]!);
  const phrase = readObjectSpeaker(text, start, start + m[1]!.length);
  return phrase && phrase.type !== 'pronoun' ? { phrase, cue: ':', at: phrase.start } : null;
}

/** A quote paragraph introduced by the previous one: `Hayashi said on Tuesday:`. */
export function introFromPrevious(doc: Doc, q: QuoteSpan): Cue | null {
  const text = doc.text;
  const para = doc.paragraphs[q.paragraph]!;
  if (q.open !== para.start && q.open >= 0) return null;
  const prev = doc.paragraphs[q.paragraph - 1];
  if (!prev || !/:\s*$/.test(prev.text)) return null;
  const s = sentenceAt(doc, prev.end - 1);
  if (!s) return null;
  const c = leadCueOf(text, s.start, prev.end, prev.text);
  return c && c.direct ? c : colonIntro(text, s.start, prev.end);
}

/**
 * Introductions that end in a colon without a speech verb before it: `Clinton released the
 * following statement:`, `Here’s Clinton in December 1992:`.
 */
export function colonIntro(text: string, from: number, end: number): Cue | null {
  const seg = text.slice(from, end);
  const at = (part: string) => from + seg.indexOf(part);
  // (an inverted `Stated Stone:` is left out: the people index reads `Stated Roger Stone` as the name)
  const inverted = /^\s*Here(?:’|')s\s+([^:]{2,60}?)(?:\s+(?:in|on|at|during|from|last|this)\b[^:]*)?:\s*$/.exec(seg);
  if (inverted) {
    const start = at(inverted[1]!);
    const phrase = readObjectSpeaker(text, start, start + inverted[1]!.length);
    return phrase && phrase.type !== 'pronoun' ? { phrase, cue: ':', at: phrase.start } : null;
  }
  const statement = /^(.*?)\s+(?:released|issued|put out|posted|sent out|sent|gave)\s+(?:the following|a|this|his|her|their|its|an)\s+(?:[\p{Ll}-]+\s+)?(?:statement|response|comment|message|reply|tweet)\b[^:]*:\s*$/su.exec(seg);
  if (statement) {
    const start = at(statement[1]!);
    const phrase = readSubject(text, clauseBefore2(text, start, start + statement[1]!.length), start + statement[1]!.length);
    return phrase ? { phrase, cue: ':', at: phrase.start } : null;
  }
  const named = labelBeforeColon(text, from, end) ?? subjectBeforeColon(text, from, end);
  return named ? { phrase: named, cue: ':', at: named.start } : null;
}
