/**
 * Entities an article turns on: people, organisations, places, amounts of money, percentages,
 * counts with units, and dates — each with every mention's offsets (into `doc.text`; convert
 * with `doc.toInput`) and a count.
 *
 * Names are found as runs of capitalised words, cheaply, with rules; compromise is asked only
 * about those runs (all unique runs tagged in one call), because tagging a whole article costs
 * ~100 ms per 1,000 words. Numbers and dates are plain patterns.
 */
import nlp from 'compromise';
import type { Doc } from './doc.js';
import { backgroundCount } from './terms.js';
import { findDates, type DateParts } from './dates.js';
import { findNumbers } from './numbers.js';

export type NameKind = 'person' | 'organisation' | 'place' | 'name';
export type NumberKind = 'money' | 'percent' | 'quantity';
export type EntityKind = NameKind | NumberKind | 'date';

export interface EntityMention {
  /** offsets into doc.text */
  start: number;
  end: number;
  /** the mention as written */
  text: string;
  sentence: number;
  paragraph: number;
}

export interface Entity {
  kind: EntityKind;
  /**
   * Identity used to merge mentions and to match across articles: a lower-cased canonical name
   * ("yoshimasa hayashi", "united states"), or for numbers and dates a normalised value
   * ("money:usd:5500000000", "date:2023-05-10").
   */
  key: string;
  /** the fullest form seen, for display */
  name: string;
  mentions: EntityMention[];
  count: number;
  /** numbers: the value in base units (5.5 billion → 5_500_000_000) */
  value?: number;
  /** numbers: 'USD', '%', or the counted noun ('troops'); stems are compared, not this */
  unit?: string;
  /** numbers: kind and unit without the value ("money:USD"): the same quantity stated differently shares it */
  quantityKey?: string;
  /** numbers: written with "about", "nearly", "more than"… */
  approximate?: boolean;
  /** dates: the parts written (absent parts were not written) */
  date?: DateParts;
  /** people: a title or role written next to the name ("Foreign Minister") */
  role?: string;
}

export interface EntityIndex {
  all: Entity[];
  people: Entity[];
  organisations: Entity[];
  places: Entity[];
  /** money, percentages and counts */
  numbers: Entity[];
  dates: Entity[];
  byKey: Map<string, Entity>;
}

const cache = new WeakMap<Doc, EntityIndex>();

/** Entities of a document (computed once per Doc). */
export function extractEntities(doc: Doc): EntityIndex {
  const hit = cache.get(doc);
  if (hit) return hit;
  const locate = locator(doc);
  const byKey = new Map<string, Entity>();
  const add = (kind: EntityKind, key: string, name: string, start: number, end: number, extra: Partial<Entity> = {}) => {
    const { sentence, paragraph } = locate(start);
    const mention: EntityMention = { start, end, text: doc.text.slice(start, end), sentence, paragraph };
    const fullKey = key;
    let e = byKey.get(fullKey);
    if (!e) {
      e = { kind, key: fullKey, name, mentions: [], count: 0, ...extra };
      byKey.set(fullKey, e);
    } else if (name.length > e.name.length && kind !== 'date') {
      e.name = name;
    }
    if (extra.role && !e.role) e.role = extra.role;
    e.mentions.push(mention);
    e.count++;
  };

  const dates = findDates(doc.text);
  for (const d of dates) add('date', d.key, d.text, d.start, d.end, { date: d.parts });
  const taken = dates.map((d) => [d.start, d.end] as const);
  for (const n of findNumbers(doc.text)) {
    if (taken.some(([s, e]) => n.start < e && n.end > s)) continue;
    add(n.kind, n.key, n.text, n.start, n.end, {
      value: n.value,
      quantityKey: n.quantityKey,
      ...(n.unit ? { unit: n.unit } : {}),
      ...(n.approximate ? { approximate: true } : {}),
    });
  }
  for (const m of findNames(doc.text, taken)) {
    add(m.kind, m.key, m.name, m.start, m.end, m.role ? { role: m.role } : {});
  }

  const all = [...byKey.values()].sort((a, b) => b.count - a.count || a.mentions[0]!.start - b.mentions[0]!.start);
  for (const e of all) e.mentions.sort((a, b) => a.start - b.start);
  const index: EntityIndex = {
    all,
    people: all.filter((e) => e.kind === 'person'),
    organisations: all.filter((e) => e.kind === 'organisation'),
    places: all.filter((e) => e.kind === 'place'),
    numbers: all.filter((e) => e.kind === 'money' || e.kind === 'percent' || e.kind === 'quantity'),
    dates: all.filter((e) => e.kind === 'date'),
    byKey,
  };
  cache.set(doc, index);
  return index;
}

