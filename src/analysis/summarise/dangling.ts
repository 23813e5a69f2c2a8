/**
 * Dangling openings: a summary that starts with "He said…", "But…" or "This…" points at
 * context the reader was not given (Zhang, Wan & Bansal 2022). So does a second reference in
 * news style: "The 23-year-old…", "The firm said…", "Mr Hollis told…" name someone introduced
 * earlier. We detect them so the selector can pull in the antecedent or pick another opening.
 */

const PRONOUNS = new Set(
  'he she they it its his her hers their theirs them him this these those that such there'.split(' '),
);
const CONNECTIVES = new Set(
  ('but however also meanwhile still yet and so then although though instead moreover furthermore besides ' +
    'nevertheless nonetheless thus therefore hence otherwise likewise similarly additionally indeed or nor ' +
    'because while whereas later afterwards subsequently consequently accordingly finally').split(' '),
);
// "There is/are/was…" is an existential, not a pointer back; "That" as a determiner or
// conjunction is too ambiguous to trust at the start, so it counts as dangling (as "this").
const NOT_DANGLING_AFTER_THERE = /^there\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|seem|appear)/i;

/** The first word of a sentence, lower-cased, skipping quotation marks, brackets and dashes. */
export function openingWord(text: string): string {
  const m = /^[^\p{L}\p{N}]*([\p{L}]+)/u.exec(text);
  return m ? m[1]!.toLowerCase() : '';
}

export function isDanglingOpening(text: string): boolean {
  const first = openingWord(text);
  if (first === 'there') return !NOT_DANGLING_AFTER_THERE.test(text.replace(/^[^\p{L}]*/u, ''));
  if (PRONOUNS.has(first) || CONNECTIVES.has(first)) return true;
  // "The latter", "The former", "The two", "Both of them", "The 23-year-old"
  if (/^[^\p{L}]*(?:the (?:latter|former|same|two|three|pair|couple|\d+-year-old)\b|both of them\b|another\b|other\b)/iu.test(text)) return true;
  if (/^[^\p{L}]*(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[\p{L}'’-]+\s+\p{Ll}/u.test(text)) return true;
  return opensWithEpithet(text);
}

// Role nouns that news uses for a person or body already named ("The star will play…",
// "The firm said…").
const EPITHETS = new Set(
  ('firm company club star singer actor actress player striker midfielder defender forward winger boy girl man woman ' +
    'victim duo trio side team boss manager coach veteran teenager youngster').split(' '),
);
// Words that can follow such a noun as its verb: auxiliaries and reporting verbs.
const VERB_AFTER_EPITHET = new Set(
  ('is are was were has have had will would can could may might must should did does do said says told added ' +
    'also admitted insisted denied revealed').split(' '),
);

/**
 * "The <role noun>" as the subject of the opening clause points back to someone named earlier;
 * with a modifier it can be a first mention ("The man accused of the attack…", "The firm
 * behind…"), so the noun must be followed by its verb: an auxiliary, a reporting verb, or a
 * past tense that takes no preposition after it ("The firm bought…", not "The man accused of…").
 */
function opensWithEpithet(text: string): boolean {
  const m = /^[^\p{L}]*the\s+(\p{L}+)\s+(\p{L}+)(?:\s+(\p{L}+))?/iu.exec(text);
  if (!m || !EPITHETS.has(m[1]!.toLowerCase())) return false;
  const next = m[2]!.toLowerCase();
  if (VERB_AFTER_EPITHET.has(next)) return true;
  const after = m[3]?.toLowerCase() ?? '';
  return /^\p{Ll}+ed$/u.test(m[2]!) && !PARTICIPLE_PREPOSITIONS.has(after);
}

const PARTICIPLE_PREPOSITIONS = new Set('of by in for at on to over after from with as into under'.split(' '));
