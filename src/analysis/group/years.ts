/**
 * The years an article mentions ("in 2008", "Dec. 5, 2012", "the 2016 election").
 *
 * A stand-in for publication time when a collection has none: news reports state or imply the
 * year of their event, so two look-alike events (two earthquakes, two budget votes) from
 * different years mostly mention different years, while reports of one event share them.
 */

/** Four-digit years of the last and this century, not part of a sum, a percentage or a longer number. */
const YEAR = /(?<![\p{L}\p{N}$£€¥.,:])(19[5-9]\d|20\d\d)(?![\p{N}%]|[.,:]\d|s\b)/gu;

export function yearsMentioned(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(YEAR)) out.add(Number(m[1]));
  return out;
}

/**
 * How two articles' years agree: the rarity of the rarest year they share (0 when none, or only
 * years most of the collection mentions), and whether both mention years but none in common.
 */
export function yearAgreement(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): { shared: number; disjoint: boolean } {
  let shared = 0;
  let any = false;
  for (const [y, rarity] of a) {
    if (!b.has(y)) continue;
    any = true;
    shared = Math.max(shared, rarity);
  }
  return { shared, disjoint: !any && a.size > 0 && b.size > 0 };
}
