/**
 * A plain noun phrase as the source of a report when the speaker reader finds no name, role or
 * document in it: `Several GOP elders agreed …`, `The inquiry found …`, `Their experience shows …`,
 * `Editorial pages across the country warned …`. News attribution (and PolNeAR) credits such
 * groups, bodies and findings; the phrase is shown as written, as an unnamed source.
 */
import { isAttributionVerb, isReportingVerb } from './cues.js';
import type { Token } from './names.js';
import type { SpeakerPhrase } from './speakers.js';

const OPENER = /^(?:the|a|an|this|these|those|its|their|his|her|our|my|your|some|many|most|several|both|all|few|each|every|one|two|three|four|five|six|seven|eight|nine|ten|no|other|another|such|\d[\d,.%]*)$/i;
/** Words that show the stretch is a clause or an adjunct, not one noun phrase. */
const NOT_IN_PHRASE = /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|could|can|should|may|might|must|who|whom|which|that|what|when|where|why|how|if|because|while|although|though|as|than|not|n't|he|she|they|we|i|you|it|there|me|him|them|us|and|or|but|so|then|also|just|even|still|to)$/i;
/** Capitalised words that open an adjunct or a clause, not a noun phrase. */
const FUNCTION_OPENER = /^(?:in|on|at|for|from|with|without|by|about|after|before|during|despite|since|until|unlike|like|under|over|among|amid|through|throughout|across|against|beyond|if|when|while|whether|although|though|because|as|once|only|even|just|also|then|now|so|yet|still|here|there|thus|meanwhile|however|instead|perhaps|maybe|indeed|but|and|or|nor|not|never|what|how|why|where|who|which|it|this|that)$/i;

/**
 * Is the verb toks[vi] a report of a noun-phrase subject? A present or base form that could be a
 * noun (`terror attacks in Paris`, `the morning shows`, `a staff call`) must be followed by a
 * clause or an object opener; a passive (`is expected`, `was admitted`) and a particle
 * (`shot back`, `backed off`) are no reports of the phrase.
 */
export function verbOfPhrase(toks: readonly Token[], vi: number): boolean {
  const v = toks[vi]!.text.toLowerCase();
  // the auxiliary before the verb, past an adverb (`has been widely condemned`)
  let pi = vi - 1;
  while (pi > 0 && /^\p{Ll}+ly$/u.test(toks[pi]!.text)) pi--;
  const prev = toks[pi]?.text.toLowerCase() ?? '';
  const next = toks[vi + 1]?.text.toLowerCase() ?? '';
  if (/^(?:seem|seems|seemed|appear|appears|appeared)$/.test(v)) return false;
  if (/^(?:back|off|up|down|out|away|in)$/.test(next)) return false;
  // `say` and `tell` are never nouns: any clause may follow them
  if (/^(?:say|says|said|tell|tells|told)$/.test(v)) return !/^(?:is|are|was|were|be|been|being)$/.test(prev);
  const past = /ed$/.test(v) || /^(?:said|told|found|thought|knew|saw|wrote|spoke|sought|taught|held|made)$/.test(v);
  if (past) return !/^(?:is|are|was|were|be|been|being)$/.test(prev);
  // (an object pronoun after it makes it a verb: `Video of the incident shows him …`)
  return /^(?:that|whether|if|how|what|why|who|to|he|she|they|it|we|i|there|a|an|the|his|her|their|its|this|these|those|him|them|us|me)$/.test(next);
}

/** Irregular past forms: a noun phrase has none (`The campaign made (plans)`). */
export const IRREGULAR_PAST = /^(?:made|took|gave|got|went|came|held|had|did|put|set|ran|won|lost|left|kept|sent|spent|brought|became|began|grew|drew|built|bought|paid|met|led|meant|felt|stood|sat|hit|cut|let|chose|rose|fell|broke|wore|drove|threw|struck|sold|taught|caught|fought)$/;

/** Participles that describe a document inside its noun phrase (`a memo obtained by …`, `a report released Tuesday`). */
const DOCUMENT_PARTICIPLE = /^(?:filed|released|published|issued|obtained|posted|dated|sent|circulated|leaked|unsealed|submitted|distributed)$/;

/** Adjectives that open a plural source (`elected officials from both parties`, `senior aides`). */
const ADJECTIVE_OPENER = /^(?:elected|senior|top|former|local|federal|foreign|leading|prominent|independent|veteran|political|military|legal|economic|health|public|party|campaign|congressional|administration|government|intelligence|law|white|black|hispanic|latino|young|older|other|some|many)$/i;

/** Words a noun phrase cannot end with. */
const BAD_LAST = /^(?:of|in|on|at|for|from|with|by|about|into|over|under|after|before|during|the|a|an|this|that|these|those|its|their|his|her|our|my|your|some|many|most|several|both|all|few|each|every|no|other|another|such|very|more|less|new|former|own)$/i;

/**
 * The noun phrase toks[a..b] (inclusive), or null when it does not look like one: short, opened by
 * a determiner, a capitalised word or a plural noun, with no verb, pronoun or clause word in it.
 */
