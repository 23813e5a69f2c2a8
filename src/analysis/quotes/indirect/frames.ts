/**
 * All reporting frames in a sentence: which reader each verb goes to, and the pruning of frames that are no reports of their own.
 *
 * Tried and dropped (2026-11, qind): cutting a report's content where a closing tail's content ends
 * (`Officials expect the road to reopen, the ministry said.`: `expect` stops before `, the ministry
 * said`) raised speaker accuracy (train .91250 -> .91324) but cost F1 (dev .7713 -> .7707, train
 * .7488 -> .7483): PolNeAR often keeps the nested report whole.
 */
import { memoByWord } from '../../text/memo.js';
import { NEGATED_AUXILIARY, isAttributionVerb, isReportingVerb, needsParticle, particleOf, reportingLemma } from '../cues.js';
import { idiomEnd } from '../idioms.js';
import { tokens, type Token } from '../names.js';
import { NOUN_CUE, nounParticle } from '../nouncues.js';
import { sourceFrames } from '../sources.js';
import { nounPhraseSubject } from '../subjects.js';
import { NON_RESPONSE, notAReport } from '../usage.js';
import { accordingFrame } from './according.js';
import { adjectiveFrame, attributionFrame, PASSIVE_ONLY, PASSIVE_REPORT, passiveFrame, STANCE_ADJECTIVE } from './attribution.js';
import { contentEndFrom, isPassive, participleAfter } from './clauses.js';
import { type Frame, inside, trimContent, words } from './frame.js';
import { afterIssuedDocument, gerundFrame, nounFrame, participleFrame } from './participles.js';
import { askedFrame, REQUEST_VERB, requestFrame } from './requests.js';
import { frameAt, withRelativeStart } from './speech.js';
import { catenativeStart } from './subject.js';

/**
 * All reporting frames in text[from, to) (one sentence). `quoted` lists quoted spans: verbs
 * inside them are not cues.
 */
