/**
 * Key facts: the people, organisations, places, numbers and dates an article turns on, built on
 * the shared entity index (src/analysis/text/entities.ts, which finds names cheaply from
 * capitalised runs and consults compromise only on those). We keep the few that recur or come
 * early, each with its count and the offsets of its first mention in the input as given.
 */
import type { Doc } from '../text/doc.js';
import { extractEntities, type Entity, type EntityKind } from '../text/entities.js';

export interface Fact {
  /** display form: the fullest name seen, or the number/date as written first */
  text: string;
  kind: EntityKind;
  count: number;
  /** first mention, offsets into doc.input */
  start: number;
  end: number;
  /** people: a title or role written next to the name */
  role?: string;
}

export interface Facts {
  people: Fact[];
  organisations: Fact[];
  places: Fact[];
  numbers: Fact[];
  dates: Fact[];
}

export const FACT_LIMITS = { people: 5, organisations: 4, places: 4, numbers: 5, dates: 3 } as const;

/** Names matter by how often they recur; a name met once late in the piece is background. */
function rankNames(entities: readonly Entity[], doc: Doc, limit: number): Entity[] {
  const length = Math.max(doc.text.length, 1);
  const weight = (e: Entity) => e.count + (1 - e.mentions[0]!.start / length);
  return entities
    .filter((e) => e.count > 1 || e.mentions[0]!.start < length * 0.25)
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, limit);
}

/** Numbers and dates rarely repeat: the early ones (the lead's figures) are the key ones. */
function rankByPosition(entities: readonly Entity[], limit: number): Entity[] {
  const priority = (e: Entity) => (e.kind === 'money' || e.kind === 'percent' ? 0 : 1);
  return [...entities]
    .sort((a, b) => b.count - a.count || priority(a) - priority(b) || a.mentions[0]!.start - b.mentions[0]!.start)
    .slice(0, limit)
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function toFact(doc: Doc, e: Entity): Fact {
  const first = e.mentions[0]!;
  const [start, end] = doc.toInput(first.start, first.end);
  const isName = e.kind === 'person' || e.kind === 'organisation' || e.kind === 'place' || e.kind === 'name';
  return {
    text: isName ? e.name : doc.input.slice(start, end).replace(/\s+/g, ' '),
    kind: e.kind,
    count: e.count,
    start,
    end,
    ...(e.role ? { role: e.role } : {}),
  };
}

export function keyFacts(doc: Doc): Facts {
  const index = extractEntities(doc);
  const facts = (list: Entity[]) => list.map((e) => toFact(doc, e));
  return {
    people: facts(rankNames(index.people, doc, FACT_LIMITS.people)),
    organisations: facts(rankNames(index.organisations, doc, FACT_LIMITS.organisations)),
    places: facts(rankNames(index.places, doc, FACT_LIMITS.places)),
    numbers: facts(rankByPosition(index.numbers, FACT_LIMITS.numbers)),
    dates: facts(rankByPosition(index.dates, FACT_LIMITS.dates)),
  };
}
