/**
 * Resolution and output: each candidate's speaker phrase resolved to a full name in reading order
 * (floating quotes take the speaker before them, interview answers the other side), then mapped
 * back to input offsets.
 */
import type { Doc } from '../text/doc.js';
import { reportingLemma } from './cues.js';
import { wordCount } from './scan.js';
import { sentenceAt } from './sentences.js';
import type { PersonIndex, SpeakerPhrase } from './speakers.js';
import type { Candidate } from './candidate.js';
import type { Quote } from './quote.js';
import { resolvePhrase, type Resolved } from './resolvephrase.js';
import { joinBrokenQuotes, wholeParagraph } from './join.js';


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

export function resolveAll(doc: Doc, candidates: Candidate[], people: PersonIndex): Quote[] {
  vouchForSpeakers(candidates, people);
  const out: Quote[] = [];
  const runsOn: boolean[] = [];
  const origins: Candidate[] = [];
  let previous: { resolved: Resolved; mention: string | null; paragraph: number; end: number; question: boolean } | null = null;
  // the last direct quote's speaker, and whether a report read inside its attribution came after
  // it (`“A,” said X, an adviser to Y, who has offered advice to Z. “B.”`: B goes on with X's words)
  let lastDirect: { resolved: Resolved; mention: string | null; paragraph: number; at: number } | null = null;
  let relativeSince = false;
  for (const c of candidates) {
    let resolved: Resolved;
    // (`Barkley, who said …`: the relative pronoun is the speaker as written next to the report)
    let mention: string | null = c.relative ?? (c.phrase?.mention || null);
    if (c.floating) {
      // a quote paragraph with no cue continues the quote before it, unless that one was a
      // question (`Tapper asked, “…?”`) in the paragraph before: then it is the answer, by the other
      // side of the interview (a question answered in its own paragraph is rhetorical)
      const answer: Quote | null | undefined = previous && c.paragraph - previous.paragraph === 1 && previous.question ? interviewee(out, previous.resolved.speaker, c.paragraph) : undefined;
      if (answer !== undefined) {
        resolved = answer ? { speaker: answer.speaker, role: answer.role, type: answer.speakerType } : { speaker: null, role: null, type: 'unknown' };
        mention = answer ? answer.speakerMention : null;
      } else if (relativeSince && lastDirect && lastDirect.paragraph === c.paragraph && lastDirect.resolved.speaker) {
        resolved = lastDirect.resolved;
        mention = lastDirect.mention;
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
    } else if (c.phrase && (!c.agentless || seemsToItself(c))) {
      resolved = resolvePhrase(c.phrase, c.at, people, doc);
      // the one who speaks is who a later `he said` most likely stands for (not the one who asks)
      const person = resolved.type === 'person' && resolved.speaker ? people.find(resolved.speaker) : undefined;
      if (person && reportingLemma(c.cue ?? '') !== 'ask') people.recordSpeaker(person, c.at);
    } else {
      resolved = { speaker: null, role: null, type: 'unknown' };
    }
    if (!resolved.speaker && c.kind !== 'direct' && c.phrase?.type !== 'pronoun' && !c.agentless) continue;
    // (nor one whose `they` was read as a group: too short to be a report either way)
    if ((!resolved.speaker || (c.phrase?.type === 'pronoun' && /^they$/i.test(c.phrase.mention))) && wordCount(doc.text, c.start, c.end) < 3) continue;
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
    if (c.kind === 'direct') {
      lastDirect = { resolved, mention, paragraph: c.paragraph, at: c.at };
      relativeSince = false;
    } else if (c.kind === 'indirect' && lastDirect && c.paragraph === lastDirect.paragraph && (c.relative || inOneSentence(doc, lastDirect.at, c.at))) relativeSince = true;
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

/**
 * `Rubio seemed hopeful that …`, `Republicans appear to be salivating …`: no one is named as the
 * judge, but the position is the subject's own, and PolNeAR credits the subject (a named person or
 * body); a passive (`Lewandowski was dismissed`) stays agentless.
 */
function seemsToItself(c: Candidate): boolean {
  return (c.phrase?.type === 'person' || c.phrase?.type === 'organisation') && /^(?:seem|seems|seemed|appear|appears|appeared)$/i.test(c.cue ?? '');
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

/** Do the two positions lie in one sentence? */
function inOneSentence(doc: Doc, a: number, b: number): boolean {
  const s = sentenceAt(doc, a);
  return !!s && s.start <= b && b < s.end;
}

/** Written in capitals (three words or more): a subhead or a banner. */
function isShouted(content: string): boolean {
  const letters = content.replace(/[^\p{L}]/gu, '');
  return content.trim().split(/\s+/).length >= 3 && letters.length > 0 && letters.replace(/\p{Lu}/gu, '').length <= letters.length * 0.1;
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
