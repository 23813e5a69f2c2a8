/**
 * Speaker phrases: reading the noun phrase next to a reporting verb, as the subject before it
 * (name, title, appositive role, coordinated names, a document) or the speaker after it
 * (`said Brown, a senator`, `according to the ministry`, `said his spokesman, Josh Earnest`).
 * Resolving a phrase to a full name is the people index's (personindex.ts).
 */
import { SPEAKER_PRONOUNS } from './cues.js';
import { isCapitalisedGroup, isFirstName, isOrgNoun, isPlace, isRoleNoun, isVerbForm, nameParts, nameRuns, surnameOf, tokens, type Token } from './names.js';
import type { SpeakerPhrase } from './phrase.js';
import { headOf, LEADING_STOP, phraseFromRun } from './heads.js';
import { cleanRole } from './personindex.js';

export type { SpeakerPhrase, SpeakerPhraseType } from './phrase.js';
export { cleanRole, PersonIndex, type Person } from './personindex.js';

/** Splits [from, to) at commas that are not inside brackets; returns [start, end) chunks. */
function commaChunks(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let s = from;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    // (`367,491 people`: a comma between digits groups thousands)
    else if ((c === ',' || c === '—' || c === '–') && depth === 0 && !(c === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5)))) {
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

const TRAILING_ADVERB = /\s+(?:(?:has|have|had|do|does|did|is|are|was|were|would|could|should|will|wo|ca|can|must|may|might)n['’]t|not|never|also|still|almost|just|already|universally|repeatedly|publicly|privately|recently|previously|reportedly|initially|often|usually|generally|quickly|immediately|largely|mostly|widely|frequently|consistently|strongly|openly|explicitly|flatly|firmly|falsely|wrongly|correctly|rightly|repeatedly|privately|jointly|separately|unanimously|overwhelmingly)\s*$/;

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
/** `Patty Hajdu, meanwhile, urged …`, `Kenney, for his part, said …`: an aside between commas that says nothing of who someone is. */
const ASIDE_NOT_ROLE = /^(?:meanwhile|however|too|also|though|instead|likewise|similarly|separately|nonetheless|nevertheless|again|still|then|now|in turn|in response|in (?:a|an|her|his|their) (?:[\p{L}-]+ )?(?:statement|interview|email|e-mail|letter|post)|for (?:his|her|their|its) part|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)$/iu;

export function isAsideNotRole(chunk: string): boolean {
  return ASIDE_NOT_ROLE.test(chunk.trim());
}

function roleOf(text: string, chunks: Array<[number, number]>): string | null {
  const parts = chunks.map(([a, b]) => text.slice(a, b)).filter((c) => !/^\d{1,3}$/.test(c) && !/^\(.*\)$/.test(c) && !isAsideNotRole(c));
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

// (`Yet voters said`, `But critics say`: before a common noun as well as before a name; `So`, `Then`
// and `Or` only before a capital, for `So many`, `Then-senator` open the subject itself)
const OPENING_CONNECTIVE = /^\s*(?:(?:[:;]\s*|(?:But|And|Yet|Or|Still|So|Then)\s+)(?=\p{Lu})|(?:But|And|Yet|Still)\s+(?=\p{Ll}))/u;

/** `Trump issued a statement Tuesday` (before `saying`): the one who issued it is the speaker. */
const ISSUED_DOCUMENT = /\s(?:issued|released|put out|sent out|sent|posted|published|tweeted)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+)?(?:statement|release|letter|tweet|message|video|memo|note|post)\b[^,;:]*$/u;

/**
 * `Activists said`, `Democrats say`: a capitalised plural of a people noun read as a name is a
 * group, plural, so no `he` or `she` later stands for it. Its type stays `person`: retyped as
 * unnamed, resolve.ts's seemsToItself no longer credits `Voters seem to care …` to the group, and
 * a coordinated `Democrats and Republicans` lost its first half (train e2e 0.6905 -> 0.6902, speaker
 * 0.9142 -> 0.9140; dev unchanged), so the retyping waits for that rule to take plural groups.
 */
function asGroup(phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!phrase || phrase.type !== 'person' || phrase.coSpeakers || /\s/.test(phrase.mention) || phrase.mention !== (phrase.name ?? phrase.mention) || !isCapitalisedGroup(phrase.mention)) return phrase;
  return { ...phrase, gender: 'plural' };
}

export function readSubject(text: string, from: number, end: number): SpeakerPhrase | null {
  return asGroup(subjectPhrase(text, from, end));
}

function subjectPhrase(text: string, from: number, end: number): SpeakerPhrase | null {
  // `But Murshed Zaheed, …, said`, `…: Mark Zuckerberg, who announced`: a sentence connective or the
  // colon before the subject is no part of its name
  const opener = OPENING_CONNECTIVE.exec(text.slice(from, end));
  if (opener) from += opener[0].length;
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
  // `his aides haven't (said)`, `diplomats almost universally (expressed)`: a negated auxiliary or an
  // adverb before the verb belongs to the predicate, not to the subject
  for (let m = TRAILING_ADVERB.exec(text.slice(from, end)); m && m.index > 0; m = TRAILING_ADVERB.exec(text.slice(from, end))) end = from + m.index;
  const chunks = commaChunks(text, from, end);
  if (chunks.length === 0) return null;
  const ownSubject = relativeOwnSubject(text, chunks[chunks.length - 1]!);
  if (ownSubject) return ownSubject;
  const listed = listedNames(text, chunks, chunks.length - 1);
  if (listed) return listed;
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
      // (`Nevada's governor, Brian Sandoval, a Republican, said`: described before the name as well)
      const described = j > 0 ? describedSpeaker(text, [chunks[j - 1]!, chunks[j]!]) : null;
      return described?.type === 'person' && described.described ? { ...named, described: described.described } : named;
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
  const found = headOf(text, chunks[k]!, false);
  if (!found) return null;
  // `Voters who backed Trump (said)`: a name inside a relative clause is its object, never the subject
  // (`in which Kaine defended`: a name right after the relative word is that clause's own subject)
  const relative = /\swho\s+(.*)$/i.exec(text.slice(chunks[k]![0], found.start));
  if (relative && relative.index > 0 && /\p{Ll}/u.test(relative[1]!)) return null;
  const head = coordinatedGroup(text, chunks[k]![0], found) ?? found;
  if (appos.length) {
    const role = roleOf(text, appos);
    if (role) head.role = head.role ? `${head.role}, ${role}` : role;
  }
  return head;
}

/**
 * `Bannon, who Beck on Wednesday called …`, `Lee, whom Mayor Cole said was …`: a relative whose own
 * subject, a name, follows `who` has that name as the one who speaks; the head before `who` is
 * what is spoken of. (`Voters who backed Trump`: a verb after `who`, the head is the subject.)
 */
function relativeOwnSubject(text: string, [a, b]: [number, number]): SpeakerPhrase | null {
  const m = /(?:^|\s)(?:who|whom)\s+(?=\p{Lu})/iu.exec(text.slice(a, b));
  if (!m) return null;
  const at = a + m.index + m[0].length;
  const head = headOf(text, [at, b], false, true);
  if (!head || (head.type !== 'person' && head.type !== 'organisation') || head.start !== at || head.end !== b) return null;
  return head;
}

/**
 * `World leaders and diplomats`, `The Republican nominee and his aides`: common nouns joined by
 * `and` are all the speakers, one group as written (the head alone leaves the others out).
 */
function coordinatedGroup(text: string, chunkStart: number, head: SpeakerPhrase): SpeakerPhrase | null {
  if (head.type !== 'unnamed' && head.type !== 'descriptor') return null;
  const left = text.slice(chunkStart, head.start);
  const m = /^((?:[\p{L}'’-]+\s+){0,3}([\p{L}-]+))\s+and\s+$/u.exec(left);
  if (!m) return null;
  const leftHead = m[2]!;
  const words = m[1]!.split(/\s+/);
  if (!(isRoleNoun(leftHead) || isOrgNoun(leftHead)) || words.some((w) => LEADING_STOP.test(w) && !/^the$/i.test(w)) || words.slice(0, -1).some((w) => /^\p{Ll}/u.test(w) && isVerbForm(w))) return null;
  return { type: 'unnamed', mention: text.slice(chunkStart, head.end), start: chunkStart, end: head.end, role: null, gender: 'plural' };
}

// (a party bracket may close each name: `Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.)`)
const COORDINATED = /^(?:(?:Both|Neither|Either)\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(?:\s*\([^()]{1,24}\))?\s+(?:and|nor)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(?:\s*\([^()]{1,24}\))?$/u;

/** `Trump and Ryan said`, `Both Bolton and Gorka saw`: two names joined are both the speakers. */
function coordinatedNames(text: string, [a, b]: [number, number]): SpeakerPhrase | null {
  const m = COORDINATED.exec(text.slice(a, b));
  if (!m) return null;
  const ls = a + m[0].indexOf(m[1]!);
  const rs = a + m[0].lastIndexOf(m[2]!);
  const left = headOf(text, [ls, ls + m[1]!.length], false);
  const right = headOf(text, [rs, rs + m[2]!.length], false);
  // `France and Germany said`: two countries or bodies joined speak together as two people do
  const bothNamed = (left?.type === 'person' && right?.type === 'person') || (left?.type === 'organisation' && right?.type === 'organisation');
  if (!left || !right || !bothNamed || left.start !== ls || right.start !== rs) return null;
  // `David and Jeanne Heidler`: a first name alone before a full name shares its surname
  const leftName = left.name ?? left.mention;
  const shared = nameParts(leftName).length <= 1 && isFirstName(leftName) && nameParts(right.name ?? right.mention).length >= 2 ? { ...left, name: `${leftName} ${surnameOf(right.name ?? right.mention)}`, surnameIfKnown: undefined } : left;
  return { ...right, mention: text.slice(a, b), start: a, coSpeakers: [shared, right], gender: 'plural' };
}

/**
 * `Carson, Fiorina and Huckabee said`, `Cruz, Rubio, and Kasich agreed`: three or more names in a
 * list are all the speakers (the last two alone leave the first out). Every chunk before the
 * last must be a name and nothing else, so an adverbial or a description never joins the list.
 */
function listedNames(text: string, chunks: Array<[number, number]>, k: number): SpeakerPhrase | null {
  if (k < 1) return null;
  const [a, b] = chunks[k]!;
  const oxford = /^(\s*(?:and|nor)\s+)/.exec(text.slice(a, b));
  const tail = oxford ? wholeName(text, [a + oxford[1]!.length, b]) : coordinatedNames(text, [a, b]);
  if (!tail) return null;
  const names = oxford ? [tail] : tail.coSpeakers ?? [];
  let i = k - 1;
  for (; i >= 0; i--) {
    const name = wholeName(text, chunks[i]!);
    if (!name) break;
    names.unshift(name);
  }
  if (names.length < 3 || i === k - 1) return null;
  const start = names[0]!.start;
  return { ...names[names.length - 1]!, mention: text.slice(start, b), start, coSpeakers: names, gender: 'plural' };
}

/** A chunk that is one person's name and nothing else (`Fiorina`, `Sen. Ted Cruz`). */
function wholeName(text: string, [a, b]: [number, number]): SpeakerPhrase | null {
  const seg = text.slice(a, b);
  const from = a + (seg.length - seg.trimStart().length);
  // (`Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and …`: a party bracket closes the name)
  const to = a + seg.trimEnd().replace(/,$/, '').replace(/\s*\([^()]{1,24}\)$/, '').length;
  if (to <= from) return null;
  const head = headOf(text, [from, to], false);
  return head?.type === 'person' && head.start === from && head.end === to ? head : null;
}

/**
 * Reads the speaker after a verb (`said Brown`, `said Jeff Brown, author of X`, `according to
 * the ministry`): the first chunk is the name, lowercase chunks after it are its role.
 */
export function readObjectSpeaker(text: string, from: number, end: number): SpeakerPhrase | null {
  return asGroup(objectPhrase(text, from, end));
}

function objectPhrase(text: string, from: number, end: number): SpeakerPhrase | null {
  const chunks = commaChunks(text, from, end);
  if (chunks.length === 0) return null;
  const described = describedSpeaker(text, chunks);
  if (described) return described;
  const head = headOf(text, chunks[0]!, false, true) ?? coordinatedRoles(text, chunks[0]!);
  if (!head) return null;
  const appos: Array<[number, number]> = [];
  // (`said Ben Carson, asked about his claims`: a participle clause goes on with the sentence)
  for (let k = 1; k < chunks.length && isAppositive(text, chunks[k]!) && !/^\p{Ll}+(?:ed|ing)\b/u.test(text.slice(chunks[k]![0], chunks[k]![1])); k++) appos.push(chunks[k]!);
  const role = roleOf(text, appos);
  if (role) head.role = head.role ? `${head.role}, ${role}` : role;
  return head;
}

/**
 * `said lobbyist and party strategist Charlie Black`: two role nouns joined by `and` before a full
 * name; the name after the second role is the speaker, both roles its role. (The title reader
 * takes `and` only between capitalised title words, and `party` reads as a verb there.)
 */
function coordinatedRoles(text: string, [a, b]: [number, number]): SpeakerPhrase | null {
  const m = /^((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*))\s+and\s+/u.exec(text.slice(a, b));
  if (!m || !(isRoleNoun(m[2]!) || (PERSON_SUFFIX.test(m[2]!) && !isVerbForm(m[2]!))) || m[1]!.split(/\s+/).some((w) => LEADING_STOP.test(w))) return null;
  const head = headOf(text, [a + m[0].length, b], false, true);
  if (head?.type !== 'person' || nameParts(head.name ?? head.mention).length < 2) return null;
  const name = head.name ?? head.mention;
  const at = head.mention.lastIndexOf(name);
  const roles = text.slice(a, at >= 0 ? head.start + at : head.start).trim();
  return /^(?:[\p{L}-]+\s+){1,6}$/u.test(`${roles} `) ? { ...head, role: roles } : null;
}

const DESCRIBED_DETERMINER = /^(?:a|an|one|another|the|his|her|their|its|two|three|four|both)$/i;
/** `Carter’s press secretary, Peter Cook`: an owner's name opens a description too (only before a name) */
const POSSESSIVE_NAME = /^\p{Lu}[\p{L}.\-]*['’]s?$/u;
const next2 = (chunks: Array<[number, number]>) => chunks.length >= 2;
const INDEFINITE_DETERMINER = /^(?:a|an|one|another)$/i;
const PARTY_MEMBER = /^(?:Republican|Democrat|Independent|Libertarian|Conservative|Tory|Labour|Socialist)s?$/;
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
  let [a, b] = chunks[0]!;
  // (`And Florida’s attorney general, Pam Bondi,`: a conjunction opening the sentence is no part of the description)
  const conjunction = chunks[1] ? /^(?:And|But|Yet|So)\s+/.exec(text.slice(a, b)) : null;
  if (conjunction) a += conjunction[0].length;
  const toks = tokens(text, a, b);
  if (toks.length < 2 || toks.length > 16 || !(DESCRIBED_DETERMINER.test(toks[0]!.text) || (next2(chunks) && (POSSESSIVE_NAME.test(toks[0]!.text) || possessiveOpener(toks))))) return null;
  // (`one Republican involved in the planning`: a party member is a person noun though capitalised)
  const h = toks.findIndex((t, i) => i > 0 && i <= 6 && ((/^\p{Ll}/u.test(t.text) && (isRoleNoun(t.text) || (INDEFINITE_DETERMINER.test(toks[0]!.text) && DOCUMENT_NOUN.test(t.text)))) || (i === 1 && INDEFINITE_DETERMINER.test(toks[0]!.text) && PARTY_MEMBER.test(t.text))));
  const roleHead = h >= 0 && !toks.slice(1, h).some((t) => LEADING_STOP.test(t.text) && !/^of$/i.test(t.text));
  const named = chunks[1] ? nameInApposition(text, chunks[1]) : null;
  // (`the assailant, John McGraw`, `The Podesta Group's CEO, Kimberley Fritts`: before a full name
  // any noun for a person describes it, not only the titles the role list knows)
  if (named && (roleHead || personHead(toks)) && opensPhrase(text, a, toks)) return { ...named, role: cleanRole(text.slice(a, b)), described: text.slice(a, b) };
  if (!roleHead || !INDEFINITE_DETERMINER.test(toks[0]!.text)) return null;
  const head = toks[h]!.text.toLowerCase();
  return { type: 'unnamed', mention: text.slice(a, b), start: a, end: b, role: null, gender: /[^s]s$/.test(head) ? 'plural' : 'unknown' };
}

/**
 * A description stands alone before the name: no clause word or preposition opens it (`During Mr.
 * Clinton's 1992 campaign`, `And Florida's …`) or ends the words before it (`after Pence was
 * picked as Trump's running mate`), and no verb runs through it (`The editor I was talking to`).
 */
function opensPhrase(text: string, at: number, toks: readonly Token[]): boolean {
  if (isAdverbial(text, [at, at + 40]) || /^(?:and|but|or|so|yet|then|also)$/i.test(toks[0]!.text)) return false;
  // (prepositions and `and` between nouns stay inside: `The French minister of environment and energy`,
  // `One delegate not on the Cruz slate`; a clause word or a verb never does)
  if (toks.some((t, i) => i > 0 && LEADING_STOP.test(t.text) && !/^(?:of|for|at|to|in|on|from|with|and|not)$/i.test(t.text))) return false;
  const before = /([\p{L}]+)[\s“"‘]*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
  return !/^(?:as|after|before|when|while|because|since|if|than|of|to|for|with|by|that|about|from|like|including|whom|whose)$/i.test(before);
}

/** `Ms. Merkel's spokesman`, `The Podesta Group's CEO`: capitalised words and a possessive open the description. */
function possessiveOpener(toks: readonly Token[]): boolean {
  const s = toks.findIndex((t) => t.text === "'s");
  return s > 0 && s <= 4 && toks.slice(0, s).every((t) => /^\p{Lu}/u.test(t.text));
}

/** Nouns of people the role list lacks (`assailant`, `hopeful`): a person suffix, or an acronym title (`CEO`). */
const PERSON_SUFFIX = /(?:ant|ent|ist|er|or|ian|man|woman|men|women|ee|ess|ive|ful)s?$/;
/** People nouns of no such form (`Another Clinton ally, Tom Vilsack`, `her longtime friend, …`). */
const PERSON_NOUN = /^(?:ally|allies|friend|friends|confidant|confidante|rival|rivals|foe|foes|colleague|colleagues|deputy|counterpart|successor|predecessor|wife|husband|son|daughter|brother|sister|mother|father|nephew|niece|cousin|partner|widow|veteran|aide|aides|chief|head|boss|guru|envoy)$/;
const NOT_PERSON_HEAD = /^(?:day|week|month|year|morning|afternoon|evening|night|weekend|time|moment|hour|hours|meanwhile|order|matter|letter|paper|number|member|center|centre|statement|comment|moment|report|document|event|agreement|government|department|parliament|movement|statement|incident|president)$/i;

/** The last word of a description chunk names a person: a lower-case person noun (not a verb form) or an acronym title. */
function personHead(toks: readonly Token[]): boolean {
  const last = toks[toks.length - 1]!.text;
  // (`a coup over her main rival`: after a preposition the last noun is an object, not the head)
  if (toks.some((t) => /^(?:of|for|at|to|in|on|from|with|over|about|against|by|into|after|before)$/i.test(t.text))) return false;
  if (/^(?:CEO|CFO|COO|CTO|GM|MP|MEP|DA|AG)$/.test(last)) return true;
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(last) || NOT_PERSON_HEAD.test(last) || isVerbForm(last) || LEADING_STOP.test(last)) return false;
  return isRoleNoun(last) || PERSON_SUFFIX.test(last) || PERSON_NOUN.test(last);
}

/** The chunk after a description is a full person's name, with its title and affiliation (`Sen. Tim Kaine (D-Va.)`, `Michael Brown of Washington`). */
function nameInApposition(text: string, chunk: [number, number]): SpeakerPhrase | null {
  const nt = tokens(text, chunk[0], chunk[1]);
  if (nt.length === 0 || nt.length > 12) return null;
  // `Two objectors, Lawrence Joyce and William Graham,`: two names joined, described together
  const pair = coordinatedNames(text, chunk);
  if (pair) return pair;
  const runs = nameRuns(text, nt);
  const run = runs[0];
  // a single name filling the chunk, as before, or a name a title or role leads up to
  if (run && runs.length === 1 && run.kind === 'person' && run.start === nt[0]!.start && run.end === nt[nt.length - 1]!.end && nameParts(run.name).length >= 2 && !isPlace(run.name)) {
    return phraseFromRun(text, run, nt, chunk[0]);
  }
  const head = headOf(text, chunk, false, true);
  if (!head || head.type !== 'person' || nameParts(head.name ?? head.mention).length < 2 || head.start !== nt[0]!.start) return null;
  const rest = text.slice(head.end, chunk[1]);
  return /^\s*(?:\([^)]*\))?\s*$/.test(rest) ? head : null;
}

export { surnameOf };
