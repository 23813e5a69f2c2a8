/**
 * What story grouping compares articles by: a TF-IDF vector of the text and a vector of the
 * names, places, numbers and dates it mentions, both weighted by how rare each term is in the
 * collection being grouped.
 *
 * Stories on one beat share most of their vocabulary (two earthquakes, two rehab admissions, two
 * budget votes); what tells them apart is who, where, how many and when. So entities get their
 * own vector, and a term or entity that many of the collection's articles share weighs less.
 */
import type { Doc } from '../text/doc.js';
import { extractEntities, type Entity } from '../text/entities.js';
import { backgroundIdf, normalise, termTokens, termVector, type TermToken, type TermVector } from '../text/terms.js';
import { CAPITAL_BOOST, pieceVector } from '../compare/piece.js';
import { yearsMentioned } from './years.js';

export interface ArticleFeatures {
  tokens: TermToken[];
  /** TF-IDF of the text (lead counted double, names boosted), L2-normalised */
  text: TermVector;
  /** entity key → weight, L2-normalised */
  entities: TermVector;
  /** TF-IDF of the first HEAD_SENTENCES sentences (headline and lead, or the lead) */
  head: TermVector;
  /** keys of the exact facts that pin an event down: calendar days, sums, counts (rare in the collection) */
  specifics: Set<string>;
  /** years the text mentions, each with its rarity in the collection (0 = in every article, 1 = in one) */
  years: Map<number, number>;
  /** weekdays the text names ("on Sunday"): the day of the event, as reports of it mostly say */
  weekdays: Set<string>;
}

/** Share of a collection's articles above which a fact is too common to identify an event. */
const COMMON_FACT_SHARE = 0.05;

/**
 * Sentences that make an article's head: its headline and lead state the event, where the rest
 * is framing and background. Two rather than one: ECB+ dev B³-F1 0.944 → 0.952, 3 an event
 * 0.941 → 0.942, 6 an event 0.941 → 0.950; SemEval same-story AUC 0.955 → 0.954.
 */
const HEAD_SENTENCES = 2;

/** Collections smaller than this are too small to learn rarity from: the background decides. */
const LOCAL_IDF_MIN_DOCS = 20;

/**
 * Entity kinds that identify a story; numbers and dates weigh less than names (see below), and
 * people more: look-alike events differ most often in who (another star in rehab, another coach
 * fired). Person 1 → 1.5: ECB+ dev B³-F1 0.927 → 0.930, 3 an event 0.929 → 0.931, 6 an event
 * 0.944 → 0.945; SemEval same-story AUC unchanged (0.955). With people matched by surname
 * (matchKey), 1.5 → 2: ECB+ full 0.950 → 0.952, 3 an event 0.949 → 0.950, 6 an event 0.953 →
 * 0.954; SemEval AUC 0.9548 → 0.9549; PolNeAR train far pairs 31 → 31 (2.5: ECB+ full 0.955,
 * 3 an event 0.951, far pairs 33; 3: full 0.950).
 */
const KIND_WEIGHT: Record<string, number> = {
  person: 2,
  organisation: 1,
  place: 1,
  name: 1,
  money: 0.7,
  percent: 0.5,
  quantity: 0.7,
  date: 0.5,
};