/** Offset → sentence and paragraph index, by binary search over the sentences. */
function locator(doc: Doc): (offset: number) => { sentence: number; paragraph: number } {
  const sentences = doc.sentences;
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo];
    return s ? { sentence: s.index, paragraph: s.paragraph } : { sentence: 0, paragraph: 0 };
  };
}

// ---- names ----------------------------------------------------------------------------------

interface NameMention {
  kind: NameKind;
  key: string;
  name: string;
  start: number;
  end: number;
  role?: string;
}

// A capitalised word (with inner apostrophes, hyphens, dots as in "U.S."), an initial, or a
// lower-case particle that may sit inside a name ("Bank of England", "Ludwig van Beethoven").
const NAME_RUN =
  /(?:\p{Lu}[\p{L}\p{M}'’\-]*(?:\.(?=\p{Lu}))?[\p{L}\p{M}'’\-]*\.?|\p{Lu}\.)(?:\s+(?:(?:of|the|for|and|de|du|da|van|von|der|al|bin|la|le|del)\s+)*(?:\p{Lu}[\p{L}\p{M}'’\-]*(?:\.(?=\p{Lu}))?[\p{L}\p{M}'’\-]*\.?|\p{Lu}\.))*/gu;

// Titles and roles written before a name: what follows them is a person.
const TITLES = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady president vice prime minister secretary chancellor ' +
    'ambassador senator sen rep representative governor gov mayor general gen colonel col lieutenant lt captain capt ' +
    'sergeant sgt admiral adm commander major maj chief director spokesman spokeswoman spokesperson king queen prince ' +
    'princess pope cardinal bishop rabbi imam judge justice attorney councillor councilman councilwoman deputy ' +
    'premier chairman chairwoman chair ceo founder editor author detective inspector officer coach'
  ).split(' '),
);
// Words that make a run an organisation when it ends with (or contains) them.
const ORG_WORDS = new Set(
  (
    'inc corp corporation co ltd llc plc group company bank agency ministry department office council commission ' +
    'committee party university college school institute foundation association alliance organization organisation ' +
    'union league federation court parliament congress senate assembly army navy force forces police service services ' +
    'treaty fund times post news radio television tv network journal press herald guardian telegraph reuters club'
  ).split(' '),
);
// Places written as acronyms or in several forms, keyed to one canonical name.
const PLACE_ALIASES: Record<string, string> = {
  us: 'united states', 'u.s': 'united states', 'u.s.': 'united states', usa: 'united states', 'u.s.a.': 'united states',
  'united states': 'united states', america: 'united states', 'united states of america': 'united states',
  uk: 'united kingdom', 'u.k': 'united kingdom', 'u.k.': 'united kingdom', britain: 'united kingdom',
  'great britain': 'united kingdom', 'united kingdom': 'united kingdom', uae: 'united arab emirates',
  prc: 'china', dprk: 'north korea', 'democratic people\'s republic of korea': 'north korea',
};
// Adjectives of nationality, counted as mentions of the country (for place overlap).
const DEMONYMS: Record<string, string> = {
  american: 'united states', british: 'united kingdom', japanese: 'japan', chinese: 'china', russian: 'russia',
  ukrainian: 'ukraine', french: 'france', german: 'germany', italian: 'italy', spanish: 'spain', korean: 'korea',
  'south korean': 'south korea', 'north korean': 'north korea', australian: 'australia', canadian: 'canada',
  indian: 'india', pakistani: 'pakistan', israeli: 'israel', palestinian: 'palestine', iranian: 'iran',
  iraqi: 'iraq', syrian: 'syria', turkish: 'turkey', egyptian: 'egypt', saudi: 'saudi arabia', mexican: 'mexico',
  brazilian: 'brazil', polish: 'poland', dutch: 'netherlands', swedish: 'sweden', finnish: 'finland',
  norwegian: 'norway', greek: 'greece', irish: 'ireland', scottish: 'scotland', welsh: 'wales', european: 'europe',
  african: 'africa', asian: 'asia', taiwanese: 'taiwan', afghan: 'afghanistan', nigerian: 'nigeria',
  venezuelan: 'venezuela', cuban: 'cuba', filipino: 'philippines', vietnamese: 'vietnam', thai: 'thailand',
  indonesian: 'indonesia', swiss: 'switzerland', austrian: 'austria', belgian: 'belgium', danish: 'denmark',
  portuguese: 'portugal', hungarian: 'hungary', czech: 'czech republic', romanian: 'romania', lebanese: 'lebanon',
  jordanian: 'jordan', qatari: 'qatar', yemeni: 'yemen', libyan: 'libya', sudanese: 'sudan', ethiopian: 'ethiopia',
  kenyan: 'kenya', colombian: 'colombia', argentine: 'argentina', argentinian: 'argentina', chilean: 'chile',
  peruvian: 'peru', haitian: 'haiti', belarusian: 'belarus', georgian: 'georgia', serbian: 'serbia',
};
const MONTHS_AND_DAYS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;
// Capitalised words that are almost never names on their own.
const NOT_NAMES = new Set(['i', 'i\'m', 'i\'ve', 'i\'d', 'i\'ll', 'ok', 'tv', 'pm', 'am', 'ad', 'bc']);
// A lower-case form this frequent in the background is a common word when it starts a sentence.
const COMMON_WORD_COUNT = 300;

