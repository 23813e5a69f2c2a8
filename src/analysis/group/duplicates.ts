/**
 * Near-identical texts (wire copy republished, a story re-posted with a new line at the end):
 * most of the shorter text's word trigrams also occur in the longer one.
 */

export type Shingles = Set<string>;

export function shingles(text: string): Shingles {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: Shingles = new Set();
  for (let i = 2; i < words.length; i++) out.add(`${words[i - 2]} ${words[i - 1]} ${words[i]}`);
  return out;
}

/** Share of the smaller set's trigrams found in the other (0 when either is empty). */
export function containment(a: Shingles, b: Shingles): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}
