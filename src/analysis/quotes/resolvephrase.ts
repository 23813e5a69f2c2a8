/**
 * One speaker phrase resolved to a full name, an organisation, or an unnamed source, through the people index.
 *
 * Record (qspk, PolNeAR dev / train speaker accuracy): `they` → the group named just before
 * (train 0.9119 → 0.9129); a he/she in an opening clause → the subject after its comma (train
 * → 0.9133). Titles (`the Governor General`, `the doctor`, `the Ontario MP`, `the Conservative
 * leader`), national bodies (`Statistics Canada`, `it`/`the agency` after it), `NOUN of …` bodies,
 * the nearest full name for a shared surname and the he/she overrule of a first name's gender are
 * PolNeAR-neutral (its gold does not resolve such mentions) and are held by
 * test/quotes.resolution2. Tried and dropped: `the company`/`the department` falling back to the
 * last organisation or document named (`it`'s fallback): it took places and documents
 * (`United States and Canada`, `A statement`).
 */
import type { Doc } from '../text/doc.js';
import { type Gender, honorificGender, isDemonym, isOrgNoun, isVerbForm, nameParts } from './names.js';
import { ANAPHORIC_HEAD, DOCUMENT_HEAD } from './tails.js';
import { ROLE_NOUNS } from './cues.js';
import type { Person, PersonIndex, SpeakerPhrase } from './speakers.js';
import type { Quote } from './quote.js';
import { sentenceAt } from './sentences.js';
import { isNationalBody } from './people.js';

export interface Resolved {
  speaker: string | null;
  role: string | null;
  type: Quote['speakerType'];
  described?: string;
}