export function framesIn(text: string, from: number, to: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame[] {
  const prep = sentencePrep(text, from, to);
  const toks = prep.toks.slice();
  const headline = prep.headline;
  const frames: Frame[] = [];
  // polls and outlets in an adjunct (`In a CBS poll, …`, `… in the latest Fox poll`, `As the Post reported, …`)
  if (!headline) for (const f of sourceFrames(text, from, to, toks)) if (!inside(quoted, f.contentStart) && !quoted.some((q) => q.start < f.contentEnd && f.contentStart < q.end)) frames.push({ ...f, position: 'before' });
  // (only the tokens that may open a frame: the others reach no reader below)
  let skipTo = -1;
  for (const vi of prep.cues) {
    if (vi <= skipTo) continue;
    const v = toks[vi]!;
    const lower = prep.lower[vi]!;
    if (lower === 'according' && toks[vi + 1]?.text.toLowerCase() === 'to') {
      const f = accordingFrame(text, from, to, toks, vi, quoted);
      if (f) frames.push(f);
      continue;
    }
    if (/^asked$/i.test(v.text) && !headline && !inside(quoted, v.start)) {
      const f = askedFrame(text, to, toks, vi);
      if (f) {
        frames.push(f);
        continue;
      }
    }
    // a capitalised `State`, `Post` or `Hope` is part of a name (`Islamic State`), not a verb
    if (!/^\p{Ll}/u.test(v.text) && !headline) continue;
    if (((NOUN_CUE.test(lower) && toks[vi + 1]?.text.toLowerCase() === 'that') || nounParticle(lower, toks[vi + 1]?.text)) && !inside(quoted, v.start)) {
      const f = nounFrame(text, from, to, toks, vi, quoted);
      if (f) {
        frames.push(f);
        continue;
      }
      // `Critics charge that …`, `Supporters claim that …`: the noun is a verb here
    }
    // `took a swipe at …`, `made it clear that …`, `paid tribute to …`: the idiom is the cue
    const idiom = /^\p{Ll}/u.test(v.text) && !inside(quoted, v.start) ? idiomEnd(toks, vi) : -1;
    if (idiom > 0) {
      const f = attributionFrame(text, from, to, toks, vi, quoted, idiom);
      if (f) {
        frames.push(f);
        skipTo = idiom;
        continue;
      }
    }
    if (STANCE_ADJECTIVE.test(lower) && /^(?:that|about|of)$/i.test(toks[vi + 1]?.text ?? '') && !inside(quoted, v.start)) {
      const f = adjectiveFrame(text, from, to, toks, vi, quoted);
      if (f) frames.push(f);
      continue;
    }
    if (REQUEST_VERB.test(lower) && !inside(quoted, v.start)) {
      const f = requestFrame(text, from, to, toks, vi, quoted);
      if (f) {
        frames.push(f);
        continue;
      }
    }
    const speech = isReportingVerb(lower);
    // `Trump seemed to suggest …`, `the senator appeared confident that …`: an impression of the subject's position
    const impression = /^(?:seem|seems|seemed|appear|appears|appeared)$/.test(lower) && (/^(?:seem)/.test(lower) || /^(?:to|that)$/i.test(toks[vi + 1]?.text ?? '') || /^(?:confident|certain|sure|ready|willing|eager|open|reluctant|unwilling|poised)$/i.test(toks[vi + 1]?.text ?? ''));
    const passiveOnly = PASSIVE_ONLY.test(lower) && isPassive(toks, vi);
    if ((!speech && !isAttributionVerb(lower) && !impression && !passiveOnly) || inside(quoted, v.start)) continue;
    const prev = toks[vi - 1]?.text.toLowerCase();
    if (notAReport(toks, vi, lower, prev ?? '')) continue;
    // `voted against …`, `focused on …`: without the particle these are no reports (`focus groups`)
    if (needsParticle(lower) && !particleOf(lower)!.test(toks[vi + 1]?.text ?? '')) continue;
    // `did not respond to a request for comment`: declining to speak reports nothing
    if (NON_RESPONSE.test(lower) && (/^(?:not|n't|never)$/.test(prev ?? '') || NEGATED_AUXILIARY.test(prev ?? ''))) continue;
    // `is said to be`, `the said`, `-ing` forms without an auxiliary are not reporting clauses here
    if (prev === 'the' || (prev === 'to' && catenativeStart(toks, vi) === vi) || prev === 'a' || prev === 'an' || prev === "'s") continue;
    // the auxiliary of a progressive, past an adverb (`is now talking about …`)
    let aux = vi - 1;
    while (aux > 0 && /^(?:now|also|still|again|already|increasingly|\p{Ll}+ly)$/u.test(toks[aux]!.text)) aux--;
    if (/ing$/.test(lower) && !/^(?:is|was|are|were|been|am|’s|'s|’re|'re)$/i.test(toks[aux]?.text ?? '')) {
      // `won by arguing that …`, `After accusing him of …, Cruz said`: the main clause's subject reports
      // (`by praising the mayor and promising to …`: a second gerund joined to the first one's phrase)
      // (`was quoted as saying …`, `is on record as saying …`: the subject of the passive said it)
      if ((/^(?:by|after|before|while|since|without|despite|when|in)$/.test(prev ?? '') || (prev === 'and' && coordinatedGerund(toks, vi)) || (prev === 'as' && /^(?:quoted|record|cited)$/i.test(toks[vi - 2]?.text ?? ''))) && (speech || isAttributionVerb(lower))) {
        const f = gerundFrame(text, from, to, toks, vi, quoted);
        if (f) frames.push(f);
        continue;
      }
      // `with 50 percent saying she is prepared`, `left 62 percent of voters saying …`, `with 60 percent backing Clinton`: the noun phrase before the participle reports
      if (prev !== ',' && (speech || isAttributionVerb(lower))) {
        const w = toks.findIndex((t, i) => i < vi - 1 && i >= vi - 7 && /^(?:with|left|leaving)$/i.test(t.text));
        const np = w >= 0 ? nounPhraseSubject(text, toks, w + 1, vi - 1, true) : null;
        if (np && /(?:percent|%|\p{Ll}s)$/u.test(toks[vi - 1]!.text) && !toks.slice(w + 1, vi).some((t) => /^[,;:—–]$/.test(t.text))) {
          const [cs, ce] = trimContent(text, toks[vi + 1]?.start ?? to, Math.min(participleAfter(toks, vi + 1, to), contentEndFrom(text, toks, vi + 1, to, true)));
          if (words(text, cs, ce) >= 2 && !quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) frames.push({ speaker: np, cue: v.text, cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' });
          continue;
        }
      }
      // (`…, “…,” adding …`: the comma may sit inside the closing quote)
      const afterComma = prev === ',' || (/^[”"’']$/.test(prev ?? '') && toks[vi - 2]?.text === ',');
      if (!afterComma && !(prev === 'and' && toks.slice(0, vi - 1).some((t, i) => toks[i - 1]?.text === ',' && /^\p{Ll}+ing$/u.test(t.text))) && !(speech && afterIssuedDocument(text, toks, vi))) continue;
      // `…, saying …` / `…, accusing her of …`: the participle reports for the sentence's subject
      const f = participleFrame(text, from, to, toks, vi, quoted);
      if (f) frames.push(f);
      continue;
    }
    if (PASSIVE_REPORT.test(lower) && isPassive(toks, vi)) {
      const p = passiveFrame(text, from, to, toks, vi, quoted);
      if (p) {
        frames.push(p);
        continue;
      }
    }
    // a weak speech verb with no clause after it may still frame a position (`Obama has described
    // the dinner as …`, `Cruz has questioned whether …`), like the attribution verbs
    const f = speech
      ? frameAt(text, from, to, toks, vi, quoted) ?? (!/^(?:say|tell)$/.test(reportingLemma(lower) ?? '') && isAttributionVerb(lower) ? attributionFrame(text, from, to, toks, vi, quoted) : null)
      : attributionFrame(text, from, to, toks, vi, quoted);
    if (f) frames.push(f);
  }
  // (`Baker wrote the letter Feb. 2 …`, `Mr. Trump wrote on Twitter`, `Cook wrote this week`: what was written,
  // or where and when, is no report of what it says)
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    if (!/^(?:wrote|writes|write)$/i.test(f.cue) || f.position !== 'before') continue;
    const c = text.slice(f.contentStart, f.contentEnd);
    if (/^(?:on|to|in|this|last|while|back|for)\b/i.test(c) || /^(?:a|an|the|his|her|their|its|one)\s+(?:[\w’'-]+\s+){0,3}?(?:letter|introduction|commentary|column|memo|op-ed|book|article|piece|note|essay|foreword|editorial|songs?|post|scene|check|bill|law|speech|report)\b/i.test(c)) frames.splice(i, 1);
  }
  // (`Asked whether …, Smith said`: the question is no content of the answer's verb)
  const asked = frames.filter((f) => f.speaker.start <= f.cueStart && /^asked$/i.test(f.cue) && (f.agentless || /^by$/i.test(text.slice(f.cueEnd, f.cueEnd + 4).trim())));
  // (`He said he had not seen it, and when asked whether …, he declined`: a question later in the
  // content closes it at the comma before the question's clause instead)
  const kept = asked.length ? frames.flatMap((f) => {
    const a = asked.includes(f) ? undefined : asked.find((x) => f.contentStart <= x.cueStart && f.contentEnd >= x.contentEnd);
    if (!a) return [f];
    const comma = text.lastIndexOf(',', a.cueStart);
    if (comma <= f.contentStart || words(text, f.contentStart, comma) < 3 || f.position !== 'before' || f.parts) return [];
    const [cs, ce] = trimContent(text, f.contentStart, comma);
    return [{ ...f, contentStart: cs, contentEnd: ce }];
  }) : frames;
  return beforeRelativeReport(text, withinOuterContent(ownedByAccording(closedByAccording(kept))).map((f) => withRelativeStart(text, f, toks)));
}

/**
 * What framesIn reads of a sentence whatever the quoted spans: its tokens, their lower-case
 * text, whether it is a title-case headline, and which tokens may open a frame (the word tests
 * of the loop, without the quote tests). A sentence is read once per sentence and again for each
 * quote inside it (attribute.ts), each time with other quoted spans, so this part is kept per
 * article; the readers, which do depend on the spans, still run for each call.
 */
interface SentencePrep {
  toks: readonly Token[];
  lower: readonly string[];
  headline: boolean;
  /** indices of the tokens the loop may read a frame at, in order */
  cues: readonly number[];
}

let prepText: string | undefined;
const preps = new Map<number, SentencePrep>();
/** Sentences kept per article (an article has a few hundred; the bound only guards odd input). */
const PREP_MAX = 20_000;

function sentencePrep(text: string, from: number, to: number): SentencePrep {
  if (text !== prepText) {
    prepText = text;
    preps.clear();
  }
  const key = from * (text.length + 1) + to;
  let prep = preps.get(key);
  if (prep) return prep;
  const toks = tokens(text, from, to);
  const info = toks.map((t) => wordInfo(t.text));
  const lower = info.map((w) => w.lower);
  // a title-case headline (`Trump Says Wall Will Rise`) capitalises its verbs too
  let letters = 0;
  let capitals = 0;
  for (const w of info) {
    if (w.initial !== NO_LETTER) letters++;
    if (w.initial === UPPER) capitals++;
  }
  const headline = letters >= 3 && capitals >= 0.7 * letters;
  const cues: number[] = [];
  for (let vi = 0; vi < toks.length; vi++) {
    const w = info[vi]!;
    const lowerInitial = w.initial === LOWER;
    // (`according to`, a passive `asked`: read before the case test)
    if ((w.lower === 'according' && lower[vi + 1] === 'to') || (!headline && w.asked)) cues.push(vi);
    else if (!lowerInitial && !headline) continue;
    else if (w.cue || nounParticle(w.lower, toks[vi + 1]?.text) || (lowerInitial && idiomEnd(toks, vi) > 0)) cues.push(vi);
  }
  prep = { toks, lower, headline, cues };
  if (preps.size >= PREP_MAX) preps.clear();
  preps.set(key, prep);
  return prep;
}

const NO_LETTER = 0;
const UPPER = 1;
const LOWER = 2;
/** Neither upper nor lower case (`ß` is lower, but a letter like `中` is neither). */
const OTHER_LETTER = 3;

/**
 * How a token opens: /^\p{Lu}/u, /^\p{Ll}/u, another letter (/^\p{L}/u), or no letter; ASCII
 * by range (the regexes cost more than the rest of the word tests), anything else by the regexes.
 */
function initialCase(t: string): number {
  const c = t.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? UPPER : c >= 0x61 && c <= 0x7a ? LOWER : NO_LETTER;
  return /^\p{Lu}/u.test(t) ? UPPER : /^\p{Ll}/u.test(t) ? LOWER : /^\p{L}/u.test(t) ? OTHER_LETTER : NO_LETTER;
}

/** What the loop's word tests answer for one token text, whatever its neighbours. */
interface WordInfo {
  lower: string;
  initial: number;
  /** /^asked$/i */
  asked: boolean;
  /**
   * any of the word tests that need no neighbour (a superset: the loop tests the neighbours, the
   * quotes and the passive itself)
   */
  cue: boolean;
}

/** Per token text (an article repeats its words; each was lower-cased and tested for each sentence read). */
const wordInfo = memoByWord((word): WordInfo => {
  const lower = word.toLowerCase();
  return {
    lower,
    initial: initialCase(word),
    asked: /^asked$/i.test(word),
    cue: NOUN_CUE.test(lower) || STANCE_ADJECTIVE.test(lower) || REQUEST_VERB.test(lower) || isReportingVerb(lower) || isAttributionVerb(lower) || /^(?:seem|seems|seemed|appear|appears|appeared)$/.test(lower) || PASSIVE_ONLY.test(lower),
  };
}, 50_000);

/**
 * `He attacked rivals for taking his money, which he said bought favors.`: a report in a comma
 * relative inside another report's content is a report of its own (its subject speaks), so the
 * outer content ends at the comma that opens the relative (or its appositive head: `…, moves that
 * he said helped`).
 */
function beforeRelativeReport(text: string, frames: Frame[]): Frame[] {
  const relatives = frames.filter((r) => r.position === 'before' && !r.parts && /^(?:which|that|who|whom)\b/i.test(text.slice(r.contentStart, r.contentStart + 6)) && r.contentStart < r.speaker.start && r.speaker.end <= r.cueStart);
  if (!relatives.length) return frames;
  return frames.map((f) => {
    if (f.position !== 'before' || f.parts || relatives.includes(f)) return f;
    const r = relatives.find((x) => x.contentStart > f.contentStart && x.cueStart < f.contentEnd);
    if (!r) return f;
    const comma = text.lastIndexOf(',', r.contentStart);
    // (the relative's head is short: `, which …`, `, moves that …`, `, a plan which …`)
    if (comma <= f.contentStart || words(text, comma, r.contentStart) > 3) return f;
    const [cs, ce] = trimContent(text, f.contentStart, comma);
    return words(text, cs, ce) >= 2 ? { ...f, contentEnd: ce } : f;
  });
}

/** Is the `-ing` at toks[vi] (after `and`) the second of two gerunds after one preposition (`by praising X and promising Y`)? */
function coordinatedGerund(toks: Token[], vi: number): boolean {
  for (let k = vi - 2; k >= 1 && vi - k <= 12; k--) {
    const t = toks[k]!.text;
    if (/^[,;:—–“”"]$/.test(t)) return false;
    if (/^\p{Ll}+ing$/u.test(t)) return /^(?:by|after|before|while|since|without|despite)$/i.test(toks[k - 1]!.text);
  }
  return false;
}

/**
 * `when asked who they thought was the closest ally, the majority named …`: a report whose verb sits
 * inside another report's content is part of that content, so its own content ends where the outer
 * one does (the outer clause has already closed).
 */
function withinOuterContent(frames: Frame[]): Frame[] {
  return frames.flatMap((f) => {
    const outer = frames.find((o) => o !== f && !o.parts && o.position === 'before' && o.cueEnd <= o.contentStart && o.contentStart < f.cueStart && f.cueEnd <= o.contentEnd && f.contentStart < o.contentEnd && f.contentEnd > o.contentEnd + 1);
    if (!outer || f.parts || f.position !== 'before') return [f];
    return f.contentStart < outer.contentEnd - 1 ? [{ ...f, contentEnd: outer.contentEnd }] : [];
  });
}

/**
 * `According to exit polls, majorities of voters say they …`: an opening `according to X` vouches
 * for the report after it (PolNeAR credits it to X), so a frame wholly inside its content, its
 * speaker included, is no report of its own.
 */
function ownedByAccording(frames: Frame[]): Frame[] {
  const opening = frames.filter((f) => f.position === 'according' && f.cue === 'according to' && !f.parts && f.contentStart >= f.cueEnd);
  if (!opening.length) return frames;
  return frames.filter((f) => opening.includes(f) || !opening.some((c) => c.contentStart <= Math.min(f.cueStart, f.speaker.start, f.contentStart) && Math.max(f.cueEnd, f.contentEnd) <= c.contentEnd + 2));
}

/**
 * `The president told her that it was not that simple, according to an account she gave.`: a
 * closing `according to X` vouches for the whole clause before it, the report inside included
 * (PolNeAR credits the sentence to X alone), so a frame whose content runs on into the
 * `according to` phrase is no report of its own.
 */
function closedByAccording(frames: Frame[]): Frame[] {
  const closing = frames.filter((f) => f.position === 'according' && f.cue === 'according to' && !f.parts && f.contentEnd <= f.cueStart);
  if (!closing.length) return frames;
  return frames.filter((f) => closing.includes(f) || f.parts || !closing.some((c) => f.contentStart < c.cueStart && f.contentEnd > c.cueStart && c.contentStart <= f.cueStart));
}