export function articleFeatures(docs: readonly Doc[]): ArticleFeatures[] {
  const tokens = docs.map((d) => termTokens(d.text));
  const idf = collectionIdf(tokens);
  const entityLists = docs.map((d) =>
    extractEntities(d).all.filter((e) => KIND_WEIGHT[e.kind] !== undefined && !(e.kind === 'date' && e.date?.relative)),
  );
  const entityDf = new Map<string, number>();
  const personKeys = new Set(entityLists.flatMap((list) => list.filter((e) => e.kind === 'person').map((e) => matchKey(e))));
  const namesakes = surnameHolders(entityLists);
  const acronyms = definedAcronyms(docs.map((d) => d.text));
  const keyLists = entityLists.map((list) => list.map((e) => acronymKey(personKey(matchKey(e, personKeys), e, namesakes), acronyms)));
  for (const keys of keyLists) for (const k of new Set(keys)) entityDf.set(k, (entityDf.get(k) ?? 0) + 1);
  const n = docs.length;
  const yearSets = docs.map((d) => yearsMentioned(d.text));
  const yearDf = new Map<number, number>();
  for (const ys of yearSets) for (const y of ys) yearDf.set(y, (yearDf.get(y) ?? 0) + 1);
  // a year most of the collection mentions (a channel's current year) dates nothing apart
  const yearRarity = (y: number) => (n < 2 ? 0 : Math.log(n / yearDf.get(y)!) / Math.log(n));
  return docs.map((_, i) => {
    const entities: TermVector = new Map();
    entityLists[i]!.forEach((e, m) => {
      const key = keyLists[i]![m]!;
      // an entity in most of the collection's articles (the beat's president, the country) says
      // little about which story this is; with few articles every entity counts the same
      const rarity = n >= LOCAL_IDF_MIN_DOCS ? Math.log((n + 1) / (entityDf.get(key)! + 0.5)) : 1;
      entities.set(key, (entities.get(key) ?? 0) + Math.log(1 + e.count) * rarity * KIND_WEIGHT[e.kind]!);
    });
    const sentences = docs[i]!.sentences;
    const firstEnd = sentences[Math.min(HEAD_SENTENCES, sentences.length) - 1]?.end ?? 0;
    const head = termVector(tokens[i]!.filter((t) => t.end <= firstEnd), { idf, capitalBoost: CAPITAL_BOOST });
    // a fact in many of the collection's articles ("$1 million", a season's date) pins no event down
    const specifics = new Set([...specificFacts(entityLists[i]!)].filter((k) => n < LOCAL_IDF_MIN_DOCS || entityDf.get(k)! <= n * COMMON_FACT_SHARE));
    const years = new Map([...yearSets[i]!].map((y) => [y, yearRarity(y)]));
    const weekdays = new Set(entityLists[i]!.filter((e) => e.key.startsWith('date:weekday:')).map((e) => e.key));
    return { tokens: tokens[i]!, text: pieceVector(tokens[i]!, idf), entities: normalise(entities), head, specifics, years, weekdays };
  });
}

/**
 * Exact facts that pin an event down: a calendar day ("July 7, 2012", "Dec. 14") or a stated sum
 * or count ("$160 million", "288 candidates"); weekdays and bare years do not. Two reports of
 * one event often repeat one; two look-alike events rarely do (ECB+ dev, with years required:
 * 35 % of same-event pairs share one, 4 % of look-alike pairs, 0.2 % of the rest).
 */
export function specificFacts(list: readonly Entity[]): Set<string> {
  const out = new Set<string>();
  for (const e of list) {
    if (e.kind === 'money' || e.kind === 'quantity') out.add(e.key);
    else if (e.kind === 'date' && e.date?.month !== undefined && e.date.day !== undefined) out.add(e.key);
  }
  return out;
}

/**
 * The key an entity is matched by across articles. A person by surname: outlets name the same
 * person differently ("President Obama", "Barack Obama", "Mr. Obama"), and each article's
 * entity key keeps the fullest form it saw. ECB+ dev B³-F1 0.948 → 0.950, 3 an event 0.948 →
 * 0.949, 6 an event 0.954 → 0.953; SemEval same-story AUC 0.9544 → 0.9548, Pearson 0.766 → 0.768.
 * With `people` (the collection's person keys), a name of unknown kind written after a title
 * ("House Speaker John Boehner") is matched to a person named elsewhere: ECB+ full 0.952 → 0.953,
 * 3 and 6 an event unchanged, PolNeAR unchanged.
 */
export function matchKey(e: Entity, people?: ReadonlySet<string>): string {
  if (e.kind === 'name' && people) {
    const titled = titledSurname(e.key.slice(e.key.indexOf(':') + 1).split(' '));
    if (titled && people.has(`person:${titled}`)) return `person:${titled}`;
  }
  if (e.kind !== 'person') return e.key;
  const words = e.key.slice(e.key.indexOf(':') + 1).split(' ');
  while (words.length > 1 && NAME_SUFFIX.test(words[words.length - 1]!)) words.pop();
  return `person:${words[words.length - 1]}`;
}

/**
 * The surname in a name written with a person's title before it ("speaker john boehner",
 * "house speaker boehner", "sen. warren"), which the entity finder files as a name of unknown
 * kind; undefined when the words do not start with a title.
 */
function titledSurname(words: readonly string[]): string | undefined {
  let i = 0;
  while (i < words.length && TITLE_MODIFIER.test(words[i]!)) i++;
  if (i >= words.length - 1 || !TITLE.test(words[i]!)) return undefined;
  return words[words.length - 1];
}

