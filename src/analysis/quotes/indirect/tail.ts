/** Attributions after or inside their content: `…, Brown said.`, `…, said Brown, a professor.`, `In the long run, many economists say, this …`. */
import { isAttributionVerb, isReportingVerb, OBJECT_VERBS, TIME_WORDS } from '../cues.js';
import { isVerbForm, type Token } from '../names.js';
import { nounPhraseSubject } from '../subjects.js';
import { readObjectSpeaker, readSubject, type SpeakerPhrase } from '../speakers.js';
import { ADVERBIAL_OPENING, afterParticle, clauseEndAfter, clauseFollows, OBJECT_OPENER, participleAfter, verblessOpening } from './clauses.js';
import { FINITE, type Frame, trimContent, words } from './frame.js';
import { documentIt, plainSubject, skipListener, subjectEnd } from './subject.js';

/** `…, Brown said.` / `…, said Brown, a professor.` / `…, the ministry said in a statement.` */
export function tailFrame(text: string, from: number, to: number, toks: Token[], vi: number, lemma: string): Frame | null {
  const v = toks[vi]!;
  const prev = toks[vi - 1]!;
  let speaker: SpeakerPhrase | null;
  let commaTok: number;
  // `…, the company's spokesman, John Smith, said.` / `…, Smith, the spokesman, told reporters.`
  const aside = prev.text === ',' ? appositiveTail(text, from, to, toks, vi) : null;
  if (aside) return aside;
  if (prev.text === ',' || /^[”"’']$/.test(prev.text)) {
    // verb first: `…, said Brown`; `…, for instance, noted that …` is no tail but a clause after the verb,
    // and neither is `…, said he isn't fit` (a pronoun opens a clause) or `…, told an audience` (a listener)
    if (/^(?:that|whether|how|what|why|he|she|they|it|we|i|you)$/i.test(toks[vi + 1]?.text ?? '') || OBJECT_VERBS.has(lemma)) return null;
    speaker = readObjectSpeaker(text, v.end, clauseEndAfter(text, v.end, to));
    commaTok = vi - 1;
  } else {
    let k = vi - 1;
    while (k >= 0 && toks[k]!.text !== ',') k--;
    if (k < 0) return null;
    commaTok = k;
    const se = subjectEnd(toks, vi);
    if (se <= k + 1) return null;
    // `…, and more than 4 in 10 said the mayor …`: a coordinated clause with its own content
    // (`…, after half said so`: a subordinate clause has its own subject and verb, no tail)
    if (/^(?:and|but|while|yet|after|before|whereas|until|unless)$/i.test(toks[k + 1]!.text)) return null;
    // `In the deposition, Mr. Trump said his net worth could …`: a clause after the verb is the
    // report, and the part before the comma an adjunct
    if (clauseFollows(text, toks, vi, to)) return null;
    // `Shortly after my sentence, Eric Holder announced his resignation`: an object after the verb
    // (no listener, no time) is what was reported, so the part before the comma is an adjunct
    const after = toks[vi + 1];
    if (after && !OBJECT_VERBS.has(lemma) && OBJECT_OPENER.test(after.text) && words(text, v.end, to) >= 2 && !TIME_WORDS.test(text.slice(after.start, to))) return null;
    // `…, which he said was a good deal`, `…, moves that he said helped`: a relative pronoun before a
    // short subject opens a relative clause that reports, no tail on the clause before the comma
    if (toks.slice(k + 1, se).some((t, i, a) => /^(?:which|that|who|whom)$/i.test(t.text) && a.length - i <= 4 && (i > 0 || !/^that$/i.test(t.text)))) return null;
    speaker = readSubject(text, toks[k + 1]!.start, toks[se - 1]!.end) ?? plainSubject(text, toks, toks[k + 1]!.start, se, vi) ?? documentIt(toks, se, vi, toks[k + 1]!.start);
  }
  if (!speaker) return null;
  const verbFirst = commaTok === vi - 1;
  // `She thanked the crowd, said Jones had been a friend and left`: a finite verb right after the
  // name makes it the subject of the clause the verb reports, a second predicate of the sentence's
  // own subject, not a tail naming who said the part before the comma
  if (verbFirst && finiteVerbAfter(text, toks, speaker.end)) return null;
  // `Part of the problem, say experts like Paul Bauman, a geophysicist, is the ground itself`: an
  // inverted attribution inside the sentence; the clause goes on after the speaker and its role
  const goesOn = verbFirst ? continuationAfterSpeaker(text, toks, speaker.end, to) : -1;
  // after the verb only a listener or an adjunct may follow (`told Sputnik`, `said on Tuesday`)
  const restWords = words(text, speaker.end > v.end ? speaker.end : v.end, to);
  // (`…, said Brian Baker, a longtime adviser to the family who oversees …`: a long appositive of the speaker is no content)
  const appositiveRole = verbFirst && /^\s*,\s*(?:a|an|the|who|whose)\s/i.test(text.slice(speaker.end, to));
  // (`…, lawmakers said Friday afternoon, as they bristled at …`: a time, then an adjunct clause)
  const adjunctClause = /^(?:\s+[\p{L}\p{N}.'’-]+){0,4}\s*,\s*(?:as|while|when|after|before|because|since|even as|although|though)\s/iu.test(text.slice(Math.max(v.end, speaker.end), to));
  if (restWords > 14 && goesOn < 0 && !appositiveRole && !adjunctClause) return null;
  const [cs, ce] = trimContent(text, from, toks[commaTok]!.start);
  if (words(text, cs, ce) < (goesOn >= 0 ? 1 : 3)) return null;
  if (goesOn >= 0) {
    const [bs, be] = trimContent(text, toks[goesOn]!.start, Math.min(participleAfter(toks, goesOn, to), to));
    if (words(text, bs, be) >= 2) return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: be, position: 'according', parts: [[cs, ce], [bs, be]] };
  }
  // `Despite challenging the leader, Cruz said he could work with him`: the part before the comma
  // is an adverbial, and the reported clause follows the verb
  // (past a leading conjunction: `But six minutes into the event, when …, Trump yelled, “…”`)
  const opening = text.slice(cs, ce).replace(/^(?:but|and|yet|so)\s+/i, '');
  if ((ADVERBIAL_OPENING.test(opening) || verblessOpening(opening) || /^(?:with|but (?:\w+ )?(?:minutes|hours|days|moments) )\b/i.test(opening) || /^\p{L}+\s+(?:minutes|hours|days|moments)\s+(?:into|after|before|later)\b/iu.test(opening)) && prev.text !== ',' && words(text, v.end, to) >= 2) return null;
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'after' };
}

/** The token straight after the speaker (no comma between) is a finite verb: `was`, `had`, `lied`. */
function finiteVerbAfter(text: string, toks: Token[], speakerEnd: number): boolean {
  const next = toks.find((t) => t.start >= speakerEnd);
  if (!next || !/^\s*$/.test(text.slice(speakerEnd, next.start))) return false;
  return FINITE.test(next.text) || (/^\p{Ll}+ed$/u.test(next.text) && isVerbForm(next.text));
}

/**
 * `…, his top aide, Tad Devine, told the Star.` / `…, Ana Cole, the mayor, said on Monday.`: a
 * subject and its appositive between commas, then the verb with no more than a listener or a time
 * after it, close the sentence; the clause before the first comma is the content. One of the two
 * comma chunks must hold a capitalised word (a name), both are short, and the subject is read
 * across both (name and role).
 */
function appositiveTail(text: string, from: number, to: number, toks: Token[], vi: number): Frame | null {
  const v = toks[vi]!;
  const b = vi - 1;
  let a = b - 1;
  while (a > 0 && b - a <= 8 && !/^[,;:“”"—–]$/.test(toks[a]!.text)) a--;
  if (a <= 0 || toks[a]!.text !== ',' || b - a < 2) return null;
  let c = a - 1;
  while (c > 0 && a - c <= 8 && !/^[,;:“”"—–]$/.test(toks[c]!.text)) c--;
  if (c <= 0 || toks[c]!.text !== ',' || a - c < 2) return null;
  // (a clause after the verb makes it `X, Y, said that …`, read elsewhere; only a listener or a time may follow)
  const next = toks[vi + 1]?.text ?? '';
  if (/^(?:that|whether|how|what|why|he|she|they|it|we|i|you)$/i.test(next) || words(text, v.end, clauseEndAfter(text, v.end, to)) > 5) return null;
  const chunk = (x: number, y: number) => toks.slice(x + 1, y);
  const named = (ts: Token[]) => ts.some((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && !ts.some((t) => FINITE.test(t.text) || /^(?:and|or|but|who|which|that)$/i.test(t.text));
  const first = chunk(c, a);
  const second = chunk(a, b);
  if (!named(first) && !named(second)) return null;
  // (`One after another, mining companies, including Patriot, declared …`: a chunk opened by a preposition is no appositive)
  if ([first[0], second[0]].some((t) => /^(?:including|like|such|among|in|on|at|with|from|for|of|to|by|as|after|before|during|despite|except|unlike|plus|especially|particularly|notably|even|also|not|and|or|but)$/i.test(t?.text ?? ''))) return null;
  // (each chunk a noun phrase: no verb of its own)
  if ([...first, ...second].some((t) => /^\p{Ll}/u.test(t.text) && (FINITE.test(t.text) || isReportingVerb(t.text) || /^\p{Ll}+ed$/u.test(t.text) && !/^(?:former|retired|elected|appointed|named|longtime)$/.test(t.text)))) return null;
  const speaker = readSubject(text, toks[c + 1]!.start, toks[b]!.start);
  if (!speaker || speaker.type === 'pronoun') return null;
  const [cs, ce] = trimContent(text, from, toks[c]!.start);
  // (the content is a clause: a verb of its own)
  if (words(text, cs, ce) < 3 || !toks.some((t) => t.start >= cs && t.end <= ce && /^\p{Ll}/u.test(t.text) && (FINITE.test(t.text) || isVerbForm(t.text)))) return null;
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'after' };
}

/**
 * After `…, said X[, role],` the token where the interrupted clause goes on, or -1: the first
 * comma chunk after the speaker that opens with a verb (`is the ground itself`) or a name and a
 * verb (`Teck wants …`); role chunks (`a Canadian geophysicist`, `senior vice president`) are skipped.
 */
function continuationAfterSpeaker(text: string, toks: Token[], speakerEnd: number, to: number): number {
  let k = toks.findIndex((t) => t.start >= speakerEnd);
  if (k < 0) return -1;
  for (let chunks = 0; chunks < 3; chunks++) {
    while (k < toks.length && toks[k]!.text !== ',') {
      if (/^[.;:!?“”"]$/.test(toks[k]!.text)) return -1;
      k++;
    }
    const first = toks[k + 1];
    if (!first) return -1;
    const second = toks[k + 2]?.text ?? '';
    const opensVerb = /^\p{Ll}/u.test(first.text) && (FINITE.test(first.text) || /^\p{Ll}+(?:s|ed)$/u.test(first.text) && isVerbForm(first.text) && !/^\p{Ll}+ss$/u.test(first.text));
    const nameVerb = /^\p{Lu}/u.test(first.text) && !NOT_CONTINUATION.test(first.text) && /^\p{Ll}/u.test(second) && (FINITE.test(second) || /^\p{Ll}+(?:s|ed)$/u.test(second) && isVerbForm(second));
    if (opensVerb || nameVerb) return NOT_CONTINUATION.test(first.text) ? -1 : k + 1;
    k++;
  }
  void text;
  void to;
  return -1;
}

/** Words that open an adjunct or a new clause after `, X said,`: then the report ends before the comma. */
const NOT_CONTINUATION = /^(?:in|on|at|during|after|before|from|with|without|to|for|of|by|about|over|when|whenever|while|as|because|since|although|though|but|and|or|nor|so|yet|which|who|whom|whose|where|if|unless|until|than|according|citing|adding|noting|saying|referring|speaking|pointing|explaining|arguing|calling|echoing|that|according)$/i;

/** Words after `, X said,` that carry the interrupted clause on (`because …`, `to …`, `but also …`). */
const GOES_ON = /^(?:because|but|rather|to|since|although|though|unless|by|than|including|that)$/i;

/**
 * `In the long run, many economists say, this effect could ripple …` / `What got under her skin,
 * she said, was a question …`: the attribution sits inside the sentence, and the report is the
 * sentence round it (in two parts). The part after it must go on with the clause, not open an
 * adjunct or a new clause (`…, she said, adding …`, `…, he said in an interview`).
 */
export function parentheticalFrame(text: string, from: number, to: number, toks: Token[], vi: number, lemma: string): Frame | null {
  const v = toks[vi]!;
  const se = subjectEnd(toks, vi);
  let k = se - 1;
  while (k >= 0 && toks[k]!.text !== ',' && se - k <= 7) k--;
  if (k < 1 || toks[k]!.text !== ',' || k >= se - 1) return null;
  // after the verb: a listener (`told reporters`) or a time (`said Tuesday`), then the comma
  let c = vi + 1;
  // (`…, as one adviser pointed out, …`: the verb's own particle)
  c = afterParticle(toks, vi, c);
  if (OBJECT_VERBS.has(lemma)) c = skipListener(toks, c);
  const time = TIME_WORDS.exec(text.slice(toks[c]?.start ?? to, to));
  if (time) c = toks.findIndex((t) => t.start >= (toks[c]?.start ?? to) + time[0].length);
  if (c < 0 || toks[c]?.text !== ',') return null;
  const next = toks[c + 1];
  // (`…, many economists say, because …`, `…, he said, to talk to Congress`: a conjunction or an
  // infinitive that goes on with the interrupted clause is still the report)
  const afterNext = toks[c + 2] && /^[“"‘]$/.test(toks[c + 2]!.text) ? toks[c + 3] : toks[c + 2];
  const goesOn = GOES_ON.test(next?.text ?? '') && /^\p{Ll}/u.test(afterNext?.text ?? '') && !/^\p{Ll}+ing$/u.test(afterNext?.text ?? '');
  // (`…, he said, replacing Clinton would be …`: a gerund that is the subject of a finite verb goes on with the clause; `adding …` does not)
  const gerundSubject = !!next && /^\p{Ll}+ing$/u.test(next.text) && !isReportingVerb(next.text) && !isAttributionVerb(next.text) && toks.slice(c + 2, c + 6).some((t) => FINITE.test(t.text));
  if (!next || (NOT_CONTINUATION.test(next.text) && !goesOn) || (/^\p{Ll}+ing$/u.test(next.text) && !gerundSubject) || /^[“"‘(—–-]$/.test(next.text)) return null;
  // (`Hawaii, as one adviser pointed out, normally …`: `as` opens the attribution)
  const sk = /^as$/i.test(toks[k + 1]!.text) && k + 2 < se ? k + 2 : k + 1;
  // (`That attitude, many argue, could …`: between the commas a short group is the subject, whatever the verb's form)
  const speaker = readSubject(text, toks[sk]!.start, toks[se - 1]!.end) ?? plainSubject(text, toks, toks[sk]!.start, se, vi) ?? (se - sk <= 3 ? nounPhraseSubject(text, toks, sk, se - 1) : null);
  if (!speaker) return null;
  const [as, ae] = trimContent(text, from, toks[k]!.start);
  const [bs, be] = trimContent(text, next.start, Math.min(participleAfter(toks, c + 1, to), to));
  // (`This, I predict, will not end well`: one word before the attribution is enough when it opens the sentence)
  if (words(text, as, ae) < (k === 1 ? 1 : 2) || words(text, bs, be) < 2) return null;
  // a report already closed before the attribution (`…, she said.` in a sentence the splitter joined) is not continued
  if (/[.!?]["”’']?\s*$/.test(text.slice(from, toks[k]!.start))) return null;
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: as, contentEnd: be, position: 'according', parts: [[as, ae], [bs, be]] };
}
