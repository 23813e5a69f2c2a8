/**
 * Quotes introduced by a colon without a speech verb: the sentence before the colon names who
 * the quote is from. `Mr. Christie gloated: “…”`, `Article 33 affirms: “…”`, `Kaine has adopted
 * the stance common among Catholics: “…”`, and labels such as `Rep. Trey Gowdy (R-S.C.): “…”` or
 * a digest line `HEADLINE - Jeffrey M. Jones: “…”`.
 */
import { isCommonWord, isVerbForm, nameParts, tokens } from './names.js';
import { readObjectSpeaker, readSubject, type SpeakerPhrase } from './speakers.js';

/**
 * A label before the colon after a dash (`… - Jeffrey M. Jones:`) or with a party bracket
 * (`Rep. Trey Gowdy (R-S.C.):`): the name alone, read as a speaker; null when it is not a name.
 */
export function labelBeforeColon(text: string, from: number, openAt: number): SpeakerPhrase | null {
  const seg = text.slice(from, openAt);
  // the label after the last dash first (`Pollsters agree - Carl Bialik:`), else the whole line
  const m = /(?:\s[-—–]\s*)([\p{Lu}][\p{L}.'’\-]*(?: [\p{L}.'’\-]+){0,5}?)\s*(?:\([^)]{1,20}\))?\s*:\s*["“‘']?\s*$/u.exec(seg) ??
    /(?:^|^[-—–]\s*)([\p{Lu}][\p{L}.'’\- ]{1,50}?)\s*(?:\([^)]{1,20}\))?\s*:\s*["“‘']?\s*$/u.exec(seg);
  if (!m) return null;
  let start = from + m.index + m[0].indexOf(m[1]!);
  let label = m[1]!;
  // `Stated Stone:`, `Continued Stone:`: an inverted verb opens the label, the name follows it
  const inverted = /^(?:Stated|Continued|Added|Said|Says|Wrote|Writes|Tweeted|Explained|Concluded|Noted|Replied|Answered)\s+/.exec(label);
  if (inverted) {
    start += inverted[0].length;
    label = label.slice(inverted[0].length);
  }
  // `Frank Newport and Jim Harter:`: two names, both the speakers
  const pair = /^(.+?)\s+and\s+(.+)$/.exec(label);
  if (pair) {
    const second = start + pair[0].length - pair[2]!.length;
    const a = readObjectSpeaker(text, start, start + pair[1]!.length);
    const b = readObjectSpeaker(text, second, second + pair[2]!.trimEnd().length);
    if (a?.type === 'person' && b?.type === 'person' && a.end >= start + pair[1]!.length - 1 && b.end >= second + pair[2]!.trimEnd().length - 1) {
      return { ...a, mention: text.slice(start, b.end), end: b.end, coSpeakers: [a, b] };
    }
  }
  const phrase = readObjectSpeaker(text, start, start + label.length);
  if (!phrase || (phrase.type !== 'person' && phrase.type !== 'organisation')) return null;
  // the name must be the whole label, not the start of a clause (`Trump Says:`)
  return phrase.end >= start + label.trimEnd().length - 1 ? phrase : null;
}

/** Verbs that quote someone else's words (`Frank quotes Alfred Kahn:`): the subject is not the speaker. */
const QUOTING_VERBS = /^(?:quotes|quoted|cites|cited|recalls|recalled|remembers|remembered|asks|asked|wonders|wondered)$/i;

/**
 * The subject of a sentence that introduces a quote with a colon and no speech verb: a name or
 * pronoun, then at once a verb (`gloated`, `reads`, `affirms`, `has adopted`, `makes the case`).
 */
export function subjectBeforeColon(text: string, from: number, openAt: number): SpeakerPhrase | null {
  let seg = text.slice(from, openAt);
  if (!/:\s*["“‘']?\s*$/.test(seg)) return null;
  // `As Mitchell tried to … — Sanders responded with a phrase …:`: the clause after the last dash
  const dash = Math.max(seg.lastIndexOf('—'), seg.lastIndexOf('–'), seg.lastIndexOf(' - '));
  if (dash >= 0) {
    from += dash + 1;
    seg = text.slice(from, openAt);
  }
  const toks = tokens(text, from, openAt);
  // the first lower-case word after a capitalised start is the verb; the subject is before it
  let i = 0;
  while (i < toks.length && /^(?:And|But|So|Then|Now|Still|Yet)$/.test(toks[i]!.text)) i++;
  // `On July 6, 2015, Sanders made the following comment:`: an opening time or place adjunct ends at its last comma
  if (/^(?:On|In|At|During|After|Before|Earlier|Later|Last|Since)$/.test(toks[i]?.text ?? '')) {
    const lastComma = toks.map((t) => t.text).lastIndexOf(',');
    if (lastComma > i && /^\p{Lu}/u.test(toks[lastComma + 1]?.text ?? '')) i = lastComma + 1;
  }
  const subjectFrom = toks[i]?.start;
  if (subjectFrom === undefined || i >= toks.length - 1) return null;
  let v = i;
  while (v < toks.length && !/^\p{Ll}/u.test(toks[v]!.text)) {
    // (a comma only around a party and state: `Mitch McConnell, R-Ky., delivered`)
    if (toks[v]!.text === ',' && [toks[v + 1], toks[v - 1], toks[v - 2]].some((t) => /^[RDI]-\p{Lu}/u.test(t?.text ?? ''))) {
      v++;
      continue;
    }
    if (/^[,;:"“”‘’()]$/.test(toks[v]!.text) && toks[v]!.text !== "'s") return null;
    v++;
  }
  if (v === i || v >= toks.length) return null;
  // `Former Republican presidential candidate Jeb Bush broke down …`: lower-case role words between
  // capitalised ones belong to the subject; the name after them ends it
  const roleRun = (x: number) => { let y = x; while (y < toks.length && y - x < 3 && /^\p{Ll}/u.test(toks[y]!.text) && !isVerbForm(toks[y]!.text)) y++; return y; };
  const afterRole = roleRun(v);
  if (afterRole > v && afterRole < toks.length && /^\p{Lu}/u.test(toks[afterRole]!.text)) {
    let y = afterRole;
    while (y < toks.length && /^\p{Lu}/u.test(toks[y]!.text)) y++;
    if (y < toks.length && y - afterRole >= 2 && /^\p{Ll}/u.test(toks[y]!.text)) v = y;
  }
  // `has adopted`, `then listed`: an auxiliary or adverb before the verb
  let w = v;
  while (w < toks.length - 1 && /^(?:has|have|had|also|then|once|again|later|simply|just|is|was)$/.test(toks[w]!.text)) w++;
  const verb = toks[w]!.text;
  if (!isVerbForm(verb) && !/^\p{Ll}+s$/u.test(verb)) return null;
  if (QUOTING_VERBS.test(verb)) return null;
  const phrase = readSubject(text, subjectFrom, toks[v - 1]!.end);
  // (the subject may open with role words before the name: `Former Republican presidential candidate Jeb Bush`)
  if (!phrase || (phrase.start > subjectFrom + 2 && !(phrase.type === 'person' && v > i && /^[\p{L}\s.'’-]*$/u.test(text.slice(subjectFrom, phrase.start)) && toks.slice(i, v).some((t) => t.start >= phrase.start)))) return null;
  // `Giant screens …`: one capitalised common word opening the sentence is no name
  if (phrase.type === 'person' && nameParts(phrase.name ?? phrase.mention).length === 1 && !/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\b/.test(phrase.mention) && isCommonWord(phrase.name ?? phrase.mention)) return null;
  return phrase.type === 'person' || phrase.type === 'organisation' || phrase.type === 'pronoun' ? phrase : null;
}

/** `Said Dorothy Poynter, who grew up with Ali, “We were proud.”`: a speech verb opening the sentence, the speaker after it. */
const INVERTED_LEAD = /^\s*(?:Said|Says|Added|Adds|Asked|Asks|Wrote|Writes|Tweeted|Explained|Continued|Recalled|Remembered)\s+/;

export function invertedLead(text: string, from: number, openAt: number): { phrase: SpeakerPhrase; cue: string; at: number; cueEnd: number; direct: boolean } | null {
  const seg = text.slice(from, openAt);
  const m = INVERTED_LEAD.exec(seg);
  if (!m || !/[,:]\s*$/.test(seg)) return null;
  const start = from + m[0].length;
  const phrase = readObjectSpeaker(text, start, openAt);
  if (!phrase || (phrase.type !== 'person' && phrase.type !== 'unnamed' && phrase.type !== 'organisation' && phrase.type !== 'descriptor')) return null;
  return { phrase, cue: m[0].trim(), at: phrase.start, cueEnd: from + m[0].trimEnd().length, direct: true };
}
