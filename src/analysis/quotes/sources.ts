/**
 * Polls and outlets named in an adjunct rather than as a subject: `In a CBS News poll released
 * Monday, Clinton led Sanders 56 to 32`, `Trump leads Cruz by 9 points in the latest Fox poll`,
 * `As The Washington Post reported, …`. The finding is the rest of the sentence; the poll or the
 * outlet, as written, is its source.
 */
import type { Token } from './names.js';
import type { SpeakerPhrase } from './speakers.js';
import type { Frame } from './indirect.js';
import { countWords } from '../text/words.js';

const POLL = /^(?:poll|polls|survey|surveys|average|averages|tracking)$/i;

/** A reporting frame without a position: framesIn places it before its content. */
export type SourceFrame = Pick<Frame, 'speaker' | 'cue' | 'cueStart' | 'cueEnd' | 'contentStart' | 'contentEnd'>;

function unnamed(text: string, start: number, end: number): SpeakerPhrase {
  return { type: 'unnamed', mention: text.slice(start, end), start, end, role: null };
}

function trim(text: string, a: number, b: number): [number, number] {
  while (a < b && /[\s,;:—–-]/.test(text[a]!)) a++;
  while (b > a && /[\s,;:.!?—–-]/.test(text[b - 1]!)) b--;
  return [a, b];
}

function wordsIn(text: string, a: number, b: number): number {
  // (countWords reads the characters without building the word list; a slice's wrapped or
  // clamped offsets keep the pattern)
  return a >= 0 && b >= 0 && b <= text.length ? countWords(text, a, b) : text.slice(a, b).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Poll and outlet frames in one sentence's tokens (sentence text[from, to)). */
export function sourceFrames(text: string, from: number, to: number, toks: readonly Token[]): SourceFrame[] {
  const out: SourceFrame[] = [];
  if (toks.length < 5) return out;
  const first = toks[0]!.text;
  // `In a CBS News poll released Monday, …` / `In exit polls, …`
  if (/^in$/i.test(first)) {
    const comma = toks.findIndex((t, i) => i > 0 && i <= 14 && t.text === ',');
    if (comma > 1 && toks.slice(1, comma).some((t) => POLL.test(t.text)) && toks.slice(1, comma).every((t) => !/^[;:“”"]$/.test(t.text))) {
      const [cs, ce] = trim(text, toks[comma]!.end, to);
      if (wordsIn(text, cs, ce) >= 3) out.push({ speaker: unnamed(text, toks[1]!.start, toks[comma - 1]!.end), cue: first, cueStart: toks[0]!.start, cueEnd: toks[0]!.end, contentStart: cs, contentEnd: ce });
    }
  }
  // `As The Washington Post reported, …` / `As reported by Western Journalism, …`
  if (/^as$/i.test(first)) {
    const comma = toks.findIndex((t, i) => i > 1 && i <= 10 && t.text === ',');
    const verb = toks.findIndex((t, i) => i > 0 && i < comma && /^(?:reported|noted|wrote|found|showed|documented|revealed)$/i.test(t.text));
    if (comma > 2 && verb > 0) {
      const by = /^by$/i.test(toks[verb + 1]?.text ?? '');
      const [ss, se] = by ? [toks[verb + 2]?.start ?? -1, toks[comma - 1]!.end] : [toks[1]!.start, toks[verb - 1]?.end ?? -1];
      const [cs, ce] = trim(text, toks[comma]!.end, to);
      if (ss >= 0 && se > ss && wordsIn(text, ss, se) <= 8 && wordsIn(text, cs, ce) >= 3 && (by || verb === comma - 1)) {
        out.push({ speaker: unnamed(text, ss, se), cue: toks[verb]!.text, cueStart: toks[verb]!.start, cueEnd: toks[verb]!.end, contentStart: cs, contentEnd: ce });
      }
    }
  }
  // `…, Trump leads Cruz by 9 points in the latest Fox poll.`: a poll closing the sentence
  for (let k = toks.length - 2; k >= 2 && toks.length - k <= 14; k--) {
    if (!/^in$/i.test(toks[k]!.text)) continue;
    const rest = toks.slice(k + 1);
    const pollAt = rest.findIndex((t) => POLL.test(t.text));
    if (pollAt < 0 || rest.slice(0, pollAt).some((t) => /^[,;:“”"]$/.test(t.text))) continue;
    if (!/^(?:a|an|the|this|that|its|their|his|her|recent|latest|new|several|most|national|state|statewide)$/i.test(rest[0]!.text) && !/^\p{Lu}/u.test(rest[0]!.text)) continue;
    // `gain traction in the polls`: the polls in general are no source; a named or dated one is
    if (/^the$/i.test(rest[0]!.text) && pollAt === 1 && /^polls$/i.test(rest[1]!.text)) break;
    // the poll closes the sentence (`in the polls but suffers from …` goes on with another clause)
    if (rest.slice(pollAt + 1).some((t) => /^(?:but|and|while|over|:|;)$/i.test(t.text))) break;
    const [cs, ce] = trim(text, from, toks[k]!.start);
    if (wordsIn(text, cs, ce) < 3 || /[“”"]/.test(text.slice(cs, ce))) break;
    let end = to;
    while (end > toks[k + 1]!.start && /[\s.!?]/.test(text[end - 1]!)) end--;
    out.push({ speaker: unnamed(text, toks[k + 1]!.start, end), cue: toks[k]!.text, cueStart: toks[k]!.start, cueEnd: toks[k]!.end, contentStart: cs, contentEnd: ce });
    break;
  }
  return out;
}
