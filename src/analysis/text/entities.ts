/**
 * Entities an article turns on: people, organisations, places, amounts of money, percentages,
 * counts with units, and dates — each with every mention's offsets (into `doc.text`; convert
 * with `doc.toInput`) and a count.
 *
 * Names are found as runs of capitalised words, cheaply, with rules; what compromise knows about
 * names (its lexicon of first names, surnames, countries, cities, organisations, place and
 * organisation words) is consulted for those runs only: running its tagger over a whole article
 * costs ~100 ms per 1,000 words, and even per run it costs ~0.5 ms. Numbers and dates are plain
 * patterns.
 */
import type { Doc } from './doc.js';
import { findDates, type DateParts } from './dates.js';
import { findNumbers } from './numbers.js';
import { findNames, type NameKind } from './names.js';

export type { NameKind } from './names.js';
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
  const taken: (readonly [number, number])[] = dates.map((d) => [d.start, d.end] as const);
  for (const n of findNumbers(doc.text)) {
    if (taken.some(([s, e]) => n.start < e && n.end > s)) continue;
    taken.push([n.start, n.end]);
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

