/**
 * Person names, titles and organisations in small windows of text. compromise's lexicon (a
 * plain word → tag map, no tagging pass; gender.ts) tells first names, demonyms and role nouns;
 * capitalisation does the rest. Cheap enough to run on every speaker window.
 */
import { memoByWord } from '../text/memo.js';
import { partitionPoint } from '../text/sorted.js';
import { ORG_NOUNS, ROLE_NOUNS } from './cues.js';
import { firstNameGender as lexiconFirstNameGender, honorificGender, tagsOf, type Gender } from './gender.js';

export { honorificGender, type Gender } from './gender.js';

// The engine asks the same few questions of the same words over and over (is it capitalised, a
// place, a common word, a verb form, a role: ~15,000 times each for two 5,000-word pieces, a few
// thousand distinct words), each a lexicon lookup and a regex or two. The tests below are pure
// (the lexicon is never extended at run time), so each remembers its answers, within a bound.
const WORD_CACHE_MAX = 50_000;

function byWord<T>(test: (word: string) => T): (word: string) => T {
  return memoByWord(test, WORD_CACHE_MAX);
}

/** The usual gender of a first name the lexicon knows (`Maria` female, `Casey` unknown); undefined when it is none. */
export function firstNameGender(word: string): Gender | undefined {
  return firstNameTest(word);
}
const firstNameTest = byWord(lexiconFirstNameGender);

const NAME_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person']);
/** Heads of capitalised runs that name a place or a thing: `Wall Street`, `Pacific Island`. */
const THING_HEADS = /^(?:street|avenue|road|island|islands|arena|monument|room|hall|beach|city|gardens|networks|war|security|core|center|centre|square|park|bridge|building|tower|house|church|school|college|university|museum|library|airport|station|stadium|river|lake|mountain|valley|bay|coast|county|district|americana|legacy|politics|news|times|post|report|act|bill|law|plan|fund|party|state|train|carrier|republican|democrat|conservative|caucus|coalition|alliance|front|movement|army|forces|police|guard|navy)$/i;

/**
 * Every word of the run could be part of a person's name: none is a word the lexicon knows as
 * something else (`Transatlantic Trade`, `Are Sorry`, `Outside Carrier`), has the shape of a
 * common noun or adjective (`Divisive`), is in capitals (`FULL TEXT`) or heads a place. Names the
 * lexicon has never met (`Rakeyia Scott`, `Megyn Kelly`) pass: most foreign names are unlisted.
 */
