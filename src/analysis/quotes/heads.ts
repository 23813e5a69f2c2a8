/**
 * The head of one chunk of a speaker phrase: a name with its title and affiliation, a pronoun, a
 * share of a group, a role owned by someone (`a spokesman for the ministry`), a descriptor
 * (`the Japanese official`) or an organisation.
 */
import { QUANTITY_HEADS, SPEAKER_PRONOUNS } from './cues.js';
import { firstNameGender, isCommonWord, isDemonym, isOrgNoun, isPlace, isRoleNoun, isTitleWord, isVerbForm, nameParts, nameRuns, tokens, type Gender, type NameRun, type Token } from './names.js';
import type { SpeakerPhrase } from './phrase.js';
import { cleanRole } from './personindex.js';

const INDEFINITE = /^(?:a|an|one|another|some|several|many|most|two|three|four|few|other|multiple|numerous)$/i;
const DETERMINERS = /^(?:the|a|an|this|that|these|those|his|her|their|its|our)$/i;

/** The head of one chunk: the last name in it (or pronoun, descriptor, organisation). */
export function headOf(text: string, [a, b]: [number, number], probeOnly: boolean, leading = false): SpeakerPhrase | null {
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
      // the possessed noun phrase ends before a verb (`Clinton's right-hand woman rallied supporters`)
      const after = window.filter((t) => t.start > next.start);
      const verbAt = after.findIndex((t, x) => x > 0 && (/^[,;:()]$/.test(t.text) || (/^\p{Ll}/u.test(t.text) && isVerbForm(t.text) && !isRoleNoun(t.text))));
      const endTok = verbAt > 0 ? after[verbAt - 1]! : window[window.length - 1]!;
      // `Trump's longtime adviser Roger Stone`: the full name the description leads to is the speaker
      const named = runs.find((r) => r.start > next.start && r.end === endTok.end && r.kind === 'person' && nameParts(r.name).length >= 2 && !isPlace(r.name));
      // (`Florida's Rick Wilson`: a place's possessive alone describes nothing)
      const described = named ? text.slice(run.start, named.start).trim() : '';
      if (named) return { ...phraseFromRun(text, named, window, a), mention: text.slice(run.start, named.end), start: run.start, ...(/['’]s?\s+\S/u.test(described) ? { described } : {}) };
      const mention = text.slice(run.start, endTok.end);
      const headNoun = endTok.text.toLowerCase();
      if (isOrgNoun(headNoun)) return { type: 'organisation', mention, start: run.start, end: endTok.end, role: null, name: mention };
      return { type: 'unnamed', mention, start: run.start, end: endTok.end, role: null };
    }
    // `Mr. King`, `Ms. Judge`: after an honorific a title word is a surname; `Cuban said`, `King
    // said` alone may be one too, when the article names such a person (resolution decides)
    if (nameParts(run.name).length === 0) {
      const honorific = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/.test(run.title);
      // `the Governor General said`, `said the Prime Minister`: a capitalised title after `the` is a
      // description of its holder, like `the prime minister`
      const the = window.findIndex((t) => t.start >= run.start) - 1;
      const titleWords = text.slice(run.start, run.end).split(/\s+/);
      if (!probeOnly && !honorific && the >= 0 && /^the$/i.test(window[the]!.text) && titleWords.length <= 3 && isRoleNoun(titleWords[titleWords.length - 1]!.toLowerCase()) && !/^(?:Lord|Lady)$/.test(titleWords[titleWords.length - 1]!) && window.every((t) => t.start < run.end || !/^\p{L}/u.test(t.text))) {
        return { type: 'descriptor', mention: text.slice(window[the]!.start, run.end), start: window[the]!.start, end: run.end, role: null, modifiers: titleWords.map((w) => w.toLowerCase()), gender: 'unknown' };
      }
      // `said the Democratic nominee`: a capitalised modifier of the role noun after it, no name (one
      // person: `the Republican chairs` stay a group as written)
      const rest = window.filter((t) => t.start >= run.end);
      const upTo = rest.findIndex((t) => /^[,;:()]$/.test(t.text));
      const np = upTo < 0 ? rest : rest.slice(0, upTo);
      if (leading && !honorific && !probeOnly && np.length > 0 && np.length <= 3 && np.every((t) => /^\p{Ll}/u.test(t.text) && !isVerbForm(t.text)) && isRoleNoun(np[np.length - 1]!.text) && !/[^s]s$/.test(np[np.length - 1]!.text)) {
        const end = np[np.length - 1]!.end;
        return descriptorOf(text, window.filter((t) => t.end <= end));
      }
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
/** Numbers in a title before a name: `9/11 widow Terry Strada`, `Air Force 1st Lt. Tyler Livingston`. */
const NUMBER_MODIFIER = /^(?:\d{1,4}(?:st|nd|rd|th)?|\/)$/;

function leadingRun(runs: NameRun[], window: Token[]): NameRun | undefined {
  let run = runs[0];
  if (!run) return undefined;
  const titled = personAfterTitle(runs, window);
  if (titled) return titled;
  // `said Virginia delegate Beau Correll`, `said Republican party boss Reince Priebus`: a place or
  // party before a role noun modifies it; the person is the name after the role
  const second = runs[1];
  if (second && second.kind === 'person') {
    const between = window.filter((t) => t.start >= run!.end && t.end <= second.start);
    // (`said Cruz constituent Dan Golvach`, `said Clinton ally James Carville`: any lower-case
    // noun will do when a full name follows it)
    if (between.length >= 1 && between.length <= 3 && between.every((t) => (/^\p{Ll}/u.test(t.text) && !LEADING_STOP.test(t.text)) || NUMBER_MODIFIER.test(t.text)) && (between.some((t) => isRoleNoun(t.text)) || (nameParts(second.name).length >= 2 && !isVerbForm(between[between.length - 1]!.text)))) run = second;
  }
  const before = window.filter((t) => t.end <= run.start);
  // (`said retired neurosurgeon Ben Carson`: a participle may open a role, not follow one)
  const ok = before.length <= 6 && before.every((t, i) => t.text === "'s" || NUMBER_MODIFIER.test(t.text) || (!/^[^\p{L}]/u.test(t.text) && !LEADING_STOP.test(t.text) && (!/^\p{Ll}+ed$/u.test(t.text) || (i === 0 && run.kind === 'person' && nameParts(run.name).length >= 2))));
  return ok ? run : undefined;
}

/**
 * `said Minister of Finance Chrystia Freeland`, `said chief of staff Katie Telford`, `said master of
 * ceremonies Ali Hassan`, `said Oversight Committee ranking Democrat Elijah Cummings`: a title with
 * `of` (or a body before a role) then a full name; the person is the speaker. Every word before the
 * name is a title word (`of`, `the`, `and` only inside it), with a role noun or an `of` among them.
 */
function personAfterTitle(runs: NameRun[], window: Token[]): NameRun | undefined {
  const person = runs.find((r) => r.kind === 'person' && nameParts(r.name).length >= 2);
  if (!person) return undefined;
  const before = window.filter((t) => t.end <= person.start);
  if (before.length < 2 || before.length > 7) return undefined;
  // (`said Heiserman of the CORE Teachers`: a name before is the speaker, with a body after it)
  // (one capitalised word before a role word modifies it: `Oversight ranking Democrat …`)
  const modifier = (r: NameRun) => nameParts(r.name).length === 1 && (isCommonWord(r.name) || /^\p{Ll}/u.test(window.find((t) => t.start >= r.end)?.text ?? '') && !/^(?:of|and|or)$/.test(window.find((t) => t.start >= r.end)!.text));
  if (runs.some((r) => r.end <= person.start && r.kind === 'person' && nameParts(r.name).length > 0 && !modifier(r))) return undefined;
  const inner = /^(?:of|the|and|for)$/i;
  const ok = before.every((t, i) => /^\p{L}/u.test(t.text) && (!LEADING_STOP.test(t.text) || (inner.test(t.text) && i > 0 && (i < before.length - 1 || !!person.title))) && (!/^\p{Ll}/u.test(t.text) || !isVerbForm(t.text) || TITLE_PARTICIPLE.test(t.text)));
  if (!ok) return undefined;
  const titleWord = before.some((t) => /^of$/i.test(t.text)) || before.some((t) => isRoleNoun(t.text.toLowerCase()) || TITLE_PARTICIPLE.test(t.text));
  return titleWord ? person : undefined;
}

/** Participles that are part of a title: `ranking Democrat`, `acting director`. */
const TITLE_PARTICIPLE = /^(?:ranking|acting|managing|presiding|outgoing|incoming|founding|retired|elected|governing)$/i;

/** Words that show a clause, not a speaker's title, before the first name after a verb. */
export const LEADING_STOP = /^(?:that|whether|if|how|what|why|when|where|who|which|to|in|on|at|for|with|by|from|about|of|and|or|but|as|he|she|they|it|we|i|you|is|was|are|were|be|been|has|have|had|not|no|would|will|could|should|can|may|might|must|there|this|these|those)$/i;

const OWNER_LINK = /^(?:for|of|at|with|from|to)$/i;

/** `a spokesman for the ministry`: a determiner, a role noun and its owner; the speaker is unnamed. */
function roleOfOwner(text: string, window: Token[], leading: boolean): SpeakerPhrase | null {
  const group = groupOfOwner(text, window);
  if (group) return group;
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

/**
 * `Aides to Clinton say`, `Supporters of Sanders argue`, `People close to Clinton say`: a plural
 * role or `people` with no determiner, then its owner (or whom it is close to), opens the subject.
 * The group speaks, not the one it serves.
 */
function groupOfOwner(text: string, window: Token[]): SpeakerPhrase | null {
  const [noun, link, next] = window;
  if (!noun || !link || !next || window.length < 3 || !/^\p{L}+s$|^people$/iu.test(noun.text) || !(isRoleNoun(noun.text) || /^people$/i.test(noun.text))) return null;
  const near = /^(?:close|closest|loyal|familiar)$/i.test(link.text) && /^(?:to|with)$/i.test(next.text);
  if (!near && !OWNER_LINK.test(link.text)) return null;
  const mention = text.slice(noun.start, ownerEnd(window, near ? 3 : 2));
  return { type: 'unnamed', mention, start: noun.start, end: noun.start + mention.length, role: null, gender: 'plural' };
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

export function phraseFromRun(text: string, run: NameRun, window: Token[], chunkStart: number): SpeakerPhrase {
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
