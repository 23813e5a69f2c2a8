/**
 * What the words around a name say about it being a place. A name unknown to the lexicon
 * ("Qeshm") or one that reads like a person's ("Bandar Abbas": a first name and a surname in
 * compromise's lists) is a place when news prose frames it as one: "the port city of X",
 * "X island", "near X", "58km south-west of X", "X, Iran". Plain string tests on a few
 * characters either side of the run: no tagger runs.
 */

// A common noun of settlement or geography written (lower-case) right after a name: "Qeshm island".
// "town hall" and "city hall" are buildings named after nobody in particular, so they are left out.
const PLACE_NOUN_AFTER = /^[ \u00A0]+(?:island|islands|province|port|city|county|district|region|village|town|township|prefecture|governorate|peninsula|valley|coast|archipelago|atoll)\b(?![ \u00A0]+(?:hall|council|centre|center)\b)/;
// The same nouns before "of": "the port city of X", "the island of X", "the capital of X".
const PLACE_NOUN_OF = /\b(?:island|islands|province|port|city|county|district|region|village|town|township|prefecture|governorate|peninsula|capital|suburbs?|outskirts|municipality|state)[ \u00A0]+of[ \u00A0]+$/;
// Prepositions and phrases that only take places: "near X", "off X", "north of X", "58km from X".
const PLACE_PREP = /(?:\b(?:near|outside|nearby)|\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)[ \u00A0]+of|\b(?:km|kilometres|kilometers|miles)\)?[ \u00A0]+(?:from|of))[ \u00A0]+$/;
// …and "in", "across", "around", "towards", which take places mostly (used for names the lexicon does not know).
const WEAK_PLACE_PREP = /\b(?:in|across|around|towards?|off)[ \u00A0]+$/;

/**
 * A strong place cue around text[start, end): one that outweighs the name lexicon. The name must
 * not be a possessive ("near Obama's home" is about a home).
 */
export function strongPlaceCue(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (/^['’]/.test(after)) return false;
  if (PLACE_NOUN_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  return PLACE_NOUN_OF.test(before) || PLACE_PREP.test(before);
}

/** A weak place cue: "in X" (enough for a name the lexicon does not know). */
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