export function looksLikePersonName(parts: readonly string[]): boolean {
  if (parts.length < 2) return false;
  if (THING_HEADS.test(parts[parts.length - 1]!)) return false;
  return parts.every((w) => {
    const bare = w.replace(/[.'’]/g, '');
    if (bare.length > 2 && bare === bare.toUpperCase()) return false;
    if (/(?:ive|ous|ing|tion|ment|ness|ship|ity|ical)$/i.test(bare)) return false;
    return tagsOf(bare).every((t) => NAME_TAGS.has(t));
  });
}

// closed classes only: verbs and adjectives are first names too (Rush Limbaugh, Marine Le Pen, Will Doyle)
// and no Determiner tag: the lexicon gives it to the particles of names (De Blasio, Le Pen, El-Sisi)
const CLAUSE_TAGS = new Set(['Preposition', 'Conjunction', 'Copula', 'Adverb', 'Pronoun', 'QuestionWord']);
const CLAUSE_OPENERS = /^(?:does|did|do|has|have|had|can|could|should|would|against|maybe|despite|neither|either|the|this|that|these|those|every|each|some|any|whatever|whichever|all|both|many|most|another)$/i;

/**
 * The run opens with a word of the sentence around it, not a name (`Though Sanders`, `Against
 * Sanders`, `Are Sorry`, `South Asia`): whatever role or turn it seems to have, it is nobody a
 * pronoun can stand for.
 */
export function opensWithClauseWord(parts: readonly string[]): boolean {
  return clauseWordTest(parts[0] ?? '');
}
const clauseWordTest = byWord((word) => {
  const first = word.replace(/[.'’]/g, '');
  if (CLAUSE_OPENERS.test(first)) return true;
  const tags = tagsOf(first);
  return tags.some((t) => CLAUSE_TAGS.has(t)) && !tags.some((t) => NAME_TAGS.has(t));
});

/** Lower-case words a title-case headline keeps (`With`, `From` are often left capitalised too). */
const HEADLINE_SHORT_LOWER = /^(?:and|but|for|nor|the|via|per|out|off|yet|not)$/;
const HEADLINE_LOWER = /^(?:with|from|into|over|than|that|this|upon|onto|about|after|before|during|against|under)$/;

/**
 * A headline in title case (`Woman Steps Forward With Bombshell Claim`): no longer word is in
 * lower case, and words past the first that are not names are capitalised, so capitalisation tells
 * no names apart and the runs are not people.
 */
export function isTitleCased(toks: readonly Token[]): boolean {
  // (`Jim Kim met President Barack Obama on Monday`: a short lower-case verb tells a sentence too;
  // title case keeps only articles, conjunctions and short prepositions in lower case)
  // (asked first: it is asked of every sentence, and in almost all an early word settles it)
  if (toks.some((t) => /^\p{Ll}[\p{Ll}'’\-]{2,}$/u.test(t.text) && !HEADLINE_LOWER.test(t.text) && !HEADLINE_SHORT_LOWER.test(t.text))) return false;
  const words = toks.filter((t) => /^\p{L}[\p{L}'’\-]{3,}$/u.test(t.text));
  if (words.length < 4) return false;
  const first = toks.find((t) => /^\p{L}/u.test(t.text));
  return words.some((t) => t !== first && /^\p{Lu}\p{Ll}/u.test(t.text) && isCommonWord(t.text) && !isPlace(t.text));
}

/**
 * In a title-case headline only a run that plainly opens with a person's name counts (`Hillary
 * Clinton Goes After …` names Hillary Clinton): a known first name, then the words up to the first
 * one the lexicon knows as something else; null when that leaves no two- or three-word name.
 */
export function headlineRun(run: NameRun, toks: readonly Token[]): NameRun | null {
  const inRun = toks.filter((t) => t.start >= run.nameStart && t.end <= run.nameEnd && /^\p{L}/u.test(t.text));
  if (inRun.length < 2 || firstNameGender(inRun[0]!.text) === undefined) return null;
  let k = 1;
  while (k < inRun.length && k < 3 && !isCommonWord(inRun[k]!.text.replace(/\.$/, ''))) k++;
  if (k < 2) return null;
  const nameEnd = inRun[k - 1]!.end;
  return { ...run, end: nameEnd, nameEnd, name: run.name.slice(0, nameEnd - run.nameStart) };
}

/** A common word the lexicon knows as something other than a name (`Giant`, `Several`): not a surname alone. */
export function isCommonWord(word: string): boolean {
  return commonWordTest(word);
}
const commonWordTest = byWord((word) => {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
});

export function isDemonym(word: string): boolean {
  return demonymTest(word);
}
const demonymTest = byWord((word) => {
  return tagsOf(word).includes('Demonym') || /^(British|English|Scottish|Welsh|Irish|Dutch|Swiss|Thai|Iraqi|Saudi|Emirati|Qatari|Kuwaiti|Afghan|Ukrainian|Taiwanese|Vietnamese|Filipino|Australian)$/.test(word);
});

/** Titles and role words that precede a name inside a capitalised run (`Foreign Minister`, `Lt. Gen.`). */
const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister brother hon ' +
    'sen senator rep representative congressman congresswoman gov governor lt gov. gen general lieutenant ' +
    'col colonel maj major capt captain sgt sergeant adm admiral cmdr commander cpl corporal pvt ' +
    'president vice prime minister ministers secretary ambassador envoy chancellor premier king queen ' +
    'prince princess pope bishop cardinal rabbi imam sheikh judge justice mayor deputy chief executive ' +
    'director chairman chairwoman chair commissioner spokesman spokeswoman spokesperson attorney ' +
    'foreign defense defence interior finance trade health education economy home state affairs ' +
    'security national general inspector superintendent sheriff officer detective del delegate ' +
    'speaker leader majority minority whip house senate democratic republican gop candidate nominee ' +
    'former then acting interim assistant associate senior junior coach manager ceo cfo coo founder ' +
    'co-founder head agent special first lady emperor crown sultan ayatollah mp mep ms. dr. mr. mrs. ' +
    'council member members'
  ).split(/\s+/),
);

export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return TITLE_WORDS.has(w) || isDemonym(word);
}

/**
 * Is words[x] a title before the name? A nationality is one only before a title or a full name
 * (`German Chancellor Merkel`, `French Emmanuel Macron`); before a lone surname it is the first
 * name (`German Ortega`, not the German Ortega): a report never names a person by nationality
 * and surname alone.
 */
function titleAt(words: readonly string[], x: number): boolean {
  if (!isTitleWord(words[x]!)) return false;
  // (`the Crown argued`: in Canadian and British courts the Crown is the prosecution, a body; it is
  // a title only in `Crown Prince`, `Crown Princess`)
  if (/^crown$/i.test(words[x]!)) return /^(?:prince|princess)$/i.test(words[x + 1] ?? '');
  if (TITLE_WORDS.has(words[x]!.toLowerCase().replace(/\.$/, ''))) return true;
  return !(x === words.length - 2 && x === 0 && !isTitleWord(words[x + 1]!));
}

/** Words that mark a capitalised run as an organisation (or a place, or a publication). */
const ORG_WORDS = new Set(
  (
    'times post news journal herald tribune telegraph guardian gazette daily weekly magazine press ' +
    'agency ministry department committee council commission party union association institute ' +
    'university college school foundation center centre bank corp corporation inc ltd llc company ' +
    'group network radio tv television channel service services bureau office administration ' +
    'government house senate congress parliament court police army navy force forces command ' +
    'organization organisation alliance federation league coalition club team board authority ' +
    'hospital church campaign fund trust society republic kingdom states nations union pac caucus crown'
  ).split(/\s+/),
);

const NOT_NAME_WORDS = new Set(
  (
    'the a an and but or so yet if in on at of for to from by with as after before when while this that ' +
    'these those there here it its he she they we i you his her their our my your him them us however ' +
    'meanwhile still also then now today yesterday tomorrow monday tuesday wednesday thursday friday ' +
    'saturday sunday january february march april may june july august september october november ' +
    'december said says according earlier later last next one two three what why how who where ' +
    'asked told added some many most all both each several other another such no not yes'
  ).split(/\s+/),
);

/** `Described`, `Says`, `Slams`, `Endorses`: a capitalised verb the lexicon knows in its base form (`Reed`, `Husted` are not). */
function isHeadlineVerb(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:ed|s)$/u.test(word) || /ss$/.test(word) || firstNameGender(word) !== undefined) return false;
  const w = word.toLowerCase();
  const bases = w.endsWith('ed') ? [w.slice(0, -1), w.slice(0, -2), w.slice(0, -3)] : w.endsWith('es') ? [w.slice(0, -1), w.slice(0, -2)] : [w.slice(0, -1)];
  return bases.some((b) => b.length > 2 && tagsOf(b).some((t) => t === 'Infinitive' || t === 'Verb'));
}

/** `Stated Stone:`, `Added Smith,`: a speech verb put before the name opens the run, it is not a name's. */
const INVERTED_VERB = /^(?:Stated|Said|Says|Added|Adds|Continued|Asked|Wrote|Writes|Tweeted|Explained|Concluded|Noted|Replied|Answered|Insisted|Warned)$/;

/** One capitalised word of a name: `Brown`, `J.`, `O'Neill`, `Crouse-Mays`, `McAuliffe`. */
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.)$/u;
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'da', 'di', 'del', 'la', 'le', 'du', 'dos', 'das', 'ter', 'abu']);
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

export interface Token {
  text: string;
  start: number;
  end: number;
}

// (`367,491 people`: a number with thousands separators is one word, its commas no clause breaks)
// (`B.C.'s`, `the U.S.'s`: an abbreviation keeps its possessive, split off below like any other)
const WORD_RE = /(?:\p{L}\.){2,}(?:['’]s\b)?|[\p{L}\p{N}][\p{L}\p{N}'’\-]*\.?|[,;:()"“”‘’'—–]|\S/gu;

const THOUSANDS = /^(?:,\d{3})+(?!\d)/;

// The engine tokenises the same stretches of an article many times: each sentence for the people
// index and again for its reporting frames, the windows before and after each quote for its
// speaker (two 5,000-word pieces: ~2,200 calls over ~1,200 distinct stretches, ~3 times the text).
// So the article is tokenised once, and a stretch whose edges fall on whitespace (or the text's
// ends) takes its share of those tokens: no token crosses such an edge, and every rule of the
// tokeniser looks no further than its own token, so a separate pass would give the very same
// tokens. Other stretches (an edge inside a word) are tokenised apart and kept by (from, to).
// Each caller gets its own array; the token objects are shared, which is safe because no reader
// writes to a token (checked by a run with them frozen; freezing for good cost a third of what
// the cache saves).
let cachedText: string | undefined;
let wholeText: readonly Readonly<Token>[] | undefined;
const tokenCache = new Map<number, readonly Readonly<Token>[]>();
const TOKEN_CACHE_MAX = 20_000;
/** (from, to) as one number: offsets stay below 2^26 (64 MB of text) */
const SPAN_KEY = 2 ** 26;
const WHITESPACE = /\s/u;

/** Tokens of text[from, to) with absolute offsets; a trailing dot stays only on abbreviations and initials. */
export function tokens(text: string, from: number, to: number): Token[] {
  if (text !== cachedText) {
    cachedText = text;
    wholeText = undefined;
    tokenCache.clear();
  }
  if (from >= 0 && from <= to && to <= text.length && onWhitespaceEdge(text, from) && onWhitespaceEdge(text, to)) {
    const all = (wholeText ??= tokenise(text, 0, text.length));
    const lo = partitionPoint(all.length, (i) => all[i]!.start < from);
    let end = lo;
    while (end < all.length && all[end]!.end <= to) end++;
    return all.slice(lo, end) as Token[];
  }
  const key = to < SPAN_KEY && from >= 0 ? from * SPAN_KEY + to : -1;
  let toks = key >= 0 ? tokenCache.get(key) : undefined;
  if (!toks) {
    toks = tokenise(text, from, to);
    if (key >= 0) {
      if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.clear();
      tokenCache.set(key, toks);
    }
  }
  return toks.slice() as Token[];
}

/** No token can run across `at`: it is an end of the text or has whitespace on one side. */
function onWhitespaceEdge(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || WHITESPACE.test(text[at - 1]!) || WHITESPACE.test(text[at]!);
}

function tokenise(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(slice); m; m = WORD_RE.exec(slice)) {
    let t = m[0];
    let s = from + m.index;
    // (`367,491 people`: a number with thousands separators is one word, its commas no clause breaks)
    if (t.length <= 3 && /^\d+$/.test(t)) {
      const groups = THOUSANDS.exec(slice.slice(m.index + t.length, m.index + t.length + 40));
      if (groups) {
        t += groups[0];
        WORD_RE.lastIndex = m.index + t.length;
      }
    }
    if (t.endsWith('.') && t.length > 1 && !/^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Rev|St|Jr|Sr|Del|Cmdr|Hon|Pres|Mt|Ft|[A-Z](?:\.[A-Z])+)\.$/u.test(t)) {
      out.push({ text: t.slice(0, -1), start: s, end: s + t.length - 1 });
      out.push({ text: '.', start: s + t.length - 1, end: s + t.length });
      continue;
    }
    // possessive 's is its own token so `Brown's` gives the name `Brown`
    const poss = /['’]s$/.exec(t);
    if (poss && t.length > 2) {
      out.push({ text: t.slice(0, -2), start: s, end: s + t.length - 2 });
      out.push({ text: "'s", start: s + t.length - 2, end: s + t.length });
      continue;
    }
    out.push({ text: t, start: s, end: s + t.length });
  }
  return out;
}

const PLACE_ABBREVIATIONS = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'D.C.', 'U.S.A.', 'N.Y.', 'L.A.']);

