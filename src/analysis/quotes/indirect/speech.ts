/** Frames of speech verbs with their content after them: `X said (that) …`, `X told Y that …`, and relative clauses that report. */
import { isAttributionVerb, isReportingVerb, isStrongReportingVerb, OBJECT_VERBS, particleOf, reportingLemma, TIME_WORDS } from '../cues.js';
import { isVerbForm, type Token } from '../names.js';
import { readSubject, type SpeakerPhrase } from '../speakers.js';
import { coordinatedObject } from '../subjects.js';
import { ADJUNCT_OPENER, afterParticle, clauseEndAfter, clauseStartBefore, contentEndFrom, EXAMPLE_OPENER, isExceptBut, isSubjectAfterComma, isSubordinate, participleAfter } from './clauses.js';
import { FINITE, type Frame, trimContent, words } from './frame.js';
import { appositiveSource, appositiveSubject, clauseSubject, coordinatedSubject, documentIt, plainSubject, relativeHead, skipListener, subjectEnd, withCoordinatedNames } from './subject.js';
import { relativeFrame } from './relatives.js';
import { parentheticalFrame, tailFrame } from './tail.js';

export function frameAt(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
  const v = toks[vi]!;
  const lemma = reportingLemma(v.text) ?? v.text;
  const prevTok = toks[vi - 1];
  // (a) `…, said Brown.` / `…, he said.` — the verb closes the sentence after a comma: content before
  const afterComma = prevTok && (prevTok.text === ',' || /^[”"’']$/.test(prevTok.text));
  // `Erin Murphy, a former aide who …, said McConnell's trip …`: the name and its appositive are the subject
  // (`Democratic economists, like their Republican counterparts, say taxing …`: an aside after a group,
  // when a clause opens after the verb, not a name closing a tail `…, said Jones`)
  const appositive = prevTok?.text === ',' ? appositiveSubject(text, from, to, toks, vi) ?? (CLAUSE_OPENER.test(toks[vi + 1]?.text ?? '') && !/^(?:who|whose|which)$/i.test(toks.find((t, i) => i > 0 && toks[i - 1]!.text === ',')?.text ?? '') ? appositiveSource(text, toks, vi) : null) ?? relativeAsideSubject(text, from, to, toks, vi) : null;
  if (!appositive && !afterComma && prevTok) {
    const paren = parentheticalFrame(text, from, to, toks, vi, lemma);
    if (paren) return paren;
  }
  if (!appositive && (afterComma || (prevTok && isSubjectAfterComma(toks, vi)))) {
    const tail = tailFrame(text, from, to, toks, vi, lemma);
    if (tail) return tail;
  }
  // `Smith, who said the plan …, voted no`: a relative clause reports for the noun it hangs on
  // (past an auxiliary: `who has said`, `which says`)
  const relSe = subjectEnd(toks, vi);
  if (relSe > 0 && /^(?:who|which)$/i.test(toks[relSe - 1]!.text)) return relativeFrame(text, from, to, toks, vi, quoted, relSe - 1);
  // (`…, many of whom say …`, `…, some of which said …`: a share of the head reports; the head speaks)
  if (relSe > 3 && /^(?:whom|which)$/i.test(toks[relSe - 1]!.text) && /^of$/i.test(toks[relSe - 2]!.text) && /^(?:many|most|some|several|all|both|none|few|one|two|three|half)$/i.test(toks[relSe - 3]!.text) && toks[relSe - 4]!.text === ',') {
    // (the speaker is the share as written, `many of whom`: the head phrase before the comma may be a whole clause)
    const share: SpeakerPhrase = { type: 'unnamed', mention: text.slice(toks[relSe - 3]!.start, toks[relSe - 1]!.end), start: toks[relSe - 3]!.start, end: toks[relSe - 1]!.end, role: null, gender: 'plural' };
    const f = relativeFrame(text, from, to, toks, vi, quoted, relSe - 3);
    if (f) return { ...f, speaker: share };
    if (!isStrongReportingVerb(v.text) || !toks[vi + 1]) return null;
    const [cs, ce] = trimContent(text, toks[vi + 1]!.start, Math.min(participleAfter(toks, vi + 1, to), contentEndFrom(text, toks, vi + 1, to, false)));
    if (words(text, cs, ce) < 3 || quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) return null;
    return { speaker: share, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' };
  }
  // (b) `X said (that) …`: the subject ends right before the verb
  let se = subjectEnd(toks, vi);
  if (se === 0) return null;
  // (`Many speakers at the service — including Muslims and Jews — said`: an aside between dashes is no subject)
  // (a spaced hyphen or a double one stands for the dash: `Mr. Bush - in a line aimed at Trump - declared`)
  if (/^(?:[—–]|-|--)$/.test(toks[se - 1]!.text)) {
    const dash = toks[se - 1]!.text;
    // (`--` may come as two hyphens: the closing run is skipped, the opening run's first one found)
    let close = se - 1;
    while (close > 0 && toks[close - 1]!.text === dash) close--;
    let d = close - 1;
    while (d > 0 && close - d <= 16 && toks[d]!.text !== dash) d--;
    while (d > 0 && toks[d - 1]!.text === dash) d--;
    if (d > 0 && toks[d]!.text === dash) se = d;
    // (an aside too long to see its start: nothing before the hyphen is the subject)
    else if (!/^[—–]$/.test(dash)) return null;
  }
  const subjEnd = toks[se - 1]!.end;
  const read = appositive ? { clauseStart: clauseStartBefore(text, from, toks, se), subject: appositive } : clauseSubject(text, from, toks, se, subjEnd);
  const clauseStart = read.clauseStart;
  let subject = read.subject;
  // (`the cities of Leeds and Hull said`: the last conjunct of the source's object is no speaker of its own)
  const andBefore = subject && !appositive ? toks.findIndex((t) => t.end <= subject!.start && toks[toks.indexOf(t) + 1]?.start === subject!.start) : -1;
  if (andBefore > 0 && /^and$/i.test(toks[andBefore]!.text) && coordinatedObject(toks, andBefore)) subject = null;
  const speaker = exceptGroup(text, toks, se) ?? (subject ? withCoordinatedNames(text, from, toks, subject) : null) ?? coordinatedSubject(text, from, toks, se) ?? plainSubject(text, toks, clauseStart, se, vi) ?? documentIt(toks, se, vi, clauseStart) ?? relativeHead(text, toks, clauseStart, se) ?? sharedSubject(text, from, toks, se, vi, quoted) ?? quantifiedSubject(text, toks, clauseStart, se) ?? participialSubject(text, toks, clauseStart, se);
  if (!speaker) return null;
  let c = vi + 1;
  let answer = -1;
  // the listener: `told reporters`, `told CNN`, `told her Japanese hosts`
  // (further after an adjunct: `said in a statement released by his office on Tuesday that …`)
  const reach = /^(?:in|on|at|during|after|before|via|through)$/i.test(toks[vi + 1]?.text ?? '') ? 15 : 9;
  const thatAt = toks.findIndex((t, i) => i > vi && i <= vi + reach && t.text.toLowerCase() === 'that');
  // the `that` of a verb further on (`said the minister told them that …`) is not this verb's
  const between = thatAt > 0 ? toks.slice(vi + 1, thatAt) : [];
  // `said she liked the apology and that she wanted …`: a second that-clause; the report starts after the verb
  const coordinatedThat = thatAt > 0 && /^(?:and|but|or)$/i.test(toks[thatAt - 1]!.text);
  // (`says there needs to be a law that requires …`: a clause before the `that` makes it a relative)
  const ownThat = thatAt > 0 && !coordinatedThat && !between.some((t) => /^[.;:"“”‘’]$/.test(t.text) || isReportingVerb(t.text) || isAttributionVerb(t.text) || FINITE.test(t.text) || /^(?:there|he|she|they|we|i|it)$/i.test(t.text)
    // (`said Mr. Manafort envisioned an approach that …`: a name and its past-tense verb)
    || (/^\p{Ll}+ed$/u.test(t.text) && /^\p{Lu}\p{Ll}/u.test(between[between.indexOf(t) - 1]?.text ?? '')));
  // `proposed a constitutional amendment that would impose …`, `recalled an incident that left …`: a
  // determined object before a `that` with no subject of its own is the content; the `that` is its relative
  const relativeThat = ownThat && !OBJECT_VERBS.has(lemma) && relativeAfterObject(toks, vi, thatAt);
  if (ownThat && !relativeThat) c = thatAt;
  else {
    if (OBJECT_VERBS.has(lemma)) c = skipListener(toks, c);
    // (`said in a statement on Tuesday …`: one adjunct after another)
    for (let n = 0; n < 3 && c < toks.length; n++) {
      const time = TIME_WORDS.exec(text.slice(toks[c]?.start ?? to, to));
      if (!time) break;
      c = toks.findIndex((t) => t.start >= (toks[c]?.start ?? to) + time[0].length);
      if (c < 0) c = toks.length;
    }
    // (`Amazon reported it sold …`, `Trump reported raising $9 million`, `The company reported earnings of …`:
    // a filing or an announcement reports its object as much as a clause)
    const reportsObject = /^report(?:s|ed)?$/i.test(v.text) && !/^(?:to|in|by|for|from|on|at|back|[,.;:—–])$/i.test(toks[c]?.text ?? '.');
    // (`He doesn't think so`: a stance answer, when the subject is read plainly, no appositive before the verb)
    answer = thatAt < 0 && (ANSWER_VERB.test(v.text) || (STANCE_ANSWER_VERB.test(v.text) && toks[se - 1]!.text !== ',')) ? answerEnd(toks, c) : -1;
    if (!isStrongReportingVerb(v.text) && thatAt < 0 && !reportsObject && answer < 0) return null;
  }
  let contentFrom: number;
  // `said of Apple in February`: what it was said about, not what was said
  if (/^of$/i.test(toks[c]?.text ?? '') && thatAt < 0) return null;
  // `Cruz said at a town hall Thursday`, `said over the phone`, `said as he launched …`: an adjunct
  // after the verb is where or how it was said, not what
  // (`agreed with …`, `commented on …`: the verb's own particle opens the content)
  // (`the judge said, according to the Post`: the outlet that reported the saying, no content)
  if (!ownThat && toks[c]?.text === ',' && /^according$/i.test(toks[c + 1]?.text ?? '')) return null;
  // (`said just after midnight`, `said again on Sunday`: an adverb before the adjunct)
  if (!ownThat && /^(?:just|shortly|later|earlier|again|repeatedly|also|then|once|briefly)$/i.test(toks[c]?.text ?? '') && ADJUNCT_OPENER.test(toks[c + 1]?.text ?? '')) c++;
  if (thatAt < 0 && c === vi + 1 && particleOf(v.text)?.test(toks[c]?.text ?? '')) c = afterParticle(toks, vi, c);
  else if (thatAt < 0 && (ADJUNCT_OPENER.test(toks[c]?.text ?? '') || /^according$/i.test(toks[c]?.text ?? ''))) {
    // `says at a campaign stop in Toledo, Ohio, that …`: the that-clause after the adjunct is the content
    const later = toks.findIndex((t, i) => i > c && i <= c + 20 && t.text.toLowerCase() === 'that' && toks[i - 1]!.text === ',');
    // `said after the convention he would not …`: a short adjunct, then a pronoun and its verb open the content
    // (not `said as he was leaving`: the pronoun there follows the subordinator)
    const pronounAt = later < 0 ? toks.findIndex((t, i) => i > c + 1 && i <= c + 6 && /^(?:he|she|they|we|i)$/i.test(t.text) && /^\p{L}/u.test(toks[i - 1]!.text) && !/^(?:as|when|while|after|before|because|since|if|until|once|where|that|which|who|than|and|or|but|to|for|with|about|at|on|in|by|from|of)$/i.test(toks[i - 1]!.text) && FINITE.test(toks[i + 1]?.text ?? '')) : -1;
    if (pronounAt > 0 && !toks.slice(c, pronounAt).some((t) => isReportingVerb(t.text) || /^[,;:“”"]$/.test(t.text))) c = pronounAt;
    else {
      if (later < 0 || toks.slice(c, later).some((t) => isReportingVerb(t.text) || /^[;:“”"]$/.test(t.text))) return null;
      c = later;
    }
  }
  contentFrom = toks[c]?.start ?? to;
  // (`75 percent said yes`, `half said so in December`: the answer alone is what was said)
  if (answer > c) return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: contentFrom, contentEnd: toks[answer - 1]!.end, position: 'before' };
  // `…, citing …` / `…, saying …` is a report of its own (PolNeAR counts it apart): the content stops before it
  const [cs, ce] = trimContent(text, contentFrom, Math.min(participleAfter(toks, c, to), contentEndFrom(text, toks, c, to, isSubordinate(toks, se))));
  // (`a finish that he said defied expectations`: a relative's short content is whole with its pronoun)
  if (words(text, cs, ce) < (relativeBeforeSubject(toks, se, c, false) >= 0 ? 2 : 3)) return null;
  // `“…,” Cruz said, in another shot at Trump`: the verb attributes the quote before it, and what
  // follows the verb is where or how, not what
  if (!ownThat && /(?:[”"]|'')\s*,?\s*$/.test(text.slice(from, speaker.start)) && !/[“”"]|''/.test(text.slice(cs, Math.min(to, ce + 3)))) return null;
  // content that is one quotation is a direct quote, handled by the quote attribution
  if (quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) return null;
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' };
}

/**
 * `The official, who spoke on the condition of anonymity, said investigators …`: a comma relative
 * between the subject and its verb is an aside; the noun phrase before it speaks (any source, not
 * only a name, which appositiveSubject asks for), when a clause follows the verb.
 */
function relativeAsideSubject(text: string, from: number, to: number, toks: Token[], vi: number): SpeakerPhrase | null {
  let k = vi - 2;
  while (k > 0 && vi - k <= 25 && !/^[,;:“”"]$/.test(toks[k]!.text)) k--;
  // (`The union, which represents 3,000 nurses, says …`: `which` for a body)
  if (k < 1 || toks[k]!.text !== ',' || !/^(?:who|whose|which)$/i.test(toks[k + 1]?.text ?? '')) return null;
  // (a clause after the verb, never a name closing a tail: `…, who had spoken to police, said a witness`)
  const next = toks[vi + 1]?.text ?? '';
  if (!(CLAUSE_OPENER.test(next) || /^\p{Ll}/u.test(next) && !ADJUNCT_OPENER.test(next)) || words(text, toks[vi]!.end, clauseEndAfter(text, toks[vi]!.end, to)) < 4) return null;
  const start = clauseStartBefore(text, from, toks, k);
  const first = toks.findIndex((t) => t.start >= start);
  if (first < 0 || k - first > 8) return null;
  const speaker = readSubject(text, start, toks[k - 1]!.end);
  // (the whole noun phrase before the aside, not a name inside it: `Democrats in the state, who …`)
  return speaker && speaker.type !== 'pronoun' && speaker.start <= toks[first]!.start + 4 && speaker.end <= toks[k]!.start ? speaker : null;
}

/**
 * `Several people familiar with the talks said …`: a quantifier before a group the subject reader
 * takes alone (`people familiar with the talks`) belongs to the group.
 */
function quantifiedSubject(text: string, toks: Token[], clauseStart: number, se: number): SpeakerPhrase | null {
  const q = toks.findIndex((t) => t.start >= clauseStart);
  if (q < 0 || se - q < 3 || !/^(?:several|many|some|most|few|both|all|numerous|dozens|hundreds|thousands|other)$/i.test(toks[q]!.text)) return null;
  if (toks.slice(q, se).some((t) => /^[,;:“”"—–]$/.test(t.text))) return null;
  const group = readSubject(text, toks[q + 1]!.start, toks[se - 1]!.end);
  if (!group || group.type !== 'unnamed' || group.start !== toks[q + 1]!.start) return null;
  return { ...group, mention: text.slice(toks[q]!.start, group.end), start: toks[q]!.start };
}

/**
 * `Activists trying to block the pipeline say …`, `Democrats hoping to win the Senate say …`: a group
 * and the participle phrase that picks it out, up to the verb, is the source.
 */
function participialSubject(text: string, toks: Token[], clauseStart: number, se: number): SpeakerPhrase | null {
  const a = toks.findIndex((t) => t.start >= clauseStart);
  if (a < 0 || se - a < 3 || se - a > 14) return null;
  const p = toks.findIndex((t, i) => i > a && i <= a + 3 && i < se - 1 && /^\p{Ll}+ing$/u.test(t.text));
  if (p < 0 || toks.slice(a, se).some((t) => /^[,;:“”"—–()]$/.test(t.text) || FINITE.test(t.text))) return null;
  const group = readSubject(text, toks[a]!.start, toks[p - 1]!.end);
  // (a capitalised plural opening the sentence reads as a name: `Activists`, `Democrats`)
  const plural = group?.type === 'person' && p === a + 1 && /^\p{Lu}\p{Ll}+s$/u.test(toks[a]!.text);
  if (!group || (group.type !== 'unnamed' && !plural) || group.end !== toks[p - 1]!.end) return null;
  return { type: 'unnamed', mention: text.slice(group.start, toks[se - 1]!.end), start: group.start, end: toks[se - 1]!.end, role: null, gender: 'plural' };
}

/**
 * `Cole rejected the idea that the changes were a shake-up and said the manager …`: a verb right
 * after `and`/`but` with no subject of its own shares the sentence's subject (the subject of its
 * first verb), when the words before it hold no other clause subject we could read.
 */
function sharedSubject(text: string, from: number, toks: Token[], se: number, vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): SpeakerPhrase | null {
  if (se !== vi || !/^(?:and|but)$/i.test(toks[vi - 1]?.text ?? '')) return null;
  let mv = -1;
  for (let k = 1; k < vi - 1; k++) {
    const w = toks[k]!.text;
    if (quoted.some((q) => toks[k]!.start >= q.start && toks[k]!.start < q.end)) return null;
    if (/^[;:“”"—–]$/.test(w)) return null;
    if (/^\p{Ll}/u.test(w) && (FINITE.test(w) || isVerbForm(w) || isReportingVerb(w) || isAttributionVerb(w))) {
      mv = k;
      break;
    }
  }
  // (`the pier, which can be seen as … and confirms …`: a verb after `and` inside a relative clause is the relative's)
  if (mv <= 0 || toks.slice(mv, vi).some((t) => /^(?:which|who|whom|whose)$/i.test(t.text))) return null;
  const mse = subjectEnd(toks, mv);
  if (mse <= 0 || toks.slice(0, mse).some((t) => /^[,;:“”"]$/.test(t.text))) return null;
  const speaker = readSubject(text, from, toks[mse - 1]!.end);
  return speaker && speaker.start <= toks[0]!.start + 4 ? speaker : null;
}

/** Is the `that` at toks[thatAt] a relative on a determined object of the verb (`a plan that would …`)? */
function relativeAfterObject(toks: Token[], vi: number, thatAt: number): boolean {
  if (!/^(?:a|an|the|his|her|their|its|our)$/i.test(toks[vi + 1]?.text ?? '') || thatAt - vi > 8) return false;
  const next = toks[thatAt + 1]?.text ?? '';
  return /^\p{Ll}/u.test(next) && (FINITE.test(next) || (/^\p{Ll}+(?:s|ed)$/u.test(next) && !/^\p{Ll}+ss$/u.test(next) && isVerbForm(next)));
}

/** Verbs that name or judge their object (`what officials called a hate crime`, `which he described as …`). */
const NAMING_VERB = /^(?:call|calls|called|calling|describe|describes|described|dub|dubs|dubbed|term|terms|termed|label|labels|labeled|labelled|declare|declares|declared|deem|deems|deemed|brand|brands|branded)$/i;

/**
 * `what Republicans say is a pattern …`, `a firm that investigators concluded was …`, `what
 * officials called a hate crime`: the relative pronoun before the speaker is the subject (or the
 * named object) of what is reported, so the content starts there. A comma relative (`, which the
 * campaign says includes …,`) ends at its closing comma.
 */
export function withRelativeStart(text: string, f: Frame, toks: Token[]): Frame {
  if (f.position !== 'before' || f.parts || f.contentStart < f.cueEnd) return f;
  const vi = toks.findIndex((t) => t.start === f.cueStart);
  const c = toks.findIndex((t) => t.start >= f.contentStart);
  if (vi < 0 || c < 0 || c > vi + 2) return f;
  const rel = relativeBeforeSubject(toks, subjectEnd(toks, vi), c, NAMING_VERB.test(toks[vi]!.text));
  if (rel < 0) return f;
  let end = f.contentEnd;
  if (toks[rel - 1]?.text === ',') {
    const close = toks.findIndex((t, i) => i > c && t.text === ',' && t.start < end);
    if (close > 0) end = toks[close]!.start;
  }
  void text;
  return { ...f, contentStart: toks[rel]!.start, contentEnd: end };
}

/**
 * The relative pronoun (`that`, `which`, `what`) just before the subject ending at toks[se - 1]
 * when the verb's content toks[c] opens with a finite verb (`… that he said has favored …`) or the
 * verb names its object (`naming`), else -1.
 */
function relativeBeforeSubject(toks: Token[], se: number, c: number, naming: boolean): number {
  const first = toks[c]?.text ?? '';
  const finite = /^\p{Ll}/u.test(first) && (FINITE.test(first) || /^\p{Ll}+(?:s|ed)$/u.test(first) && isVerbForm(first) && !/^\p{Ll}+ss$/u.test(first));
  if (!finite && !naming) return -1;
  for (let k = se - 1; k >= 0 && k >= se - 6; k--) {
    const t = toks[k]!.text;
    if (/^(?:that|which|what)$/i.test(t)) return k < se - 1 ? k : -1;
    if (/^[,;:—–“”"]$/.test(t) || FINITE.test(t)) return -1;
  }
  return -1;
}

/** Words that open a reported clause right after the verb (never a name closing a tail). */
const CLAUSE_OPENER = /^(?:that|he|she|they|it|we|i|there|the|this|these|those|his|her|their|its|our|a|an|some|many|most|no)$/i;

/** Verbs whose object may be an answer standing for a clause (`said yes`, `said the same`, `thinks so`). */
const ANSWER_VERB = /^(?:say|says|said)$/i;
const STANCE_ANSWER_VERB = /^(?:think|thinks|thought)$/i;

/**
 * `75 percent said yes`, `half said so in December`, `61 percent say the same of Clinton`: the token
 * after an answer word (`yes`, `no`, `so`, `the same [thing] [of X]`) that ends its clause, else -1
 * (`said so many people …`, `said no one …`, `said yes to …` are no answers alone).
 */
function answerEnd(toks: Token[], c: number): number {
  const w = toks[c]?.text.toLowerCase() ?? '';
  let k: number;
  if (w === 'yes' || w === 'no' || w === 'so') {
    k = c + 1;
    while (toks[k]?.text === ',' && /^(?:yes|no)$/i.test(toks[k + 1]?.text ?? '')) k += 2;
  } else if (w === 'the' && /^same$/i.test(toks[c + 1]?.text ?? '')) {
    k = c + 2;
    if (/^thing$/i.test(toks[k]?.text ?? '')) k++;
    if (/^(?:of|for|about)$/i.test(toks[k]?.text ?? '')) {
      k++;
      while (k < toks.length && k < c + 10 && /^[\p{L}\p{N}][\p{L}\p{N}.'’-]*$/u.test(toks[k]!.text) && !ADJUNCT_OPENER.test(toks[k]!.text) && !ANSWER_STOP.test(toks[k]!.text)) k++;
    }
  } else return -1;
  const next = toks[k]?.text ?? '';
  // (`said the same thing, including …`: examples of the answer go on past it)
  if (next === ',' && EXAMPLE_OPENER.test(toks[k + 1]?.text ?? '')) return -1;
  if (k < toks.length && !/^[.,;:!?”"—–)]$/.test(next) && !ADJUNCT_OPENER.test(next) && !ANSWER_STOP.test(next)) return -1;
  return k;
}

/** Words after an answer that leave it whole: conjunctions and adverbs of the clause around it. */
const ANSWER_STOP = /^(?:too|again|and|but|or|while|whereas|publicly|then|now|either|compared|last|this|earlier|later)$/i;

/**
 * `Everyone but Hewlett said`, `all but two said`: a group less the ones excepted speaks, never
 * the ones excepted; the phrase from the all-word to toks[se - 1], or null.
 */
function exceptGroup(text: string, toks: Token[], se: number): SpeakerPhrase | null {
  for (let k = se - 2; k >= 1 && k >= se - 5; k--) {
    if (/^[,;:—–“”"]$/.test(toks[k]!.text)) return null;
    if (isExceptBut(toks, k)) return { type: 'unnamed', mention: text.slice(toks[k - 1]!.start, toks[se - 1]!.end), start: toks[k - 1]!.start, end: toks[se - 1]!.end, role: null, gender: 'plural' };
  }
  return null;
}