/** Words that may precede a title ("House Speaker", "former Gov.", "Vice President"). */
const TITLE_MODIFIER = /^(?:former|house|senate|vice|prime|deputy|acting|state|u\.s\.)$/;
/** Titles written before a person's name. */
const TITLE = /^(?:president|speaker|sen\.?|senator|rep\.?|representative|gov\.?|governor|secretary|minister|judge|justice|mayor|mr\.?|mrs\.?|ms\.?|dr\.?)$/;

/**
 * For each surname that the collection gives two or more first names (Bill and Hillary Clinton),
 * the first names in order of how many articles use each. Where a collection shows namesakes,
 * a surname alone would merge their stories.
 */
export function surnameHolders(entityLists: readonly (readonly Entity[])[]): Map<string, string[]> {
  const df = new Map<string, Map<string, number>>();
  for (const list of entityLists) {
    const seen = new Set<string>();
    for (const e of list) {
      if (e.kind !== 'person') continue;
      const words = personWords(e);
      if (words.length < 2 || !FIRST_NAME.test(words[0]!) || NOT_FIRST_NAME.test(words[0]!)) continue;
      const surname = words[words.length - 1]!;
      const key = `${words[0]} ${surname}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const firsts = df.get(surname) ?? df.set(surname, new Map()).get(surname)!;
      firsts.set(words[0]!, (firsts.get(words[0]!) ?? 0) + 1);
    }
  }
  const out = new Map<string, string[]>();
  for (const [surname, firsts] of df) {
    // spellings and short forms of one first name (Sam and Samuel, Gurbanguly and Gurbanguli) are one person
    const names = [...firsts].sort((a, b) => b[1] - a[1]).map(([f]) => f);
    if (names.filter((x, i) => !names.slice(0, i).some((y) => sameFirstName(x, y))).length > 1) out.set(surname, names);
  }
  return out;
}

/** One first name written two ways: one a short form of the other, or one letter apart. */
function sameFirstName(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/**
 * A person's surname key refined by first name when the collection shows namesakes: the full name
 * keeps its first name (a spelling of a more used one counts as that one), and a bare surname
 * ("Mrs. Clinton") goes to the namesake most articles name, the likeliest reading. ECB+ full
 * 0.953 → 0.954, 3 an event 0.951 → 0.951, 6 an event 0.954 → 0.953; dated simulation 0.981 →
 * 0.980; PolNeAR far pairs 24 → 23. Kept for political news, where namesakes share a beat
 * (Bill and Hillary Clinton, George and Jeb Bush).
 */
function personKey(key: string, e: Entity, namesakes: ReadonlyMap<string, string[]>): string {
  if (!key.startsWith('person:')) return key;
  const surname = key.slice('person:'.length);
  const firsts = namesakes.get(surname);
  if (!firsts) return key;
  const words = e.kind === 'person' ? personWords(e) : [];
  // a spelling of a more used first name counts as that one
  const first = (words.length >= 2 && firsts.find((f) => sameFirstName(f, words[0]!))) || firsts[0]!;
  return `person:${first} ${surname}`;
}

/** A person's name words without generational suffix. */
function personWords(e: Entity): string[] {
  const words = e.key.slice(e.key.indexOf(':') + 1).split(' ');
  while (words.length > 1 && NAME_SUFFIX.test(words[words.length - 1]!)) words.pop();
  return words;
}

/** A first name: a word, not an initial or a title. */
const FIRST_NAME = /^[a-z][a-z'-]+$/;
/** Roles the entity finder may keep before a surname ("manager Smith", "President-elect Obama"). */
const NOT_FIRST_NAME = /^(?:president|president-elect|manager|coach|doctor|sheriff|nominee|nominates|prosecutor|coroner|constable|democratic|republican|fire|city|insp|cornerback|cb|dt|ceo|chief|officer|captain|general|senator|governor|judge|mayor|minister|lawyer|attorney|spokesman|spokeswoman|police|detective|sergeant|inspector|agent|director|chairman|commissioner)$/;

/** Generational suffixes, not surnames ("Martin Luther King Jr."). */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?,?$/;

/**
 * Acronyms the collection's articles define, "Democratic National Committee (DNC)" or "the EPA
 * (Environmental Protection Agency)", as lower-case acronym → lower-case full name. Outlets
 * differ in which form they use; only a definition written out says which name an acronym
 * stands for (DNC is the committee in one text and the convention in another), and an acronym
 * defined two ways in one collection is left alone. ECB+ full 0.954 → 0.956, 3 an event 0.951 →
 * 0.951 (0.9505 → 0.9505), 6 an event 0.953 → 0.954; PolNeAR far pairs and dated unchanged.
 */
export function definedAcronyms(texts: readonly string[]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const m of text.matchAll(ACRONYM_AFTER)) add(m[2]!, m[1]!);
    for (const m of text.matchAll(ACRONYM_BEFORE)) add(m[1]!, m[2]!);
  }
  function add(acronym: string, phrase: string) {
    const full = expansion(acronym, phrase);
    if (!full) return;
    const key = acronym.replace(/\./g, '').toLowerCase();
    (seen.get(key) ?? seen.set(key, new Set()).get(key)!).add(full);
  }
  const out = new Map<string, string>();
  for (const [acronym, fulls] of seen) if (fulls.size === 1) out.set(acronym, [...fulls][0]!);
  return out;
}

/** The last words of `phrase` whose capitals spell `acronym`, lower-cased; undefined when none do. */
function expansion(acronym: string, phrase: string): string | undefined {
  const letters = acronym.replace(/\./g, '').toUpperCase();
  const words = phrase.trim().split(/\s+/);
  let need = letters.length;
  let i = words.length;
  while (i > 0 && need > 0) {
    const w = words[i - 1]!;
    if (/^[A-Z]/.test(w)) {
      // "U.S." or "Health-Care" may give more than one letter; match by the word's capitals
      const caps = w.replace(/[^A-Z]/g, '');
      if (!letters.slice(0, need).endsWith(caps) && !letters.slice(0, need).endsWith(caps[0]!)) return undefined;
      need -= letters.slice(0, need).endsWith(caps) ? caps.length : 1;
    } else if (!ACRONYM_GLUE.test(w)) return undefined;
    i--;
  }
  if (need !== 0 || !/^[A-Z]/.test(words[i]!)) return undefined;
  return words.slice(i).join(' ').toLowerCase();
}

/** Capitalised words (with small joining words) then an acronym in brackets. */
const ACRONYM_AFTER = /((?:[A-Z][\w'.&-]*\s+(?:(?:of|the|for|and|on|in|to|&)\s+)*){1,8})\(([A-Z](?:\.?[A-Z]){1,6}\.?)\)/g;
/** An acronym then its capitalised words in brackets. */
const ACRONYM_BEFORE = /\b([A-Z](?:\.?[A-Z]){1,6}\.?)\s+\(((?:[A-Z][\w'.&-]*\s*(?:(?:of|the|for|and|on|in|to|&)\s+)*){1,8})\)/g;
/** Small words an organisation's name may hold without a capital ("Department of Justice"). */
const ACRONYM_GLUE = /^(?:of|the|for|and|on|in|to|&)$/;

/** An entity key with a defined acronym, or the name it stands for, read as the full name. */
function acronymKey(key: string, acronyms: ReadonlyMap<string, string>): string {
  if (acronyms.size === 0) return key;
  const body = key.slice(key.indexOf(':') + 1);
  const full = acronyms.get(body.replace(/\./g, ''));
  if (full) return `organisation:${full}`;
  return key;
}

/** How many exact facts two articles share. */
export function sharedFacts(a: ArticleFeatures, b: ArticleFeatures): number {
  const [small, large] = a.specifics.size <= b.specifics.size ? [a.specifics, b.specifics] : [b.specifics, a.specifics];
  let n = 0;
  for (const k of small) if (large.has(k)) n++;
  return n;
}

/**
 * IDF for a collection: the background IDF, damped for terms that most of this collection's
 * articles use (in a channel about one beat, the beat's own vocabulary says little about which
 * story an article tells). With a handful of articles the background alone decides.
 */
function collectionIdf(tokens: readonly TermToken[][]): (term: string) => number {
  const n = tokens.length;
  if (n < LOCAL_IDF_MIN_DOCS) return backgroundIdf;
  const df = new Map<string, number>();
  for (const ts of tokens) for (const t of new Set(ts.map((x) => x.term))) df.set(t, (df.get(t) ?? 0) + 1);
  return (term) => {
    const local = Math.log((n + 1) / ((df.get(term) ?? 0) + 1));
    return Math.sqrt(backgroundIdf(term) * Math.max(0.1, local) * 3);
  };
}