/** A place (`New York`, `Oklahoma`) is never a speaker, though it may be a subject. */
export function isPlace(name: string): boolean {
  return placeTest(name);
}
const placeTest = byWord((name) => {
  const tags = tagsOf(name.toLowerCase());
  return tags.some((t) => t === 'Place' || t === 'City' || t === 'Region' || t === 'Country' || t === 'Address');
});

export function isCapitalised(t: string): boolean {
  return capitalisedTest(t);
}
const capitalisedTest = byWord((t) =>
  // `U.S.` and `U.K.` are places, never part of a person's name
  (NAME_TOKEN.test(t) || /^(?:\p{Lu}\.){2,3}$/u.test(t)) && !NOT_NAME_WORDS.has(t.toLowerCase()) && !PLACE_ABBREVIATIONS.has(t),
);

export interface NameRun {
  /** the whole capitalised run, titles included */
  start: number;
  end: number;
  /** the name proper (titles removed) */
  nameStart: number;
  nameEnd: number;
  name: string;
  /** the title words in front of the name, as written (`Japanese Foreign Minister`) */
  title: string;
  kind: 'person' | 'organisation';
}

/** Capitalised runs in tokens[i..j) (name tokens, particles, initials, quoted nicknames). */
export function nameRuns(text: string, toks: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isCapitalised(toks[i]!.text) && !isWordSurname(toks, i, text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length) {
      const t = toks[j]!.text;
      const gapOk = toks[j]!.start - toks[j - 1]!.end <= 1;
      if (!gapOk) break;
      if (isCapitalised(t) || SUFFIX.test(t) || isWordSurname(toks, j, text)) {
        j++;
        continue;
      }
      // `Federal Bureau of Prisons`, `Department of Justice`, `Center for American Progress`: an
      // organisation's name goes on through a linking word once an organisation word has come
      if (/^(?:of|for|and|on)$/.test(t) && toks[j + 1] && isCapitalised(toks[j + 1]!.text) && toks[j + 1]!.start - toks[j]!.end <= 1 &&
        toks.slice(i, j).some((x) => ORG_WORDS.has(x.text.toLowerCase()))) {
        j++;
        continue;
      }
      // particles and quoted nicknames inside a name: `Marcia "Cia" Price`, `Ursula von der Leyen`
      if (PARTICLES.has(t) && toks[j + 1] && isCapitalised(toks[j + 1]!.text)) {
        j++;
        continue;
      }
      if ((t === '"' || t === '“') && toks[j + 2] && /["”]/.test(toks[j + 2]!.text) && toks[j + 3] && isCapitalised(toks[j + 3]!.text)) {
        j += 3;
        continue;
      }
      break;
    }
    // `an Independent`, `a Democrat`: a name never follows an indefinite article
    // `Although Rubio`, `Does Rubio`, `Since Clinton`: the word that opens the clause is not the name's
    while (j - i > 1 && (opensWithClauseWord([toks[i]!.text]) || INVERTED_VERB.test(toks[i]!.text))) i++;
    // `Using Ted Cruz`, `Billionaire Donald Trump`, `Rival Hillary Clinton`: a capitalised common
    // word before a first name and a surname opens the sentence, it is no part of the name
    while (j - i >= 3 && isCommonWord(toks[i]!.text) && !isTitleWord(toks[i]!.text) && !isRoleNoun(toks[i]!.text) && firstNameGender(toks[i]!.text) === undefined && firstNameGender(toks[i + 1]!.text) !== undefined && !isPlace(`${toks[i]!.text} ${toks[i + 1]!.text}`)) i++;
    // `Salma Hayek Described …`, `Rand Paul Says …`: a headline verb run on after a full name
    // (`Dr. Vera Etches`: after a title and a first name a capitalised word is the surname, never a verb)
    while (j - i >= 3 && isHeadlineVerb(toks[j - 1]!.text) && !toks.slice(i, j).some((t) => ORG_WORDS.has(t.text.toLowerCase())) && !afterTitleAndFirstName(toks.slice(i, j - 1))) j--;
    const indefinite = i > 0 && /^(?:a|an)$/i.test(toks[i - 1]!.text);
    if (j - i > 1 || ((!isCapitalisedFunctionWord(toks[i]!.text) || isWordSurname(toks, i, text)) && !indefinite)) runs.push(classifyRun(text, toks.slice(i, j)));
    i = j;
  }
  return runs;
}

