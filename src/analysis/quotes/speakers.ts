/**
 * Speaker phrases: reading the noun phrase next to a reporting verb (name, title, appositive
 * role, pronoun, descriptor, organisation, unnamed source), and resolving it to a full name
 * through the people the article has named so far.
 */
import { QUANTITY_HEADS, SPEAKER_PRONOUNS } from './cues.js';
import {
  firstNameGender,
  isCommonWord,
  isVerbForm,
  looksLikePersonName,
  opensWithClauseWord,
  isDemonym,
  isOrgNoun,
  isPlace,
  isRoleNoun,
  isTitleWord,
  nameParts,
  nameRuns,
  surnameOf,
  tokens,
  type Gender,
  type NameRun,
  type Token,
} from './names.js';

export type SpeakerPhraseType = 'person' | 'organisation' | 'pronoun' | 'descriptor' | 'unnamed';

export interface SpeakerPhrase {
  type: SpeakerPhraseType;
  /** the words naming the speaker, as written */
  mention: string;
  start: number;
  end: number;
  /** role from a title or an appositive, as written */
  role: string | null;
  /** person/organisation: the name proper (titles removed) */
  name?: string;
  /** descriptor: the modifiers of the role noun (`Japanese` in `the Japanese official`) */
  modifiers?: string[];
  gender?: Gender | 'plural';
  /** coordinated subjects (`Mr. Grassley and Mr. Leahy said`): each conjunct, in order; this phrase spans them all */
  coSpeakers?: SpeakerPhrase[];
  /** person: the `of …` phrase after the name, as written (`of the Armenian Patriarchate`, `of Texas`) */
  affiliation?: string;
  /** organisation: the name is a place (`Israel said`): a person of that surname, else nobody */
  place?: boolean;
  /** person: a title word or demonym alone (`Cuban said`): a surname only if the article names such a person */
  surnameIfKnown?: boolean;
  /** person: a description written before the name in apposition (`Carter’s press secretary, Peter Cook`), as written */
  described?: string;
}

const INDEFINITE = /^(?:a|an|one|another|some|several|many|most|two|three|four|few|other|multiple|numerous)$/i;
const DETERMINERS = /^(?:the|a|an|this|that|these|those|his|her|their|its|our)$/i;

/** Splits [from, to) at commas that are not inside brackets; returns [start, end) chunks. */
function commaChunks(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let s = from;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if ((c === ',' || c === '—' || c === '–') && depth === 0) {
      out.push([s, i]);
      s = i + 1;
    }
  }
  out.push([s, to]);
  return out.map(([a, b]) => trim(text, a, b)).filter(([a, b]) => b > a);
}

function trim(text: string, a: number, b: number): [number, number] {
  while (a < b && /[\s,;:]/.test(text[a]!)) a++;
  while (b > a && /[\s,;:]/.test(text[b - 1]!)) b--;
  return [a, b];
}

