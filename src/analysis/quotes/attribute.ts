/**
 * Attribution of one quoted span: which cue and speaker phrase it has (after it, before it, a
 * dash credit, a label, an introduction ending in a colon) and what kind of quote it is.
 */
import type { Doc } from '../text/doc.js';
import { framesIn, type Frame } from './indirect.js';
import { isIntentionVerb } from './cues.js';
import { invertedLead, labelBeforeColon } from './colon.js';
import { isQuotedTitle } from './titles.js';
import { opensQuotedSentence } from './leads.js';
import { wordCount, type QuoteSpan } from './scan.js';
import { readObjectSpeaker } from './speakers.js';
import type { Candidate } from './candidate.js';
import { sentenceAt } from './sentences.js';
import { attributionOnly, clauseBefore, leadCueOf, tailCue } from './quotecues.js';
import { colonIntro, dashCredit, introFromPrevious, isCreditOnly, speakerLabel } from './credits.js';

/** Finds the speaker and kind of one quoted span. */
export function attributeQuote(doc: Doc, q: QuoteSpan, spans: QuoteSpan[]): Candidate | null {
  const text = doc.text;
  const para = doc.paragraphs[q.paragraph]!;
  const openAt = q.open >= 0 ? q.open : q.start;
  const closeAt = q.close >= 0 ? q.close : q.end;
  const sOpen = sentenceAt(doc, openAt) ?? { start: para.start, end: para.end };
  const sClose = sentenceAt(doc, Math.max(openAt, closeAt - 1)) ?? sOpen;
  const words = wordCount(text, q.start, q.end);
  const others = spans.filter((s) => s !== q);
  // `his book, “Make Your Kid a Millionaire,”`, `MSNBC’s “Morning Joe”`: a title is nobody's words
  if (q.open >= 0 && q.close >= 0 && isQuotedTitle(text.slice(para.start, q.open), text.slice(q.start, q.end), text.slice(q.close + 1, para.end))) return null;

  // the text before the opening mark in its sentence, and after the closing mark
  // after a quote closed earlier in the sentence: `“A,” Silva said, “B.”` reads `Silva said,`
  const prevClose = others.reduce((m, s) => (s.paragraph === q.paragraph && s.close >= 0 && s.close < openAt && s.depth === q.depth ? Math.max(m, s.close + 1) : m), -1);
  const leadStart = Math.max(sOpen.start, para.start, prevClose);
  const lead = text.slice(leadStart, openAt);
  const nextOpen = others.find((s) => s.open > closeAt && s.paragraph === q.paragraph)?.open ?? Infinity;
  const tailEnd = Math.min(sClose.end, nextOpen, para.end);
  const tailFrom = q.close >= 0 ? q.close + 1 : q.end;

  // `“A.” ― Carla Sanchez “B.” ― Ana Ruiz`: the credit of the quote before is no lead of this one
  const leadEmpty = /^[\s\-—–(]*$/.test(lead) || (prevClose >= 0 && isCreditOnly(lead));
  const base = { start: q.start, end: q.end, paragraph: q.paragraph, quoted: true };

  // transcript style inside the quote: `"PENCE: Well, …`
  const label = /^([A-Z][A-Z.'’\- ]{1,30}):\s+/.exec(text.slice(q.start, q.start + 40));
  if (label && /[A-Z]{2}/.test(label[1]!)) {
    const phrase = readObjectSpeaker(text, q.start, q.start + label[1]!.length);
    if (phrase) return { ...base, start: q.start + label[0].length, kind: 'direct', phrase, cue: ':', at: q.start, floating: false };
  }
  // `…’, Brown said.` / `,” said Brown, ROLE.` / `” he added`
  // `Blumenthal was asked, “…?”`: the subject of a passive ask is the one who answers; the
  // question is the interviewer's, and the cue after it (`He answered, …`) is the answer's
  if (PASSIVE_ASK.test(lead)) return { ...base, kind: 'direct', phrase: null, cue: 'asked', at: q.start, floating: false };
  // `… chanted, “Lock her up!” as Trump spoke`: a subordinate clause after the quote is not its attribution
  const subordinateAfter = /^\s*,?\s*(?:as|while|when|before|after|because|until)\s/i.test(text.slice(tailFrom, tailEnd));
  let tail = q.close >= 0 && !subordinateAfter ? tailCue(text, tailFrom, tailEnd) : null;
  if (!tail && q.close >= 0 && /[?!.]/.test(text.slice(q.close - 2, q.close)) && sClose.end <= q.close + 2) {
    // `“Who do they think they are?” Trump said of Apple.`: the splitter ended the sentence at
    // `?”`, but a short subject and a reporting verb right after it still attribute the quote;
    // after `.”` only a sentence that is nothing but the attribution (`“….” Trump said.`), since
    // `“….” Trump said the plan …` reports something else
    const next = sentenceAt(doc, q.close + 2);
    if (next && next.paragraph === q.paragraph && next.start <= q.close + 3) {
      const c = tailCue(text, tailFrom, Math.min(next.end, nextOpen));
      if (c && c.at - tailFrom < 40 && (text[q.close - 1] !== '.' || (leadEmpty && nextOpen >= next.end && attributionOnly(text, c, next.end)))) tail = c;
    }
  }
  const quoteLower = /^\p{Ll}/u.test(text[q.start] ?? '');
  const leadFrom = leadStart + (/^\s*/.exec(lead)?.[0].length ?? 0);
  if (tail && (leadEmpty || /[:,]\s*$/.test(lead))) {
    // `The program, known as the RFS, “has been a disaster,” he said`: the sentence opens before the quote
    if (!leadEmpty && opensQuotedSentence(text, leadFrom, openAt, quoteLower)) return { ...base, start: leadFrom, kind: 'mixed', phrase: tail.phrase, cue: tail.cue, at: tail.at, floating: false };
    // `“We’re extremely happy” about the decision, she said`: the sentence goes on after the quote
    // up to the attribution, so the report is mixed and takes that part too
    const comma = text.lastIndexOf(',', tail.at);
    if (q.close >= 0 && !/[.,;:!?…]\s*$/.test(text.slice(q.start, q.close)) && /^\s+\p{Ll}[^,]*,\s*$/u.test(text.slice(tailFrom, tail.at)) && comma > tailFrom) {
      return { ...base, start: leadEmpty ? q.start : leadFrom, end: comma, kind: 'mixed', phrase: tail.phrase, cue: tail.cue, at: tail.at, floating: false };
    }
    return { ...base, kind: 'direct', phrase: tail.phrase, cue: tail.cue, at: tail.at, floating: false };
  }
  // `Maher said the report was bad. Adding, “…”`: a sentence that is only a participle continues
  // the report before it, like a quote paragraph with no cue
  if (/^\s*(?:Adding|Continuing)\s*[:,]?\s*$/.test(lead)) return { ...base, kind: 'direct', phrase: null, cue: null, at: q.start, floating: true };
  // `X said: “…”` / `X told Sputnik “…”` / `X said, “…”`
  // `Pollsters agree - Carl Bialik: “…”`: a name after a spaced dash labels the quote, whatever verb came before
  const dashLabel = !leadEmpty && /\s[-—–]\s*[^-—–:]{2,60}:\s*$/.test(lead) ? labelBeforeColon(text, leadStart, openAt) : null;
  const leadCue = leadEmpty ? null : dashLabel ? { phrase: dashLabel, cue: ':', at: dashLabel.start, direct: true } : leadCueOf(text, leadStart, openAt, lead) ?? invertedLead(text, leadStart, openAt);
  if (leadCue && leadCue.direct) {
    // `Obama said “it gets me mad” every time he thinks about …`: the sentence goes on after the
    // quote, so the report is the whole clause with a quoted part (mixed), not the quote alone
    const runsOnAfter = leadCue.cueEnd !== undefined && (/^\s*$/.test(text.slice(leadCue.cueEnd, openAt)) || (/^[,:]\s*$/.test(text.slice(leadCue.cueEnd, openAt)) && !/[,;]\s*$/.test(text.slice(q.start, q.close))) || (/^(?:\s+[\p{L}'’-]+){0,4}\s+that,?\s*$/u.test(text.slice(leadCue.cueEnd, openAt)))) && q.close >= 0 && !/[.!?…]\s*$/.test(text.slice(q.start, q.close)) && /^\s+\p{Ll}/u.test(text.slice(tailFrom, tailEnd)) && wordCount(text, tailFrom, tailEnd) >= 2;
    if (runsOnAfter) {
      let to = tailEnd;
      while (to > tailFrom && /[\s.!?]/.test(text[to - 1]!)) to--;
      const from = opensQuotedSentence(text, leadFrom, leadCue.at, quoteLower) ? leadFrom : q.start;
      return { ...base, start: from, end: to, kind: 'mixed', phrase: leadCue.phrase, cue: leadCue.cue, at: leadCue.at, floating: false };
    }
    // `If the bill passes, he said, “it will …”`: the words before the attribution are the speaker's too
    if (opensQuotedSentence(text, leadFrom, leadCue.at, quoteLower)) return { ...base, start: leadFrom, kind: 'mixed', phrase: leadCue.phrase, cue: leadCue.cue, at: leadCue.at, floating: false };
    return { ...base, kind: 'direct', phrase: leadCue.phrase, cue: leadCue.cue, at: leadCue.at, floating: false };
  }
  // vox pops and pull quotes: `“…” ― Carla Sanchez.`
  // (the credit may be the next paragraph, a short line of its own: `"…"` ¶ `- Bernie Sanders.`)
  const nextPara = doc.paragraphs[q.paragraph + 1];
  const creditLine = nextPara && /^[\s.,]*$/.test(text.slice(tailFrom, para.end)) && /^\s*[―—–-]/.test(nextPara.text) && wordCount(text, nextPara.start, nextPara.end) <= 12 ? nextPara : null;
  const credit = q.close >= 0 && leadEmpty ? dashCredit(text, tailFrom, para.end) ?? (creditLine ? dashCredit(text, creditLine.start, creditLine.end) : null) : null;
  if (credit) return { ...base, kind: 'direct', phrase: credit.phrase, cue: credit.cue, at: credit.at, floating: false };
  if (leadEmpty || /:\s*$/.test(lead)) {
    // transcript style `PENCE: …` or an introduction in the previous paragraph ending in a colon
    const intro = introFromPrevious(doc, q) ?? (leadEmpty ? null : speakerLabel(text, leadStart, openAt) ?? colonIntro(text, leadStart, openAt));
    if (intro) return { ...base, kind: 'direct', phrase: intro.phrase, cue: intro.cue, at: intro.at, floating: false };
    // (`“It’s taxing,” O’Donnell said. “Big time.”`: a short quote right after an attributed one goes on with it)
    // (only after an attribution sentence, and a quote that is a sentence: `“Big time.”`, never list items)
    const afterQuote = leadEmpty && /[.!?]\s*$/.test(text.slice(q.start, closeAt)) && others.some((s) => s.paragraph === q.paragraph && s.close >= 0 && s.close < openAt && openAt - s.close < 80 && /^[^“”"]*\b(?:said|says|told|wrote|writes|added|adds)\b[^“”"]*\.\s*$/.test(text.slice(s.close + 1, openAt)));
    if (words >= 3 || q.continued || (afterQuote && words >= 1)) return { ...base, kind: 'direct', phrase: null, cue: null, at: q.start, floating: true, runsOn: q.runsOn };
    return null;
  }
  // `the so-called “NATO of the Far East”`: a term the writer quotes, nobody's words
  if (SCARE_LEAD.test(lead)) return null;
  // the quote sits inside a sentence: reported speech with a quoted fragment, or a scare quote
  const frames = framesIn(text, sOpen.start, sClose.end, others.filter((s) => s.paragraph === q.paragraph));
  framesRead.set(q, { text, spans, from: sOpen.start, to: sClose.end, frames });
  // a frame inside the sentence yields to an attribution after the quote: in `the officials are
  // confirming that ‘NATO will …’, suggested Brown` the quotation marks are Brown's
  // a frame inside the sentence whose subject is a description yields to a named speaker after the
  // quote: in `the officials are confirming that ‘NATO will …’, suggested Brown` the quotation marks are Brown's
  const inner = frames.find((f) => f.contentStart <= q.start && f.contentEnd >= q.end - 1);
  const frame = inner && !(tail && tail.phrase.type === 'person' && inner.speaker.type === 'descriptor') ? inner : tail ? null : undefined;
  // `has decided to revise it … its ‘national strength’`: a short term quoted inside an intention or
  // belief (no speech verb) is the writer's quoting, not the subject's words
  if (frame && isIntentionVerb(frame.cue) && words <= 4) return null;
  if (frame) {
    return { start: frame.contentStart, end: Math.max(frame.contentEnd, q.end), paragraph: q.paragraph, quoted: true, kind: 'mixed', phrase: frame.speaker, cue: frame.cue, at: frame.speaker.start, floating: false, ...(frame.nominal ? { nominal: true } : {}) };
  }
  if (tail) {
    // `… confirming that ‘NATO will …’, suggested Brown.`: the fragment is the speaker's words
    const clause = clauseBefore(text, leadStart, openAt);
    return { start: clause, end: q.end, paragraph: q.paragraph, quoted: true, kind: 'mixed', phrase: tail.phrase, cue: tail.cue, at: tail.at, floating: false };
  }
  if (leadCue) {
    // `X says Trump “may not have paid a dime” in taxes`: the reported clause carries the fragment,
    // from after the cue to the end of the sentence
    // (`which he described as “…”`, `who Beck called “…”`: the relative pronoun is what the speaker named)
    const rel = /\b(?:which|what|whom|who)\s+$/i.exec(text.slice(leadStart, leadCue.at));
    let from = rel ? leadStart + rel.index : leadCue.cueEnd ?? q.start;
    while (from < q.start && /[\s,:;—–-]/.test(text[from]!)) from++;
    const to = Math.max(q.end, Math.min(sClose.end, para.end, nextOpen));
    return { ...base, start: from, end: to, kind: 'mixed', phrase: leadCue.phrase, cue: leadCue.cue, at: leadCue.at, floating: false };
  }
  // a quote with no cue in mid-sentence: a title, a term or emphasis, not anybody's words
  return null;
}

/**
 * The frames attributeQuote read around a quote (its sentence, the other quotes of its paragraph
 * as quoted spans), for isScareQuote, which reads the same sentence the same way when no speaker
 * was found; read only.
 */
const framesRead = new WeakMap<QuoteSpan, { text: string; spans: readonly QuoteSpan[]; from: number; to: number; frames: readonly Frame[] }>();

/** A passive ask right before a quote: `was asked, “…”`, `when asked: “…”`. */
const PASSIVE_ASK = /\b(?:was|were|is|are|been|being|be|when|after|once)\s+(?:\p{Ll}+ly\s+)?asked\s*[:,]?\s*$/u;

/** `so-called` marks the quote after it as the writer's term (`dubbed`, `called` quote the one who named it). */
const SCARE_LEAD = /\bso-?\s?called\s*$/i;

/**
 * A quote the writer puts around a term, which no content may carry: after `so-called`, or a
 * short phrase inside an intention or belief (`decided to revise it … its ‘national strength’`).
 * Other quotes with no speaker (titles, nicknames) may sit inside someone's reported words.
 */
export function isScareQuote(doc: Doc, q: QuoteSpan, spans: readonly QuoteSpan[]): boolean {
  if (q.close < 0 || q.open < 0) return false;
  const text = doc.text;
  const s = sentenceAt(doc, q.open);
  if (!s) return false;
  if (SCARE_LEAD.test(text.slice(s.start, q.open))) return true;
  if (wordCount(text, q.start, q.end) > 4) return false;
  // (attributeQuote, which found no speaker, may have read the same sentence with the same spans)
  const read = framesRead.get(q);
  const frames = read && read.text === text && read.spans === spans && read.from === s.start && read.to === s.end ? read.frames : framesIn(text, s.start, s.end, spans.filter((o) => o !== q && o.paragraph === q.paragraph));
  const frame = frames.find((f) => f.contentStart <= q.start && f.contentEnd >= q.end - 1);
  return !!frame && isIntentionVerb(frame.cue);
}
