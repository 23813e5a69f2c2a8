/**
 * Conflicts: the same quantity, date or name stated differently by the two pieces.
 *
 * Figures and dates are compared only inside aligned sentence pairs (sentences that report the
 * same thing), so "$5.5 billion in aid" and "$320 billion in spending" never clash. Names are
 * compared across the pieces: two spellings of one person's name, or one surname with two first
 * names. Each conflict is classified: rounding (values within a few per cent, or one hedged
 * with "about"), likely update (running tallies such as deaths or arrests that grow as a story
 * develops), otherwise contradiction.
 */
import type { Entity, EntityMention } from '../text/entities.js';
import { stemOf } from '../text/terms.js';
import { anchor, type Piece } from './piece.js';
import type { Alignment } from './align.js';
import type { Conflict, ConflictClass } from './types.js';

// Counted things whose figures change as a story develops.
const TALLY_UNITS = new Set(
  ['death', 'dead', 'killed', 'people', 'person', 'injured', 'wounded', 'casualties', 'victims', 'arrests', 'arrested',
    'cases', 'missing', 'evacuated', 'displaced', 'homes', 'buildings', 'votes', 'signatures', 'troops', 'soldiers',
    'civilians', 'refugees', 'fatalities', 'infections', 'hospitalised', 'hospitalized'].map(stemOf),
);

export function findConflicts(a: Piece, b: Piece, alignment: Alignment): Conflict[] {
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const pair of alignment.pairs) {
    const numsA = entityMentionsIn(a, pair.a, isNumber);
    const numsB = entityMentionsIn(b, pair.b, isNumber);
    for (const x of numsA) {
      for (const y of numsB) {
        if (x.e.quantityKey !== y.e.quantityKey || x.e.value === y.e.value) continue;
        if (numsB.some((z) => z.e.key === x.e.key) || numsA.some((z) => z.e.key === y.e.key)) continue; // both also state the other's figure
        push('number', classifyNumbers(x.e, y.e), x.m, y.m, pair.a, pair.b);
      }
    }
    const datesA = entityMentionsIn(a, pair.a, (e) => e.kind === 'date' && isAbsolute(e));
    const datesB = entityMentionsIn(b, pair.b, (e) => e.kind === 'date' && isAbsolute(e));
    for (const x of datesA) {
      for (const y of datesB) {
        if (x.e.key === y.e.key || !comparableDates(x.e, y.e)) continue;
        if (datesB.some((z) => z.e.key === x.e.key) || datesA.some((z) => z.e.key === y.e.key)) continue;
        push('date', 'contradiction', x.m, y.m, pair.a, pair.b);
      }
    }
  }
  const partsB = b.entities.people.map((y) => nameParts(y.name));
  for (const x of a.entities.people) {
    const px = nameParts(x.name);
    for (const [j, y] of b.entities.people.entries()) {
      if (x.key === y.key || !partsConflict(px, partsB[j]!)) continue;
      if (b.entities.byKey.has(x.key) || a.entities.byKey.has(y.key)) continue;
      push('name', 'contradiction', x.mentions[0]!, y.mentions[0]!, x.mentions[0]!.sentence, y.mentions[0]!.sentence);
    }
  }
  return out;

  function push(kind: Conflict['kind'], cls: ConflictClass, ma: EntityMention, mb: EntityMention, sa: number, sb: number): void {
    const id = `${kind}:${ma.start}:${mb.start}`;
    if (seen.has(id)) return;
    seen.add(id);
    const ra = a.spanRef(ma.start, ma.end);
    const rb = b.spanRef(mb.start, mb.end);
    out.push({ kind, class: cls, a: ra, b: rb, aSentence: a.sentenceRef(sa), bSentence: b.sentenceRef(sb), evidence: `${anchor(ra)} ≠ ${anchor(rb)}` });
  }
}

