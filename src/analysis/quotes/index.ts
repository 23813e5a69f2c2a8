/**
 * Who said what: quotes (direct, mixed, partial) and reported speech, each with its speaker
 * resolved to a full name, an organisation or "unnamed source".
 *
 * Everything runs on the normalised text of the Doc (joined line wraps, single spaces) and is
 * mapped back to the input at the end, so offsets index the text exactly as given.
 */
import type { Doc } from '../text/doc.js';
import { framesIn } from './indirect.js';
import { isReportingVerb } from './cues.js';
import { quotesView } from './marks.js';
import { scanQuotes, wordCount, type QuoteSpan } from './scan.js';
import { fromFrame, type Candidate } from './candidate.js';
import type { Quote } from './quote.js';
import { attributeQuote, isScareQuote } from './attribute.js';
import { headlineClaims } from './headlines.js';
import { isCreditLine } from './credits.js';
import { indexPeople } from './people.js';
import { resolveAll } from './resolve.js';

export { quoteText, type Quote } from './quote.js';

export function extractQuotes(given: Doc): Quote[] {
  const doc = quotesView(given);
  const text = doc.text;
  const spans = withoutSingleMarkedLines(doc, selectSpans(scanQuotes(text, doc.paragraphs)));
  const people = indexPeople(doc, spans);
  const candidates: Candidate[] = [];

  // quoted spans that are nobody's words (titles, terms, scare quotes): no content may carry them
  const scare: QuoteSpan[] = [];
  const listed = quotedLists(text, spans);
  for (const q of spans) {
    // the credit line closing a run-on pull quote names its speaker; nobody says it
    if (q.continued && q.open < 0 && q.close >= 0 && isCreditLine(text, q.start, q.end)) continue;
    if (listed.has(q)) continue;
    const c = attributeQuote(doc, q, spans);
    if (c) candidates.push(c);
    else if (isScareQuote(doc, q, spans)) scare.push(q);
  }
  for (const c of headlineClaims(doc)) {
    const quoted = candidates.filter((o) => o.start < c.end && c.start < o.end && o.kind === 'direct');
    if (!quoted.length) candidates.push(c);
    // `Blumenthal: ‘No Idea’ If I Would Have Told Hillary …`: quoted words inside a longer headline
    // claim are part of it; the claim, with its quoted words, is the one report (mixed)
    else if (quoted.every((o) => c.start <= o.start && o.end <= c.end + 1 && o.end - o.start < 0.6 * (c.end - c.start))) {
      for (const o of quoted) candidates.splice(candidates.indexOf(o), 1);
      candidates.push({ ...c, kind: 'mixed', quoted: true });
    }
  }
  // reported speech in the sentences not already covered by a quote
  for (const s of doc.sentences) {
    const frames = framesIn(text, s.start, s.end, spans).sort((a, b) => b.contentEnd - b.contentStart - (a.contentEnd - a.contentStart));
    for (const f of frames) {
      // a frame reported inside another one's content is an attribution of its own
      // (`Clinton says Trump believes …`), but one that crosses a quote or frame is not
      const overlapsQuote = candidates.some((c) => c.start < f.contentEnd && f.contentStart < c.end && !(c.kind === 'indirect' && isReportingVerb(f.cue) && c.start <= f.cueStart && f.contentEnd <= c.end));
      if (overlapsQuote) continue;
      // `X said that she thinks …`: a pronoun opening the report restates its speaker's own view, no second report
      if (f.speaker.type === 'pronoun' && candidates.some((c) => c.kind === 'indirect' && c.start <= f.speaker.start && f.speaker.start - c.start <= 6 && f.contentEnd <= c.end)) continue;
      // a frame reported inside another one's content belongs to it (`…, X said that Y told Z`)
      const relative = /^\s*,?\s*(who|which|that)\s+(?:\p{Ll}+\s+){0,2}$/iu.exec(text.slice(f.speaker.end, f.cueStart))?.[1];
      candidates.push({ ...fromFrame(f, s, 'indirect'), ...(relative ? { relative } : {}) });
    }
  }
  const goOn = candidates.map((c) => withSpeakerOfReportBefore(text, c, candidates));
  const kept = goOn.flatMap((c) => withoutScareQuotes(text, c, scare, spans));
  kept.sort((a, b) => a.start - b.start);
  return dedupe(resolveAll(doc, withoutRestatedReports(kept), people));
}

