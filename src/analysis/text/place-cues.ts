/**
 * What the words around a name say about it being a place, for names the lexicon does not settle:
 * "off X", "in X", and "X, Iran" (a name followed by a comma and a known country or region, as
 * datelines and addresses write it). Plain string tests on a few characters either side of the
 * run: no tagger runs. Stronger cues ("the port city of X", "X island", "58km south-west of X")
 * were tried and left out: see classify() in names.ts.
 */

// Prepositions that mostly take places ("in X", "near X", "off X"); used for names the lexicon does not know.
const WEAK_PLACE_PREP = /\b(?:in|near|outside|across|around|towards?|off)[ \u00A0]+$/;

/** A weak place cue: "in X", "off X" (enough for a name the lexicon does not know). */
export function weakPlaceCue(text: string, start: number): boolean {
  return WEAK_PLACE_PREP.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * A name followed by a comma and a known place, as datelines and addresses write it:
 * "Malibu, California", "Qeshm, Iran". `isPlace` says whether a run of words is a known place.
 * The place must end the phrase ("Qeshm, Iran, on Sunday"), not start a possessive or a list of
 * names ("Kerry, Iran's …").
 */
export function placeAfterComma(text: string, end: number, isPlace: (words: string) => boolean): boolean {
  const m = /^,[ \u00A0]+(\p{Lu}[\p{L}.]*(?:[ \u00A0]+\p{Lu}[\p{L}.]*){0,2})(?=[,.;:)\n]|$|[ \u00A0]+(?:[-–—]|on|at|in|state|province)(?![\p{L}]))/u.exec(text.slice(end, end + 40));
  if (!m) return false;
  return isPlace(m[1]!.replace(/[ \u00A0]+/g, ' ').toLowerCase());
}