function entityMentionsIn(p: Piece, sentence: number, pick: (e: Entity) => boolean): { e: Entity; m: EntityMention }[] {
  return (p.mentionsBySentence[sentence] ?? []).filter(({ e }) => pick(e));
}

const isNumber = (e: Entity): boolean => e.kind === 'money' || e.kind === 'percent' || e.kind === 'quantity';

export function classifyNumbers(x: Entity, y: Entity): ConflictClass {
  const vx = x.value ?? 0;
  const vy = y.value ?? 0;
  const rel = Math.abs(vx - vy) / Math.max(Math.abs(vx), Math.abs(vy), 1e-9);
  if (rel <= 0.05 || ((x.approximate || y.approximate) && rel <= 0.15) || (rel <= 0.1 && (isRoundingOf(vx, vy) || isRoundingOf(vy, vx)))) {
    return 'rounding';
  }
  if (x.kind === 'quantity' && x.unit && TALLY_UNITS.has(stemOf(x.unit))) return 'likely update';
  return 'contradiction';
}

/** Is `rounded` what `exact` becomes at one or two significant figures? (3.47 → 3.5, 1,487 → 1,500) */
function isRoundingOf(rounded: number, exact: number): boolean {
  if (rounded === 0 || exact === 0) return false;
  for (const digits of [1, 2]) {
    const mag = 10 ** (Math.floor(Math.log10(Math.abs(exact))) - digits + 1);
    if (Math.abs(Math.round(exact / mag) * mag - rounded) < mag * 1e-6) return true;
  }
  return false;
}

function isAbsolute(e: Entity): boolean {
  return !!e.date && !e.date.relative && !e.date.weekday;
}

/** Dates conflict only when they state the same parts (a day vs a day, a year vs a year). */
function comparableDates(x: Entity, y: Entity): boolean {
  const dx = x.date!;
  const dy = y.date!;
  if ((dx.day === undefined) !== (dy.day === undefined)) return false;
  if (dx.month !== undefined && dy.month !== undefined) {
    if (dx.year !== undefined && dy.year !== undefined) return true;
    return dx.year === undefined && dy.year === undefined;
  }
  return dx.month === undefined && dy.month === undefined && dx.year !== undefined && dy.year !== undefined;
}

/** Two full names of one person: same surname with different first names, or a near-miss spelling. */
export function namesConflict(x: string, y: string): boolean {
  return partsConflict(nameParts(x), nameParts(y));
}

interface NameParts {
  name: string;
  parts: string[];
  /** lower-cased parts joined by single spaces */
  joined: string;
}

function nameParts(name: string): NameParts {
  const parts = name.toLowerCase().split(/\s+/);
  return { name, parts, joined: parts.join(' ') };
}

// Called for every pair of people across two pieces (tens of thousands for long pieces), so the
// cheap tests come before any edit distance.
function partsConflict({ name: x, parts: px, joined: jx }: NameParts, { name: y, parts: py, joined: jy }: NameParts): boolean {
  if (px.length < 2 || py.length < 2) return false;
  const lastX = px[px.length - 1]!;
  const lastY = py[py.length - 1]!;
  if (lastX === lastY) {
    const fx = px[0]!.replace(/\.$/, '');
    const fy = py[0]!.replace(/\.$/, '');
    // "J. Brown" and "Jeff Brown" agree; "Bill" and "Hillary" do not — but they may be two people
    // (relatives), so only near-miss first names count as a conflict.
    if (fx === fy || fx.length === 1 || fy.length === 1 || fx.startsWith(fy) || fy.startsWith(fx)) return false;
    return editDistance(fx, fy) <= (Math.min(fx.length, fy.length) >= 5 ? 2 : 1) && Math.min(fx.length, fy.length) >= 3;
  }
  if (px[0] !== py[0] || Math.min(x.length, y.length) < 8 || Math.abs(jx.length - jy.length) > 2) return false;
  const full = editDistance(jx, jy);
  return full >= 1 && full <= 2;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
