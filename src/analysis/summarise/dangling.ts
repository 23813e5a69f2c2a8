/**
 * Dangling openings: a summary that starts with "He said…", "But…" or "This…" points at
 * context the reader was not given (Zhang, Wan & Bansal 2022). We detect them so the selector
 * can pull in the antecedent or pick another opening sentence.
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
  // "The latter", "The former", "The two", "Both of them"
  return /^[^\p{L}]*(?:the (?:latter|former|same|two|three|pair|couple)\b|both of them\b|another\b|other\b)/iu.test(text);
}