interface Run {
  start: number;
  end: number;
  words: { text: string; start: number; end: number }[];
  /** the role words trimmed from the front ("Foreign Minister") */
  role?: string;
  sentenceInitial: boolean;
}

function findNames(text: string, taken: readonly (readonly [number, number])[]): NameMention[] {
  const runs: Run[] = [];
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
    const run = toRun(text, m.index, m[0]);
    if (!run) continue;
    if (taken.some(([s, e]) => run.start < e && run.end > s)) {
      // a date inside a capitalised run ("On May 10"): keep what precedes it
      continue;
    }
    runs.push(run);
  }
  const tags = tagRuns(runs.map((r) => runText(r)));
  const mentions: NameMention[] = [];
  const people = new Map<string, string>(); // surname → person key
  const demonymRe = new RegExp(`\\b(?:South Korean|North Korean|${Object.keys(DEMONYMS).map(cap).join('|')})\\b`, 'g');

  // first pass: classify each run on its own
  const classified = runs.map((run) => {
    const name = runText(run);
    const kind = classify(run, name, tags.get(name.toLowerCase()), text);
    return { run, name, kind };
  });
  for (const c of classified) {
    if (c.kind === 'person' && c.run.words.length >= 2) {
      const surname = c.run.words[c.run.words.length - 1]!.text.toLowerCase();
      if (!people.has(surname)) people.set(surname, c.name.toLowerCase());
    }
  }
  for (const { run, name, kind } of classified) {
    if (!kind) continue;
    let key = name.toLowerCase().replace(/’/g, "'");
    let finalKind: NameKind = kind;
    if (kind === 'place' || PLACE_ALIASES[key]) {
      key = PLACE_ALIASES[key] ?? key;
      finalKind = 'place';
    }
    // "Hayashi" after "Yoshimasa Hayashi" is the same person
    if (run.words.length === 1 && people.has(key) && finalKind !== 'place') {
      key = people.get(key)!;
      finalKind = 'person';
    }
    mentions.push({ kind: finalKind, key: `${finalKind === 'place' ? 'place' : 'name'}:${key}`, name, start: run.start, end: run.end, ...(run.role ? { role: run.role } : {}) });
  }
  // Keys of people and names share a namespace so "Hayashi" (name) and "Yoshimasa Hayashi"
  // (person) merge; settle each such key on the kind most of its mentions had.
  settleKinds(mentions);
  for (let m = demonymRe.exec(text); m; m = demonymRe.exec(text)) {
    const country = DEMONYMS[m[0].toLowerCase()];
    if (country) mentions.push({ kind: 'place', key: `place:${country}`, name: titleCase(country), start: m.index, end: m.index + m[0].length });
  }
  return mentions;
}

