/**
 * Who said what: quotes (direct, mixed, partial) and reported speech, each with its speaker
 * resolved to a full name, an organisation or "unnamed source".
 *
 * Everything runs on the normalised text of the Doc (joined line wraps, single spaces) and is
 * mapped back to the input at the end, so offsets index the text exactly as given.
 */
import type { Doc } from '../text/doc.js';
import type { Sentence } from '../text/segment.js';
import { framesIn, type Frame } from './indirect.js';
import { isBetweenSpeakerAndVerb, isIntentionVerb, isReportingVerb, OBJECT_VERBS, reportingLemma, TIME_WORDS } from './cues.js';
import { headlineRun, honorificGender, isCommonWord, isFirstName, isOrgNoun, isPlace, isRoleNoun, isTitleCased, isVerbForm, nameRuns, nameParts, tokens, type NameRun, type Token } from './names.js';
import { quotesView } from './marks.js';
import { invertedLead, labelBeforeColon, subjectBeforeColon } from './colon.js';
import { isQuotedTitle } from './titles.js';
import { opensQuotedSentence } from './leads.js';
import { scanQuotes, wordCount, type QuoteSpan } from './scan.js';
import { afterDeterminer, ANAPHORIC_HEAD, attributionVerb, DOCUMENT_HEAD } from './tails.js';
import { cleanRole, PersonIndex, readObjectSpeaker, readSubject, type Person, type SpeakerPhrase } from './speakers.js';

export interface Quote {
  /** the content as in the input (without quotation marks); === doc.input.slice(start, end) */
  quote: string;
  start: number;
  end: number;
  /** resolved full name, organisation, or "unnamed source"; null when nobody is named */
  speaker: string | null;
  /** the words in the text that name the speaker */
  speakerMention: string | null;
  role: string | null;
  /** a description written before the name in apposition (`Carter’s press secretary, Peter Cook`), as written */
  described?: string;
  cue: string | null;
  kind: 'direct' | 'mixed' | 'partial' | 'indirect';
  speakerType: 'person' | 'organisation' | 'unnamed' | 'unknown';
  /** 0-based paragraph index (shown 1-based as ¶n) */
  paragraph: number;
  /**
   * A quote broken by its attribution (`“A,” she said. “B.”`) is one quote in several parts:
   * each part's input offsets. `start`/`end` span them all, so `quote` (the exact slice) then
   * holds the attribution between the parts; `quoteText(q)` gives the parts joined by ` … `.
   */
  parts?: Array<[number, number]>;
  /** the text of each part (input.slice of each of `parts`) */
  partTexts?: string[];
}

/** The words of a quote for display: its parts joined by ` … ` without the attribution between them. */
export function quoteText(q: Pick<Quote, 'quote' | 'partTexts'>): string {
  return q.partTexts && q.partTexts.length > 1 ? q.partTexts.join(' … ') : q.quote;
}

/** A candidate before resolution, in doc.text offsets. */
interface Candidate {
  start: number;
  end: number;
  kind: Quote['kind'];
  phrase: SpeakerPhrase | null;
  cue: string | null;
  /** where the speaker is mentioned (for pronoun/descriptor resolution) */
  at: number;
  paragraph: number;
  /** quote with no cue of its own: takes the speaker of the quote before it */
  floating: boolean;
  /** quoted spans inside (for mixed content) */
  quoted: boolean;
  /** the quote runs on into the next paragraph (its cue may come there) */
  runsOn?: boolean;
  /** content in pieces around its attribution, in doc.text offsets */
  parts?: Array<[number, number]>;
  /** from a noun cue: never the speaker a following uncued quote inherits */
  nominal?: boolean;
  /** a passive or an impression (`X is expected to …`): reported, but by no one named */
  agentless?: boolean;
}

export function extractQuotes(given: Doc): Quote[] {
  const doc = quotesView(given);
  const text = doc.text;
  const spans = selectSpans(scanQuotes(text, doc.paragraphs));
  const people = indexPeople(doc, spans);
  const candidates: Candidate[] = [];

  // quoted spans that are nobody's words (titles, terms, scare quotes): no content may carry them
  const scare: QuoteSpan[] = [];
  for (const q of spans) {
    const c = attributeQuote(doc, q, spans);
    if (c) candidates.push(c);
    else if (isScareQuote(doc, q, spans)) scare.push(q);
  }
  for (const c of headlineClaims(doc)) if (!candidates.some((o) => o.start < c.end && c.start < o.end && o.kind === 'direct')) candidates.push(c);
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
      candidates.push(fromFrame(f, s, 'indirect'));
    }
  }
  const kept = candidates.flatMap((c) => withoutScareQuotes(text, c, scare, spans));
  kept.sort((a, b) => a.start - b.start);
  return dedupe(resolveAll(doc, withoutRestatedReports(kept), people));
}

/**
 * `X said the email came hours after Trump proposed a ban on …`: a report whose words lie inside a
 * longer report told after its speaker, and take up half of its words or more, is the same claim
 * told again through the inner verb (PolNeAR keeps one report per stretch of text, the outer
 * one), so only the outer report stays. A short inner report (`X said that Y told her she would
 * run`), a noun's claim (`dismissed Trump's claim that …`) or a question stay.
 */