export function resolvePhrase(phrase: SpeakerPhrase, at: number, people: PersonIndex, doc: Doc): Resolved {
  let p = phrase;
  if (p.coSpeakers?.length) {
    // `Mr. Grassley and Mr. Leahy said`: both said it; each name is resolved on its own
    const all = p.coSpeakers.map((c) => resolvePhrase(c, c.start, people, doc));
    // (a party bracket after a name stays with it, as the text gives it: `Ted Cruz (R-Texas) and Mike Lee (R-Utah)`)
    const party = (c: SpeakerPhrase) => /^\s*(\([A-Z][^()]{0,24}\))/.exec(doc.text.slice(c.end, c.end + 30))?.[1];
    if (all.every((r) => r.speaker)) return { speaker: all.map((r, i) => (party(p.coSpeakers![i]!) ? `${r.speaker} ${party(p.coSpeakers![i]!)}` : r.speaker)).join(' and '), role: null, type: all[0]!.type, ...(p.described ? { described: p.described } : {}) };
    return resolvePhrase({ ...p, coSpeakers: undefined }, at, people, doc);
  }
  const described = describedByAffiliation(p, doc);
  if (described) p = described;
  switch (p.type) {
    case 'person': {
      const name = p.name ?? p.mention;
      // `Statistics Canada said`: a government body the name reader took for a person
      if (isNationalBody(name) && !p.role) return resolvePhrase({ ...p, type: 'organisation' }, at, people, doc);
      // `the Federation of Canadian Municipalities said`: a body's name read as a role and a surname
      if (nameParts(name).length <= 1 && isBodyOfMention(p.mention)) return resolvePhrase({ ...p, type: 'organisation', role: null }, at, people, doc);
      // `Most Republicans say`, `Anti-Trump Republicans`: a party or people in the plural is a group
      // as written, never a person's surname (nor the group named before it)
      if (isGroupName(name)) return { speaker: name.replace(/^(?:the|a|an)\s+/i, ''), role: null, type: 'unnamed' };
      // (`Mr. King`: a title word after an honorific is the surname)
      const parts = nameParts(name).length === 0 && /^\p{Lu}\p{Ll}+$/u.test(name) ? [name] : nameParts(name);
      let person: Person | undefined;
      // `the Kentucky Republican said`: a capitalised description after `the` names nobody new
      const afterThe = !p.role && /\bthe\s+$/i.test(doc.text.slice(Math.max(0, p.start - 4), p.start));
      if (parts.length >= 2 && afterThe) {
        // `the Governor General said` after `Mary Simon, the Governor General`: a capitalised title
        // is a description of the one who holds it
        const holder = titleHolder(name, at, people) ?? justSpokenOf(name.split(/\s+/).pop()!, at, people, doc);
        if (holder) {
          people.recordMention(holder, at);
          return { speaker: holder.name, role: holder.role, type: 'person' };
        }
        return { speaker: name + (p.affiliation ? ` ${p.affiliation}` : ''), role: null, type: 'unnamed' };
      }
      if (parts.length >= 2) person = people.add(name, p.role, p.start) ?? undefined;
      else if (parts.length === 1) person = nearestOfSurname(people, parts[0]!, at, doc, honorificGender(p.mention)) ?? people.bySurname(parts[0]!, at, honorificGender(p.mention) ?? 'unknown');
      if (p.surnameIfKnown && (!person || !person.vouched)) return { speaker: null, role: null, type: 'unknown' };
      // `of the Armenian Patriarchate` stays with the name as written: the speaker string holds the
      // person's full name either way, and sources that spell the speaker with it are matched too
      const of = p.affiliation ? ` ${p.affiliation}` : '';
      const described = p.described ? { described: p.described } : qualifiedName(doc.text, p.start, p.mention);
      if (person) {
        people.recordMention(person, p.start);
        people.markSpeaker(person);
        return { speaker: person.name + of, role: p.role ?? person.role, type: 'person', ...described };
      }
      return { speaker: (parts.join(' ') || name) + of, role: p.role, type: 'person', ...described };
    }
    case 'organisation': {
      // (`Federation of Canadian Municipalities`: the whole `BODY of …` mention is the name, not its last word)
      const name = bodyOfName(doc.text, p) ?? (isBodyOfMention(p.mention) ? p.mention.replace(/^the\s+/i, '') : undefined) ?? p.name ?? p.mention;
      // (`Cuban said` after Mark Cuban: a demonym alone may be a surname)
      const parts = nameParts(name).length === 0 && /^\p{Lu}\p{Ll}+$/u.test(name) ? [name] : nameParts(name);
      // `Ford said`, `Israel said` after Doug Ford, Steve Israel: a one-word name a person has as surname
      const person = parts.length === 1 && /^\p{Lu}/u.test(name) ? people.bySurname(parts[0]!, at) : undefined;
      if (person && person.vouched && nameParts(person.name).pop()?.toLowerCase() === parts[0]!.toLowerCase()) {
        people.recordMention(person, p.start);
        return { speaker: person.name, role: p.role ?? person.role, type: 'person' };
      }
      if (p.surnameIfKnown) return { speaker: null, role: null, type: 'unknown' };
      if (p.place) return { speaker: name, role: p.role, type: 'organisation' };
      // `the ministry said` after the Ministry of Health
      const noun = /^the\s+\p{Ll}+$/iu.test(p.mention) ? p.mention.slice(4) : undefined;
      // (`the agency said` after `Statistics Canada released …`: the body named last, when none spoke)
      const named = noun ? people.byOrgNoun(noun, at) ?? people.byGenericOrgNoun(noun, at) ?? (GENERIC_BODY.test(noun) ? latestNationalBody(people, at) : undefined) : undefined;
      const speaker = named ? named.replace(/^the\s+/i, '') : name.replace(/^the\s+/i, (m) => (m[0] === 'T' ? m : ''));
      people.recordOrgSpeaker(speaker, 'organisation', p.start);
      return { speaker, role: p.role, type: 'organisation' };
    }
    case 'pronoun': {
      if (/^it$/i.test(p.mention)) {
        const org = people.byIt(at);
        return org ? { speaker: org.name, role: null, type: org.type } : { speaker: null, role: null, type: 'unknown' };
      }
      if (/^they$/i.test(p.mention)) {
        // `Investors see … implying that they expect …`: a group named just before
        const group = pluralAntecedent(doc, at);
        return group ? { speaker: group, role: null, type: 'unnamed' } : { speaker: null, role: null, type: 'unknown' };
      }
      if (p.gender === 'plural' || p.mention.toLowerCase() === 'i' || p.mention.toLowerCase() === 'we') return { speaker: null, role: null, type: 'unknown' };
      const gender = p.gender === 'male' || p.gender === 'female' ? p.gender : 'unknown';
      const ahead = cataphoric(doc, at, gender, people);
      if (ahead) {
        people.recordMention(ahead, at);
        return { speaker: ahead.name, role: ahead.role, type: 'person' };
      }
      const windows = pronounWindows(doc, at);
      const guessed = new Map(people.people.map((x) => [x, x.gender]));
      let person = people.byPronoun(gender, at, windows);
      const was = person ? guessed.get(person)! : 'unknown';
      if (person && gender !== 'unknown' && was !== 'unknown' && was !== gender) {
        // (the index took the one who just spoke against the gender of the first name; someone of
        // the pronoun's gender named just before is nearer to what the writer meant)
        const overruled = person;
        overruled.gender = was;
        const other = sameGenderNear(people, gender, at, windows.slice(0, 3));
        if (other) {
          overruled.genderFromName = true;
          person = other;
        } else overruled.gender = gender;
      }
      if (person) {
        people.recordMention(person, at);
        return { speaker: person.name, role: person.role, type: 'person' };
      }
      return { speaker: null, role: null, type: 'unknown' };
    }
    case 'descriptor': {
      // `said the 46-year-old`: an age is a definite mention of someone just named, like a pronoun
      const age = /^the\s+\d{1,3}-year-old$/i.test(p.mention);
      // `the senators` are several people, never the one senator the index knows
      // `the senator said` with no senator known: a definite description of one person stands, like
      // a pronoun, for the one just spoken of (the batch line keeps the description after the name)
      const head = p.mention.split(/\s+/).pop() ?? '';
      const definite = /^the\s+(?:[\p{L}\-]+\s+){0,3}[\p{L}\-]+$/iu.test(p.mention) && p.gender !== 'plural' && (ANAPHORIC_HEAD.test(head) || isAffiliationNoun(head) || (PERSON_TITLE_HEAD.test(head) && titleModifiersOnly(p.mention) && !people.people.some((x) => x.roleWords.has(head.toLowerCase())))) && !/\s(?:French|British|German|Chinese|Russian|Mexican|Israeli|Iranian|Japanese|Canadian)\s/.test(p.mention) && !introducedUnnamed(doc.text, at, head);
      // `his son`, `her friend`, `its senior vice president`: someone related to the one just named,
      // never that one; only a role with every word of it (`his childhood friend, Mahamat Oumar`) tells who
      const relational = /^(?:his|her|its|their|our)\s/i.test(p.mention);
      const person = age ? people.byPronoun('unknown', at, pronounWindows(doc, at)) : p.gender === 'plural' ? undefined : people.byDescriptor(p.modifiers ?? [], at, !!described || relational) ?? (/^the\s+(?:doctor|physician)$/i.test(p.mention) ? byDoctorTitle(doc.text, at, people) : undefined) ?? (definite ? people.byPronoun(/(?:woman|ess)$/i.test(head) ? 'female' : /(?:man|actor)$/i.test(head) ? 'male' : 'unknown', at, pronounWindows(doc, at)) : undefined);
      if (person) {
        people.recordMention(person, at);
        // (`the Texan`, `his childhood friend`: the description as written goes with the name, as the batch line shows it)
        return { speaker: person.name, role: person.role, type: 'person', described: p.mention.replace(/^(?:The|A|An|His|Her|Its|Their|Our)\b/, (w) => w.toLowerCase()) };
      }
      return { speaker: p.mention.replace(/^(?:the|a|an)\s+/i, ''), role: null, type: 'unnamed' };
    }
    case 'unnamed': {
      // `The Governor General said`: a capitalised title after `the` is whoever holds it
      const title = /^the\s+((?:\p{Lu}[\p{L}-]+\s+){0,3}\p{Lu}[\p{L}-]+)$/iu.exec(p.mention)?.[1];
      const holder = title ? titleHolder(title, at, people) ?? justSpokenOf(title.split(/\s+/).pop()!, at, people, doc) : undefined;
      if (holder) {
        people.recordMention(holder, at);
        return { speaker: holder.name, role: holder.role, type: 'person', described: p.mention.replace(/^The\b/, 'the') };
      }
      // as written (`another source`, `a senior official`, `Forty percent of voters`): more faithful
      // than a generic label, and speakerType marks it as unnamed
      if (DOCUMENT_HEAD.test(p.mention)) people.recordOrgSpeaker(p.mention, 'unnamed', p.start);
      return { speaker: p.mention, role: null, type: 'unnamed' };
    }
  }
}