function settleKinds(mentions: NameMention[]): void {
  const votes = new Map<string, Map<NameKind, number>>();
  const display = new Map<string, string>();
  for (const m of mentions) {
    const v = votes.get(m.key) ?? new Map<NameKind, number>();
    // specific kinds outvote the unclassified 'name'
    v.set(m.kind, (v.get(m.kind) ?? 0) + (m.kind === 'name' ? 0.5 : 1));
    votes.set(m.key, v);
    const d = display.get(m.key);
    if (!d || m.name.length > d.length) display.set(m.key, m.name);
  }
  for (const m of mentions) {
    const v = [...votes.get(m.key)!.entries()].sort((a, b) => b[1] - a[1]);
    m.kind = v[0]![0];
    const base = m.key.slice(m.key.indexOf(':') + 1);
    m.key = `${m.kind}:${base}`;
    if (m.kind === 'place') m.name = titleCaseIfLower(display.get(`place:${base}`) ?? m.name);
  }
}

function cap(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
function titleCase(s: string): string {
  return cap(s);
}
function titleCaseIfLower(s: string): string {
  return s === s.toLowerCase() ? cap(s) : s;
}

function runText(run: Run): string {
  return run.words.map((w) => w.text).join(' ');
}

/** Trims a raw capitalised run: possessives, leading common words and titles, dates. */
function toRun(text: string, at: number, raw: string): Run | undefined {
  const words: { text: string; start: number; end: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    let w = m[0];
    // trailing sentence dot (not an initial or an abbreviation such as "U.S.")
    if (w.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(w) && !/^(?:mr|mrs|ms|dr|st|jr|sr|gen|lt|col|sen|rep|gov|prof)\.$/i.test(w)) {
      w = w.slice(0, -1);
    }
    w = w.replace(/['’]s$/, '').replace(/['’]$/, '');
    if (w) words.push({ text: w, start: at + m.index, end: at + m.index + w.length });
  }
  const sentenceInitial = isSentenceStart(text, at);
  let role: string[] = [];
  // leading words: sentence-initial common words ("The", "However"), titles, demonyms
  while (words.length > 0) {
    const first = words[0]!;
    const lower = first.text.toLowerCase().replace(/\.$/, '');
    const isFirstOfSentence = first.start === at && sentenceInitial;
    if (TITLES.has(lower) || (role.length > 0 && /^(?:foreign|defence|defense|interior|finance|state|general|deputy|former|acting|vice|prime)$/.test(lower))) {
      role.push(first.text);
      words.shift();
      continue;
    }
    if (DEMONYMS[lower] && words.length > 1 && (TITLES.has(words[1]!.text.toLowerCase()) || /^(?:foreign|defence|defense|prime|deputy|former)$/i.test(words[1]!.text))) {
      role.push(first.text);
      words.shift();
      continue;
    }
    if (isFirstOfSentence && words.length > 1 && isCommonWord(lower) && !PLACE_ALIASES[lower]) {
      words.shift();
      continue;
    }
    if (/^(?:foreign|defence|defense|deputy|former)$/.test(lower) && words.length > 1 && TITLES.has(words[1]!.text.toLowerCase())) {
      role.push(first.text);
      words.shift();
      continue;
    }
    break;
  }
  // trailing particles left by the pattern ("Bank of")
  while (words.length > 0 && /^(?:of|the|for|and|de|du|da|van|von|der|al|bin|la|le|del)$/.test(words[words.length - 1]!.text)) words.pop();
  if (words.length === 0) return undefined;
  // a month or weekday alone is a date, handled elsewhere
  if (words.every((w) => MONTHS_AND_DAYS.test(w.text))) return undefined;
  if (words.length === 1) {
    const lower = words[0]!.text.toLowerCase();
    if (NOT_NAMES.has(lower) || lower.length < 2) return undefined;
    if (DEMONYMS[lower] && role.length === 0) return undefined; // handled as a place mention
    const first = words[0]!.start === at && sentenceInitial;
    if (first && role.length === 0 && isCommonWord(lower) && !PLACE_ALIASES[lower]) return undefined;
    if (TITLES.has(lower)) return undefined;
  }
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  return { start, end, words, sentenceInitial: start === at && sentenceInitial, ...(role.length ? { role: role.join(' ') } : {}) };
}

function isCommonWord(lower: string): boolean {
  return backgroundCount(lower) >= COMMON_WORD_COUNT || /^(?:the|a|an|but|and|or|so|yet|in|on|at|as|if|for|with|after|before|when|while|this|that|these|those|there|it|he|she|they|we|his|her|their|its|our|however|meanwhile|still|also|then|although|though|because|since)$/.test(lower);
}

function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“‘'«(\[]/.test(text[i]!)) i--;
  return i < 0 || /[.!?…:\n]/.test(text[i]!);
}

