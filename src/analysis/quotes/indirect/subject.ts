/** Who reports: the subject of a reporting verb read back from the verb (catenative chains, appositives, coordinated names, relatives, listeners). */
import { isAttributionVerb, isBetweenSpeakerAndVerb, isReportingVerb, isStrongReportingVerb } from '../cues.js';
import { isFirstName, isRoleNoun, isWordSurname, isVerbForm, type Token } from '../names.js';
import { cleanRole, readObjectSpeaker, readSubject, type SpeakerPhrase } from '../speakers.js';
import { IRREGULAR_PAST, nounPhraseSubject, verbOfPhrase } from '../subjects.js';
import { clauseEndAfter, clauseStartBefore, INTRODUCTORY } from './clauses.js';
import { inside, words } from './frame.js';

/**
 * Verbs and adjectives that pass their subject on to an infinitive: `is continuing to insist`,
 * `went on to say`, `were more likely to say`, `was quick to point out`. The subject of the chain
 * reports; the attribution verbs among them (`wants to`, `refused to`) frame on their own.
 */
const CATENATIVE = /^(?:continue|continues|continued|continuing|begin|begins|began|begun|start|starts|started|seem|seems|seemed|appear|appears|appeared|try|tries|tried|trying|going|used|likely|unlikely|quick|quicker|eager|careful|ready|willing|unwilling|able|unable|reluctant|first|happy|set)$/i;

/** The first token of a catenative chain ending at the verb toks[vi] (vi when there is none). */
export function catenativeStart(toks: Token[], vi: number): number {
  let k = vi;
  while (k >= 2 && toks[k - 1]!.text.toLowerCase() === 'to') {
    const c = toks[k - 2]!.text;
    if (CATENATIVE.test(c)) k -= 2;
    else if (/^on$/i.test(c) && k >= 3 && /^(?:went|goes|go|gone|going)$/i.test(toks[k - 3]!.text)) k -= 3;
    else break;
    // `more likely to`, `very quick to`
    while (k > 0 && /^(?:more|less|most|very|so|too|as|all)$/i.test(toks[k - 1]!.text)) k--;
  }
  return k;
}

/**
 * The clause start before the subject ending at toks[se - 1] and the subject read from it to `end`.
 * A coordinated start (`the mayor and her staff`) is kept only when it names a subject; else the
 * clause starts at the last conjunct (`her staff`), for the fallback readers as well.
 */
export function clauseSubject(text: string, from: number, toks: Token[], se: number, end: number): { clauseStart: number; subject: SpeakerPhrase | null } {
  const wide = clauseStartBefore(text, from, toks, se);
  const subject = readSubject(text, wide, end);
  if (subject && isNounBeforeNoun(subject.mention, toks[se]?.text ?? '', toks[se + 1]?.text ?? '')) return { clauseStart: wide, subject: null };
  // `Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all said`: the
  // `and` closes a list of names, all of them the subject, not a clause of its own
  if (subject && subject.type === 'person' && wide > from && /\band\s*$/.test(text.slice(Math.max(from, wide - 6), wide))) {
    const whole = readSubject(text, from, end);
    if (whole?.coSpeakers && whole.coSpeakers.length > 2 && whole.end === subject.end) return { clauseStart: from, subject: whole };
  }
  if (subject) return { clauseStart: wide, subject };
  const clauseStart = clauseStartBefore(text, from, toks, se, false);
  return { clauseStart, subject: clauseStart === wide ? null : readSubject(text, clauseStart, end) };
}

/** Reporting words that are as often nouns (`a police report`, `a press call`, `a campaign promise`). */
const REPORT_NOUN = /^(?:report|call|claim|statement|plan|promise|challenge|review|study|survey|poll|note|release|request|demand|threat|warning|pledge|vow|estimate|analysis|comment|complaint|charge|order|ruling|appeal|proposal|offer|memo|letter|remark|question|answer|response|reply|record|account|story|briefing|conference|interview|post|tweet|message|notice|alert|finding|verdict|filing|count|tally|forecast)$/;

