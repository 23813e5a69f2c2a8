/**
 * Sentences that open before their quotation: `If the bill passes, he said, “it will …”` or
 * `The program, known as the RFS, “has been a disaster,” he said.` The words before the quote (and
 * round the attribution) are the speaker's too, so the report is mixed and starts with the sentence.
 * An adjunct that sets the scene (`In an interview, he said, “…”`, `Asked about it, …`) is the
 * writer's, and the quote stays direct.
 */
import { isReportingVerb } from './cues.js';
import { tokens } from './names.js';

/** First words of a scene-setting adjunct: prepositions, subordinators of time, participles, sentence adverbs. */
const SCENE_OPENER = /^(?:in|on|at|during|after|before|as|while|when|whenever|since|from|with|without|via|through|following|amid|until|by|to|for|of|about|asked|speaking|responding|referring|reflecting|turning|pressed|later|earlier|still|now|then|also|additionally|meanwhile|instead|again|yet|and|but|so|or|quite|indeed|finally|first|second|third|last|moreover|however|here|there,|similarly|likewise|separately|elsewhere|back|over|under|outside|inside|like|unlike|despite|according|addressing|describing|asked|told)$/i;

/** Conditions and alternatives that the speaker states (`If …`, `Unless …`, `Whether …`): part of the words. */
const CONDITION_OPENER = /^(?:if|unless|whether|once|sooner)$/i;

/**
 * Is text[from, to) (the sentence before the attribution or the quote, ending in a comma) part of
 * the quoted sentence? `quoteStartsLower`: the quotation goes on in lower case (`…, “has been …`),
 * so it completes a clause begun before it.
 */
export function opensQuotedSentence(text: string, from: number, to: number, quoteStartsLower: boolean): boolean {
  const lead = text.slice(from, to);
  if (!/,\s*$/.test(lead) || /[“”"«»]|\s['‘]|['’]\s|''/.test(lead)) return false;
  const toks = tokens(text, from, to).filter((t) => /^[\p{L}\p{N}]/u.test(t.text));
  if (toks.length < 2 || !/^\p{Lu}/u.test(toks[0]!.text)) return false;
  // `Asked …, X said`, `A few minutes later, …`, `Speaking to reporters, …`: the scene, not the words
  if (/\b(?:later|earlier|ago|afterward|afterwards|first|yesterday|today|tonight)\s*,\s*$/i.test(lead)) return false;
  // another attribution in the lead (`X replied, …`, `…, saying`) is a cue of its own, not content
  if (toks.some((t) => /^\p{Ll}/u.test(t.text) && isReportingVerb(t.text))) return false;
  const first = toks[0]!.text;
  if (CONDITION_OPENER.test(first)) return true;
  // a concession with a clause of its own (`While confidence is at its highest, he said, “…”`) is the
  // speaker's too; `While campaigning in Iowa, …` sets the scene
  if (/^(?:while|although|though|whereas)$/i.test(first) && toks.slice(1, 5).some((t) => /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|does|did)$/.test(t.text))) return true;
  if (SCENE_OPENER.test(first) || /^\p{L}+ing$/u.test(first)) return false;
  return quoteStartsLower;
}
