/**
 * The people an article names, in order of first mention, and how a later mention is resolved to
 * one of them: a surname, a pronoun, a description (`the Japanese official`), `it` for an
 * organisation or document.
 */
import { firstNameGender, isCommonWord, isDemonym, isOrgNoun, isPlace, looksLikePersonName, namePartsOf, opensWithClauseWord, type Gender } from './names.js';

export interface Person {
  /** the fullest form of the name met so far */
  name: string;
  role: string | null;
  gender: Gender;
  /** the gender is only the first name's usual one (`Erin`, `Kim`): a pronoun may overrule it */
  genderFromName?: boolean;
  /** text offsets where the person is mentioned (first = earliest) */
  mentions: number[];
  /** each title and role as a phrase (lower-cased, abbreviations spelled out), for `the former president` */
  rolePhrases: string[];
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

/** The people of an article, keyed by surname, in order of first mention. */
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
    const parts = namePartsOf(name);
    if (parts.length < 2) return null;
    const existing = this.findFull(parts);
    if (existing) {
      this.recordMention(existing, at, weak);
      if (role) this.setRole(existing, role);
      if ((existing.gender === 'unknown' || existing.genderFromName) && gender !== 'unknown') {
        existing.gender = gender;
        existing.genderFromName = false;
      }
      if (!existing.vouched && canVouch(namePartsOf(existing.name)) && (gender !== 'unknown' || firstNameGender(parts[0]!) !== undefined || looksLikePersonName(parts))) existing.vouched = true;
      if (parts.length > namePartsOf(existing.name).length && (at < (existing.mentions[0] ?? Infinity) || namePartsOf(existing.name).length === 1)) existing.name = cleanName(name);
      return existing;
    }
    const g = gender !== 'unknown' ? gender : (firstNameGender(parts[0]!) ?? 'unknown');
    // a first name the lexicon knows vouches even when it tells no gender (`Casey`, `Kim`), and so
    // does a run every word of which could be a name (`Rakeyia Scott`)
    const vouched = canVouch(parts) && (gender !== 'unknown' || firstNameGender(parts[0]!) !== undefined || looksLikePersonName(parts));
    const person: Person = { name: cleanName(name), role: null, gender: g === 'unknown' ? 'unknown' : g, genderFromName: gender === 'unknown' && g !== 'unknown', mentions: [], roleWords: new Set(), rolePhrases: [], weak: new Set(), speaking: new Set(), vouched };
    this.recordMention(person, at, weak);
    if (role) this.setRole(person, role);
    this.people.push(person);
    return person;
  }

  /** A person the article names only by title and surname (`Mr. Obama`); a full name met later fills it in. */
  addSurnameOnly(surname: string, role: string | null, at: number, gender: Gender, weak: boolean): Person {
    const existing = this.people.find((p) => namePartsOf(p.name).length === 1 && p.name === surname && (gender === 'unknown' || p.gender === 'unknown' || p.gender === gender));
    const person: Person = existing ?? { name: surname, role: null, gender, genderFromName: false, mentions: [], roleWords: new Set(), rolePhrases: [], weak: new Set(), speaking: new Set(), vouched: true };
    if (!existing) this.people.push(person);
    if (existing && existing.gender === 'unknown') existing.gender = gender;
    this.recordMention(person, at, weak);
    if (role) this.setRole(person, role);
    return person;
  }

  /** A title met with a later, shorter mention (`President Obama`). */
  addRole(p: Person, role: string): void {
    this.setRole(p, role);
  }

  /** The first role met is the one shown (or a fuller one); every mention's role words help `the Japanese official`. */
  private setRole(p: Person, role: string): void {
    if (canVouch(namePartsOf(p.name))) p.vouched = true;
    if (!p.role || (role.length > p.role.length && role.includes(p.role))) p.role = role;
    for (const w of role.toLowerCase().split(/[^\p{L}\-]+/u)) if (w) for (const x of [w, ...(TITLE_SPELLED_OUT[w] ?? [])]) p.roleWords.add(x);
    p.rolePhrases.push(essentialTitle(role.split(/[^\p{L}.\-]+/u)));
  }

  /** An earlier full mention of the same person: same surname and compatible given names. */
  private findFull(parts: readonly string[]): Person | undefined {
    const sur = parts[parts.length - 1]!.toLowerCase();
    const given = parts.slice(0, -1).map((w) => w.toLowerCase().replace(/\.$/, ''));
    return this.people.find((p) => {
      const pp = partsOf(p).comparable;
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
      const parts = partsOf(p).lower;
      return parts[parts.length - 1] === w || (parts.length > 2 && parts.slice(1).includes(w));
    });
    if (matches.length === 0) {
      // a first name alone (`Hillary`) when just one person has it
      const byFirst = this.people.filter((p) => partsOf(p).lower[0] === w);
      return byFirst.length === 1 ? byFirst[0] : undefined;
    }
    if (matches.length === 1) return matches[0];
    // several people share the surname: a plain person's name before a doubtful run, then the
    // one mentioned most so far (the article's subject: `Clinton` in a story about Hillary Clinton
    // that names Bill Clinton once), then the one named first
    const endsWith = (p: Person) => {
      const parts = namePartsOf(p.name);
      return parts[parts.length - 1]?.toLowerCase() === w ? 1 : 0;
    };
    return [...matches].sort((a, b) => endsWith(b) - endsWith(a) || plainName(b) - plainName(a) || countBefore(b, before) - countBefore(a, before) || (a.mentions[0] ?? 0) - (b.mentions[0] ?? 0))[0];
  }

  /** `the Japanese official`: the latest person before `at` whose title/role shares the modifiers. */
  /** (`allWords`: `the Wisconsin Republican` needs both words in one role; one alone names too many) */
  byDescriptor(modifiers: string[], at: number, allWords = false): Person | undefined {
    const mods = modifiers.map((m) => m.toLowerCase()).filter((m) => !/^(?:official|officials|'s)$/.test(m));
    const candidates = this.people.filter((p) => lastBefore(p, at) >= 0).sort((a, b) => lastBefore(b, at) - lastBefore(a, at));
    const head = modifiers[modifiers.length - 1]?.toLowerCase() ?? '';
    // `the campaign`, `the ministry` is an organisation, never a person whose role mentions one
    if (head && isOrgNoun(head)) return undefined;
    // the same title, places, parties and `former` aside (`President Obama` for `the president`, not
    // `World Bank President Jim Kim`; `former President Bill Clinton` for `the former president`, not
    // `former vice president Joe Biden`; `Texas Sen. Ted Cruz` for `the senator`), before a role
    // that merely has the description's words
    const wanted = essentialTitle(mods);
    const sameTitle = wanted ? candidates.find((p) => p.rolePhrases.includes(wanted) && mods.every((m) => p.roleWords.has(m) || TIME_QUALIFIER.test(m) || !isQualifier(m) || sharesStem(p, m))) : undefined;
    const everyWord = sameTitle ?? candidates.find((p) => mods.length > 0 && mods.every((m) => p.roleWords.has(m) || p.roleWords.has(m.replace(/s$/, ''))));
    // (`the Texan` after `Former Texas Gov. Rick Perry`: a state and its people share their first letters)
    if (allWords) return everyWord ?? candidates.find((p) => mods.length > 0 && mods.every((m) => [...p.roleWords].some((r) => r === m || (r.length >= 4 && m.length >= 4 && r.slice(0, 4) === m.slice(0, 4)))));
    const earlier =
      everyWord ??
      candidates.find((p) => mods.some((m) => isDemonym(m) && p.roleWords.has(m))) ??
      // (the head alone: `the French president` is never President Obama, whose role says nothing of France)
      (head ? candidates.find((p) => p.roleWords.has(head) && mods.every((m) => !isPlaceWord(m) || p.roleWords.has(m) || sharesStem(p, m))) : undefined);
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
        // (`President Obama` alone tells no gender: a he or she stands for him only where he just spoke)
        const genderless = gender !== 'unknown' && p.gender === 'unknown' && namePartsOf(p.name).length === 1;
        for (const m of p.mentions) {
          if (m < ws || m >= we || m >= at || (genderless && !p.speaking.has(m))) continue;
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
    const parts = namePartsOf(name);
    return parts.length >= 2 ? this.findFull(parts) : undefined;
  }

  /** A person quoted by name is a person, whatever the lexicon knows of the first name. */
  markSpeaker(p: Person): void {
    if (canVouch(namePartsOf(p.name))) p.vouched = true;
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

// findFull and bySurname compare a name with every person met so far, for every mention
// (~50,000 times for two 5,000-word pieces): each person carries the lower-cased parts of its
// current name, made once (a hidden, non-enumerable property, read in one step where a table keyed
// by the name needed a string lookup each time); a person renamed (a fuller name met) gets new ones.
const PARTS = Symbol('name parts');
interface KeptParts {
  name: string;
  /** the name's parts, lower-cased */
  lower: readonly string[];
  /** the same without a closing full stop (`J.` ~ `J`) */
  comparable: readonly string[];
}

function partsOf(p: Person): KeptParts {
  const kept = (p as Person & { [PARTS]?: KeptParts })[PARTS];
  if (kept && kept.name === p.name) return kept;
  const parts = namePartsOf(p.name);
  const made: KeptParts = { name: p.name, lower: parts.map((w) => w.toLowerCase()), comparable: parts.map((w) => w.toLowerCase().replace(/\.$/, '')) };
  Object.defineProperty(p, PARTS, { value: made, writable: true, configurable: true, enumerable: false });
  return made;
}

/** `former`, `then`: when a title was held (a later description may leave it out or add it). */
const TIME_QUALIFIER = /^(?:former|then|ex|current|outgoing|incoming|longtime)$/i;

/** Words that say where, for which party or when someone holds a title, not which title it is. */
const QUALIFIER = /^(?:former|then|ex|current|outgoing|incoming|longtime|u\.?s\.?|us|american|federal|state|democratic|republican|gop|d|r|the|a|an)$/i;

function isQualifier(word: string): boolean {
  return QUALIFIER.test(word) || isPlace(word[0]!.toUpperCase() + word.slice(1)) || isDemonym(word[0]!.toUpperCase() + word.slice(1));
}

function isPlaceWord(word: string): boolean {
  const w = word[0]!.toUpperCase() + word.slice(1);
  return isPlace(w) || isDemonym(w);
}

/** A title with its qualifiers left out, lower-cased, abbreviations spelled out (`former Texas Gov.` → `governor`). */
function essentialTitle(words: readonly string[]): string {
  return words
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w && !isQualifier(w))
    .map((w) => w.toLowerCase())
    .map((w) => TITLE_SPELLED_OUT[w]?.[0] ?? w)
    .join(' ');
}

/** `texan` ~ `texas`: a description's place word and the role's share their first letters. */
function sharesStem(p: Person, word: string): boolean {
  return word.length >= 4 && [...p.roleWords].some((r) => r.length >= 4 && r.slice(0, 4) === word.slice(0, 4));
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
  const parts = namePartsOf(p.name);
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