/** A finite verb or document participle right after a report noun (`the police report says`). */
const FINITE_AFTER_NOUN = /^(?:says|said|shows|showed|indicates|indicated|finds|found|suggests|suggested|states|stated|notes|noted|claims|claimed|concludes|concluded|published|released|issued|obtained|filed|cites|cited|warns|warned)$/;

/** Quantity nouns after `a` that make a plural subject (`a few aides say`, `a number of critics say`). */
const QUANTITY = /^(?:few|couple|number|lot|dozen|handful|majority|minority|host|bunch|hundred|thousand|million|pair|slew|score|series|group|third|half|quarter|fifth)$/i;

/**
 * `A news report published Wednesday said`, `a police report indicates`, `During a press call`: a
 * singular determiner and a noun or two cannot take a bare verb form (`a reporter report` is no
 * clause), so the bare word after them is the head noun of a longer phrase, not the reporting verb.
 */
export function isNounBeforeNoun(subject: string, next: string, after = ''): boolean {
  if (!REPORT_NOUN.test(next)) return false;
  // `the police report says`, `the campaign statement said`: with `the` the bare word may be a
  // plural's verb (`the police report that …`), so it is a noun only when a finite verb follows it
  if (/^the\s+\p{Ll}+$/iu.test(subject.trim()) && FINITE_AFTER_NOUN.test(after)) return true;
  const m = /^(?:a|an|another|each|every)\s+(\p{Ll}+(?:-\p{Ll}+)?)(?:\s+\p{Ll}+)?$/iu.exec(subject.trim());
  return !!m && !QUANTITY.test(m[1]!);
}

/** A plain noun phrase from the clause start (or its last comma) to toks[se - 1]. */
export function plainSubject(text: string, toks: Token[], clauseStart: number, se: number, vi: number, long = false): SpeakerPhrase | null {
  if (!verbOfPhrase(toks, vi)) return null;
  let a = toks.findIndex((t) => t.start >= clauseStart);
  if (a < 0) return null;
  for (let k = se - 1; k >= a; k--) if (/^[,;:—–]$/.test(toks[k]!.text)) { a = k + 1; break; }
  // (`Still others said`, `Yet many voters say`: a connective opening the sentence is no part of the subject)
  if (a < se - 1 && /^(?:But|And|Yet|Still)$/.test(toks[a]!.text)) a++;
  const phrase = nounPhraseSubject(text, toks, a, se - 1, long || /^(?:say|says|said|tell|tells|told)$/i.test(toks[vi]!.text));
  return phrase && isNounBeforeNoun(phrase.mention, toks[se]?.text ?? '', toks[se + 1]?.text ?? '') ? null : phrase;
}

/** The verb token and the (auxiliary/adverb-free) start of its subject. */
export function subjectEnd(toks: Token[], vi: number): number {
  let k = catenativeStart(toks, vi);
  while (k > 0 && isBetweenSpeakerAndVerb(toks[k - 1]!.text) && toks[k - 1]!.text.toLowerCase() !== 'told' && !isWordSurname(toks, k - 1)) k--;
  // `Legislative leaders, for instance, noted …`: an interjection between commas is no subject
  if (k >= 3 && toks[k - 1]!.text === ',') {
    let j = k - 2;
    while (j > 0 && toks[j]!.text !== ',' && k - j <= 4) j--;
    if (toks[j]!.text === ',' && INTERJECTION.test(toks.slice(j + 1, k - 1).map((t) => t.text).join(' '))) k = j;
  }
  return k;
}

const INTERJECTION = /^(?:for (?:instance|example)|however|meanwhile|in turn|in particular|of course|too|though|moreover|in fact|by contrast|in contrast|for (?:his|her|their|its) part|as well|in response|likewise|similarly|nevertheless|instead)$/i;

/**
 * `The city sent a letter. It says the campaign violated …`: `it` opening the clause before a
 * reporting verb is the document or body just named. It stays unresolved (never a person).
 */