export function nounPhraseSubject(text: string, toks: readonly Token[], a: number, b: number, long = false): SpeakerPhrase | null {
  // (a source of `said` may be described at length: `A person familiar with the planning for the meeting says`)
  if (a < 0 || b < a || b - a > (long ? 11 : 7)) return null;
  const first = toks[a]!.text;
  const last = toks[b]!.text;
  // `Some said …`, `Many believe …`, `those surveyed say …`: a quantifier or a group of respondents
  if ((a === b && /^(?:some|many|most|others|several|both|all|few)$/i.test(first)) || (b === a + 1 && /^(?:those|people|voters|respondents|adults|americans)$/i.test(first) && /^(?:surveyed|polled|questioned|interviewed|asked|sampled)$/i.test(last))) {
    return { type: 'unnamed', mention: text.slice(toks[a]!.start, toks[b]!.end), start: toks[a]!.start, end: toks[b]!.end, role: null };
  }
  if (!OPENER.test(first) && !/^\p{Lu}/u.test(first) && !/^\p{Ll}{3,}s$/u.test(first) && !ADJECTIVE_OPENER.test(first)) return null;
  // `With about 400 scripted shows …`, `Only time will tell`, `Building support …`: an adjunct or a clause opens
  if (FUNCTION_OPENER.test(first) || /^\p{L}+ing$/u.test(first)) return null;
  // `4,051 pledged delegates`: a bare number is no source
  if (/^\d/.test(first) && a === b) return null;
  if ((BAD_LAST.test(last) && !/^her$/i.test(last)) || (/^\p{Ll}+ly$/u.test(last) && !/^(?:rally|ally|family|assembly|supply|monopoly|anomaly|reply)$/.test(last)) || !/^[\p{L}\p{N}%]/u.test(last)) return null;
  for (let k = a; k <= b; k++) {
    const w = toks[k]!.text;
    // (`a source close to him`: an object pronoun after a preposition stays inside the phrase)
    const objectPronoun = /^(?:him|her|them|it)$/i.test(w) && k === b && /^(?:to|of|with|for)$/i.test(toks[k - 1]?.text ?? '');
    // (`a source close to the mayor`, `an adviser to Clinton`: `to` after these is a preposition)
    const prepositionTo = /^to$/i.test(w) && /^(?:close|closest|next|loyal|allied|near|adviser|advisers|advisor|advisors|aide|aides|spokesman|spokeswoman|spokesperson|ambassador|envoy|counsel|successor|assistant|assistants|heir|sources?)$/i.test(toks[k - 1]?.text ?? '');
    // (`the head of the delegation to the talks`: an infinitive `to` never takes a determiner)
    const toDetermined = /^to$/i.test(w) && k > a && k < b && /^(?:the|a|an)$/i.test(toks[k + 1]!.text);
    if (NOT_IN_PHRASE.test(w) && !objectPronoun && !prepositionTo && !toDetermined && !(/^and$/i.test(w) && k > a + 1 && k < b && coordinatedObject(toks, k))) return null;
    if (/^[,;:()“”"‘—–]$/.test(w)) return null;
    // a verb inside means a clause: `messages discovered on …`, `Roger Ailes helped (found)`, `Gallup finds (states)`
    // (a base form is a noun here: `a state official`, `the support staff`)
    // (`the planning for …`: a gerund after a determiner is a noun; `A court document filed Thursday`,
    // `a memo obtained by the Post`: a document's participle is part of its description)
    if (/^\p{Ll}+ing$/u.test(w) && /^(?:the|a|an|his|her|their|its|our)$/i.test(toks[k - 1]?.text ?? '')) continue;
    if (k > a && k < b && DOCUMENT_PARTICIPLE.test(w) && !/^(?:the|a|an|his|her|their|its|him|them|it|us|me)$/i.test(toks[k + 1]!.text)) continue;
    // (`People briefed on the talks`, `officials involved in the case`: a participle after a head naming persons, then a preposition)
    if (k > a && k < b - 1 && /^(?:briefed|involved|based|employed|interviewed|quoted|polled|surveyed|close)$/i.test(w) && /^(?:people|persons|officials|sources|aides|diplomats|lawmakers|analysts|experts|staff|staffers|officers|residents|voters|members|advisers|advisors)$/i.test(toks[k - 1]!.text) && /^(?:on|in|at|by|with|about|for)$/i.test(toks[k + 1]!.text)) continue;
    if (k > a && /^\p{Ll}/u.test(w) && (/^\p{Ll}+ed$/u.test(w) || IRREGULAR_PAST.test(w) || /^(?:said|says|told|thought|knew|wrote|saw)$/.test(w) || ((isReportingVerb(w) || isAttributionVerb(w)) && /(?:s|ed|ing|[^aeiou]t)$/.test(w) && !/^(?:state|report|support|statement|comment|view|plan|call|claim|vote|attack|push|record|figure|survey)$/.test(w)))) return null;
  }
  const start = toks[a]!.start;
  const end = toks[b]!.end;
  return { type: 'unnamed', mention: text.slice(start, end), start, end, role: null };
}

/** Is the `and` at toks[k] inside a source's `NOUN of/on X and Y` (a preposition after a noun, shortly before)? */
export function coordinatedObject(toks: readonly Token[], k: number): boolean {
  for (let p = k - 1; p >= 1 && p >= k - 4; p--) {
    const w = toks[p]!.text;
    if (/^[,;:—–“”"]$/.test(w) || /^(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do)$/i.test(w) || /^(?:that|who|which|he|she|they|it|we)$/i.test(w)) return false;
    if (!/^(?:of|on|in|from|for|at)$/i.test(w)) continue;
    const head = toks[p - 1]!.text;
    if (isReportingVerb(head) || isAttributionVerb(head) || /^\p{Ll}+(?:ed|ing|ly)$/u.test(head)) return false;
    return /^\p{Lu}/u.test(head) || /^\p{Ll}{3,}s$/u.test(head) || /^(?:head|chief|chairman|chairwoman|director|leader|member|president|secretary|governor|mayor|minister|spokesman|spokeswoman)$/i.test(head);
  }
  return false;
}