function withoutRestatedReports(cands: Candidate[]): Candidate[] {
  const restated = (i: Candidate, o: Candidate) =>
    i !== o && i.kind === 'indirect' && !i.nominal && !i.agentless && !i.parts && o.at < o.start && o.start <= i.start && i.end <= o.end &&
    i.end - i.start < o.end - o.start && i.end - i.start >= 0.5 * (o.end - o.start);
  return cands.filter((c) => !cands.some((o) => restated(c, o)));
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
  return quotes.filter((q, i) => !quotes.some((o, j) => {
    if (j === i || o.speaker !== q.speaker || o.start > q.start || o.end < q.end) return false;
    const same = o.start === q.start && o.end === q.end;
    return same ? j < i : o.cue === q.cue;
  }));
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

/** Everyone the article names (outside quotes), with titles and appositive roles. */
function indexPeople(doc: Doc, spans: QuoteSpan[]): PersonIndex {
  const people = new PersonIndex();
  const text = doc.text;
  const single: Array<{ run: NameRun; weak: boolean }> = [];
  for (const s of doc.sentences) {
    const toks = tokens(text, s.start, s.end);
    const headline = isTitleCased(toks);
    for (const found of nameRuns(text, toks)) {
      if (found.kind === 'organisation' && !headline && !isPlace(found.name) && nameParts(found.name).length >= 2 && !spans.some((q) => q.start <= found.start && q.end >= found.end)) people.addOrg(found.name, found.nameStart);
      // a title-case headline capitalises every word: only a plain person's name in it counts
      const run = headline ? headlineRun(found, toks) : found;
      if (!run || run.kind !== 'person' || isPlace(run.name)) continue;
      if (spans.some((q) => q.start <= run.start && q.end >= run.end)) continue;
      // `the Islamic State`, `the Kentucky Republican`: a capitalised run after `the` with no title is a body or a description, not a person's name
      const before = toks.filter((t) => t.end <= run.start).pop();
      if (!run.title && /^the$/i.test(before?.text ?? '')) continue;
      // `Top Sanders strategists`: a capitalised common word opening the sentence, then a lower-case noun: no name
      const first = toks.find((t) => t.start >= run.start);
      const after = toks.find((t) => t.start >= run.end);
      if (!before && first && !run.title && nameParts(run.name).length === 2 && isCommonWord(first.text) && !isFirstName(first.text) && after && /^\p{Ll}/u.test(after.text) && !isVerbForm(after.text)) continue;
      const weak = isWeakMention(text, toks, run);
      const parts = nameParts(run.name);
      if (parts.length === 1) single.push({ run, weak });
      if (parts.length < 2 || parts.length > 5) continue;
      const appos = appositiveAfter(text, run.end, s.end);
      const role = [run.title ? cleanRole(run.title) : null, appos].filter(Boolean).join(', ') || null;
      people.add(run.name, role, run.nameStart, honorificGender(run.title) ?? 'unknown', weak);
    }
  }
  // `Reed praised Silva.`: surname mentions count for pronouns once the full names are known
  for (const { run, weak } of single) {
    const person = people.bySurname(nameParts(run.name)[0]!, run.nameStart, honorificGender(run.title) ?? 'unknown');
    if (person) people.recordMention(person, run.nameStart, weak);
  }
  return people;
}

/** A name after a preposition (`to Brown`) or before a possessive (`Brown's aide`) is not a subject. */
function isWeakMention(text: string, toks: readonly Token[], run: NameRun): boolean {
  const i = toks.findIndex((t) => t.start === run.start);
  const prev = i > 0 ? toks[i - 1]!.text.toLowerCase() : '';
  const next = toks.find((t) => t.start >= run.end)?.text ?? '';
  return next === "'s" || /^(?:of|to|for|with|by|from|about|against|at|in|on|after|before|than|like|over|under|between|behind|toward|towards|and|or|nor|versus|vs)$/.test(prev) || text[run.end] === '’';
}

/** `Jeff J. Brown, author of …, editor at …, told` → the appositive between the commas. */
function appositiveAfter(text: string, end: number, sentenceEnd: number): string | null {
  if (text[end] !== ',' && !(text[end] === ' ' && text[end + 1] === '(')) return null;
  const rest = text.slice(end, sentenceEnd);
  const m = /^(?:\s*\([^)]*\))?\s*,\s*((?:an?\s+|the\s+)?[\p{Ll}\p{Lu}][^,;]*(?:,\s*[\p{Ll}][^,;]*)*)/u.exec(rest);
  if (!m) return null;
  let role = m[1]!;
  // stop before a reporting verb: `…, told Sputnik` is not part of the role
  const verbAt = role.split(/\s+/).findIndex((w, i) => i > 0 && isReportingVerb(w.replace(/[^\p{L}]/gu, '')));
  if (verbAt >= 0) role = role.split(/\s+/).slice(0, verbAt).join(' ');
  // `a nurse, met her brother`: a chunk that opens with a verb is the sentence going on
  const chunks = role.split(/,\s*/);
  const verbChunk = chunks.findIndex((c, i) => i > 0 && isVerbForm((c.split(/\s+/)[0] ?? '').replace(/[^\p{L}]/gu, '')));
  if (verbChunk > 0) role = chunks.slice(0, verbChunk).join(', ');
  role = role.replace(/[,\s]+$/, '').replace(/(?<!\b(?:\p{Lu}|Inc|Co|Corp|Ltd|Jr|Sr|St))\.$/u, '');
  const first = role.split(/\s+/)[0] ?? '';
  if (!/^\p{Ll}/u.test(first) && !/^(?:an?|the)$/i.test(first)) {
    // `House editor for …`: capitalised only when a role noun follows soon
    if (!/\b(?:editor|president|director|chairman|chair|secretary|minister|spokesman|spokeswoman|professor|fellow|author|head|chief|leader|founder|member|senator|ambassador|official|analyst|adviser|advisor)\b/i.test(role.split(/\s+/).slice(0, 4).join(' '))) return null;
  }
  if (/^\d+$/.test(role) || role.split(/\s+/).length > 40 || role.length < 3) return null;
  if (isReportingVerb(first) || isVerbForm(first)) return null;
  return role;
}

function sentenceAt(doc: Doc, pos: number): Sentence | undefined {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return ss[Math.min(lo, ss.length - 1)];
}