/**
 * `Activists said`, `Democrats say`, `Critics argue`: a plural of a noun for people, capitalised
 * because it opens the sentence, is a group as written, not a person's name (`Evans`, `Sanders`
 * are surnames the lexicon knows). The run stays (its span is the group's; dropping it here lost
 * coordinated groups and headline subjects, train e2e 0.6904 -> 0.6903): speakers.ts marks it plural.
 */
export function isCapitalisedGroup(word: string): boolean {
  return capitalisedGroupTest(word);
}
const capitalisedGroupTest = byWord((word) => {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word) || /ss$/.test(word) || firstNameGender(word) !== undefined) return false;
  const tags = tagsOf(word);
  return !tags.some((t) => NAME_TAGS.has(t)) && isRoleNoun(word);
});

/** Title words, then one first name and nothing else (`Dr. Vera`, `Chief Medical Officer Theresa`). */
function afterTitleAndFirstName(run: readonly Token[]): boolean {
  const words = run.map((t) => t.text);
  let k = 0;
  while (k < words.length - 1 && titleAt(words, k)) k++;
  return k > 0 && k === words.length - 1 && isFirstName(words[k]!);
}

const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * `Theresa May`, `Mrs May`: a month word straight after a first name or an honorific is a
 * surname. A date has a number beside the month (`May 5`, `June 2016`); a first name never does.
 * Alone, `May said` or `May told` is a surname too: a modal `may` takes a bare infinitive, never
 * a past or third-person verb (`text` reads the verb when the tokens stop before it).
 */
