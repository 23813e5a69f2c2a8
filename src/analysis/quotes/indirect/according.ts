/** `according to X`: before, after or round its content, and who X is. */
import type { Token } from '../names.js';
import { readObjectSpeaker, type SpeakerPhrase } from '../speakers.js';
import { clauseEndAfter } from './clauses.js';
import { type Frame, inside, trimContent, words } from './frame.js';

export function accordingFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
  const a = toks[vi]!;
  const toTok = toks[vi + 1]!;
  if (inside(quoted, a.start)) return null;
  const commaAfter = toks.findIndex((t, i) => i > vi + 1 && (t.text === ',' || t.text === '—'));
  // (`But, according to the poll, …`: an opening conjunction or linking adverb leaves it at the start)
  const atStart = words(text, from, a.start) === 0 || /^[\s,“"‘]*(?:(?:but|and|yet|so|still|now|however|meanwhile|also|indeed|instead)\b[\s,]*)?$/i.test(text.slice(from, a.start));
  if (atStart) {
    const end = commaAfter > 0 ? toks[commaAfter]!.start : clauseEndAfter(text, toTok.end, to);
    const speaker = sourceAfterAccording(text, toTok.end, end);
    if (!speaker || commaAfter < 0) return null;
    const [cs, ce] = trimContent(text, toks[commaAfter]!.end, to);
    if (words(text, cs, ce) < 3) return null;
    return { speaker, cue: 'according to', cueStart: a.start, cueEnd: toTok.end, contentStart: cs, contentEnd: ce, position: 'according' };
  }
  // `…, according to X.` / `At the heart of it, according to X, was …` (the content goes round the source)
  const sourceEnd = clauseEndAfter(text, toTok.end, to);
  const speaker = sourceAfterAccording(text, toTok.end, sourceEnd);
  if (!speaker) return null;
  const [cs, ce] = trimContent(text, from, a.start);
  if (words(text, cs, ce) < 2) return null;
  const frame: Frame = { speaker, cue: 'according to', cueStart: a.start, cueEnd: toTok.end, contentStart: cs, contentEnd: ce, position: 'according' };
  // the sentence goes on after `according to X,`: its rest is the reported content too
  const restFrom = speaker.end < sourceEnd ? commaAfterSource(text, speaker.end, sourceEnd) : -1;
  if (restFrom > 0) {
    const [rs, re] = trimContent(text, restFrom, to);
    if (words(text, rs, re) >= 3 && !/^(?:but|and|while|though|although|which|who|so)\b/i.test(text.slice(rs, re))) {
      frame.contentEnd = re;
      frame.parts = [[cs, ce], [rs, re]];
    } else if (words(text, cs, ce) < 3) return null;
  } else if (words(text, cs, ce) < 3) return null;
  return frame;
}

/** After `according to X`, the comma that closes X's phrase (X's appositive role included). */
function commaAfterSource(text: string, from: number, to: number): number {
  const m = /^[^,—]*[,—]\s*/.exec(text.slice(from, to));
  if (!m) return -1;
  // `according to Ross, another former envoy, was …`: skip a lower-case appositive
  const after = from + m[0].length;
  const appos = /^(?:an?|another|the|one|his|her|their)\s[^,—]*[,—]\s*/i.exec(text.slice(after, to));
  return appos ? after + appos[0].length : after;
}

/**
 * Whoever `according to` names is the source, a person or not: `a new article in Politico`,
 * `the results`, `exit polling data`, `him`. A phrase that is no name is kept as written.
 */

/** A document noun right after a name (`… News survey`, `… review of filings`): the name is its owner. */
const DOCUMENT_AFTER_NAME = /^[^,;:.()“"]{0,30}?\b(?:poll|polls|survey|surveys|review|study|analysis|report|reports|data|memo|letter|count|tally|estimates?|filings?|projections?|index|audit|tracking|figures|records|documents?)\b/i;

/** A source phrase that opens with a document (`early results of exit polls …`, `a new survey by …`). */
const DOCUMENT_OPENING = /^(?:\S+\s+){0,4}?(?:poll|polls|polling|survey|surveys|study|analysis|report|data|results|estimates|projections|figures|records|documents)\b/i;

function sourceAfterAccording(text: string, from: number, end: number): SpeakerPhrase | null {
  const named = readObjectSpeaker(text, from, end);
  // `a new survey by the housing office`: a name deep in the phrase is not the source itself
  // `a New York Times/CBS News survey`, `the FBI data`: the outlet names the document, which is the source
  const document = named && DOCUMENT_AFTER_NAME.test(text.slice(named.end, end));
  // `the Democratic chairs`, `the Trump campaign aides`: a name before a common noun only modifies it
  const modifier = named && /^\s+\p{Ll}+\b/u.test(text.slice(named.end, end)) && !/^\s+(?:of|in|at|on|for|from|with|and|or|who|which|that|to|by|about|as|than|said|says|last|this|told|familiar|close)\b/i.test(text.slice(named.end, end));
  if (named && !document && !modifier && /^\s*(?:(?:the|a|an)\s+)?$/i.test(text.slice(from, named.start))) return named;
  const m = /^\s*([^,;:—–()“"]+)/.exec(text.slice(from, end));
  if (!m) return null;
  let phrase = m[1]!.replace(/\s+$/, '');
  const pron = /^(him|her|them)\b/i.exec(phrase);
  if (pron) {
    const start = from + m[0].indexOf(pron[1]!);
    const p = pron[1]!.toLowerCase();
    return { type: 'pronoun', mention: pron[1]!, start, end: start + p.length, role: null, gender: p === 'him' ? 'male' : p === 'her' ? 'female' : 'plural' };
  }
  // a source is a short noun phrase; `on Wednesday` or `released Tuesday` after it is not part of it
  // (`released on Thursday` after a document stays: PolNeAR's source spans keep it, and it says which one)
  if (!/\b(?:released|published|issued|taken|conducted)\s+(?:on\s+|last\s+|this\s+|in\s+)?\p{Lu}?\p{L}+$/u.test(phrase)) {
    phrase = phrase.replace(/\s+(?:on|last|this|released|published|issued)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)\b.*$/, '');
  }
  const n = phrase.split(/\s+/).length;
  // (a document's description runs longer: `early results of exit polls conducted for the AP and television networks by Edison Research`)
  if (n > (DOCUMENT_OPENING.test(phrase) ? 20 : 14) || !/[\p{L}]/u.test(phrase) || /^(?:that|which|who|this|it)\b/i.test(phrase)) return null;
  const start = from + m[0].length - m[1]!.length;
  return { type: 'unnamed', mention: phrase, start, end: start + phrase.length, role: null };
}