/** Finds the speaker and kind of one quoted span. */
function attributeQuote(doc: Doc, q: QuoteSpan, spans: QuoteSpan[]): Candidate | null {
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

/** Headline labels that are sources though no name: `Poll: Sanders leads`. */
const SOURCE_LABELS = /^(?:poll|polls|survey|study|report|newspaper|sources|officials|experts|analysts|aides|insiders|witnesses|police|prosecutors)$/i;
/** Labels that are sections, not sources: `Analysis: …`, `Watch: …`. */
const SECTION_LABELS = /^(?:the latest|latest|analysis|opinion|editorial|commentary|watch|video|photos|exclusive|breaking|update|updated|live|transcript|fact check|review|explainer|interview|q&a|read|listen|note|editor's note|correction|related|more|see also|source|sources say)$/i;

/**
 * A headline that credits its claim with a colon: `Graham: Trump’s rhetoric is destroying the
 * party's chances` is Graham's claim. Only a short title-like paragraph, with a name or a source
 * word before the colon.
 */
function headlineClaims(doc: Doc): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  for (const p of doc.paragraphs) {
    const m = /^([\p{Lu}][\p{L}.'’\- ]{1,40}):\s+(\S.*)$/u.exec(p.text);
    if (!m || wordCount(text, p.start, p.end) > 30 || /[“"]$/.test(m[1]!)) continue;
    const label = m[1]!.trim();
    if (SECTION_LABELS.test(label)) continue;
    const phrase = readObjectSpeaker(text, p.start, p.start + m[1]!.length);
    const named = phrase && (phrase.type === 'person' || phrase.type === 'organisation') && phrase.end >= p.start + label.length - 1;
    const source = SOURCE_LABELS.test(label);
    if (!named && !source) continue;
    const speaker: SpeakerPhrase = named ? phrase : { type: 'unnamed', mention: label, start: p.start, end: p.start + label.length, role: null };
    const start = p.start + m[0].length - m[2]!.length;
    let end = p.end;
    while (end > start && /[.\s]/.test(text[end - 1]!)) end--;
    if (wordCount(text, start, end) < 3) continue;
    out.push({ start, end, kind: 'indirect', phrase: speaker, cue: ':', at: speaker.start, paragraph: p.index, floating: false, quoted: false });
  }
  return out;
}

/** A passive ask right before a quote: `was asked, “…”`, `when asked: “…”`. */
const PASSIVE_ASK = /\b(?:was|were|is|are|been|being|be|when|after|once)\s+(?:\p{Ll}+ly\s+)?asked\s*[:,]?\s*$/u;

/** `so-called` marks the quote after it as the writer's term (`dubbed`, `called` quote the one who named it). */
const SCARE_LEAD = /\bso-?\s?called\s*$/i;

/**
 * A quote the writer puts around a term, which no content may carry: after `so-called`, or a
 * short phrase inside an intention or belief (`decided to revise it … its ‘national strength’`).
 * Other quotes with no speaker (titles, nicknames) may sit inside someone's reported words.
 */
function isScareQuote(doc: Doc, q: QuoteSpan, spans: readonly QuoteSpan[]): boolean {
  if (q.close < 0 || q.open < 0) return false;
  const text = doc.text;
  const s = sentenceAt(doc, q.open);
  if (!s) return false;
  if (SCARE_LEAD.test(text.slice(s.start, q.open))) return true;
  if (wordCount(text, q.start, q.end) > 4) return false;
  const frame = framesIn(text, s.start, s.end, spans.filter((o) => o !== q && o.paragraph === q.paragraph)).find((f) => f.contentStart <= q.start && f.contentEnd >= q.end - 1);
  return !!frame && isIntentionVerb(frame.cue);
}

/** The clause that carries a quoted fragment: after `that` or the sentence start. */
function clauseBefore(text: string, from: number, openAt: number): number {
  const lead = text.slice(from, openAt);
  const m = /.*\bthat\s/s.exec(lead);
  const at = m ? from + m[0].length - 5 : from;
  return at;
}

interface Cue {
  phrase: SpeakerPhrase;
  cue: string;
  at: number;
  /** end of the cue verb in doc.text, when known */
  cueEnd?: number;
  direct?: boolean;
}

/** The cue after a closing mark, within the same sentence. */
function tailCue(text: string, from: number, to: number): Cue | null {
  if (to <= from) return null;
  const slice = text.slice(from, to);
  if (!/^\s*(?:[,—–-]\s*|\s)/.test(slice) && !/^[,]/.test(slice)) {
    // `“…?” he asked` has no comma; `“….” Brown said.` is a new sentence: both are fine when a verb follows soon
    if (!/^\s/.test(slice)) return null;
  }
  const toks = tokens(text, from, to).filter((t) => !/^[,—–-]$/.test(t.text) || true);
  let k = 0;
  while (k < toks.length && /^[,—–\-]$/.test(toks[k]!.text)) k++;
  const limit = Math.min(toks.length, k + 45);
  for (let i = k; i < limit; i++) {
    const t = toks[i]!;
    if (/^[“"‘«]$/.test(t.text)) return null;
    // a capitalised `State` or `Post` is part of a name, not a verb
    if (!/^\p{Ll}/u.test(t.text) || !isReportingVerb(t.text, toks[i + 1]?.text)) continue;
    // `the report said`: a word right after a determiner is a noun, not the verb
    if (i > k && afterDeterminer(toks, i)) continue;
    if (/ing$/i.test(t.text) && i > k) return null;
    if (i === k) {
      // `said Del. Stacey Plaskett`: a title the sentence splitter took for a full stop goes on into the name
      const titleCut = /^\s+(?:Del|Gen|Adm|Amb|Atty|Sgt|Lt|Col|Capt|Cmdr|Maj|Supt|Insp|Det|Msgr|Gov|Sen|Rep|Rev|Prof|Dr|Mr|Mrs|Ms)\.\s*$/.test(text.slice(t.end, to)) && /^\s*\p{Lu}/u.test(text.slice(to, to + 3));
      const until = titleCut ? untilClauseEnd(text, to, Math.min(text.length, to + 120)) : untilClauseEnd(text, t.end, to);
      const phrase = readObjectSpeaker(text, t.end, until);
      return phrase ? { phrase, cue: t.text, at: phrase.start } : null;
    }
    // `“…” that Sanders can catch Clinton, said Steve Elmendorf`: after a comma the verb comes first
    // and the speaker after it; what stands before the comma is the rest of the report
    if (i > k + 1 && toks[i - 1]!.text === ',' && /^(?:said|says|added|adds|asked|asks|wrote|writes|explained|noted|argued|insisted|warned)$/.test(t.text) && /^(?:\p{Lu}|the$|a$|an$|one$)/u.test(toks[i + 1]?.text ?? '') && !TIME_WORDS.test(toks[i + 1]!.text)) {
      const phrase = readObjectSpeaker(text, t.end, untilClauseEnd(text, t.end, to));
      if (phrase && phrase.type !== 'pronoun') return { phrase, cue: t.text, at: phrase.start };
    }
    // `“…,” it said`: an organisation or a document speaks (resolved to the latest one that spoke)
    if (i === k + 1 && /^it$/i.test(toks[k]!.text)) return { phrase: { type: 'pronoun', mention: toks[k]!.text, start: toks[k]!.start, end: toks[k]!.end, role: null, gender: 'unknown' }, cue: t.text, at: toks[k]!.start };
    const phrase = readSubject(text, toks[k]!.start, subjectEndBefore(toks, i));
    if (!phrase) return null;
    return { phrase, cue: t.text, at: phrase.start };
  }
  return attributionVerb(text, toks, k, to);
}



function subjectEndBefore(toks: ReturnType<typeof tokens>, vi: number): number {
  let k = vi;
  while (k > 0 && (/^(?:also|later|then|has|have|had|once|again|further|simply|just|quickly|flatly|would|will|could)$/i.test(toks[k - 1]!.text) || isBetweenSpeakerAndVerb(toks[k - 1]!.text))) k--;
  return k > 0 ? toks[k - 1]!.end : toks[0]!.start;
}

function untilClauseEnd(text: string, from: number, to: number): number {
  const m = /(?<!(?:^|[\s.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Jr|Sr|St|Prof|Hon|Del|Adm|Maj|Cmdr|Amb|Atty|Supt|Insp|Det|Msgr))[.;!?](?:\s|$)|\s[“"‘]/u.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

/** A cue in the lead: `X said:`, `X told CNN`, `X said, "`, or `X said that the country was ‘…’`. */
function leadCueOf(text: string, from: number, openAt: number, lead: string): (Cue & { direct: boolean }) | null {
  const toks = tokens(text, from, openAt);
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (!/^\p{Ll}/u.test(t.text) || !isReportingVerb(t.text, toks[i + 1]?.text) || afterDeterminer(toks, i)) continue;
    const after = text.slice(t.end, openAt);
    // a short listener or adjunct, then `:` or `,` or nothing, then the quote
    // a short listener or adjunct may sit between cue and quote, but then punctuation or a
    // listener verb marks it: `said on Tuesday: “…”`, `told Sputnik “…”`; `says the plan “…”` is mixed
    const short = /^(?:\s*,?\s+[\p{L}\p{N}'’.\-]+){0,6}\s*[:,]?\s*$/u.test(after) && !/\bthat\s*$/.test(after) && !/\b(?:as|was|is|be|the|a|an|of|to|about|it)\s*$/i.test(after);
    const lemma = reportingLemma(t.text, toks[i + 1]?.text) ?? '';
    const direct = (short || /^,\s*$/.test(after)) && (/^\s*$/.test(after) || /[:,]\s*$/.test(after) || OBJECT_VERBS.has(lemma) || TIME_WORDS.test(after.trim()));
    if (/ing$/.test(t.text) && (toks[i - 1]?.text === ',' || /^(?:while|when|after|before|by)$/i.test(toks[i - 1]?.text ?? ''))) {
      // `Spicer said, adding, “…”` / `Trump attacked Rubio, saying “…”`: the participle reports
      // for the subject of the clause it hangs on, never for the name just before the comma
      const main = mainClauseSpeaker(text, from, toks, i);
      if (main) return { ...main, cue: t.text, cueEnd: t.end, direct };
      return null;
    }
    // `“A,” said the Florida senator, “B.”`: after the quote before, the verb comes first and the
    // speaker after it
    const inverted = direct && /^[\s,]*$/.test(text.slice(from, t.start)) ? readObjectSpeaker(text, t.end, openAt) : null;
    const phrase = inverted ?? readSubject(text, clauseBefore2(text, from, t.start), subjectEndBefore(toks, i)) ?? sharedSubject(text, from, toks, i);
    if (!phrase) {
      if (i === 0 || !/^[,]$/.test(toks[i - 1]!.text)) return null;
      continue;
    }
    return { phrase, cue: t.text, at: phrase.start, cueEnd: t.end, direct };
  }
  void lead;
  return null;
}

/**
 * `She urges her husband to come out and repeatedly says, “…”`: a verb after `and` (an adverb may
 * sit between) shares the subject of the sentence's first verb, when no relative clause intervenes.
 */
function sharedSubject(text: string, from: number, toks: ReturnType<typeof tokens>, vi: number): SpeakerPhrase | null {
  let k = vi - 1;
  while (k > 0 && /^\p{Ll}+ly$/u.test(toks[k]!.text)) k--;
  if (k <= 0 || !/^(?:and|but)$/.test(toks[k]!.text)) return null;
  // the nearest finite verb before `and` (not an infinitive or a participle) is the coordinated one
  for (let j = k - 1; j > 0; j--) {
    const w = toks[j]!.text;
    if (/^[;:”"“]$/.test(w) || /^(?:who|which|that|whom|whose)$/i.test(w)) return null;
    if (!/^\p{Ll}/u.test(w) || !(isVerbForm(w) || isReportingVerb(w)) || /ing$/.test(w) || /^to$/i.test(toks[j - 1]!.text)) continue;
    if (/^(?:the|a|an|his|her|their|its|of|to|my|our|your)$/i.test(toks[j - 1]!.text)) continue;
    const phrase = readSubject(text, clauseBefore2(text, from, toks[j]!.start), subjectEndBefore(toks, j));
    return phrase && phrase.type !== 'unnamed' && phrase.start < toks[j]!.start ? phrase : null;
  }
  return null;
}

/**
 * The speaker of the clause a participle (toks[pi]) hangs on: the subject of an earlier reporting
 * verb in the lead (`Spicer said, adding`), else the subject that opens the sentence, after any
 * leading adverbial (`On Thursday, Donald Trump ratcheted up …, saying`).
 */
function mainClauseSpeaker(text: string, from: number, toks: ReturnType<typeof tokens>, pi: number): { phrase: SpeakerPhrase; at: number } | null {
  for (let j = pi - 2; j >= 0; j--) {
    const w = toks[j]!.text;
    if (!/^\p{Ll}/u.test(w) || !isReportingVerb(w) || /ing$/.test(w) || afterDeterminer(toks, j)) continue;
    const phrase = readSubject(text, clauseBefore2(text, from, toks[j]!.start), subjectEndBefore(toks, j));
    return phrase ? { phrase, at: phrase.start } : null;
  }
  // the sentence's own subject: the first chunk that is not an adverbial
  let k = 0;
  // `Hours later, Trump …`: a short time phrase before the first comma
  const firstComma = toks.findIndex((t, x) => x < pi && t.text === ',');
  if (firstComma > 0 && firstComma <= 4 && toks.slice(0, firstComma).some((t) => /^(?:later|ago|earlier|week|weeks|month|months|year|years|day|days|morning|night|evening|afternoon|hours|minutes|moments)$/i.test(t.text))) k = firstComma + 1;
  while (k < pi) {
    const w = toks[k]!.text;
    if (!/^(?:on|in|at|after|before|during|last|this|earlier|later|yesterday|today|meanwhile|but|and|so|still|then|also|however)$/i.test(w) && !/^[,“"‘]$/.test(w)) break;
    // skip an adverbial up to its comma
    const comma = toks.findIndex((t, x) => x > k && x < pi && t.text === ',');
    if (comma < 0 || !/^(?:on|in|at|after|before|during|last|this|earlier|later)$/i.test(w)) k++;
    else k = comma + 1;
  }
  const first = toks[k];
  if (!first) return null;
  const phrase = readObjectSpeaker(text, first.start, toks[pi - 1]!.start);
  if (!phrase || phrase.start > first.start + 40) return null;
  return { phrase, at: phrase.start };
}

function clauseBefore2(text: string, from: number, verbAt: number): number {
  const seg = text.slice(from, verbAt);
  // `As Steven Rosenthal, a tax lawyer, recently put it, “…”`: the `as` opens the clause, it is not the name's
  const m = /.*(?:\bthat\b|;|\band\b(?=\s+\p{Lu})|^\s*As\b(?=\s+\p{Lu}))/su.exec(seg);
  return m ? from + m[0].length : from;
}

/** After a cue, nothing but a short adjunct to the sentence end: `Trump said.`, `she told CNN on Monday.` */
function attributionOnly(text: string, c: Cue, end: number): boolean {
  const verbAt = text.indexOf(c.cue, c.at > 0 ? Math.min(c.at, end) : 0);
  const from = verbAt >= 0 && verbAt < end ? verbAt + c.cue.length : c.phrase.end;
  const rest = text.slice(Math.max(from, c.phrase.end), end).replace(/[.!?\s”"’]+$/, '');
  return rest.split(/\s+/).filter(Boolean).length <= 6 && !/\bthat\b/.test(rest) && !/[“"‘]/.test(rest);
}

/** `― Carla Sanchez.`: a dash and a name, nothing else. */
function isCreditOnly(lead: string): boolean {
  return /^\s*[―—–]\s*\p{Lu}[\p{L}.'’\- ]{1,60}?[.,]?\s*$/u.test(lead);
}

/** A name credited after a dash right after the closing mark: `” ― Carla Sanchez.` */
function dashCredit(text: string, from: number, to: number): Cue | null {
  // (a plain hyphen too when a capitalised name follows it: `"…." - Bernie Sanders.`)
  const m = /^[\s.,]*(?:[―—–]|-(?=\s*\p{Lu}))\s*/u.exec(text.slice(from, to));
  if (!m) return null;
  const start = from + m[0].length;
  const phrase = readObjectSpeaker(text, start, untilClauseEnd(text, start, to));
  return phrase && (phrase.type === 'person' || phrase.type === 'organisation') ? { phrase, cue: text.slice(from, start).trim(), at: phrase.start } : null;
}

/** `PENCE: …` or `Pat Caddell: …`: a name alone before a colon. */
function speakerLabel(text: string, from: number, openAt: number): Cue | null {
  const lead = text.slice(from, openAt).trim();
  const m = /^["“]?([\p{Lu}][\p{L}.'’\- ]{1,40}):$/u.exec(lead);
  // `HEADLINE - Jeffrey M. Jones:`: a spaced dash is never inside a name (colon.ts reads the name after it)
  if (!m || /\s[-—–]\s/.test(m[1]!)) return null;
  const start = from + text.slice(from, openAt).indexOf(m[1]!);
  const phrase = readObjectSpeaker(text, start, start + m[1]!.length);
  return phrase && phrase.type !== 'pronoun' ? { phrase, cue: ':', at: phrase.start } : null;
}

/** A quote paragraph introduced by the previous one: `Hayashi said on Tuesday:`. */
function introFromPrevious(doc: Doc, q: QuoteSpan): Cue | null {
  const text = doc.text;
  const para = doc.paragraphs[q.paragraph]!;
  if (q.open !== para.start && q.open >= 0) return null;
  const prev = doc.paragraphs[q.paragraph - 1];
  if (!prev || !/:\s*$/.test(prev.text)) return null;
  const s = sentenceAt(doc, prev.end - 1);
  if (!s) return null;
  const c = leadCueOf(text, s.start, prev.end, prev.text);
  return c && c.direct ? c : colonIntro(text, s.start, prev.end);
}

/**
 * Introductions that end in a colon without a speech verb before it: `Clinton released the
 * following statement:`, `Here’s Clinton in December 1992:`.
 */
function colonIntro(text: string, from: number, end: number): Cue | null {
  const seg = text.slice(from, end);
  const at = (part: string) => from + seg.indexOf(part);
  // (an inverted `Stated Stone:` is left out: the people index reads `Stated Roger Stone` as the name)
  const inverted = /^\s*Here(?:’|')s\s+([^:]{2,60}?)(?:\s+(?:in|on|at|during|from|last|this)\b[^:]*)?:\s*$/.exec(seg);
  if (inverted) {
    const start = at(inverted[1]!);
    const phrase = readObjectSpeaker(text, start, start + inverted[1]!.length);
    return phrase && phrase.type !== 'pronoun' ? { phrase, cue: ':', at: phrase.start } : null;
  }
  const statement = /^(.*?)\s+(?:released|issued|put out|posted|sent out|sent|gave)\s+(?:the following|a|this|his|her|their|its|an)\s+(?:[\p{Ll}-]+\s+)?(?:statement|response|comment|message|reply|tweet)\b[^:]*:\s*$/su.exec(seg);
  if (statement) {
    const start = at(statement[1]!);
    const phrase = readSubject(text, clauseBefore2(text, start, start + statement[1]!.length), start + statement[1]!.length);
    return phrase ? { phrase, cue: ':', at: phrase.start } : null;
  }
  const named = labelBeforeColon(text, from, end) ?? subjectBeforeColon(text, from, end);
  return named ? { phrase: named, cue: ':', at: named.start } : null;
}

function fromFrame(f: Frame, s: Sentence, kind: Quote['kind']): Candidate {
  return { start: f.contentStart, end: f.contentEnd, ...(f.parts ? { parts: f.parts } : {}), kind, phrase: f.speaker, cue: f.cue, at: f.speaker.start, paragraph: s.paragraph, floating: false, quoted: false, ...(f.nominal ? { nominal: true } : {}), ...(f.agentless ? { agentless: true } : {}) };
}

// ---------------------------------------------------------------------------------------------
// resolution and output

interface Resolved {
  speaker: string | null;
  role: string | null;
  type: Quote['speakerType'];
  described?: string;
}

/**
 * Everyone quoted by full name anywhere in the article is a person a pronoun may stand for, even
 * before their first quote (`Rakeyia Scott … she says` with the named quote further down).
 */
function vouchForSpeakers(candidates: readonly Candidate[], people: PersonIndex): void {
  for (const c of candidates) {
    if (c.floating || !c.phrase) continue;
    for (const p of c.phrase.coSpeakers?.length ? c.phrase.coSpeakers : [c.phrase]) {
      if (p.type !== 'person') continue;
      const person = people.find(p.name ?? p.mention);
      if (person) people.markSpeaker(person);
    }
  }
}

function resolveAll(doc: Doc, candidates: Candidate[], people: PersonIndex): Quote[] {
  vouchForSpeakers(candidates, people);
  const out: Quote[] = [];
  const runsOn: boolean[] = [];
  const origins: Candidate[] = [];
  let previous: { resolved: Resolved; mention: string | null; paragraph: number; end: number; question: boolean } | null = null;
  for (const c of candidates) {
    let resolved: Resolved;
    let mention: string | null = c.phrase?.mention || null;
    if (c.floating) {
      // a quote paragraph with no cue continues the quote before it, unless that one was a
      // question (`Tapper asked, “…?”`) in the paragraph before: then it is the answer, by the other
      // side of the interview (a question answered in its own paragraph is rhetorical)
      const answer: Quote | null | undefined = previous && c.paragraph - previous.paragraph === 1 && previous.question ? interviewee(out, previous.resolved.speaker, c.paragraph) : undefined;
      if (answer !== undefined) {
        resolved = answer ? { speaker: answer.speaker, role: answer.role, type: answer.speakerType } : { speaker: null, role: null, type: 'unknown' };
        mention = answer ? answer.speakerMention : null;
      } else if (previous && c.paragraph - previous.paragraph <= 1 && previous.resolved.speaker) {
        resolved = previous.resolved;
        mention = previous.mention;
      } else {
        resolved = { speaker: null, role: null, type: 'unknown' };
      }
    } else if (c.phrase && !c.agentless && firstPersonIn(c.phrase, out, origins)) {
      // `“… we …,” Corker said, pointing out that …`: an I or we inside a quote is its speaker
      const q = firstPersonIn(c.phrase, out, origins)!;
      resolved = { speaker: q.speaker, role: q.role, type: q.speakerType, ...(q.described ? { described: q.described } : {}) };
      mention = q.speakerMention;
    } else if (c.phrase && !c.agentless) {
      resolved = resolvePhrase(c.phrase, c.at, people, doc);
      // the one who speaks is who a later `he said` most likely stands for (not the one who asks)
      const person = resolved.type === 'person' && resolved.speaker ? people.find(resolved.speaker) : undefined;
      if (person && reportingLemma(c.cue ?? '') !== 'ask') people.recordSpeaker(person, c.at);
    } else {
      resolved = { speaker: null, role: null, type: 'unknown' };
    }
    if (!resolved.speaker && c.kind !== 'direct' && c.phrase?.type !== 'pronoun' && !c.agentless) continue;
    if (!resolved.speaker && wordCount(doc.text, c.start, c.end) < 3) continue;
    // a short quote alone in its paragraph with nobody to say it, or one in capitals, is a
    // subhead (`‘A change warrior.’`, `“DIVISIVE, STUPID AND WRONG”`), not a quote
    if (c.floating && wholeParagraph(doc, c) && ((!resolved.speaker && wordCount(doc.text, c.start, c.end) <= 7) || isShouted(doc.text.slice(c.start, c.end)))) continue;
    const [start, end] = trimmedInput(doc, c.start, c.end);
    if (end <= start) continue;
    out.push({
      quote: doc.input.slice(start, end),
      start,
      end,
      speaker: resolved.speaker,
      speakerMention: mention,
      role: resolved.role,
      ...(resolved.described ? { described: resolved.described } : {}),
      cue: c.floating ? null : c.cue,
      kind: c.kind,
      speakerType: resolved.type,
      paragraph: c.paragraph,
      ...(c.parts ? partsOf(doc, c.parts) : {}),
    });
    runsOn.push(!!c.runsOn && !resolved.speaker);
    origins.push(c);
    if ((c.kind !== 'indirect' || resolved.speaker) && !c.nominal) {
      const question = c.kind === 'direct' && reportingLemma(c.cue ?? '') === 'ask' && /\?\s*$/.test(doc.text.slice(c.start, c.end));
      previous = { resolved, mention, paragraph: c.paragraph, end: c.end, question };
    }
  }
  // a paragraph that opens a quote and runs on takes the speaker named where the quote ends
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i]!;
    const next = out[i + 1]!;
    if (runsOn[i] && !q.speaker && next.speaker && next.kind === 'direct' && next.paragraph === q.paragraph + 1) {
      out[i] = { ...q, speaker: next.speaker, speakerMention: next.speakerMention, role: next.role, speakerType: next.speakerType, ...(next.described ? { described: next.described } : {}) };
    }
  }
  return joinBrokenQuotes(doc, out, origins);
}

/** The resolved quote (in doc.text offsets, by its origin) holding a first-person subject `I`/`we`, when it has a speaker. */
function firstPersonIn(p: SpeakerPhrase, out: readonly Quote[], origins: readonly Candidate[]): Quote | undefined {
  if (p.type !== 'pronoun' || !/^(?:i|we)$/i.test(p.mention)) return undefined;
  for (let i = out.length - 1; i >= 0; i--) {
    const o = origins[i]!;
    if (o.kind === 'direct' && o.start <= p.start && p.end <= o.end) return out[i]!.speaker ? out[i] : undefined;
  }
  return undefined;
}

/**
 * The one answering a question asked by `asker`: the latest speaker of a direct quote in the few
 * paragraphs before who is not the asker (interviews alternate); null when there is none.
 */
function interviewee(out: readonly Quote[], asker: string | null, paragraph: number): Quote | null {
  for (let i = out.length - 1; i >= 0; i--) {
    const q = out[i]!;
    if (paragraph - q.paragraph > 6) break;
    if (q.kind === 'direct' && q.speaker && q.speaker !== asker) return q;
  }
  return null;
}

/**
 * `“A,” she said. “B.”` and `“A,” she said, “B.”` are one quote broken by its attribution:
 * the second piece either has no cue of its own (it floats) or shares the first one's speaker
 * phrase. Newsroom convention (and PolNeAR's) counts them as one quote in two parts, and so
 * are the uncued quote paragraphs that follow one (`“A,” she said. ¶ “B.” ¶ “C.”`), after a
 * direct quote or a report with a quoted part (the whole stays mixed).
 */
/** `“A,” she said, adding, “B.”`: the second quote is a report of its own (PolNeAR marks two), not a broken one. */
const ADDS_ANOTHER = /\b(?:adding|continuing|before adding|and added|and continued|then added)\b/i;

/** Written in capitals (three words or more): a subhead or a banner. */
function isShouted(content: string): boolean {
  const letters = content.replace(/[^\p{L}]/gu, '');
  return content.trim().split(/\s+/).length >= 3 && letters.length > 0 && letters.replace(/\p{Lu}/gu, '').length <= letters.length * 0.1;
}

/** The content is its whole paragraph: nothing but quotation marks, a dash or end punctuation around it. */
function wholeParagraph(doc: Doc, c: Candidate): boolean {
  const para = doc.paragraphs[c.paragraph];
  return !!para && /^[\s"“”‘'«—–-]*$/.test(doc.text.slice(para.start, c.start)) && /^[\s"“”‘’'».,;:!?…)\]—–-]*$/.test(doc.text.slice(c.end, para.end));
}

function joinBrokenQuotes(doc: Doc, out: Quote[], origins: Candidate[]): Quote[] {
  const joined: Quote[] = [];
  const joinedOrigins: Candidate[] = [];
  let lastPara = -1;
  for (let i = 0; i < out.length; i++) {
    const q = out[i]!;
    const c = origins[i]!;
    // the piece before: the last direct quote, past any reported speech read inside the
    // attribution between the pieces (`“A,” Clinton told reporters as she left. “B.”`)
    let li = joined.length - 1;
    while (li >= 0 && joined[li]!.kind === 'indirect' && joined[li]!.paragraph === q.paragraph && q.kind === 'direct') li--;
    const last = li >= 0 ? joined[li] : undefined;
    const prevOrigin = li >= 0 ? joinedOrigins[li]! : null;
    // a quote paragraph with no cue, right after the quote before it, goes on with the same
    // words (`“A,” she said. ¶ “B.” ¶ “C.”`); a chain of uncued quote paragraphs is one block
    const nextParagraph = q.paragraph === lastPara + 1 && li === joined.length - 1 && wholeParagraph(doc, c);
    const continues =
      last &&
      prevOrigin &&
      q.kind === 'direct' &&
      (last.kind === 'direct' || (last.kind === 'mixed' && c.floating)) &&
      (q.paragraph === last.paragraph || (nextParagraph && c.floating)) &&
      (q.speaker !== null || (nextParagraph && c.floating && !prevOrigin.cue) || (q.paragraph === last.paragraph && c.floating && !!prevOrigin.cue)) &&
      q.speaker === last.speaker &&
      (c.floating || (c.phrase !== null && prevOrigin.phrase !== null && c.phrase.start === prevOrigin.phrase.start)) &&
      !ADDS_ANOTHER.test(doc.text.slice(last.end, q.start));
    if (last && continues) {
      const parts: Array<[number, number]> = [...(last.parts ?? [[last.start, last.end]]), [q.start, q.end]];
      // the JSON contract: `quote` is exactly input.slice(start, end); the pieces stay in `parts`
      joined[li] = { ...last, end: q.end, parts, quote: doc.input.slice(last.start, q.end), partTexts: parts.map(([a, b]) => doc.input.slice(a, b)) };
      joinedOrigins[li] = c;
    } else {
      joined.push(q);
      joinedOrigins.push(c);
    }
    lastPara = q.paragraph;
  }
  return joined;
}



function resolvePhrase(p: SpeakerPhrase, at: number, people: PersonIndex, doc: Doc): Resolved {
  if (p.coSpeakers?.length) {
    // `Mr. Grassley and Mr. Leahy said`: both said it; each name is resolved on its own
    const all = p.coSpeakers.map((c) => resolvePhrase(c, c.start, people, doc));
    if (all.every((r) => r.speaker)) return { speaker: all.map((r) => r.speaker).join(' and '), role: null, type: all[0]!.type };
    return resolvePhrase({ ...p, coSpeakers: undefined }, at, people, doc);
  }
  switch (p.type) {
    case 'person': {
      const name = p.name ?? p.mention;
      // (`Mr. King`: a title word after an honorific is the surname)
      const parts = nameParts(name).length === 0 && /^\p{Lu}\p{Ll}+$/u.test(name) ? [name] : nameParts(name);
      let person: Person | undefined;
      // `the Kentucky Republican said`: a capitalised description after `the` names nobody new
      const afterThe = !p.role && /\bthe\s+$/i.test(doc.text.slice(Math.max(0, p.start - 4), p.start));
      if (parts.length >= 2 && afterThe) return { speaker: name + (p.affiliation ? ` ${p.affiliation}` : ''), role: null, type: 'unnamed' };
      if (parts.length >= 2) person = people.add(name, p.role, p.start) ?? undefined;
      else if (parts.length === 1) person = people.bySurname(parts[0]!, at, honorificGender(p.mention) ?? 'unknown');
      if (p.surnameIfKnown && (!person || !person.vouched)) return { speaker: null, role: null, type: 'unknown' };
      // `of the Armenian Patriarchate` stays with the name as written: the speaker string holds the
      // person's full name either way, and sources that spell the speaker with it are matched too
      const of = p.affiliation ? ` ${p.affiliation}` : '';
      const described = p.described ? { described: p.described } : {};
      if (person) {
        people.recordMention(person, p.start);
        people.markSpeaker(person);
        return { speaker: person.name + of, role: p.role ?? person.role, type: 'person', ...described };
      }
      return { speaker: (parts.join(' ') || name) + of, role: p.role, type: 'person', ...described };
    }
    case 'organisation': {
      const name = p.name ?? p.mention;
      // (`Cuban said` after Mark Cuban: a demonym alone may be a surname)
      const parts = nameParts(name).length === 0 && /^\p{Lu}\p{Ll}+$/u.test(name) ? [name] : nameParts(name);
      // `Ford said`, `Israel said` after Doug Ford, Steve Israel: a one-word name a person has as surname
      const person = parts.length === 1 && /^\p{Lu}/u.test(name) ? people.bySurname(parts[0]!, at) : undefined;
      if (person && person.vouched && nameParts(person.name).pop()?.toLowerCase() === parts[0]!.toLowerCase()) {
        people.recordMention(person, p.start);
        return { speaker: person.name, role: p.role ?? person.role, type: 'person' };
      }
      if (p.surnameIfKnown) return { speaker: null, role: null, type: 'unknown' };
      if (p.place) return { speaker: null, role: null, type: 'unknown' };
      // `the ministry said` after the Ministry of Health
      const noun = /^the\s+\p{Ll}+$/iu.test(p.mention) ? p.mention.slice(4) : undefined;
      const named = noun ? people.byOrgNoun(noun, at) ?? people.byGenericOrgNoun(noun, at) : undefined;
      const speaker = named ? named.replace(/^the\s+/i, '') : name.replace(/^the\s+/i, (m) => (m[0] === 'T' ? m : ''));
      people.recordOrgSpeaker(speaker, 'organisation', p.start);
      return { speaker, role: p.role, type: 'organisation' };
    }
    case 'pronoun': {
      if (/^it$/i.test(p.mention)) {
        const org = people.byIt(at);
        return org ? { speaker: org.name, role: null, type: org.type } : { speaker: null, role: null, type: 'unknown' };
      }
      if (p.gender === 'plural' || p.mention.toLowerCase() === 'i' || p.mention.toLowerCase() === 'we') return { speaker: null, role: null, type: 'unknown' };
      const person = people.byPronoun(p.gender === 'male' || p.gender === 'female' ? p.gender : 'unknown', at, pronounWindows(doc, at));
      if (person) {
        people.recordMention(person, at);
        return { speaker: person.name, role: person.role, type: 'person' };
      }
      return { speaker: null, role: null, type: 'unknown' };
    }
    case 'descriptor': {
      // `said the 46-year-old`: an age is a definite mention of someone just named, like a pronoun
      const age = /^the\s+\d{1,3}-year-old$/i.test(p.mention);
      // `the senators` are several people, never the one senator the index knows
      // `the senator said` with no senator known: a definite description of one person stands, like
      // a pronoun, for the one just spoken of (the batch line keeps the description after the name)
      const head = p.mention.split(/\s+/).pop() ?? '';
      const definite = /^the\s+(?:[\p{L}\-]+\s+){0,3}[\p{L}\-]+$/iu.test(p.mention) && p.gender !== 'plural' && ANAPHORIC_HEAD.test(head) && !/\s(?:French|British|German|Chinese|Russian|Mexican|Israeli|Iranian|Japanese|Canadian)\s/.test(p.mention);
      const person = age ? people.byPronoun('unknown', at, pronounWindows(doc, at)) : p.gender === 'plural' ? undefined : people.byDescriptor(p.modifiers ?? [], at) ?? (definite ? people.byPronoun(/(?:woman|ess)$/i.test(head) ? 'female' : /(?:man|actor)$/i.test(head) ? 'male' : 'unknown', at, pronounWindows(doc, at)) : undefined);
      if (person) {
        people.recordMention(person, at);
        return { speaker: person.name, role: person.role, type: 'person' };
      }
      return { speaker: p.mention.replace(/^(?:the|a|an)\s+/i, ''), role: null, type: 'unnamed' };
    }
    case 'unnamed':
      // as written (`another source`, `a senior official`, `Forty percent of voters`): more faithful
      // than a generic label, and speakerType marks it as unnamed
      if (DOCUMENT_HEAD.test(p.mention)) people.recordOrgSpeaker(p.mention, 'unnamed', p.start);
      return { speaker: p.mention, role: null, type: 'unnamed' };
  }
}

/** The sentences a pronoun at `at` may look back into, nearest first: its own, then back three paragraphs. */
function pronounWindows(doc: Doc, at: number): Array<[number, number]> {
  const here = sentenceAt(doc, at);
  if (!here) return [];
  const firstPara = Math.max(0, here.paragraph - 3);
  const out: Array<[number, number]> = [];
  const idx = doc.sentences.indexOf(here);
  for (let i = idx; i >= 0; i--) {
    const s = doc.sentences[i]!;
    if (s.paragraph < firstPara) break;
    out.push([s.start, i === idx ? at : s.end]);
  }
  return out;
}

/** Input offsets and texts of a content's pieces. */
function partsOf(doc: Doc, parts: ReadonlyArray<[number, number]>): Pick<Quote, 'parts' | 'partTexts'> {
  const mapped = parts.map(([a, b]) => trimmedInput(doc, a, b));
  return { parts: mapped, partTexts: mapped.map(([a, b]) => doc.input.slice(a, b)) };
}

/** Maps a text span to the input, without surrounding spaces and quotation marks. */
function trimmedInput(doc: Doc, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  const t = doc.text;
  while (s < e && /[\s"“”‘’'«»]/.test(t[s]!)) s++;
  while (e > s && /[\s"“”‘«»,]/.test(t[e - 1]!)) e--;
  if (e > s && /[’']/.test(t[e - 1]!) && !/\p{L}s$/u.test(t.slice(e - 3, e - 1))) e--;
  return doc.toInput(s, e);
}

export { quotesToJson, type QuoteJson } from './json.js';