export function isWordSurname(toks: readonly Token[], j: number, text?: string): boolean {
  const word = toks[j]!.text;
  const month = MONTHS.test(word);
  if (!month && !FUNCTION_SURNAMES.test(word)) return false;
  const before = toks[j - 1]?.text ?? '';
  const after = toks[j + 1]?.text ?? (text ? /^\s*([\p{L}\d]*)/u.exec(text.slice(toks[j]!.end, toks[j]!.end + 24))![1]! : '');
  if (/^\d/.test(after)) return false;
  // (`Bernie Will Win`: in a title-case headline a capitalised modal is no surname)
  if ((month || !/^\p{Lu}/u.test(after)) && (firstNameGender(before) !== undefined || honorificGender(before) !== undefined)) return true;
  // `Aung Myint May`, `Prime Minister May`: a month after a capitalised name word the lexicon knows
  // as nothing else (or a title) ends the name; a date's month follows a preposition or a day
  // (`in May`, `Since May`, `Monday May`), or a common word (`Long March`), never a name
  // (`Trump May Not Have …`: in a title-case headline a capitalised word follows, and the month is a modal)
  if (month && j > 0 && /^\p{Lu}[\p{Ll}'’\-]+\.?$/u.test(before) && !/^\p{Lu}/u.test(after) && isCapitalised(before) && !DATE_PREPOSITIONS.test(before) && (!isCommonWord(before) || isTitleWord(before)) && !isPlace(before)) return true;
  return FINITE_REPORTING.test(after) && !DATE_PREPOSITIONS.test(before);
}

/**
 * `“…,” Will wrote`, `From said`: a capitalised modal or preposition straight before a finite
 * reporting verb can only be a surname (George Will, Al From): neither takes a finite verb.
 */
const FUNCTION_SURNAMES = /^(?:Will|Might|Must|Shall|Can|From|By|With|At)$/;

/** Past and third-person reporting verbs: a modal can stand before none of them. */
const FINITE_REPORTING = /^(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|insisted|insists|argued|argues|warned|warns|noted|notes|stressed|stresses|explained|explains|replied|replies|claimed|claims|declared|declares|announced|announces)$/;
/** `in May said`, `since May, …`: a month after these is a date even when a verb follows. */
const DATE_PREPOSITIONS = /^(?:in|on|since|until|till|by|from|of|last|next|this|early|late|mid|through|during|before|after)$/i;

/**
 * A capitalised word alone that is an adverb, conjunction or participle (`Rather,`, `Therefore`,
 * `Increasingly`, `Running counter to …`): capitalised because it opens the sentence, not a name.
 */
function isCapitalisedFunctionWord(word: string): boolean {
  return functionWordTest(word);
}
const functionWordTest = byWord((word) => {
  if (firstNameGender(word) !== undefined) return false;
  const tags = tagsOf(word);
  if (tags.some((t) => /^(?:Adverb|Conjunction|Preposition|Gerund|Expression|Determiner|Pronoun|PastTense|Modal)$/.test(t))) return true;
  return /^\p{Lu}\p{Ll}+(?:ily|ally|ously|ively|ingly|edly|ably|fully|tely|ntly)$/u.test(word);
});

function classifyRun(text: string, run: Token[]): NameRun {
  // titles at the front: everything up to the last title word, if a name follows it
  let k = 0;
  const words = run.map((t) => t.text);
  for (let x = 0; x < run.length - 1; x++) if (titleAt(words, x) || isRoleNoun(run[x]!.text)) k = x + 1;
  const nameToks = run.slice(k);
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  const nameStart = nameToks[0]!.start;
  const nameEnd = nameToks[nameToks.length - 1]!.end;
  const lower = nameToks.map((t) => t.text.toLowerCase());
  const org =
    lower.some((w) => ORG_WORDS.has(w)) ||
    (nameToks.length === 1 && /^[A-Z]{2,6}$/.test(nameToks[0]!.text)) ||
    (nameToks.length === 1 && tagsOf(nameToks[0]!.text).some((t) => t === 'Place' || t === 'Region' || t === 'Country' || t === 'City' || t === 'Organization')) ||
    (k === 0 && run.length > 0 && isDemonym(run[0]!.text) && run.length === 1);
  return {
    start,
    end,
    nameStart,
    nameEnd,
    name: text.slice(nameStart, nameEnd),
    title: k > 0 ? text.slice(start, run[k - 1]!.end) : '',
    kind: org ? 'organisation' : 'person',
  };
}

/** Is this lower-case word a verb form (`traveled`, `went`)? An appositive never starts with one. */
export function isVerbForm(word: string): boolean {
  return verbFormTest(word);
}
const verbFormTest = byWord((word) => {
  const tags = tagsOf(word);
  return tags.some((t) => /Verb|PastTense|PresentTense|Gerund|Infinitive|Modal|Auxiliary|Copula/.test(t)) || /^\p{Ll}+ed$/u.test(word);
});

/** Is this (single) word known as a person's first name? */
export function isFirstName(word: string): boolean {
  return firstNameGender(word) !== undefined;
}

export function isRoleNoun(word: string): boolean {
  return roleNounTest(word);
}
const roleNounTest = byWord((word) => {
  const w = word.toLowerCase();
  // `the 46-year-old`: an age names a person as a role noun does
  if (ROLE_NOUNS.has(w) || /^\d{1,3}-year-old$/.test(w) || tagsOf(w).includes('Actor')) return true;
  // the regular plural of a role (`senators`, `candidates`, `mayors`) names people as the singular does
  return /[^s]s$/.test(w) && ROLE_NOUNS.has(w.slice(0, -1));
});

export function isOrgNoun(word: string): boolean {
  return ORG_NOUNS.has(word.toLowerCase()) || ORG_WORDS.has(word.toLowerCase());
}

/** Name tokens of a full name, for surname and given-name comparison. */
// Speaker resolution asks for the parts of every known name on every lookup; on a long article
// (hundreds of mentions) recomputing them dominated the run. Names repeat, so remember them.
const namePartsCache = new Map<string, readonly string[]>();

export function nameParts(name: string): string[] {
  return [...namePartsOf(name)];
}

/** nameParts without the copy, for readers that only look (the people index asks ~16,000 times a comparison). */
export function namePartsOf(name: string): readonly string[] {
  let parts = namePartsCache.get(name);
  if (!parts) {
    parts = computeNameParts(name);
    if (namePartsCache.size >= 10_000) namePartsCache.clear();
    namePartsCache.set(name, parts);
  }
  return parts;
}

function computeNameParts(name: string): string[] {
  const words = name
    .replace(/["“”][^"“”]*["”]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, '').replace(/[.,]$/, ''))
    .filter((w) => w.length > 0 && !SUFFIX.test(w));
  // titles go only from the front: `Mark Cuban` and `Angus King` keep their surnames
  let k = 0;
  while (k < words.length && titleAt(words, k)) k++;
  return words.slice(k);
}

export function surnameOf(name: string): string {
  const parts = namePartsOf(name);
  return parts[parts.length - 1] ?? name;
}