interface RunTags {
  person: boolean;
  firstName: boolean;
  place: boolean;
  organisation: boolean;
}

/** Tags every distinct run in one compromise call (each run as its own line). */
function tagRuns(names: string[]): Map<string, RunTags> {
  const unique = [...new Set(names.map((n) => n.toLowerCase()))];
  const original = new Map<string, string>();
  for (const n of names) if (!original.has(n.toLowerCase())) original.set(n.toLowerCase(), n);
  const out = new Map<string, RunTags>();
  if (unique.length === 0) return out;
  const texts = unique.map((u) => original.get(u)!);
  const sentences = nlp(texts.join('.\n')).json({ terms: { tags: true } }) as { terms: { text: string; tags: string[] }[] }[];
  // compromise may merge or split lines; walk its terms and assign them back run by run
  const terms = sentences.flatMap((s) => s.terms);
  let t = 0;
  for (const [i, name] of texts.entries()) {
    const count = name.split(/\s+/).length;
    const tags = { person: false, firstName: false, place: false, organisation: false };
    for (let k = 0; k < count && t < terms.length; k++, t++) {
      const tg = terms[t]!.tags;
      if (tg.includes('Person') || tg.includes('LastName') || tg.includes('Honorific')) tags.person = true;
      if (tg.includes('FirstName') && k === 0) tags.firstName = true;
      if (tg.includes('Place') || tg.includes('Country') || tg.includes('City') || tg.includes('Region')) tags.place = true;
      if (tg.includes('Organization')) tags.organisation = true;
    }
    out.set(unique[i]!, tags);
  }
  return out;
}

const SPEECH_AFTER = /^[\s,]*(?:\(\w+\)\s*)?(?:said|says|told|added|argued|claimed|stated|wrote|noted|explained|warned|insisted|tweeted|asked|replied|who)\b/;

function classify(run: Run, name: string, tags: RunTags | undefined, text: string): NameKind | undefined {
  const words = run.words.map((w) => w.text);
  const lowerWords = words.map((w) => w.toLowerCase());
  const key = name.toLowerCase();
  if (PLACE_ALIASES[key] || PLACE_ALIASES[key.replace(/\.$/, '')]) return 'place';
  if (lowerWords.some((w) => ORG_WORDS.has(w.replace(/\.$/, '')))) return 'organisation';
  if (run.role) return 'person';
  const acronym = words.length === 1 && /^(?:\p{Lu}\.?){2,6}$/u.test(words[0]!);
  if (acronym) return 'organisation';
  if (tags?.place && !tags.person) return 'place';
  if (tags?.organisation) return 'organisation';
  const after = text.slice(run.end, run.end + 40);
  if (tags?.person || tags?.firstName) return 'person';
  if (words.length >= 2 && words.length <= 4 && SPEECH_AFTER.test(after)) return 'person';
  if (tags?.place) return 'place';
  return 'name';
}
