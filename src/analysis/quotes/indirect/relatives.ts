/** Relative clauses that report: `Smith, who said the plan …, voted no`, `… from leaders who say the law …`. */
import { OBJECT_VERBS, reportingLemma, TIME_WORDS } from '../cues.js';
import { isVerbForm, type Token } from '../names.js';
import { readSubject, type SpeakerPhrase } from '../speakers.js';
import { nounPhraseSubject } from '../subjects.js';
import { afterParticle, clauseStartBefore, contentEndFrom, participleAfter } from './clauses.js';
import { FINITE, type Frame, trimContent, words } from './frame.js';
import { plainSubject, skipListener } from './subject.js';

/**
 * `Barkley, who said he votes Democratic, said …` / `… leaders who say the law …`: the speaker
 * is the noun phrase before `who`; the content is the relative clause, which ends at its closing
 * comma (the main clause's verb follows it). A restrictive relative (no comma) needs a head that
 * is no clause subject (see restrictiveHead).
 */
export function relativeFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>, whoAt = vi - 1): Frame | null {
  const v = toks[vi]!;
  const restrictive = toks[whoAt - 1]?.text !== ',';
  const headEnd = restrictive ? whoAt : whoAt - 1;
  if (headEnd <= 0) return null;
  const headStart = clauseStartBefore(text, from, toks, headEnd);
  const speaker = restrictive ? restrictiveHead(text, toks, whoAt, headStart) : readSubject(text, headStart, toks[headEnd - 1]!.end) ?? (/^which$/i.test(toks[whoAt]!.text) ? plainSubject(text, toks, headStart, headEnd, vi) : null);
  if (!speaker) return null;
  let c = afterParticle(toks, vi, vi + 1);
  if (OBJECT_VERBS.has(reportingLemma(v.text) ?? '')) c = skipListener(toks, c);
  const time = TIME_WORDS.exec(text.slice(toks[c]?.start ?? to, to));
  if (time) c = toks.findIndex((t) => t.start >= (toks[c]?.start ?? to) + time[0].length);
  if (c < 0 || c >= toks.length) return null;
  let end = Math.min(participleAfter(toks, c, to), contentEndFrom(text, toks, c, to, false));
  // a comma relative ends at the comma that gives the sentence back to its main verb (`X, who said …,
  // took a seat`); a comma inside a list or before an adjunct (`Iran, Russia and Syria`, `sparingly,
  // in emergencies`) is the content's own (a restrictive one ends at any comma: `Among those who
  // say …, most …`)
  // (`who suggest X …, or that Y …`: a second `that` clause joined by `or`/`and` is content too)
  const comma = toks.find((t, k) => k > c && t.text === ',' && t.start < end && (restrictive || closesRelative(toks, k)) && !secondThatClause(toks, k));
  if (comma) end = comma.start;
  const [cs, ce] = trimContent(text, toks[c]!.start, end);
  if (words(text, cs, ce) < 2) return null;
  if (quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) return null;
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' };
}

/**
 * `… drew fire from business leaders who say the law …`, `Among those who said they …, most …`: a
 * restrictive `who` clause after a verb or a preposition (never the main clause's subject, whose
 * own verb would follow: `voters who say … favour …`) reports for the people it picks out.
 */
function restrictiveHead(text: string, toks: Token[], whoAt: number, clauseStart: number): SpeakerPhrase | null {
  if (!/^who$/i.test(toks[whoAt]!.text)) return null;
  let a = whoAt - 1;
  // back over the head noun phrase (determiners, adjectives, nouns), never past a preposition or a comma
  while (a > 0 && toks[a - 1]!.start >= clauseStart && whoAt - a < 5 && /^[\p{L}\p{N}-]+$/u.test(toks[a - 1]!.text) && !HEAD_OPENER.test(toks[a - 1]!.text) && !INNER_STOP.test(toks[a - 1]!.text) && !(/^\p{Ll}/u.test(toks[a - 1]!.text) && isVerbForm(toks[a - 1]!.text))) a--;
  const opener = toks[a - 1]?.text ?? '';
  if (!HEAD_OPENER.test(opener) && !(/^\p{Ll}/u.test(opener) && isVerbForm(opener))) return null;
  if (a === whoAt - 1 && /^(?:those|people|anyone|everyone|others)$/i.test(toks[a]!.text)) return { type: 'unnamed', mention: toks[a]!.text, start: toks[a]!.start, end: toks[a]!.end, role: null };
  return nounPhraseSubject(text, toks, a, whoAt - 1, true);
}

/** Words a head noun phrase never runs past: other prepositions, conjunctions, clause words. */
const INNER_STOP = /^(?:in|on|at|into|over|under|after|before|during|since|than|as|and|or|but|that|which|who|whom|whose|when|where|while|if|because|is|are|was|were|be|been|has|have|had)$/i;

/** Prepositions before a noun phrase that is no clause subject. */
const HEAD_OPENER = /^(?:among|from|of|by|with|for|to|including|like|about|against|between)$/i;

/** Does the comma at toks[k] join a second content clause (`, or that …`, `, and that …`)? */
function secondThatClause(toks: Token[], k: number): boolean {
  return /^(?:or|and)$/i.test(toks[k + 1]?.text ?? '') && /^that$/i.test(toks[k + 2]?.text ?? '');
}

/** Does the comma at toks[k] close a relative clause: the main clause's verb (past an adverb) follows? */
export function closesRelative(toks: Token[], k: number): boolean {
  let n = k + 1;
  while (/^[”"’]$/.test(toks[n]?.text ?? '')) n++;
  while (/^\p{Ll}+ly$/u.test(toks[n]?.text ?? '') || /^(?:also|still|then|now|never|not)$/i.test(toks[n]?.text ?? '')) n++;
  const w = toks[n]?.text ?? '';
  // (`…, and Hispanics, who back …`: a new conjunct of the relative's head starts with a name)
  if (/^(?:and|but)$/i.test(w) && /^\p{Lu}/u.test(toks[n + 1]?.text ?? '')) return true;
  return /^\p{Ll}/u.test(w) && (FINITE.test(w) || isVerbForm(w));
}
