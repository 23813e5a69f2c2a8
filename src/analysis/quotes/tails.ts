/**
 * Small readings around an attribution that the main pass in index.ts calls: a tail clause of a
 * name and a bare verb, nouns that look like verbs, and the heads of descriptions and documents
 * that resolution treats as mentions of someone or something already named.
 */
import { isVerbForm, type Token } from './names.js';
import { readObjectSpeaker, readSubject, type SpeakerPhrase } from './speakers.js';

/**
 * `“…?” Hannity pressed.`, `“…,” reacted Trump.`: a clause that is only a name and one past-tense
 * verb, ending right there, attributes the quote whatever the verb (the lexicon lacks most of them).
 */
export function attributionVerb(text: string, toks: readonly Token[], k: number, to: number): { phrase: SpeakerPhrase; cue: string; at: number } | null {
  const end = toks.findIndex((t, x) => x >= k && /^[.,;!?]$/.test(t.text));
  const last = end < 0 ? toks.length : end;
  if (last - k < 2 || last - k > 5 || (end < 0 && toks[toks.length - 1]!.end < to - 1)) return null;
  const first = toks[k]!;
  const lastTok = toks[last - 1]!;
  // subject then verb
  if (/^\p{Ll}+ed$/u.test(lastTok.text) && isVerbForm(lastTok.text) && /^\p{Lu}/u.test(first.text)) {
    const phrase = readSubject(text, first.start, toks[last - 2]!.end);
    if (phrase && phrase.type === 'person' && phrase.start === first.start) return { phrase, cue: lastTok.text, at: phrase.start };
  }
  // verb then subject
  if (/^\p{Ll}+ed$/u.test(first.text) && isVerbForm(first.text) && /^\p{Lu}/u.test(toks[k + 1]!.text)) {
    const phrase = readObjectSpeaker(text, toks[k + 1]!.start, lastTok.end);
    if (phrase && phrase.type === 'person' && phrase.end === lastTok.end) return { phrase, cue: first.text, at: phrase.start };
  }
  return null;
}

/** `the report`, `Sanders’ comments`, `his claims`: a word right after a determiner or a possessive is a noun, not a verb. */
export function afterDeterminer(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1]?.text ?? '';
  return /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)$/i.test(prev) || /\p{L}(?:['’]s|s['’])$/u.test(prev);
}

/**
 * Heads of descriptions that news writing uses to mention again someone just named (`the senator`,
 * `the billionaire`); `the judge`, `the official`, `the spokesman` more often bring in someone new.
 */
export const ANAPHORIC_HEAD = /^(?:candidate|nominee|senator|governor|congressman|congresswoman|lawmaker|businessman|businesswoman|billionaire|mogul|front-?runner|mayor|author|actor|actress|singer|rapper|comedian|star|host|developer|designer)$/i;

/** A document as speaker (`the report`, `a new poll by …`): what a later `it said` may stand for. */
export const DOCUMENT_HEAD = /^(?:the|a|an|this|its|his|her|their|new|latest)\s.*\b(?:report|study|survey|poll|letter|memo|statement|analysis|review|audit|filing|complaint|lawsuit|indictment|ruling|order|document|release|website|article|editorial)\b/i;