/**
 * `The Assembly of First Nations said`: the name reader may stop at `of`; a capitalised body noun
 * right before `of` opens the name (`Federation of Canadian Municipalities`, `Chiefs of Ontario`).
 */
function bodyOfName(text: string, p: SpeakerPhrase): string | undefined {
  const m = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}'’-]*\s+){0,2}(\p{Lu}[\p{L}'’-]*))\s+of\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, p.start - 60), p.start));
  if (!m) return undefined;
  const head = m[2]!.toLowerCase();
  if (!isOrgNoun(head) && !/^(?:assembly|chiefs|chamber|city|town|county|province|office|coalition|alliance|league|society|foundation)$/.test(head)) return undefined;
  return `${m[1]!.replace(/^The\s+/, '')}${text.slice(p.start - m[0].length + m[0].indexOf(m[1]!) + m[1]!.length, p.end)}`.replace(/\s+/g, ' ');
}

/** `Federation of Canadian Municipalities`, `the Ministry of Health`: a body noun, `of`, a capitalised name. */
function isBodyOfMention(mention: string): boolean {
  const m = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]*)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\s'’.-]*$/iu.exec(mention);
  return !!m && isOrgNoun(m[1]!.toLowerCase());
}

/**
 * `In what he called a rant, President Obama took aim at …`, `As she left, Ms. Kim said …`: a he or
 * she inside an opening subordinate clause stands for the subject named right after the clause's
 * comma (of that gender), not for someone before.
 */