/** An appositive chunk: `author of …`, `a professor at …`, `69`, `(D-Va.)`, `House editor for …`. */
function isAppositive(text: string, [a, b]: [number, number]): boolean {
  const chunk = text.slice(a, b);
  if (/^\(.*\)$/.test(chunk)) return true;
  if (/^\d{1,3}$/.test(chunk)) return true;
  const first = /^[\p{L}'’\-]+/u.exec(chunk)?.[0] ?? '';
  if (!first) return false;
  if (/^\p{Ll}/u.test(first) && !SPEAKER_PRONOUNS[first.toLowerCase()] && !/^(?:and|but|who|which|that|as|when|while|if)$/.test(first)) return true;
  // `Japan's foreign minister`, `House editor for the Cook Political Report`, `President of …`
  const words = chunk.split(/\s+/).slice(0, 5);
  return words.some((w) => isRoleNoun(w.replace(/[^\p{L}\-]/gu, ''))) && /\b(?:of|at|for|in|with|to)\b|\p{Ll}/u.test(chunk.slice(first.length));
}

const TRAILING_TIME = /\s+(?:(?:on|late|early)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?|today|yesterday|tonight|(?:earlier|later)\s+(?:this|that|last)\s+(?:week|month|year)|(?:last|this)\s+(?:week|month|year))\s*$/;

/** A chunk that interrupts a subject and its verb: `speaking at …`, `who backs Cruz`, `N.C.`. */
function isInterjected(text: string, [a, b]: [number, number]): boolean {
  const chunk = text.slice(a, b);
  const first = /^[\p{L}'’\-]+/u.exec(chunk)?.[0] ?? '';
  if (/^(?:who|whose|whom|which)$/i.test(first)) return true;
  if (/^\p{Ll}+ing$/u.test(first) || /^\p{Ll}+ed$/u.test(first)) return true;
  // state abbreviations and places: `N.C.`, `Tex.`, `Calif.`, `Ohio`
  if (/^(?:\p{Lu}\.){1,3}$|^\p{Lu}\p{Ll}{1,4}\.$/u.test(chunk)) return true;
  // party and state: `R-Ky.`, `D-Calif.`
  if (/^[RDI]-\p{Lu}[\p{L}.]*$/u.test(chunk)) return true;
  return isPlace(chunk);
}

/** `With Bloomberg considering a run`, `In a letter to Grassley`: an adverbial, never the subject. */
function isAdverbial(text: string, [a, b]: [number, number]): boolean {
  return /^(?:(?:led|joined|flanked|backed|accompanied|surrounded|prompted|urged|encouraged|inspired)\s+by|with|in|after|before|as|if|when|while|although|though|despite|since|because|during|at|on|for|from|to|by|unlike|like|amid|following|under|without|once|whether)\b/i.test(text.slice(a, b));
}

/**
 * A chunk that can stand as a subject of its own when no comma closes it before the verb: a
 * definite noun phrase (`the State Department`), a bare plural (`border officials`), not an
 * indefinite (`a top adviser`, always an appositive) nor a clause (`who …`, `in 10 …`).
 */
function isUnclosedSubject(chunk: string): boolean {
  if (/\b(?:who|whom|whose|which|that)\b/i.test(chunk) || chunk.split(/\s+/).length > 6) return false;
  return /^(?:the|The)\s/.test(chunk) || /^(?:\p{Ll}[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{Ll}-]+s$/u.test(chunk);
}

/** The role text of appositive chunks (ages and party brackets left out). */
function roleOf(text: string, chunks: Array<[number, number]>): string | null {
  const parts = chunks.map(([a, b]) => text.slice(a, b)).filter((c) => !/^\d{1,3}$/.test(c) && !/^\(.*\)$/.test(c));
  const role = parts.join(', ').trim();
  return role.length > 0 ? role : null;
}

/**
 * Reads the subject noun phrase that ends at `end` (just before the reporting verb), looking no
 * further back than `from`. `On May 10th, Japanese Foreign Minister Yoshimasa Hayashi` → Hayashi
 * with role `Japanese Foreign Minister`; `Jeff J. Brown, author of …, editor at …,` → Brown with
 * that appositive as role.
 */
/**
 * `A Des Moines Register/Bloomberg Politics poll released Saturday`, `A Feb. 1 letter from the
 * American Legion obtained by The Associated Press`: a subject headed by a document is the source
 * as written, whole (PolNeAR spans the document and its owner); names inside it only modify it.
 */
const DOCUMENT_SUBJECT = /^(?:(?:the|a|an|one|another|this|that|its|his|her|their|new|latest|recent)\s+)(?:[\p{L}\p{N}.\-'’\/&]+\s+){0,6}?(?:poll|survey|report|study|letter|memo|analysis|review|audit|filing|complaint|lawsuit|indictment|statement|email|e-mail|ad|advertisement|commercial|tweet|release|sign|banner|note|message|headline|website|transcript|column|op-ed|editorial|caption|voice-over|voiceover)\b/iu;

/** `new fundraising reports`, `Federal Election Commission records`, `the FBI statistics`: records need no article. */
const PLURAL_DOCUMENTS = /^(?:[\p{L}\p{N}.\-'’\/&]+\s+){0,8}(?:polls|surveys|reports|studies|records|filings|documents|statistics|data|figures|results|footage)$/iu;

function documentSubject(text: string, from: number, end: number): SpeakerPhrase | null {
  const seg = text.slice(from, end);
  const lead = seg.length - seg.trimStart().length;
  const phrase = seg.trim().replace(/[\s,]+$/, '');
  if (!(DOCUMENT_SUBJECT.test(phrase) || (/(?:s|data|footage)$/i.test(phrase) && PLURAL_DOCUMENTS.test(phrase))) || /[;:“”"]/.test(phrase) || phrase.split(/\s+/).length > 20) return null;
  return { type: 'unnamed', mention: phrase, start: from + lead, end: from + lead + phrase.length, role: null };
}

/** `Trump issued a statement Tuesday` (before `saying`): the one who issued it is the speaker. */
const ISSUED_DOCUMENT = /\s(?:issued|released|put out|sent out|sent|posted|published|tweeted)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+)?(?:statement|release|letter|tweet|message|video|memo|note|post)\b[^,;:]*$/u;

export function readSubject(text: string, from: number, end: number): SpeakerPhrase | null {
  const issued = ISSUED_DOCUMENT.exec(text.slice(from, end));
  if (issued) {
    const issuer = readSubject(text, from, from + issued.index);
    if (issuer && issuer.type !== 'unnamed') return issuer;
  }
  const document = documentSubject(text, from, end);
  if (document) return document;
  // `Donald Trump on Thursday said`: a time adjunct between subject and verb is not the subject
  const time = TRAILING_TIME.exec(text.slice(from, end));
  if (time && time.index > 0) end = from + time.index;
  const chunks = commaChunks(text, from, end);
  if (chunks.length === 0) return null;
  // trailing appositives belong to the name chunk before them; participles, relative clauses
  // and places (`Trump, speaking at a rally in Wilmington, N.C., warned`) are skipped too
  let j = chunks.length - 1;
  // an appositive is closed by a comma before the verb (`Christie, the governor, said`); without
  // one the last chunk is the subject and what comes before it an adverbial or a place
  // (`Regardless, the State Department said`, `Offstage, the actors agree`)
  const last = chunks[j]!;
  if (j > 0 && !/[,—–]\s*$/.test(text.slice(from, end)) && isUnclosedSubject(text.slice(last[0], last[1]))) {
    const before = headOf(text, chunks[j - 1]!, true);
    // (`Led by Speaker Melissa Ruiz, the rally denounced …`: a name inside an adjunct is not the subject's)
    const fullName = !isAdverbial(text, chunks[j - 1]!) && before?.type === 'person' && nameParts(before.name ?? before.mention).length >= 2;
    const subject = fullName ? null : headOf(text, last, false);
    if (subject) return subject;
  }
  while (j > 0 && (isAppositive(text, chunks[j]!) || isInterjected(text, chunks[j]!))) j--;
  if (j < chunks.length - 1 && !isAdverbial(text, chunks[j]!)) {
    const named = headOf(text, chunks[j]!, true);
    if (named) {
      const role = roleOf(text, chunks.slice(j + 1).filter((c) => isAppositive(text, c) && !isInterjected(text, c)));
      if (role) named.role = named.role ? `${named.role}, ${role}` : role;
      return named;
    }
  }
  // `Carter’s press secretary, Peter Cook, told the Times`: a description, then the name it describes
  if (chunks.length >= 2) {
    const described = describedSpeaker(text, chunks.slice(-2));
    if (described && described.type === 'person') return described;
  }
  let k = chunks.length - 1;
  const appos: Array<[number, number]> = [];
  while (k > 0 && isAppositive(text, chunks[k]!) && !isAdverbial(text, chunks[k - 1]!) && headOf(text, chunks[k - 1]!, true)) {
    appos.unshift(chunks[k]!);
    k--;
  }
  const pair = coordinatedNames(text, chunks[k]!);
  if (pair) return pair;
  const head = headOf(text, chunks[k]!, false);
  if (!head) return null;
  if (appos.length) {
    const role = roleOf(text, appos);
    if (role) head.role = head.role ? `${head.role}, ${role}` : role;
  }
  return head;
}

const COORDINATED = /^(?:(?:Both|Neither|Either)\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(?:and|nor)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)$/u;

/** `Trump and Ryan said`, `Both Bolton and Gorka saw`: two names joined are both the speakers. */
function coordinatedNames(text: string, [a, b]: [number, number]): SpeakerPhrase | null {
  const m = COORDINATED.exec(text.slice(a, b));
  if (!m) return null;
  const ls = a + m[0].indexOf(m[1]!);
  const rs = b - m[2]!.length;
  const left = headOf(text, [ls, ls + m[1]!.length], false);
  const right = headOf(text, [rs, b], false);
  if (left?.type !== 'person' || right?.type !== 'person' || left.start !== ls || right.start !== rs) return null;
  return { ...right, mention: text.slice(a, b), start: a, coSpeakers: [left, right], gender: 'plural' };
}

/**
 * Reads the speaker after a verb (`said Brown`, `said Jeff Brown, author of X`, `according to
 * the ministry`): the first chunk is the name, lowercase chunks after it are its role.
 */
export function readObjectSpeaker(text: string, from: number, end: number): SpeakerPhrase | null {
  const chunks = commaChunks(text, from, end);
  if (chunks.length === 0) return null;
  const described = describedSpeaker(text, chunks);
  if (described) return described;
  const head = headOf(text, chunks[0]!, false, true);
  if (!head) return null;
  const appos: Array<[number, number]> = [];
  // (`said Ben Carson, asked about his claims`: a participle clause goes on with the sentence)
  for (let k = 1; k < chunks.length && isAppositive(text, chunks[k]!) && !/^\p{Ll}+(?:ed|ing)\b/u.test(text.slice(chunks[k]![0], chunks[k]![1])); k++) appos.push(chunks[k]!);
  const role = roleOf(text, appos);
  if (role) head.role = head.role ? `${head.role}, ${role}` : role;
  return head;
}

const DESCRIBED_DETERMINER = /^(?:a|an|one|another|the|his|her|their|its)$/i;
/** `Carter’s press secretary, Peter Cook`: an owner's name opens a description too (only before a name) */
const POSSESSIVE_NAME = /^\p{Lu}[\p{L}.\-]*['’]s?$/u;
const next2 = (chunks: Array<[number, number]>) => chunks.length >= 2;
const INDEFINITE_DETERMINER = /^(?:a|an|one|another)$/i;
/** `a 2013 article in …`, `a report for Oxfam`, `a scripted message`: a document speaks for its authors. */
const DOCUMENT_NOUN = /^(?:article|report|study|letter|memo|statement|note|survey|poll|analysis|editorial|email|e-mail|ad|advertisement|message|video|release|filing|paper|review)$/;

/**
 * A speaker described before being named, after the verb: `the White House spokesman, Josh
 * Earnest`, `his best friend at Lehigh, Bruce Turry` (the person, with the description as role);
 * or described only, with an indefinite determiner: `a person close to the Clintons`, `one
 * district GOP leader`, `one of the organizers` (an unnamed source, as written). A definite
 * description alone (`the former president`) is left to the descriptor reading, which may
 * resolve it to a person named before.
 */
function describedSpeaker(text: string, chunks: Array<[number, number]>): SpeakerPhrase | null {
  const [a, b] = chunks[0]!;
  const toks = tokens(text, a, b);
  if (toks.length < 2 || toks.length > 16 || !(DESCRIBED_DETERMINER.test(toks[0]!.text) || (next2(chunks) && (POSSESSIVE_NAME.test(toks[0]!.text) || (/^\p{Lu}/u.test(toks[0]!.text) && /^['’]s?$/.test(toks[1]?.text ?? '')))))) return null;
  const h = toks.findIndex((t, i) => i > 0 && i <= 6 && /^\p{Ll}/u.test(t.text) && (isRoleNoun(t.text) || (INDEFINITE_DETERMINER.test(toks[0]!.text) && DOCUMENT_NOUN.test(t.text))));
  if (h < 0 || toks.slice(1, h).some((t) => LEADING_STOP.test(t.text) && !/^of$/i.test(t.text))) return null;
  const next = chunks[1];
  if (next) {
    const nt = tokens(text, next[0], next[1]);
    const runs = nameRuns(text, nt);
    const run = runs[0];
    if (run && runs.length === 1 && run.kind === 'person' && run.start === nt[0]!.start && run.end === nt[nt.length - 1]!.end && nameParts(run.name).length >= 2 && !isPlace(run.name)) {
      return { ...phraseFromRun(text, run, nt, next[0]), role: cleanRole(text.slice(a, b)), described: text.slice(a, b) };
    }
  }
  if (!INDEFINITE_DETERMINER.test(toks[0]!.text)) return null;
  const head = toks[h]!.text.toLowerCase();
  return { type: 'unnamed', mention: text.slice(a, b), start: a, end: b, role: null, gender: /[^s]s$/.test(head) ? 'plural' : 'unknown' };
}

/** The head of one chunk: the last name in it (or pronoun, descriptor, organisation). */
function headOf(text: string, [a, b]: [number, number], probeOnly: boolean, leading = false): SpeakerPhrase | null {
  const toks = tokens(text, a, b).filter((t) => t.text !== '.' || false);
  if (toks.length === 0) return null;
  // a subject phrase is short; a long chunk is a clause, and only its end can be the subject
  const window = leading ? toks.slice(0, 14) : toks.slice(-14);
  const last = window[window.length - 1]!;
  const lastWord = last.text.toLowerCase();
  if (!leading && SPEAKER_PRONOUNS[lastWord] && !probeOnly) {
    return { type: 'pronoun', mention: last.text, start: last.start, end: last.end, role: null, gender: genderOfPronoun(lastWord) };
  }
  if (leading && SPEAKER_PRONOUNS[window[0]!.text.toLowerCase()] && !probeOnly) {
    const t = window[0]!;
    return { type: 'pronoun', mention: t.text, start: t.start, end: t.end, role: null, gender: genderOfPronoun(t.text.toLowerCase()) };
  }
  // `75 percent of Democrats`, `three-quarters of the voters`: a share of a group, not the group
  const share = leading || probeOnly ? null : shareOf(text, window);
  if (share) return share;
  // `a spokesman for the ministry`, `a spokeswoman for Clinton`: the role noun heads the phrase
  const owned = roleOfOwner(text, window, leading);
  if (owned) return probeOnly ? null : owned;
  const runs = nameRuns(text, window);
  // for a subject, the name must end the phrase (allowing a bracket: `Scott (D-Va.)`)
  let run = leading ? leadingRun(runs, window) : lastRun(runs, window);
  // `Sen. Jeff Merkley of Oregon`, `Archbishop Aris Shirvanian of the Armenian Patriarchate said`:
  // the place or body after `of` is where the person is from; the person is the speaker
  let affiliation: string | undefined;
  if (run) {
    const owner = affiliationOwner(text, runs, run, window, leading);
    if (owner) {
      affiliation = owner.affiliation;
      run = owner.run;
    }
  }
  if (run) {
    // `Sputnik's interlocutors`, `Trump's campaign`: the possessor is not the speaker
    const next = window.find((t) => t.start >= run.end);
    if (leading && next?.text === "'s" && !probeOnly) {
      const endTok = window[window.length - 1]!;
      const mention = text.slice(run.start, endTok.end);
      const headNoun = endTok.text.toLowerCase();
      if (isOrgNoun(headNoun)) return { type: 'organisation', mention, start: run.start, end: endTok.end, role: null, name: mention };
      return { type: 'unnamed', mention, start: run.start, end: endTok.end, role: null };
    }
    // `Mr. King`, `Ms. Judge`: after an honorific a title word is a surname; `Cuban said`, `King
    // said` alone may be one too, when the article names such a person (resolution decides)
    if (nameParts(run.name).length === 0) {
      const honorific = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/.test(run.title);
      if (!/^\p{Lu}\p{Ll}+$/u.test(run.name) || (!honorific && (run.title || probeOnly || (run.kind !== 'person' && !(isDemonym(run.name) && !/s$/.test(run.name)))))) return null;
      if (!honorific) return { ...phraseFromRun(text, run, window, a), surnameIfKnown: true };
    }
    if (isPlace(run.name)) {
      // `Israel said`: a place alone may be a person's surname (Rep. Steve Israel); resolution decides
      const whole = window.length === 1 && window[0]!.start === run.start && window[0]!.end === run.end;
      if (whole && !probeOnly) return { type: 'organisation', mention: run.name, start: run.start, end: run.end, role: null, name: run.name, place: true };
      // `the New York businessman`: the place modifies a role noun after it
      const after = window.filter((t) => t.start >= run.end);
      return !probeOnly && after.length > 0 && after.length <= 3 && after.every((t) => /^\p{Ll}/u.test(t.text)) && isRoleNoun(after[after.length - 1]!.text) ? descriptorOf(text, window) : null;
    }
    const phrase = phraseFromRun(text, run, window, a);
    return affiliation && phrase.type === 'person' ? { ...phrase, affiliation, end: run.end } : phrase;
  }
  if (probeOnly) return null;
  return descriptorOf(text, window);
}

const SHARE_HEADS = /^(?:percent|per|cent|half|third|thirds|quarter|quarters|three-quarters|two-thirds|majority|minority|plurality|most|many|some|all|none|few|each|both|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?%?)$/i;
const SHARE_LEAD = /^(?:nearly|almost|about|around|roughly|more|less|fewer|than|over|under|just|only|a|the|another|\d+(?:\.\d+)?%?|one|two|three|four|five|six|seven|eight|nine|ten|in|out|of|percent|per|cent)$/i;

/** `75 percent of Democrats`, `more than 4 in 10 of them`, `half of the voters`: the whole share phrase. */
function shareOf(text: string, window: Token[]): SpeakerPhrase | null {
  // `more than 4 in 10`, `six in 10`, `two in three`: a share without its group
  const n = window.length;
  if (n >= 3 && /^in$/i.test(window[n - 2]!.text) && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/i.test(window[n - 1]!.text) && /^(?:\d+|one|two|three|four|five|six|seven|eight|nine)$/i.test(window[n - 3]!.text)) {
    let s = n - 3;
    while (s > 0 && /^(?:nearly|almost|about|around|roughly|more|less|fewer|than|over|under|just|only)$/i.test(window[s - 1]!.text)) s--;
    return { type: 'unnamed', mention: text.slice(window[s]!.start, window[n - 1]!.end), start: window[s]!.start, end: window[n - 1]!.end, role: null, gender: 'plural' };
  }
  let ofAt = -1;
  for (let i = window.length - 2; i > 0; i--) if (window[i]!.text.toLowerCase() === 'of') { ofAt = i; break; }
  if (ofAt < 1 || !SHARE_HEADS.test(window[ofAt - 1]!.text)) return null;
  // the group after `of` is a short noun phrase with no verb
  if (window.slice(ofAt + 1).some((t) => /^[,;:()"“”]$/.test(t.text)) || window.length - ofAt > 6) return null;
  // a group of people: `Democrats`, `the voters`, `those polled`, `them`
  const group = window[window.length - 1]!.text;
  if (!isRoleNoun(group) && !isOrgNoun(group) && !/^\p{Lu}/u.test(group) && !/^(?:them|us|those|these|polled|surveyed|asked|respondents|americans|people)$/i.test(group)) return null;
  let s = ofAt - 1;
  while (s > 0 && (SHARE_LEAD.test(window[s - 1]!.text) || SHARE_HEADS.test(window[s - 1]!.text)) && !/^of$/i.test(window[s - 1]!.text)) s--;
  const last = window[window.length - 1]!;
  return { type: 'unnamed', mention: text.slice(window[s]!.start, last.end), start: window[s]!.start, end: last.end, role: null, gender: 'plural' };
}

/** After a verb the speaker's name comes first, after at most a determiner, titles and modifiers: `said that Clinton …` names nobody. */
function leadingRun(runs: NameRun[], window: Token[]): NameRun | undefined {
  let run = runs[0];
  if (!run) return undefined;
  // `said Virginia delegate Beau Correll`, `said Republican party boss Reince Priebus`: a place or
  // party before a role noun modifies it; the person is the name after the role
  const second = runs[1];
  if (second && second.kind === 'person') {
    const between = window.filter((t) => t.start >= run!.end && t.end <= second.start);
    // (`said Cruz constituent Dan Golvach`, `said Clinton ally James Carville`: any lower-case
    // noun will do when a full name follows it)
    if (between.length >= 1 && between.length <= 3 && between.every((t) => /^\p{Ll}/u.test(t.text) && !LEADING_STOP.test(t.text)) && (between.some((t) => isRoleNoun(t.text)) || (nameParts(second.name).length >= 2 && !isVerbForm(between[between.length - 1]!.text)))) run = second;
  }
  const before = window.filter((t) => t.end <= run.start);
  // (`said retired neurosurgeon Ben Carson`: a participle may open a role, not follow one)
  const ok = before.length <= 6 && before.every((t, i) => t.text === "'s" || (!/^[^\p{L}]/u.test(t.text) && !LEADING_STOP.test(t.text) && (!/^\p{Ll}+ed$/u.test(t.text) || (i === 0 && run.kind === 'person' && nameParts(run.name).length >= 2))));
  return ok ? run : undefined;
}

/** Words that show a clause, not a speaker's title, before the first name after a verb. */
const LEADING_STOP = /^(?:that|whether|if|how|what|why|when|where|who|which|to|in|on|at|for|with|by|from|about|of|and|or|but|as|he|she|they|it|we|i|you|is|was|are|were|be|been|has|have|had|not|no|would|will|could|should|can|may|might|must|there|this|these|those)$/i;

const OWNER_LINK = /^(?:for|of|at|with|from|to)$/i;

/** `a spokesman for the ministry`: a determiner, a role noun and its owner; the speaker is unnamed. */
function roleOfOwner(text: string, window: Token[], leading: boolean): SpeakerPhrase | null {
  // the phrase is the whole window: from its start after a verb, or from its determiner before one
  for (let i = 0; i < window.length - 2; i++) {
    const det = window[i]!.text;
    if (!/^(?:a|an|the|one|another)$/i.test(det)) continue;
    // `a longtime adviser to Trump`: up to two lower-case modifiers before the role noun
    let n = i + 1;
    while (n < i + 3 && n < window.length - 2 && /^\p{Ll}/u.test(window[n]!.text) && !isRoleNoun(window[n]!.text) && !OWNER_LINK.test(window[n]!.text)) n++;
    const noun = window[n]!.text;
    const link = window[n + 1]?.text ?? '';
    if (!/^\p{Ll}/u.test(noun) || !isRoleNoun(noun) || !OWNER_LINK.test(link)) continue;
    if (leading ? i !== 0 : window.slice(0, i).some((t) => !/^[,]$/.test(t.text)) && !/^[,;:]$/.test(window[i - 1]?.text ?? ',')) continue;
    const last = window[window.length - 1]!;
    const mention = text.slice(window[i]!.start, leading ? ownerEnd(window, n + 2) : last.end);
    const indefinite = !/^the$/i.test(det);
    return { type: indefinite ? 'unnamed' : 'descriptor', mention, start: window[i]!.start, end: window[i]!.start + mention.length, role: null, modifiers: [noun.toLowerCase()], gender: 'unknown' };
  }
  return null;
}

/** The end of the owner noun phrase after `for`: up to a verb, `who` or punctuation. */
function ownerEnd(window: Token[], from: number): number {
  let k = from;
  while (k < window.length && !/^[,;:.()"“”]$/.test(window[k]!.text) && !/^(?:who|which|that|said|says|told)$/i.test(window[k]!.text) && k - from < 8) k++;
  return window[Math.max(from, k - 1)]!.end;
}

const AFFILIATION_LINK = /^(?:of|from|at|the|in|and)$/;

/**
 * `Sen. Jeff Merkley of Oregon`, `Archbishop Aris Shirvanian of the Armenian Patriarchate of
 * Jerusalem`: a person's name followed by `of|from|at` and capitalised runs (with `the`, `of`,
 * `in` between) ending at `run`. Returns the person's run and the affiliation as written, so the
 * speaker is the person (and the speaker string can carry `of …` as news style writes it).
 * With the subject, `run` is the last run; after a verb it is the first and the chain runs on.
 */
function affiliationOwner(text: string, runs: NameRun[], run: NameRun, window: Token[], leading: boolean): { run: NameRun; affiliation: string } | null {
  const i = runs.indexOf(run);
  const linked = (x: NameRun, y: NameRun): boolean => {
    const link = window.filter((t) => t.start >= x.end && t.end <= y.start);
    return link.length >= 1 && link.length <= 2 && link.every((t) => AFFILIATION_LINK.test(t.text));
  };
  const firstLink = (x: NameRun, y: NameRun): string | undefined => window.find((t) => t.start >= x.end && t.end <= y.start)?.text;
  let personAt = -1;
  let lastAt = -1;
  if (leading) {
    // after a verb: the person opens the phrase, the chain follows it
    if (run.kind !== 'person' || isPlace(run.name)) return null;
    personAt = i;
    lastAt = i;
    while (runs[lastAt + 1] && linked(runs[lastAt]!, runs[lastAt + 1]!)) lastAt++;
    if (lastAt === i) return null;
    // only a bracket or nothing may follow the chain inside its chunk
    const after = window.filter((t) => t.start >= runs[lastAt]!.end);
    if (after.length && after[0]!.text !== '(') return null;
  } else {
    lastAt = i;
    let k = i;
    // the leftmost person of the chain: the `of` phrases after it all describe it
    // (`Hana Petrova of the Orthodox Diocese of Varna`, whatever `Orthodox Diocese` is read as)
    while (k > 0 && linked(runs[k - 1]!, runs[k]!)) {
      k--;
      if (runs[k]!.kind === 'person' && !isPlace(runs[k]!.name) && nameParts(runs[k]!.name).length >= 1) personAt = k;
    }
    if (personAt < 0) return null;
  }
  const person = runs[personAt]!;
  const next = runs[personAt + 1]!;
  if (!/^(?:of|from|at)$/.test(firstLink(person, next) ?? '')) return null;
  // a person needs a given name or a title here: `Brookings of the Institute` is no one
  // (a place is safe: `Butterfield of North Carolina`)
  if (nameParts(person.name).length < 2 && !person.title && !(lastAt === personAt + 1 && isPlace(runs[lastAt]!.name))) return null;
  const linkStart = window.find((t) => t.start >= person.end)!.start;
  return { run: person, affiliation: text.slice(linkStart, runs[lastAt]!.end) };
}

function lastRun(runs: NameRun[], window: Token[]): NameRun | undefined {
  // `John Kasich (R-OH)`: a party-state bracket after the name is not a name of its own
  const bracketed = (r: NameRun) => {
    const i = window.findIndex((t) => t.start >= r.start);
    return i > 0 && window[i - 1]!.text === '(';
  };
  let last = runs.length - 1;
  while (last > 0 && bracketed(runs[last]!)) last--;
  const run = runs[last];
  if (!run) return undefined;
  const after = window.filter((t) => t.start >= run.end);
  // only a bracket may follow the name inside the subject chunk
  if (after.length && after[0]!.text !== '(') return undefined;
  return run;
}

function isTitleLike(w: string): boolean {
  return isRoleNoun(w) || isTitleWord(w);
}

function genderOfPronoun(p: string): Gender | 'plural' {
  return p === 'he' ? 'male' : p === 'she' ? 'female' : p === 'they' || p === 'we' ? 'plural' : 'unknown';
}

function phraseFromRun(text: string, run: NameRun, window: Token[], chunkStart: number): SpeakerPhrase {
  // lowercase pre-modifiers of the name count as its role (`longtime Democratic pollster Pat Caddell`)
  const before = window.filter((t) => t.end <= run.start);
  let p = before.length;
  while (p > 0) {
    const w = before[p - 1]!.text;
    // `Ambassador to the U.S. Koji Tomita`, `Secretary of State John Kerry`
    if (/^(?:the)$/i.test(w) && p >= 3 && /^(?:of|to|for|at)$/.test(before[p - 2]!.text) && isTitleLike(before[p - 3]!.text)) {
      p -= 2;
      continue;
    }
    if (/^(?:of|to|for|at)$/.test(w) && p >= 2 && isTitleLike(before[p - 2]!.text)) {
      p--;
      continue;
    }
    if (/^(?:the|a|an|and|of|to|on|in|at|by|for|with|from|that|said|told|,|'s)$/i.test(w)) break;
    if (/^\p{Ll}/u.test(w) && !isRoleNoun(w) && !/^(?:former|longtime|senior|top|chief|deputy|state|then|acting|veteran|fellow|democratic|republican)$/i.test(w)) break;
    p--;
  }
  const preStart = p < before.length ? before[p]!.start : run.start;
  const pre = text.slice(preStart, run.nameStart).trim();
  const role = pre.length > 0 && pre !== run.name ? cleanRole(pre) : null;
  const first = nameParts(run.name)[0] ?? '';
  const g = firstNameGender(first);
  void chunkStart;
  return {
    type: run.kind === 'organisation' ? 'organisation' : 'person',
    mention: text.slice(preStart < run.start ? preStart : run.start, run.end),
    start: Math.min(preStart, run.start),
    end: run.end,
    role: role && role.length > 1 ? role : null,
    name: run.name,
    gender: g ?? 'unknown',
  };
}

/** `the Japanese official`, `a senior official`, `sources`, `the ministry`, `experts`. */
function descriptorOf(text: string, window: Token[]): SpeakerPhrase | null {
  // the noun phrase at the end of the window: back to a determiner or a clause word
  let i = window.length - 1;
  const head = window[i]!;
  const headWord = head.text.toLowerCase();
  const role = isRoleNoun(headWord) || QUANTITY_HEADS.has(headWord);
  const org = isOrgNoun(headWord);
  if (!role && !org) return null;
  let s = i;
  while (s > 0) {
    const w = window[s - 1]!.text;
    if (/^[,;:()"“”‘’—–.]$/.test(w)) break;
    if (/^(?:that|and|but|who|which|as|when|while|said|told|because|if|so)$/i.test(w)) break;
    s--;
    if (DETERMINERS.test(w) || INDEFINITE.test(w)) break;
    if (i - s > 6) break;
  }
  const words = window.slice(s, i + 1);
  const det = words[0]!.text.toLowerCase();
  // `Japan's foreign minister`: the possessor opens the phrase and is a modifier like `Japanese`
  const possessor = words.length > 2 && words[1]!.text === "'s" && /^\p{Lu}/u.test(words[0]!.text) ? [words[0]!.text] : [];
  const mods = [...possessor, ...words.slice(1, -1).map((t) => t.text).filter((w) => !/^'s$/.test(w))];
  const mention = text.slice(words[0]!.start, head.end);
  const plural = /s$/.test(headWord) && !/ss$/.test(headWord);
  // `Twenty-four percent (of voters)`, `half`, `a majority of Democrats`: a share of people, never one person
  if (words.some((t) => QUANTITY_HEADS.has(t.text.toLowerCase()))) {
    return { type: 'unnamed', mention, start: words[0]!.start, end: head.end, role: null, gender: 'plural' };
  }
  const indefinite = INDEFINITE.test(det) || (!DETERMINERS.test(det) && plural);
  if (org && !role) {
    return { type: 'organisation', mention, start: words[0]!.start, end: head.end, role: null, name: mention.replace(/^the\s+/i, '') };
  }
  if (indefinite || /^(?:source|sources)$/.test(headWord)) {
    return { type: 'unnamed', mention, start: words[0]!.start, end: head.end, role: null, gender: plural ? 'plural' : 'unknown' };
  }
  return {
    type: 'descriptor',
    mention,
    start: words[0]!.start,
    end: head.end,
    role: null,
    modifiers: [...mods, headWord],
    gender: plural ? 'plural' : 'unknown',
  };
}

// ---------------------------------------------------------------------------------------------
// Resolution

export interface Person {
  /** the fullest form of the name met so far */
  name: string;
  role: string | null;
  gender: Gender;
  /** the gender is only the first name's usual one (`Erin`, `Kim`): a pronoun may overrule it */
  genderFromName?: boolean;
  /** text offsets where the person is mentioned (first = earliest) */
  mentions: number[];
  /** every word of the title and role, lower-cased, for `the Japanese official` */
  roleWords: Set<string>;
  /** mentions that are not subjects (`to Brown`, `Brown's campaign`): the last choice for a pronoun */
  weak: Set<number>;
  /** mentions as the speaker of a quote or report (`Sexton said`): the first choice for a pronoun */
  speaking: Set<number>;
  /**
   * Evidence that the run is a person a pronoun can stand for: a first name the lexicon knows, an
   * honorific, a role or title, or a turn as a speaker. A bare capitalised run (`Transatlantic
   * Trade`, `Are Sorry`) is registered for surname lookups but never taken by he/she.
   */
  vouched: boolean;
}

/** The people of an article, keyed by surname, in order of first mention. */
/** Title abbreviations and the words a later description uses for them (`Gov. Reyes` … `the governor`). */
const TITLE_SPELLED_OUT: Record<string, string[]> = {
  gov: ['governor'], sen: ['senator'], rep: ['representative', 'congressman', 'congresswoman', 'lawmaker'], sens: ['senator'], reps: ['representative'],
  gen: ['general'], col: ['colonel'], lt: ['lieutenant'], maj: ['major'], capt: ['captain'], sgt: ['sergeant'], adm: ['admiral'], cmdr: ['commander'],
  sec: ['secretary'], secy: ['secretary'], pres: ['president'], atty: ['attorney'], amb: ['ambassador'], prof: ['professor'], supt: ['superintendent'],
  det: ['detective'], insp: ['inspector'], rev: ['reverend'], dr: ['doctor'],
  senator: ['lawmaker'], congressman: ['lawmaker'], congresswoman: ['lawmaker'], representative: ['lawmaker'],
};

/** Nouns that name an organisation of any kind, whatever its name (`the company`, `the paper`). */
const GENERIC_ORG_NOUNS = /^(?:company|firm|newspaper|paper|magazine|network|broadcaster|outlet|agency|organization|organisation|bank|airline|carrier|retailer|automaker|insurer|union|website|site)$/i;

/** How far back (characters) `it said` looks for the organisation or document it stands for. */
const IT_REACH = 1500;

export class PersonIndex {
  readonly people: Person[] = [];
  /** organisations named in the article (`Ministry of Health`), for `the ministry said` */
  readonly orgs: Array<{ name: string; at: number }> = [];

  addOrg(name: string, at: number): void {
    this.orgs.push({ name, at });
  }

  /** organisations and documents that spoke (`the ministry said`, `the report found`), for `it said` */
  private readonly orgSpeakers: Array<{ name: string; type: 'organisation' | 'unnamed'; at: number }> = [];

  recordOrgSpeaker(name: string, type: 'organisation' | 'unnamed', at: number): void {
    this.orgSpeakers.push({ name, type, at });
  }

  /**
   * `“…,” it said`: the organisation or document that spoke last before `at`, else the latest
   * organisation named, within a few paragraphs (`it` never stands for a person).
   */
  byIt(at: number): { name: string; type: 'organisation' | 'unnamed' } | undefined {
    const near = (x: { at: number }) => x.at < at && at - x.at < IT_REACH;
    const latest = <T extends { at: number }>(xs: T[]) => xs.filter(near).reduce<T | undefined>((b, x) => (!b || x.at > b.at ? x : b), undefined);
    const spoke = latest(this.orgSpeakers);
    if (spoke) return spoke;
    const named = latest(this.orgs);
    return named ? { name: named.name, type: 'organisation' } : undefined;
  }

  /**
   * `the company`, `the newspaper`, `the agency` after `Twitter said`, `the Daily News claims`: a
   * generic noun for an organisation stands for the one that spoke last, within a few paragraphs.
   */
  byGenericOrgNoun(noun: string, at: number): string | undefined {
    if (!GENERIC_ORG_NOUNS.test(noun)) return undefined;
    let best: { name: string; at: number } | undefined;
    for (const o of this.orgSpeakers) if (o.type === 'organisation' && o.at < at && at - o.at < IT_REACH && (!best || o.at > best.at) && !/^\p{Ll}/u.test(o.name)) best = o;
    return best?.name;
  }

  /** `the ministry`, `the committee`: the latest organisation named before `at` whose name has that noun. */
  byOrgNoun(noun: string, at: number): string | undefined {
    const n = noun.toLowerCase();
    let best: { name: string; at: number } | undefined;
    for (const o of this.orgs) {
      if (o.at >= at || (best && o.at < best.at)) continue;
      if (o.name.toLowerCase().split(/[^\p{L}]+/u).includes(n)) best = o;
    }
    return best?.name;
  }

  /** Registers a person name (two words or more) found at `at`; merges with an earlier mention of the same person. */
  add(name: string, role: string | null, at: number, gender: Gender = 'unknown', weak = false): Person | null {
    const parts = nameParts(name);
    if (parts.length < 2) return null;
    const existing = this.findFull(parts);
    if (existing) {
      this.recordMention(existing, at, weak);
      if (role) this.setRole(existing, role);
      if ((existing.gender === 'unknown' || existing.genderFromName) && gender !== 'unknown') {
        existing.gender = gender;
        existing.genderFromName = false;
      }
      if (!existing.vouched && canVouch(nameParts(existing.name)) && (gender !== 'unknown' || firstNameGender(parts[0]!) !== undefined || looksLikePersonName(parts))) existing.vouched = true;
      if (parts.length > nameParts(existing.name).length && at < (existing.mentions[0] ?? Infinity)) existing.name = name;
      return existing;
    }
    const g = gender !== 'unknown' ? gender : (firstNameGender(parts[0]!) ?? 'unknown');
    // a first name the lexicon knows vouches even when it tells no gender (`Casey`, `Kim`), and so
    // does a run every word of which could be a name (`Rakeyia Scott`)
    const vouched = canVouch(parts) && (gender !== 'unknown' || firstNameGender(parts[0]!) !== undefined || looksLikePersonName(parts));
    const person: Person = { name: cleanName(name), role: null, gender: g === 'unknown' ? 'unknown' : g, genderFromName: gender === 'unknown' && g !== 'unknown', mentions: [], roleWords: new Set(), weak: new Set(), speaking: new Set(), vouched };
    this.recordMention(person, at, weak);
    if (role) this.setRole(person, role);
    this.people.push(person);
    return person;
  }

  /** The first role met is the one shown (or a fuller one); every mention's role words help `the Japanese official`. */
  private setRole(p: Person, role: string): void {
    if (canVouch(nameParts(p.name))) p.vouched = true;
    if (!p.role || (role.length > p.role.length && role.includes(p.role))) p.role = role;
    for (const w of role.toLowerCase().split(/[^\p{L}\-]+/u)) if (w) for (const x of [w, ...(TITLE_SPELLED_OUT[w] ?? [])]) p.roleWords.add(x);
  }

  /** An earlier full mention of the same person: same surname and compatible given names. */
  private findFull(parts: string[]): Person | undefined {
    const sur = parts[parts.length - 1]!.toLowerCase();
    const given = parts.slice(0, -1).map((w) => w.toLowerCase().replace(/\.$/, ''));
    return this.people.find((p) => {
      const pp = nameParts(p.name).map((w) => w.toLowerCase().replace(/\.$/, ''));
      if (pp[pp.length - 1] !== sur) return false;
      const pg = pp.slice(0, -1);
      return pg.some((a) => given.some((b) => a.startsWith(b) || b.startsWith(a))) || given.length === 0 || pg.length === 0;
    });
  }

  /** A surname or partial name → the earliest person it can be; undefined when none or ambiguous. */
  bySurname(word: string, before: number, gender: Gender = 'unknown'): Person | undefined {
    const w = word.toLowerCase().replace(/['’]s$/, '');
    const matches = this.people.filter((p) => {
      // `Mr. Clinton` is not Hillary Clinton
      if (gender !== 'unknown' && p.gender !== 'unknown' && p.gender !== gender) return false;
      const parts = nameParts(p.name).map((x) => x.toLowerCase());
      return parts[parts.length - 1] === w || (parts.length > 2 && parts.slice(1).includes(w));
    });
    if (matches.length === 0) {
      // a first name alone (`Hillary`) when just one person has it
      const byFirst = this.people.filter((p) => nameParts(p.name)[0]?.toLowerCase() === w);
      return byFirst.length === 1 ? byFirst[0] : undefined;
    }
    if (matches.length === 1) return matches[0];
    // several people share the surname: a plain person's name before a doubtful run, then the
    // one mentioned most so far (the article's subject: `Clinton` in a story about Hillary Clinton
    // that names Bill Clinton once), then the one named first
    const endsWith = (p: Person) => (nameParts(p.name).pop()?.toLowerCase() === w ? 1 : 0);
    return [...matches].sort((a, b) => endsWith(b) - endsWith(a) || plainName(b) - plainName(a) || countBefore(b, before) - countBefore(a, before) || (a.mentions[0] ?? 0) - (b.mentions[0] ?? 0))[0];
  }

  /** `the Japanese official`: the latest person before `at` whose title/role shares the modifiers. */
  byDescriptor(modifiers: string[], at: number): Person | undefined {
    const mods = modifiers.map((m) => m.toLowerCase()).filter((m) => !/^(?:official|officials|'s)$/.test(m));
    const candidates = this.people.filter((p) => lastBefore(p, at) >= 0).sort((a, b) => lastBefore(b, at) - lastBefore(a, at));
    const head = modifiers[modifiers.length - 1]?.toLowerCase() ?? '';
    // `the campaign`, `the ministry` is an organisation, never a person whose role mentions one
    if (head && isOrgNoun(head)) return undefined;
    const earlier =
      candidates.find((p) => mods.length > 0 && mods.every((m) => p.roleWords.has(m) || p.roleWords.has(m.replace(/s$/, '')))) ??
      candidates.find((p) => mods.some((m) => isDemonym(m) && p.roleWords.has(m))) ??
      (head ? candidates.find((p) => p.roleWords.has(head)) : undefined);
    if (earlier) return earlier;
    // `Japan's foreign minister stated …` in the lead, `Japanese Foreign Minister Yoshimasa Hayashi`
    // further down: a later person whose role has every word of the description (a country and
    // its demonym agree), when exactly one has
    const words = modifiers.filter((m) => !/^(?:official|officials|'s)$/i.test(m));
    if (words.length < 2) return undefined;
    const later = this.people.filter((p) => p.mentions.some((m) => m > at) && lastBefore(p, at) < 0 && words.every((m) => hasRoleWord(p, m)));
    return later.length === 1 ? later[0] : undefined;
  }

  /**
   * A pronoun → a compatible person mentioned before `at` (outside quotes). `windows` are the
   * sentences to search, nearest first (the first one cut at `at`): the nearest sentence with a
   * compatible mention decides, and in it a subject beats a name after a preposition or a
   * possessive, a known gender beats an unknown one, and the earlier mention (the subject
   * position) beats the later one: `Trump praised Cruz. He said …` is Trump.
   */
  byPronoun(gender: Gender | 'plural', at: number, windows: ReadonlyArray<readonly [number, number]>): Person | undefined {
    if (gender === 'plural') return undefined;
    // `Erin O’Toole … he said`: when nobody of the pronoun's gender is near, the one who just spoke,
    // whose gender was only guessed from the first name, may still be the one
    let found: Person | undefined;
    for (let i = 0; i < windows.length && !found; i++) {
      found = this.pronounIn(gender, at, [windows[i]!], false) ?? (gender !== 'unknown' && i < 2 ? this.speakerOfOtherGender(gender, at, [windows[i]!]) : undefined);
    }
    if (found && gender !== 'unknown' && (found.gender === 'unknown' || found.genderFromName)) {
      // `Kim Park … She said`: the pronoun tells a gender the name did not
      found.gender = gender;
      found.genderFromName = false;
    }
    return found;
  }

  /** The one who just spoke (`“…,” O’Toole said. He promised …`) when the name's guessed gender disagrees. */
  private speakerOfOtherGender(gender: Gender, at: number, windows: ReadonlyArray<readonly [number, number]>): Person | undefined {
    const p = this.pronounIn(gender, at, windows, true);
    if (!p || !p.genderFromName) return undefined;
    return [...p.speaking].some((m) => m < at && windows.some(([ws, we]) => m >= ws && m < we)) ? p : undefined;
  }

  private pronounIn(gender: Gender, at: number, windows: ReadonlyArray<readonly [number, number]>, overruleNames: boolean): Person | undefined {
    for (const [ws, we] of windows) {
      let best: Person | undefined;
      let bestScore = -1;
      let bestAt = Infinity;
      for (const p of this.people) {
        if (gender !== 'unknown' && p.gender !== 'unknown' && p.gender !== gender && !(overruleNames && p.genderFromName)) continue;
        if (!p.vouched) continue;
        for (const m of p.mentions) {
          if (m < ws || m >= we || m >= at) continue;
          const score = (p.speaking.has(m) ? 4 : 0) + (p.weak.has(m) ? 0 : 2) + (gender !== 'unknown' && p.gender === gender ? 1 : 0);
          if (score > bestScore || (score === bestScore && m < bestAt)) {
            best = p;
            bestScore = score;
            bestAt = m;
          }
        }
      }
      if (best) return best;
    }
    return undefined;
  }

  /** The registered person a full name (two words or more) refers to, if any. */
  find(name: string): Person | undefined {
    const parts = nameParts(name);
    return parts.length >= 2 ? this.findFull(parts) : undefined;
  }

  /** A person quoted by name is a person, whatever the lexicon knows of the first name. */
  markSpeaker(p: Person): void {
    if (canVouch(nameParts(p.name))) p.vouched = true;
  }

  /** A mention as the speaker of a quote or report. */
  recordSpeaker(p: Person, at: number): void {
    this.recordMention(p, at);
    p.speaking.add(at);
  }

  recordMention(p: Person, at: number, weak = false): void {
    if (!p.mentions.includes(at)) p.mentions.push(at);
    if (weak) p.weak.add(at);
    else p.weak.delete(at);
  }
}

/** A run opening with a clause word (`Though Sanders`) is never vouched for, whatever else it has. */
function canVouch(parts: readonly string[]): boolean {
  return !opensWithClauseWord(parts);
}

/** Does the person's role have this word (`ministers` ~ `minister`, `Japan` ~ `Japanese`)? */
function hasRoleWord(p: Person, word: string): boolean {
  const w = word.toLowerCase();
  if (p.roleWords.has(w) || p.roleWords.has(w.replace(/s$/, ''))) return true;
  if (!/^\p{Lu}/u.test(word) || w.length < 4) return false;
  // a country and its demonym share their first letters: Japan/Japanese, China/Chinese, Russia/Russian
  const stem = w.slice(0, 4);
  return [...p.roleWords].some((r) => isDemonym(r[0]!.toUpperCase() + r.slice(1)) && r.startsWith(stem));
}

/** 1 for a name that plainly is a person's (`Thomas Perez`), 0 for a run that may not be (`Understated Perez`). */
function plainName(p: Person): number {
  const parts = nameParts(p.name);
  // `Donald Trump Tweets`, `Anthony Weiner Reportedly`: a headline word run on after the name
  return p.vouched && firstNameGender(parts[0]!) !== undefined && !/^(?:will|may|can)$/i.test(parts[0]!) && parts.slice(1).every((w) => !isDoubtfulNamePart(w)) ? 1 : 0;
}

function isDoubtfulNamePart(word: string): boolean {
  const w = word.replace(/\.$/, '');
  return isCommonWord(w) || isCommonWord(w.replace(/(?:es|s)$/, '')) || /\p{Ll}ly$/u.test(w) || (w.length > 3 && w === w.toUpperCase());
}

function countBefore(p: Person, at: number): number {
  return p.mentions.filter((m) => m < at).length;
}

function lastBefore(p: Person, at: number): number {
  let best = -1;
  for (const m of p.mentions) if (m < at && m > best) best = m;
  return best;
}

/** A title as a role: without articles and bare honorifics (`Dr.`, `Mr.`), which say nothing of the job. */
export function cleanRole(role: string): string | null {
  const r = role
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame|Rev|Hon)\.?\s*)+/, '')
    .replace(/^[,\s]+|[,\s]+$/g, '');
  return r.length > 1 ? r : null;
}

function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').replace(/['’]s$/, '').trim();
}

export { surnameOf };
