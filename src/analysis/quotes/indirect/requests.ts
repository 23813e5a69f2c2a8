/** Questions and requests: `asked whether …`, `urged X to …`, `Asked about the plan, Smith said …`. */
import { isVerbForm, type Token } from '../names.js';
import { readObjectSpeaker, readSubject, type SpeakerPhrase } from '../speakers.js';
import { clauseStartBefore, contentEndFrom, isSubordinate, participleAfter } from './clauses.js';
import { type Frame, trimContent, words } from './frame.js';
import { appositiveSubject, subjectEnd, withCoordinatedNames } from './subject.js';

export const REQUEST_VERB = /^(?:ask|asks|asked|urge|urges|urged|call|calls|called|encouraged|implored|begged|pressed)$/;

const WH_WORD = /^(?:whether|if|how|what|who|whom|which|why|when|where)$/i;

/**
 * Questions and requests, as PolNeAR marks them: `asked (him) whether/how …` (the content starts at
 * the question word), `urged/asked/called on X to resign` (the content is the object and its
 * infinitive). The asker is the subject before the verb; a passive (`was asked`) names no asker.
 */
export function requestFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
  const v = toks[vi]!;
  const lower = v.text.toLowerCase();
  const prev = toks[vi - 1]?.text.toLowerCase() ?? '';
  if (/^(?:was|were|is|are|be|been|being|to|the|a|when|if|after|once)$/.test(prev)) return null;
  let k = vi + 1;
  if (/^call/.test(lower)) {
    if (toks[k]?.text.toLowerCase() !== 'on') return null;
    k++;
  }
  let c = -1;
  for (let j = k; j < Math.min(toks.length - 1, k + 10); j++) {
    const t = toks[j]!.text;
    if (/^[.,;:"“”‘’—–-]$/.test(t)) break;
    // (past a listener of a few words: `asked former Attorney General Eric Holder whether …`,
    // `asked Carson about his ties to …`)
    // (`asked questions about …`: the question asked is the object, and the content with it)
    if (/^ask/.test(lower) && (WH_WORD.test(t) || (/^about$/i.test(t) && j > k && !/^questions?$/i.test(toks[j - 1]!.text))) && j <= k + 6) {
      c = j;
      break;
    }
    if (j > k && t.toLowerCase() === 'to' && /^\p{Ll}/u.test(toks[j + 1]!.text) && !/^(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your|be|date|me|him|them|us)$/.test(toks[j + 1]!.text)) {
      c = k;
      break;
    }
  }
  if (c < 0) return null;
  const se = subjectEnd(toks, vi);
  if (se === 0) return null;
  const subjTok = toks[se - 1]!;
  if (/^[;:()"“”‘’—–-]$/.test(subjTok.text)) return null;
  const appositive = subjTok.text === ',' ? appositiveSubject(text, from, to, toks, vi) : null;
  if (subjTok.text === ',' && !appositive) return null;
  const speaker = appositive ?? readSubject(text, clauseStartBefore(text, from, toks, se), subjTok.end);
  if (!speaker) return null;
  const [cs, ce] = trimContent(text, toks[c]!.start, Math.min(requestEnd(toks, c, to), participleAfter(toks, c, to), contentEndFrom(text, toks, c, to, isSubordinate(toks, se))));
  if (words(text, cs, ce) < 3) return null;
  if (quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) return null;
  return { speaker: withCoordinatedNames(text, from, toks, speaker), cue: text.slice(v.start, toks[k - 1]!.end), cueStart: v.start, cueEnd: toks[k - 1]!.end, contentStart: cs, contentEnd: ce, position: 'before' };
}

/**
 * A request's content ends at a second finite verb of the subject (`urged him to leave and
 * criticized …`, `and repeatedly says, “…”`) or at a dash; `to resign and apologize` stays one.
 */
function requestEnd(toks: Token[], c: number, to: number): number {
  for (let k = c + 1; k < toks.length - 1; k++) {
    const t = toks[k]!.text;
    if (/^(?:--|—|–)$/.test(t)) return toks[k]!.start;
    if (t !== 'and') continue;
    let n = k + 1;
    if (/ly$/.test(toks[n]!.text)) n++;
    const w = toks[n]?.text ?? '';
    if (/^\p{Ll}+(?:ed|s)$/u.test(w) && isVerbForm(w)) return toks[k - 1]!.text === ',' ? toks[k - 1]!.start : toks[k]!.start;
  }
  return to;
}

const QUESTION_GOES_ON = /^(?:where|including|especially|particularly|notably)$/i;

/**
 * `Asked whether he would run, Smith said …`, `… she said when asked about the plan`: the question
 * put to the subject is reported, by someone the text does not name (an agentless report). The
 * content is the question, from its question word to the clause's comma.
 */
export function askedFrame(text: string, to: number, toks: Token[], vi: number): Frame | null {
  const v = toks[vi]!;
  if (vi > 0 && !/^(?:when|after|once|if|as|before|while)$/i.test(toks[vi - 1]!.text)) return null;
  if (vi === 0 && !/^A/.test(v.text)) return null;
  let q = -1;
  for (let k = vi + 1; k < toks.length && k <= vi + 8; k++) {
    const w = toks[k]!.text;
    if (/^[,;:—–“”"]$/.test(w)) return null;
    if (/^(?:whether|if|what|who|whom|why|how|which|where|about|to)$/i.test(w)) {
      q = k;
      break;
    }
  }
  if (q < 0) return null;
  const from = /^about$/i.test(toks[q]!.text) ? q + 1 : q;
  // (`… from Brazil, where the number of cases has grown`: a `where` clause or examples after a
  // comma still describe the question's last noun)
  const end = toks.findIndex((t, i) => i > from && /^[,;—–“”"]$/.test(t.text) && !(t.text === ',' && QUESTION_GOES_ON.test(toks[i + 1]?.text ?? '')));
  const [cs, ce] = trimContent(text, toks[from]?.start ?? to, end > 0 ? toks[end]!.start : to);
  if (words(text, cs, ce) < 3) return null;
  // (`Asked by Stephanopoulos to respond …`: the one asking is named)
  const agent = /^by$/i.test(toks[vi + 1]?.text ?? '') && q > vi + 2 ? readObjectSpeaker(text, toks[vi + 1]!.end, toks[q - 1]!.end) : null;
  if (agent && agent.type !== 'pronoun') return { speaker: agent, cue: v.text, cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' };
  const speaker: SpeakerPhrase = { type: 'unnamed', mention: '', start: v.start, end: v.start, role: null };
  return { speaker, cue: v.text, cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before', agentless: true };
}