/**
 * `Mr. Trump said of the episode, “I don't like it,” adding that …`: a participle right after a
 * report's content goes on with that report's speaker (the frame reader would take the subject of
 * the sentence's first verb, which may be an adjunct's: `On the day that footage emerged, …`).
 */
function withSpeakerOfReportBefore(text: string, c: Candidate, cands: readonly Candidate[]): Candidate {
  if (!c.cue || !/^\p{Ll}+ing$/u.test(c.cue)) return c;
  const cueStart = text.lastIndexOf(c.cue, c.start);
  if (cueStart < 0 || c.start - cueStart > 40) return c;
  // (the last one: a frame read after a quote may take the quote in, `what one analyst has called “…,”`;
  // a quoted term of a word or two is no report to go on with: `what was called the “Golden Week,” saying …`,
  // nor is one cued by this same participle)
  // (the cheap tests first: only a report ending right before the cue can qualify, so the word
  // count and the slices run for that one, not for every earlier candidate; same answer)
  let before: Candidate | undefined;
  for (let i = cands.length - 1; i >= 0 && !before; i--) {
    const o = cands[i]!;
    if (o.end <= cueStart && o !== c && o.phrase && o.cue !== c.cue && !o.floating && !o.agentless && /^[\s,”"’']*$/u.test(text.slice(o.end, cueStart)) && wordCount(text, o.start, o.end) >= 4 && /,\s*[”"’']+\s*$/u.test(text.slice(o.start, cueStart))) before = o;
  }
  if (!before || before.phrase === c.phrase) return c;
  return { ...c, phrase: before.phrase, at: before.at };
}

/**
 * `X said the email came hours after Trump proposed a ban on …`: a report whose words lie inside a
 * longer report told after its speaker, and take up half of its words or more, is the same claim
 * told again through the inner verb (PolNeAR keeps one report per stretch of text, the outer
 * one), so only the outer report stays. A short inner report (`X said that Y told her she would
 * run`), a noun's claim (`dismissed Trump's claim that …`) or a question stay.
 */
function withoutRestatedReports(cands: Candidate[]): Candidate[] {
  // (the inner report's own tests first: only those candidates are held against the others)
  const inner = (i: Candidate) => i.kind === 'indirect' && !i.nominal && !i.agentless && !i.parts;
  const restated = (i: Candidate, o: Candidate) =>
    i !== o && o.at < o.start && o.start <= i.start && i.end <= o.end && i.end - i.start < o.end - o.start && i.end - i.start >= 0.5 * (o.end - o.start);
  return cands.filter((c) => !(inner(c) && cands.some((o) => restated(c, o))));
}

/**
 * Reported content never carries a scare quote (`its ‘national strength’`, `a so-called “NATO of
 * the Far East”`): quoting the term is the writer's, not the speaker's, and a reader would take
 * it for the speaker's words. The content is cut at the last clause break before the term; when
 * too little is left, the attribution is dropped.
 */
function withoutScareQuotes(text: string, c: Candidate, scare: readonly QuoteSpan[], spans: readonly QuoteSpan[]): Candidate[] {
  if (c.kind === 'direct') return [c];
  const first = scare.find((q) => q.open >= c.start && q.open < c.end);
  if (!first) return [c];
  const before = text.slice(c.start, first.open);
  const brk = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf('–'));
  if (brk < 0) return [];
  const end = c.start + brk;
  if (wordCount(text, c.start, end) < 4) return [];
  const quoted = spans.some((q) => !scare.includes(q) && q.start >= c.start && q.end <= end);
  return [{ ...c, end, kind: quoted ? c.kind : 'indirect', quoted }];
}

/**
 * The same words with the same speaker once: identical spans, or a span inside another one from
 * the same cue. A span inside another with a cue of its own is a report inside a report
 * (`called the deal a mistake, but she noted that …`) and stays.
 */
function dedupe(quotes: Quote[]): Quote[] {
  // (held only against the quotes of the same speaker, by their places in the list)
  const bySpeaker = new Map<Quote['speaker'], number[]>();
  quotes.forEach((q, i) => {
    const list = bySpeaker.get(q.speaker);
    if (list) list.push(i);
    else bySpeaker.set(q.speaker, [i]);
  });
  return quotes.filter((q, i) => !bySpeaker.get(q.speaker)!.some((j) => {
    const o = quotes[j]!;
    if (j === i || o.start > q.start || o.end < q.end) return false;
    const same = o.start === q.start && o.end === q.end;
    return same ? j < i : o.cue === q.cue;
  }));
}

/**
 * `named “Criminal Minds,” “Game of Thrones,” “Breaking Bad” and “Veep” as his top shows`,
 * `repeat “Peace Through Strength,” “Law and Order,” and “Sanity”`: three or more short quoted
 * items in a row, joined by commas or `and`/`or`, are a list of titles or slogans, none of them a
 * quote on its own.
 */
function quotedLists(text: string, spans: readonly QuoteSpan[]): Set<QuoteSpan> {
  const out = new Set<QuoteSpan>();
  const short = spans.filter((s) => s.depth === 0 && s.open >= 0 && s.close >= 0 && wordCount(text, s.start, s.end) <= 4).sort((a, b) => a.open - b.open);
  let run: QuoteSpan[] = [];
  const flush = () => {
    if (run.length >= 3) for (const s of run) out.add(s);
    run = [];
  };
  for (const s of short) {
    const last = run[run.length - 1];
    if (last && last.paragraph === s.paragraph && /^[\s,]*(?:(?:and|or)(?:,\s*yes,)?\s*)?$/.test(text.slice(last.close + 1, s.open))) run.push(s);
    else {
      flush();
      run = [s];
    }
  }
  flush();
  return out;
}

/**
 * `'A Healthy Environment.'` ¶ or `'Stay or pay' could make corporations reconsider …`: in an
 * article quoting with double marks, a short paragraph that opens with a single mark is a subhead
 * or a headline (newsrooms set quotes in single marks there), not a quote in the body; the body's
 * quotes (and British-style articles, quoting with single marks throughout) are left alone.
 * PolNeAR train: 13 such lines, all false positives, no gold quote in one.
 */
function withoutSingleMarkedLines(doc: Doc, spans: QuoteSpan[]): QuoteSpan[] {
  const top = spans.filter((s) => s.depth === 0);
  const singles = top.filter((s) => s.family === 'single').length;
  if (!singles || top.length - singles <= singles) return spans;
  return spans.filter((s) => {
    if (s.family !== 'single' || s.depth !== 0) return true;
    const p = doc.paragraphs[s.paragraph]!;
    return !(/^['‘]/.test(p.text) && wordCount(doc.text, p.start, p.end) <= 15);
  });
}

/**
 * Which quoted spans are quotes: a run-on double quote that wraps quotes of its own is a block
 * quote of another outlet (the report fixture), so its inner quotes are the quotes; a single
 * quote nested in an ordinary double quote belongs to it.
 */
function selectSpans(all: QuoteSpan[]): QuoteSpan[] {
  const containers = new Set<QuoteSpan>();
  // chains of paragraphs joined by run-on quotes
  let chain: QuoteSpan[] = [];
  const flush = () => {
    const inner = all.filter((s) => s.family === 'single' && s.depth === 1 && chain.some((c) => c.start <= s.start && c.end >= s.end));
    if (chain.length >= 3 && inner.length >= 2) for (const c of chain) containers.add(c);
    chain = [];
  };
  for (const s of all) {
    if (s.family === 'single') continue;
    if (s.continued && chain.length) chain.push(s);
    else {
      flush();
      if (s.runsOn) chain.push(s);
    }
  }
  flush();
  const out: QuoteSpan[] = [];
  for (const s of all) {
    if (containers.has(s)) continue;
    if (s.depth === 1) {
      const inContainer = [...containers].some((c) => c.start <= s.start && c.end >= s.end);
      if (!inContainer) continue;
      out.push({ ...s, depth: 0 });
      continue;
    }
    if (s.end - s.start < 1) continue;
    out.push(s);
  }
  return out;
}

export { quotesToJson, type QuoteJson } from './json.js';