function cataphoric(doc: Doc, at: number, gender: Gender, people: PersonIndex): Person | undefined {
  const s = sentenceAt(doc, at);
  if (!s || gender === 'unknown') return undefined;
  const head = doc.text.slice(s.start, at);
  if (!/^[\s“"‘]*(?:In what|As|When|After|Before|While|Although|Though|Because|Since|Once|Until|If|Even as|Just as)\s[^,;:“”"]*$/.test(head)) return undefined;
  const comma = doc.text.indexOf(',', at);
  if (comma < 0 || comma >= s.end) return undefined;
  // (the subject opens the main clause: a title and a name within a few words of the comma)
  let best: Person | undefined;
  let bestAt = Infinity;
  for (const p of people.people) {
    if (!p.vouched || (p.gender !== 'unknown' && p.gender !== gender)) continue;
    for (const m of p.mentions) if (m > comma && m - comma <= 40 && m < s.end && m < bestAt && !/[,;:]/.test(doc.text.slice(comma + 1, m))) { best = p; bestAt = m; }
  }
  return best;
}

/** Plural nouns for people that `they` may stand for (lower case). */
const PEOPLE_PLURAL = new Set(
  ('officials voters lawmakers legislators leaders members residents investors analysts economists experts ' +
    'critics supporters opponents advocates activists protesters demonstrators delegates senators representatives ' +
    'candidates aides advisers advisors strategists pollsters officers police prosecutors investigators researchers ' +
    'scientists doctors workers employees parents students teachers citizens americans canadians conservatives ' +
    'liberals progressives evangelicals donors allies organizers diplomats negotiators executives insiders ' +
    'observers historians scholars judges justices ministers governors mayors premiers councillors users netizens')
    .split(/\s+/),
);

/**
 * The group a `they` at `at` stands for: the first plural noun for people (`GOP primary voters`,
 * `Republicans`, `many other members of the GOP`) in its own sentence before it, else in the one or
 * two before; as written, without a leading article. Undefined when none is near.
 */