export function documentIt(toks: Token[], se: number, vi: number, clauseStart: number): SpeakerPhrase | null {
  const t = toks[se - 1];
  if (!t || se - 1 !== vi - 1 || !/^it$/i.test(t.text) || t.start < clauseStart || toks.some((x) => x.start >= clauseStart && x.end <= t.start && /\p{L}/u.test(x.text))) return null;
  if (!/^(?:said|says|added|adds|stated|states|noted|notes|warned|warns|argued|argues|concluded|concludes|found|finds|reported|reports|claimed|claims|recommended|recommends)$/i.test(toks[vi]!.text)) return null;
  return { type: 'pronoun', mention: t.text, start: t.start, end: t.end, role: null, gender: 'plural' };
}

/**
 * The first token of the subject ending at toks[se - 1]: back to the clause start or a comma, past a
 * comma-closed appositive (`Mr. Y, then premier, was …`), so the whole noun phrase is taken
 * (`the special relationship between America and Britain appears …`).
 */
export function subjectStartTok(text: string, from: number, toks: Token[], se: number): Token | null {
  const clauseStart = clauseStartBefore(text, from, toks, se);
  let k = se - 1;
  if (toks[k]?.text === ',') {
    k--;
    while (k >= 0 && toks[k]!.text !== ',' && toks[k]!.start >= clauseStart) k--;
    k--;
  }
  // (never past the verb of a report the clause sits in: `the voters said | they were …`)
  while (k >= 0 && toks[k]!.start >= clauseStart && !/^[,;:—–()“”"]$/.test(toks[k]!.text) && !(/^\p{Ll}/u.test(toks[k]!.text) && isReportingVerb(toks[k]!.text))) k--;
  if (k + 1 > se - 1 || k + 1 < 0) return null;
  return toks[k + 1]!;
}

/**
 * `The justice criticized Trump, saying …`, `The Russians have used …, saying …`: a plain noun
 * phrase opening the sentence reports through the participle when its head is a word for people
 * or a body that speaks (not `The plan drew fire, saying …`, which the participle cannot follow).
 */
export function speakingNounPhrase(text: string, toks: Token[], se: number): SpeakerPhrase | null {
  if (se < 2 || !/^(?:the|a|an|his|her|their|its|many|some|other|several|two|three)$/i.test(toks[0]!.text)) return null;
  const head = toks[se - 1]!.text;
  if (!SPEAKING_HEAD.test(head) && !/^\p{Lu}\p{Ll}+(?:ans|ists|ers|ites)$/u.test(head) && !/^\p{Ll}{3,}(?:ists?|ians?|geons?|[^aeiou]ors?|(?:wo)?m[ae]n|ers)$/u.test(head)) return null;
  return nounPhraseSubject(text, toks, 0, se - 1);
}

const SPEAKING_HEAD = /^(?:justice|judge|senator|governor|president|mayor|candidate|nominee|official|officials|departments?|agency|agencies|campaign|committee|group|groups|company|firm|administration|ministry|government|council|court|party|union|organizers|protesters|lawmakers|legislators|leaders|critics|activists|advocates|lawyers|attorneys|prosecutors|investigators|police|authorities|businessman|billionaire|congressman|congresswoman|lawmaker|spokesman|spokeswoman)$/i;

/** The speaker of a short `, X said` / `, said X` clause ending at toks[end] (a comma), or null. */
export function tailAttributionBefore(text: string, toks: Token[], end: number): SpeakerPhrase | null {
  let p = end - 1;
  while (p >= 0 && !/^(?:[,;:”"’]|--|—)$/.test(toks[p]!.text)) p--;
  if (p < 0 || end - p - 1 < 2 || end - p - 1 > 6) return null;
  const first = p + 1;
  const last = end - 1;
  const verb = (t: Token) => /^\p{Ll}/u.test(t.text) && isStrongReportingVerb(t.text) && /(?:ed|said|told|wrote|says|adds|notes|explains)$/.test(t.text);
  if (verb(toks[last]!) && last > first) {
    const sp = readSubject(text, toks[first]!.start, toks[last - 1]!.end);
    return sp && sp.type !== 'unnamed' ? sp : null;
  }
  if (verb(toks[first]!)) {
    const sp = readObjectSpeaker(text, toks[first]!.end, toks[last]!.end);
    return sp && sp.type !== 'unnamed' ? sp : null;
  }
  return null;
}

/**
 * `Derek Mitchell, who served as ambassador, said Clinton …` / `Erin Murphy, a former aide, said …`:
 * a short name opening the sentence, then an appositive or relative clause, a comma and the verb
 * followed by a clause. The name is the subject; it is not content before a tail `, said X`.
 */
export function appositiveSubject(text: string, from: number, to: number, toks: Token[], vi: number): SpeakerPhrase | null {
  const first = toks.findIndex((t) => t.text === ',');
  // `In a statement, one of the family's attorneys, Justin Bamberg, said …`: an opening adjunct
  // ends at its comma; the subject and its appositive follow it
  if (first > 0 && first < vi - 3 && OPENING_ADJUNCT.test(toks[0]!.text) && !toks.slice(1, first).some((t) => /^\p{Ll}/u.test(t.text) && isStrongReportingVerb(t.text))) {
    const rest = toks.slice(first + 1);
    const inner = /^\p{Lu}/u.test(rest[0]!.text) ? appositiveSubject(text, rest[0]!.start, to, rest, vi - first - 1) : null;
    if (inner) return inner;
    // (`one of the family's attorneys, Justin Bamberg,`: a description, then the name it describes)
    const described = toks[vi - 1]!.text === ',' ? readSubject(text, rest[0]!.start, toks[vi - 1]!.start) : null;
    return described && described.type === 'person' && described.described ? described : null;
  }
  if (first < 1 || first > 6 || first >= vi - 2) return null;
  if (!/^\p{Lu}/u.test(toks[0]!.text)) return null;
  const opener = toks[first + 1]!.text;
  // (`Bush, Florida’s former governor, …`: a possessive place or body opens the appositive too)
  if (!/^(?:who|whose|which|a|an|the|former|now|then|also|one|both|director|chief|head|president|chairman|author|professor|senior|spokesman|spokeswoman|executive)$/i.test(opener) && !/^\p{Ll}+(?:'s|’s)?$/u.test(opener) && !/^\p{Lu}\p{L}+(?:'s|’s)$/u.test(opener) && !/^\d{1,3}$/.test(opener)) return null;
  // the stretch after the verb must be a clause, not a name (`…, said Jones, a professor.`)
  // (a short clause counts when a name or pronoun and a finite verb open it: `…, said Ford had failed`)
  const after = text.slice(toks[vi]!.end, clauseEndAfter(text, toks[vi]!.end, to));
  if (words(text, toks[vi]!.end, clauseEndAfter(text, toks[vi]!.end, to)) < 4 && !SHORT_CLAUSE.test(after)) return null;
  // a report inside the stretch (`Smith, Jones said, …`) makes it something else
  // (`Barkley, who said he votes Democratic, said …`: a relative clause may report on its own)
  if (!/^(?:who|whose)$/i.test(opener) && toks.slice(first + 1, vi - 1).some((t) => /^\p{Ll}/u.test(t.text) && isStrongReportingVerb(t.text))) return null;
  let speaker = readSubject(text, from, toks[vi - 1]!.start);
  // (`Mr. Kopachko, the pollster, said …`: a short appositive the subject reading stops at; the name before it speaks)
  // (`The official, speaking on condition of anonymity because …, said …`: a participle aside of any
  // length after an unnamed source, a description or a body; relative asides, `who spoke …`, are
  // speech.ts's relativeAsideSubject)
  const aside = /^\p{Ll}+ing$/u.test(opener);
  if ((!speaker || speaker.start >= toks[first]!.start) && toks[vi - 1]!.text === ',' && (vi - 1 - first <= 6 || (aside && vi - 1 - first <= 24))) {
    const name = readSubject(text, from, toks[first]!.start);
    if (name && name.start === toks[0]!.start && (name.type === 'person' || (aside && name.type !== 'pronoun'))) speaker = name;
  }
  if (!speaker || speaker.start >= toks[first]!.start || speaker.type === 'pronoun') return null;
  return speaker;
}

/** `Ford had failed`, `Clinton was wrong`, `she lied`: a subject then a finite verb, a clause however short. */
const SHORT_CLAUSE = /^\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}|(?:he|she|they|it|we)\s+)(?:had|has|have|was|were|is|are|would|will|could|should|can|may|might|must|did|does|do|never|lied|\p{Ll}+ed)\b/u;

const OPENING_ADJUNCT = /^(?:In|On|At|During|After|Before|Earlier|Later|Meanwhile|However|Separately|Instead|Still|Yet|Last|This)$/;

/** Conjuncts that may share a reporting verb: people, and countries or bodies (`France and Germany pledged`). */
const NAMED = new Set<SpeakerPhrase['type']>(['person', 'organisation']);

/**
 * `Mr. Grassley and Mr. Leahy said`, `Both Bolton and Gorka saw`: the subject read after `and` has a
 * name conjunct before it; both are the speaker. Only names (a capitalised run with titles, a
 * party bracket or `both`), never a clause, count as the first conjunct.
 */
export function withCoordinatedNames(text: string, from: number, toks: Token[], speaker: SpeakerPhrase): SpeakerPhrase {
  if (!NAMED.has(speaker.type)) return speaker;
  // the `and` right before the subject's words (only `of` may be lower-case between them)
  let andAt = -1;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (t.end > speaker.start) continue;
    if (t.text === 'and') andAt = i;
    if (t.text === 'and' || (/^\p{Ll}/u.test(t.text) && t.text !== 'of')) break;
  }
  if (andAt < 1 || toks[andAt + 1]!.start < speaker.start - 40) return speaker;
  let k = andAt - 1;
  while (k >= 0 && (/^[\p{Lu}(]/u.test(toks[k]!.text) || /^(?:[.)’'-]|'s|both|of)$/i.test(toks[k]!.text) || /^[A-Z]-[A-Z]/.test(toks[k]!.text))) k--;
  const startTok = k + 1;
  if (startTok >= andAt) return speaker;
  // the first conjunct opens its clause: sentence start, a comma or a clause word before it
  if (k >= 0 && !/^(?:[,;:]|that|because|while|as|when|but)$/i.test(toks[k]!.text)) return speaker;
  const left = readSubject(text, toks[startTok]!.start, toks[andAt - 1]!.end);
  // (a place or body joins only its kind: `Massachusetts and Hillary Clinton` is no one subject)
  if (!left || left.type !== speaker.type) return speaker;
  // `David and Jeanne Heidler`: a lone first name shares the surname after it
  const leftName = left.name ?? left.mention;
  const rightName = speaker.name ?? speaker.mention;
  if (!/\s/.test(leftName) && isFirstName(leftName) && /\s/.test(rightName)) left.name = `${leftName} ${rightName.split(/\s+/).pop()!}`;
  return { ...speaker, mention: text.slice(left.start, speaker.end), start: left.start, coSpeakers: [left, speaker], gender: 'plural' };
}

/**
 * `Fields tweeted a photograph and said she had been pulled back`: a verb right after `and`/`but`
 * shares the subject of the clause's first verb.
 */
export function coordinatedSubject(text: string, from: number, toks: Token[], se: number): SpeakerPhrase | null {
  const link = toks[se - 1]?.text.toLowerCase();
  if (link !== 'and' && link !== 'but') return null;
  // (`Walking to the next address, Ebeling reminisced … and said …`: an opening phrase ends at its comma)
  const opening = INTRODUCTORY.test(toks[0]?.text ?? '') || /^\p{Lu}\p{Ll}+ing$/u.test(toks[0]?.text ?? '') ? toks.findIndex((t, i) => i < se - 2 && t.text === ',') : -1;
  const first = opening > 0 ? opening + 1 : 0;
  for (let k = first + 1; k < se - 1; k++) {
    const w = toks[k]!.text;
    if (/^[;:”"“]$/.test(w)) return null;
    if (!/^\p{Ll}/u.test(w) || !(isReportingVerb(w) || isAttributionVerb(w) || isVerbForm(w) || IRREGULAR_PAST.test(w))) continue;
    const kse = subjectEnd(toks, k);
    if (kse === 0) return null;
    // `…, which can be seen as a step and confirms …`: the verb after `and` belongs to the relative clause
    // (a `that` right after the verb is its object, `brought that down`, not a relative)
    if (toks.slice(k + 1, se - 1).some((t, x) => /^(?:which|who|whom|whose|where|when)$/i.test(t.text) || (x > 0 && /^that$/i.test(t.text)))) return null;
    // `traveled to Japan to meet … and discuss …`: the verb after `and` is a second infinitive
    // (a past-tense verb after `, and` is finite: `urged them to join …, and criticized …` shares the subject)
    // (any past tense after `and` is finite: `tried to figure out … and said …`)
    const finite = /^\p{Ll}+ed$/u.test(toks[se]?.text ?? '') || /^(?:said|told|wrote|thought|knew|saw|found|made|gave|took|went|came)$/i.test(toks[se]?.text ?? '');
    if (!finite && toks.slice(k + 1, se - 1).some((t) => t.text.toLowerCase() === 'to') && toks.slice(k + 1, se - 1).some((t, x, a) => a[x - 1]?.text.toLowerCase() === 'to' && isVerbForm(t.text))) return null;
    const subjectFrom = first > 0 ? toks[first]!.start : from;
    const subject = readSubject(text, subjectFrom, toks[kse - 1]!.end);
    // (`A spokesman for the mayor of Cleveland defended the route and said …`: a source of `said` may be described at length)
    return subject && subject.type !== 'unnamed' ? subject : plainSubject(text, toks, subjectFrom, kse, k, /^(?:say|says|said|tell|tells|told)$/i.test(toks[se]?.text ?? ''));
  }
  return null;
}

/**
 * `The judges who ruled on the case said …`: a subject with a short relative clause (no comma, no
 * report of its own) is the noun phrase before `who`.
 */
export function relativeHead(text: string, toks: Token[], clauseStart: number, se: number): SpeakerPhrase | null {
  const a = toks.findIndex((t) => t.start >= clauseStart);
  if (a < 0) return null;
  let w = -1;
  for (let k = se - 1; k > a; k--) {
    const t = toks[k]!.text;
    if (/^[,;:—–“”"]$/.test(t) || isStrongReportingVerb(t)) return null;
    if (/^who$/i.test(t)) { w = k; break; }
  }
  if (w < 0 || se - w > 10) return null;
  const head = readSubject(text, toks[a]!.start, toks[w - 1]!.end) ?? nounPhraseSubject(text, toks, a, w - 1, true);
  if (!head || head.type === 'pronoun') return null;
  // `people who have battled online threats say`: an unnamed source is the people the relative picks
  // out, so the clause stays with the description (a name needs none)
  const common = head.type === 'unnamed' || (head.type === 'descriptor' && /(?:s|people|men)$/.test(head.mention)) || (head.type === 'person' && /^\p{Lu}\p{Ll}+$/u.test(head.mention) && isRoleNoun(head.mention));
  if (!common || head.end !== toks[w - 1]!.end) return head;
  // (an adverb before the verb is the predicate's: `executives who run news organizations almost (unanimously) say`)
  let e = se - 1;
  while (e > w + 1 && /^(?:\p{Ll}+ly|almost|also|still|now|often|even|just|already|never|always|soon)$/u.test(toks[e]!.text)) e--;
  return { ...head, type: 'unnamed', mention: text.slice(head.start, toks[e]!.end), end: toks[e]!.end };
}

export function skipListener(toks: Token[], c: number): number {
  // a listener is a short noun phrase: `reporters`, `CNN`, `her Japanese hosts`, `The Associated Press`
  let k = c;
  let n = 0;
  let determined = false;
  while (k < toks.length && n < 5) {
    const t = toks[k]!.text;
    if (/^[,.;:"“”‘’]$/.test(t) || /^(?:that|on|in|at|during|after|before|about|the|last|this)$/i.test(t) && n > 0) break;
    if (/^(?:the|his|her|their|a|an)$/i.test(t) && n === 0) {
      determined = true;
      k++;
      n++;
      continue;
    }
    k++;
    n++;
    const next = toks[k]?.text ?? '';
    // after a determiner the phrase runs on to its head noun (`a cheering throng`, `a news briefing`,
    // `a townhall meeting`); a capitalised word after a lowercase one starts the content (`the crowd Trump …`)
    if (/^\p{Ll}/u.test(t) && determined && /^\p{Ll}{3,}$/u.test(next) && !LISTENER_STOP.test(next) && !isVerbForm(next) && n < 5) continue;
    if (/^\p{Ll}/u.test(t) && /s$/.test(t)) break; // `reporters`, `hosts`
    if (!/^\p{Lu}/u.test(next)) break;
  }
  return k;
}

/** Words that end a listener's phrase: prepositions, clause and time words, pronouns, determiners. */
const LISTENER_STOP = /^(?:that|on|in|at|during|after|before|about|the|a|an|last|this|of|for|with|to|from|when|while|as|if|he|she|they|it|we|his|her|their|its|near|outside|inside|by|via|over|under|across|and|or|but|there|what|how|why|whether|who|which|recently|earlier|later|today|yesterday|tonight)$/i;

/** A discourse word that may open the sentence before its subject: `However, Smith, …`. */
const DISCOURSE_OPENER = /^(?:however|but|and|yet|still|meanwhile|instead|now|so|also|indeed|moreover|separately|similarly|likewise)$/i;

/**
 * `Patricia Smith, mother of a victim, forcefully rejected …`, `Several candidates, including Trump
 * and Cruz, criticized …`, `the state’s senator, Jeanne Shaheen, had endorsed …`: a subject, an
 * appositive between commas, then the verb (toks[se] on; toks[se - 1] is the closing comma). The
 * object of a position verb may be short, so unlike appositiveSubject no clause must follow.
 * The speaker is the name when the appositive is one (`…, Jeanne Shaheen,`), else the subject.
 */
export function appositiveSource(text: string, toks: Token[], se: number): SpeakerPhrase | null {
  if (toks[se - 1]?.text !== ',') return null;
  let s0 = 0;
  if (DISCOURSE_OPENER.test(toks[0]?.text ?? '')) s0 = toks[1]?.text === ',' ? 2 : 1;
  const first = toks.findIndex((t, i) => i > s0 && t.text === ',');
  if (first < s0 + 1 || first > s0 + 8 || first >= se - 2 || se - 1 - first > 20) return null;
  if (!/^\p{Lu}/u.test(toks[s0]!.text) && !/^(?:the|a|an|many|several|some|most|both|all|other)$/i.test(toks[s0]!.text)) return null;
  const inner = toks.slice(first + 1, se - 1);
  // the stretch between the commas is an appositive or an aside, with no verb of its own but a participle
  // (`who served in the House …` is a relative: it may have one)
  const relative = /^(?:who|whose|which)$/i.test(inner[0]!.text);
  if (!relative && inner.some((t) => /^\p{Ll}/u.test(t.text) && (isStrongReportingVerb(t.text) || /^(?:is|are|was|were|has|have|had|will|would)$/.test(t.text)))) return null;
  if (inner.some((t) => /^[;:“”"()]$/.test(t.text))) return null;
  const head = readSubject(text, toks[s0]!.start, toks[first]!.start);
  // `the state’s Democratic senator, Jeanne Shaheen,`: the name in apposition is who it is, also
  // when a second appositive follows it (`Nevada's governor, Brian Salter, a Republican,`)
  const comma = inner.findIndex((t) => t.text === ',');
  const nameToks = comma > 0 ? inner.slice(0, comma) : inner;
  const named = !relative ? readSubject(text, nameToks[0]!.start, nameToks[nameToks.length - 1]!.end) : null;
  if (named && named.type === 'person' && named.start === nameToks[0]!.start && named.end === nameToks[nameToks.length - 1]!.end && (!head || head.type !== 'person')) {
    const described = text.slice(toks[s0]!.start, toks[first]!.start).trim();
    return { ...named, role: named.role ?? cleanRole(described), described };
  }
  if (head && head.type !== 'pronoun' && head.start === toks[s0]!.start) return head;
  return nounPhraseSubject(text, toks, s0, first - 1);
}
