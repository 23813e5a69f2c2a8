import type { Doc } from '../text/doc.js';
import { wordCount } from './scan.js';
import { readObjectSpeaker, type SpeakerPhrase } from './speakers.js';
import type { Candidate } from './candidate.js';

/** Headline labels that are sources though no name: `Poll: Sanders leads`. */
const SOURCE_LABELS = /^(?:poll|polls|survey|study|report|newspaper|sources|officials|experts|analysts|aides|insiders|witnesses|police|prosecutors)$/i;
/** Labels that are sections or clickbait kickers, not sources: `Analysis: …`, `Watch: …`, `LOOK: …`. */
const SECTION_LABELS = /^(?:the latest|latest|analysis|opinion|editorial|commentary|watch|video|photos|exclusive|breaking|update|updated|live|transcript|fact check|review|explainer|interview|q&a|read|listen|note|editor's note|correction|related|more|see also|source|sources say|look|boom|bombshell|wow)$/i;
/**
 * Newsroom furniture that ends a label: a byline credit (`Contributing: …`), a contact
 * (`EMAIL: …`), a notice or a running series (`Paid Notice`, `Delegate Update`). None names who
 * claims what follows.
 */
const NEWSROOM_LABEL_END = /(?:^|\s)(?:contributing|contributors|email|e-mail|contact|notice|update|updates|photos|gallery|podcast|newsletter|briefing|digest|roundup|recap)$/i;

/** A speaker label opening a transcript turn: a name in capitals (`FALLIN:`, `JOEL BENENSON:`). */
const TURN_LABEL = /^\p{Lu}[\p{Lu}.'’\- ]{1,30}:\s/u;

/**
 * A headline that credits its claim with a colon: `Graham: Trump’s rhetoric is destroying the
 * party's chances` is Graham's claim. Only a short title-like paragraph, with a name or a source
 * word before the colon.
 */
export function headlineClaims(doc: Doc): Candidate[] {
  const text = doc.text;
  const out: Candidate[] = [];
  // a transcript or interview: several paragraphs open with a speaker label (`FALLIN:`, `Q:`), so a
  // labelled paragraph is a turn of any length, not only a short headline
  const turns = doc.paragraphs.filter((p) => TURN_LABEL.test(p.text)).length;
  const interview = doc.paragraphs.filter((p) => /^Q:\s/.test(p.text)).length >= 2 && doc.paragraphs.some((p) => /^A:\s/.test(p.text));
  for (const p of doc.paragraphs) {
    const m = /^([\p{Lu}][\p{L}.'’\- ]{0,40}):\s+(\S.*)$/u.exec(p.text);
    if (!m || /[“"]$/.test(m[1]!)) continue;
    const label = m[1]!.trim();
    const qa = interview && /^[QA]$/.test(label);
    if (label.length < 2 && !qa) continue;
    const turn = qa || (turns >= 2 && TURN_LABEL.test(p.text));
    if (wordCount(text, p.start, p.end) > (turn ? 250 : 30)) continue;
    if (SECTION_LABELS.test(label) || NEWSROOM_LABEL_END.test(label)) continue;
    const phrase = qa ? null : readObjectSpeaker(text, p.start, p.start + m[1]!.length);
    const named = phrase && (phrase.type === 'person' || phrase.type === 'organisation') && phrase.end >= p.start + label.length - 1;
    const source = SOURCE_LABELS.test(label) || qa;
    if (!named && !source) continue;
    const speaker: SpeakerPhrase = named ? phrase : { type: 'unnamed', mention: label, start: p.start, end: p.start + label.length, role: null };
    const start = p.start + m[0].length - m[2]!.length;
    let end = p.end;
    while (end > start && /[.\s]/.test(text[end - 1]!)) end--;
    if (wordCount(text, start, end) < 3) continue;
    out.push({ start, end, kind: 'indirect', phrase: speaker, cue: ':', at: speaker.start, paragraph: p.index, floating: false, quoted: false });
  }
  return isRoster(text, out) ? [] : out;
}

/**
 * `Sanders: Win in a walk` / `Cruz: Just hang on` / `Kasich: Now or never`: three or more short
 * lines, each for a different name, are a scorecard the newsroom wrote, not claims the people
 * made. A headline comes once; a transcript repeats its speakers and runs longer.
 */
function isRoster(text: string, claims: readonly Candidate[]): boolean {
  if (claims.length < 3) return false;
  const names = new Set(claims.map((c) => c.phrase?.mention));
  return names.size === claims.length && claims.every((c) => wordCount(text, c.start, c.end) < 7);
}