function pluralAntecedent(doc: Doc, at: number): string | undefined {
  for (const [ws, we] of pronounWindows(doc, at).slice(0, 3)) {
    const seg = doc.text.slice(ws, Math.min(we, at));
    const re = /((?:\b[\p{L}’'-]+\s+){0,2})([\p{L}-]+s)\b((?:\s+of\s+the\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)*)?)/gu;
    for (let m = re.exec(seg); m; m = re.exec(seg)) {
      const head = m[2]!;
      const group = PEOPLE_PLURAL.has(head.toLowerCase()) || isGroupName(head);
      if (!group) continue;
      // (inside a quotation the words are the speaker's, and `their voters` belongs to someone)
      const before = seg.slice(0, m.index);
      if (((before.match(/[“”"]/g) ?? []).length % 2) === 1) continue;
      const mods = m[1]!.trim().split(/\s+/).filter(Boolean);
      // keep only modifiers that belong to the noun phrase (adjectives, names, quantifiers)
      let k = mods.length;
      while (k > 0 && !(/^\p{Ll}/u.test(mods[k - 1]!) && isVerbForm(mods[k - 1]!)) && !/^(?:the|a|an|to|of|in|on|at|for|with|by|from|that|and|or|but|as|his|her|their|its|our|said|say|says|is|are|was|were|have|has|had|which|who|when|while|if|than|about)$/i.test(mods[k - 1]!)) k--;
      const kept = mods.slice(k).filter((w) => !/^(?:his|her|their|its|our|my|your)$/i.test(w));
      if (mods.slice(k - 1, k).some((w) => /^(?:his|her|their|its|our|my|your)$/i.test(w))) continue;
      return [...kept, head].join(' ') + (m[3] ?? '');
    }
  }
  return undefined;
}

/**
 * `Karen Wong spoke first. Then David Wong spoke. “…,” Wong said.`: when people share the surname,
 * the one named in full (as a subject) in this sentence or the one before is meant, unless another
 * has been named more often; undefined when that does not single one out.
 */
function nearestOfSurname(people: PersonIndex, surname: string, at: number, doc: Doc, gender: Gender | undefined): Person | undefined {
  const w = surname.toLowerCase();
  const sharing = people.people.filter((p) => nameParts(p.name).length >= 2 && nameParts(p.name).pop()!.toLowerCase() === w && (!gender || gender === 'unknown' || p.gender === 'unknown' || p.gender === gender));
  if (sharing.length < 2) return undefined;
  const windows = pronounWindows(doc, at).slice(0, 2);
  const near = sharing.filter((p) => p.mentions.some((m) => m < at && !p.weak.has(m) && windows.some(([ws, we]) => m >= ws && m < we) && doc.text.startsWith(p.name, m)));
  if (near.length !== 1) return undefined;
  // (but not against the one the article is about, named more often so far)
  const count = (p: Person) => p.mentions.filter((m) => m < at).length;
  return sharing.every((p) => count(p) <= count(near[0]!)) ? near[0] : undefined;
}

/**
 * `Karen Wong … her husband, David Wong … “…,” Karen Wong said. He said …`: the latest person of
 * the pronoun's gender (a subject mention, vouched for) in the few sentences before `at`.
 */
function sameGenderNear(people: PersonIndex, gender: 'male' | 'female', at: number, windows: ReadonlyArray<[number, number]>): Person | undefined {
  // (a subject mention first; then any: `Lisa Raitt and Jason Kenney spoke …`)
  for (const weakToo of [false, true]) {
    for (const [ws, we] of windows) {
      let best: Person | undefined;
      let bestAt = -1;
      for (const p of people.people) {
        if (p.gender !== gender || !p.vouched) continue;
        for (const m of p.mentions) if (m >= ws && m < we && m < at && (weakToo || !p.weak.has(m)) && m > bestAt) { best = p; bestAt = m; }
      }
      if (best) return best;
    }
  }
  return undefined;
}

/**
 * `the Governor General`, `the Chief Medical Officer`: a capitalised run of words ending in a role
 * noun, read as a description; the latest person before `at` whose role has every word holds it.
 */
function titleHolder(name: string, at: number, people: PersonIndex): Person | undefined {
  const words = name.split(/\s+/).map((w) => w.toLowerCase());
  const head = words[words.length - 1]!;
  if (words.length > 4 || !(ROLE_NOUNS.has(head) || LEGISLATOR.test(head))) return undefined;
  const holder = people.byDescriptor(words, at, true);
  if (holder) return holder;
  // (`the Ontario MP` after `Conservative MP Michael Barrett`: the one person with that title)
  const withHead = people.people.filter((p) => p.roleWords.has(head) && p.mentions.some((m) => m < at));
  return withHead.length === 1 ? withHead[0] : undefined;
}

/**
 * `“…,” Poilievre told reporters. The Conservative leader said …`: a title nobody in the article is
 * known to hold stands, like a pronoun, for the one just spoken of (its sentence or the one before),
 * when no one else has a role with that head.
 */
function justSpokenOf(head: string, at: number, people: PersonIndex, doc: Doc): Person | undefined {
  if (!PERSON_TITLE_HEAD.test(head) || people.people.some((p) => p.roleWords.has(head.toLowerCase()))) return undefined;
  return people.byPronoun('unknown', at, pronounWindows(doc, at).slice(0, 2));
}

/**
 * `the Conservative leader`, `the Senate minority leader`, `the prime minister`: besides names of
 * parties, places and bodies, only words of a title modify the head (`the band leader`, `the CIA
 * base chief` are someone else).
 */
function titleModifiersOnly(mention: string): boolean {
  const words = mention.split(/\s+/).slice(1, -1);
  return words.every((w) => /^\p{Lu}/u.test(w) || TITLE_MODIFIER.test(w));
}

const TITLE_MODIFIER = /^(?:minority|majority|opposition|party|deputy|interim|provincial|federal|prime|former|house|senate)$/i;

/** Heads of a one-person title a definite description may use for someone named only by name. */
const PERSON_TITLE_HEAD = /^(?:leader|premier|minister|mayor|chief|commissioner|mp|mpp|mla|mna|councillor)$/i;

/** Members of a legislature, written in capitals (`the Ontario MP`, `the NDP MLA`). */
const LEGISLATOR = /^(?:mp|mpp|mla|mna|mha|senator|councillor|alderman)$/i;

/** Generic nouns for a government body that `the … said` may stand for. */
const GENERIC_BODY = /^(?:agency|department|ministry|regulator|watchdog)$/i;

/** The government body (`Statistics Canada`) named last within a few paragraphs before `at`. */
function latestNationalBody(people: PersonIndex, at: number): string | undefined {
  let best: { name: string; at: number } | undefined;
  for (const o of people.orgs) if (o.at < at && at - o.at < 1500 && (!best || o.at > best.at) && isNationalBody(o.name)) best = o;
  return best?.name;
}

/**
 * `the doctor said` after `Dr. Kieran Moore`: the honorific is no role the index keeps (it is not
 * shown), so the latest person before `at` named with `Dr.` is the one.
 */
function byDoctorTitle(text: string, at: number, people: PersonIndex): Person | undefined {
  let best: Person | undefined;
  let bestAt = -1;
  for (const p of people.people) {
    for (const m of p.mentions) {
      if (m < at && m > bestAt && /\bDr\.?\s*$/.test(text.slice(Math.max(0, m - 5), m))) {
        best = p;
        bestAt = m;
      }
    }
  }
  return best;
}

/** The sentences a pronoun at `at` may look back into, nearest first: its own, then back three paragraphs. */
function pronounWindows(doc: Doc, at: number): Array<[number, number]> {
  const here = sentenceAt(doc, at);
  if (!here) return [];
  const firstPara = Math.max(0, here.paragraph - 3);
  const out: Array<[number, number]> = [];
  const idx = doc.sentences.indexOf(here);
  for (let i = idx; i >= 0; i--) {
    const s = doc.sentences[i]!;
    if (s.paragraph < firstPara) break;
    out.push([s.start, i === idx ? at : s.end]);
  }
  return out;
}

/** Party members and people of a state or country: `the Republican`, `the Texan`, `the Wisconsin Democrat`. */
const PARTY_NOUN = /^(?:Republican|Democrat|Independent|Libertarian|Conservative|Tory|Socialist)$/;

/** People of a US state (a nation's demonym mostly modifies a government or a people: `the Russian government`). */
const STATE_DEMONYM = /^(?:Texan|Californian|Floridian|Yorker|Vermonter|Ohioan|Iowan|Kentuckian|Virginian|Arizonan|Nevadan|Coloradan|Minnesotan|Michigander|Hoosier|Tennessean|Louisianan|Oklahoman|Alaskan|Marylander|Carolinian|Georgian|Nebraskan|Kansan|Missourian|Wisconsinite|Oregonian|Utahn|Alabamian|Arkansan|Mississippian|Pennsylvanian|Illinoisan|Delawarean|Montanan|Idahoan|Dakotan|Virginian|Washingtonian|Bostonian|Chicagoan)$/;

function isAffiliationNoun(word: string): boolean {
  return PARTY_NOUN.test(word) || STATE_DEMONYM.test(word);
}

/**
 * `the Texan said`, `the Wisconsin Republican said`: a capitalised description of one person after
 * `the` reads like a name, but it is a definite description of someone already named; read it as
 * a descriptor (the words lower-cased as modifiers), so it resolves like `the senator`.
 */
function describedByAffiliation(p: SpeakerPhrase, doc: Doc): SpeakerPhrase | null {
  if ((p.type !== 'person' && p.type !== 'organisation') || p.coSpeakers?.length || p.role) return null;
  const words = p.mention.split(/\s+/);
  if (words.length > 3 || !words.every((w) => /^\p{Lu}[\p{Ll}.-]+$/u.test(w)) || !isAffiliationNoun(words[words.length - 1]!)) return null;
  const the = /\bthe\s+$/i.exec(doc.text.slice(Math.max(0, p.start - 4), p.start));
  // (`the Republican nominee`, `the Republican party`: a noun after it is the head, and the phrase was cut)
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(doc.text.slice(p.end, p.end + 30))?.[1];
  if (!the || (next && !isVerbForm(next))) return null;
  const start = p.start - the[0].length;
  return { type: 'descriptor', mention: doc.text.slice(start, p.end), start, end: p.end, role: null, modifiers: words.map((w) => w.toLowerCase()), gender: 'unknown' };
}

const PLURAL_GROUP = /^(?:Republicans|Democrats|Independents|Conservatives|Liberals|Progressives|Libertarians|Evangelicals|Catholics|Christians|Muslims|Jews|Tories)$/;

/** A name ending in a party or a people in the plural (`Anti-Trump Republicans`, `Mexicans`). */
function isGroupName(name: string): boolean {
  const last = name.split(/\s+/).pop() ?? '';
  return PLURAL_GROUP.test(last) || (/^\p{Lu}\p{Ll}+s$/u.test(last) && isDemonym(last.slice(0, -1)));
}

/** `a Texan who … the Texan said`: a description introduced with an indefinite article is someone unnamed. */
function introducedUnnamed(text: string, at: number, head: string): boolean {
  const before = text.slice(Math.max(0, at - 800), at);
  return new RegExp(`\\b(?:a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,3}${head.replace(/[^\p{L}-]/gu, '')}\\b`, 'iu').test(before);
}

/**
 * `A teary-eyed Bush says`, `the younger Mr. Trump said`: an article and lower-case qualifiers
 * before a name describe how the text names the person here; kept as written after the full name.
 */
function qualifiedName(text: string, start: number, mention: string): { described?: string } {
  const m = /(?:^|[\s(])((?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3})$/u.exec(text.slice(Math.max(0, start - 60), start));
  if (!m || m[1]!.trim().split(/\s+/).slice(1).some((w) => isVerbForm(w) && !/-/.test(w) && !/(?:ed|er)$/.test(w))) return {};
  return { described: `${m[1]!}${mention}`.replace(/^(?:The|An?)\b/, (w) => w.toLowerCase()) };
}
