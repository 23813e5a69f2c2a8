/** Reports through a participle, a gerund or a noun: `…, saying …`, `by arguing that …`, `Clinton's claim that …`. */
import { BETWEEN_SPEAKER_AND_VERB, isAttributionVerb, isReportingVerb, reportingLemma, TIME_WORDS } from '../cues.js';
import { isVerbForm, type Token } from '../names.js';
import { readObjectSpeaker, readSubject, type SpeakerPhrase } from '../speakers.js';
import { afterParticle, clauseStartBefore, contentEndFrom, INTRODUCTORY, nounPhraseEnd, participleAfter } from './clauses.js';
import { type Frame, inside, trimContent, words } from './frame.js';
import { IRREGULAR_PAST } from '../subjects.js';
import { skipListener, speakingNounPhrase, subjectEnd, tailAttributionBefore } from './subject.js';
import { oneWordPosition } from './attribution.js';

/**
 * `Clinton's claim that …` / `his argument that …`: the possessor reports the that-clause. Only a
 * possessive names the speaker (`the claim that …` has none we could show, so it is left out).
 */
export function nounFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
  const v = toks[vi]!;
  const prev = toks[vi - 1];
  if (!prev) return null;
  let speaker: SpeakerPhrase | null = null;
  if (/^(?:his|her|their)$/i.test(prev.text)) {
    const p = prev.text.toLowerCase();
    speaker = { type: 'pronoun', mention: prev.text, start: prev.start, end: prev.end, role: null, gender: p === 'his' ? 'male' : p === 'her' ? 'female' : 'plural' };
  } else if (prev.text === "'s" && vi >= 2) {
    // the name run before `'s`: capitalised words (and name particles) back to the first one
    let k = vi - 2;
    while (k > 0 && /^(?:\p{Lu}[\p{L}.\-]*|de|van|von)$/u.test(toks[k - 1]!.text)) k--;
    if (!/^\p{Lu}/u.test(toks[k]!.text)) return null;
    speaker = readObjectSpeaker(text, toks[k]!.start, toks[vi - 2]!.end);
  }
  if (!speaker || speaker.type === 'unnamed') return null;
  // `claims that …` keeps its `that`; `support for …` starts after the preposition
  // (`decision to leave` keeps its `to`, like the infinitive of a verb: `refused to leave`)
  const particle = toks[vi + 1]!.text.toLowerCase() !== 'that';
  const c = particle && !/^to$/i.test(toks[vi + 1]!.text) ? vi + 2 : vi + 1;
  if (!toks[c]) return null;
  const [cs, ce] = trimContent(text, toks[c]!.start, Math.min(participleAfter(toks, c, to), contentEndFrom(text, toks, c, to, false), particle ? nounPhraseEnd(toks, c, to) : to));
  if (words(text, cs, ce) < (particle ? 2 : 4)) return null;
  // `his remarks on Tuesday`, `remarks on the condition of anonymity`: a time or a manner, not a topic
  if (particle && (TIME_WORDS.test(text.slice(toks[c - 1]!.start, ce)) || /^(?:the condition|condition|background|camera|record)\b/i.test(text.slice(cs, ce)) || /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)/.test(text.slice(cs, ce)))) return null;
  if (quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) return null;
  return { speaker, cue: v.text, cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before', nominal: true };
}

/**
 * `Clinton won the state by arguing that …` / `After accusing him of lying, Cruz said …`: a gerund
 * after a preposition reports for the main clause's subject. When the phrase opens the sentence the
 * subject follows its comma; otherwise it is the subject of the sentence's first verb.
 */
export function gerundFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
  const v = toks[vi]!;
  const opening = vi === 1 || (vi >= 2 && /^[,;:“"‘]$/.test(toks[vi - 2]!.text) && vi - 2 === 0);
  let speaker: SpeakerPhrase | null = null;
  let end = to;
  if (opening) {
    const comma = toks.findIndex((t, i) => i > vi && t.text === ',');
    if (comma < 0) return null;
    end = toks[comma]!.start;
    // the subject after the comma, up to its verb
    let mv = comma + 1;
    while (mv < toks.length && !(/^\p{Ll}/u.test(toks[mv]!.text) && (isVerbForm(toks[mv]!.text) || isReportingVerb(toks[mv]!.text) || isAttributionVerb(toks[mv]!.text) || BETWEEN_SPEAKER_AND_VERB.has(toks[mv]!.text)))) mv++;
    if (mv >= toks.length || mv - comma > 8 || mv === comma + 1) return null;
    speaker = readSubject(text, toks[comma + 1]!.start, toks[mv - 1]!.end);
  } else {
    let mv = -1;
    for (let k = 0; k < vi - 1; k++) {
      if (inside(quoted, toks[k]!.start)) return null;
      const w = toks[k]!.text;
      if (/^\p{Ll}/u.test(w) && (isVerbForm(w) || isReportingVerb(w) || isAttributionVerb(w) || BETWEEN_SPEAKER_AND_VERB.has(w))) {
        mv = k;
        break;
      }
    }
    if (mv <= 0) return null;
    const se = subjectEnd(toks, mv);
    if (se === 0) return null;
    speaker = readSubject(text, from, toks[se - 1]!.end);
  }
  if (!speaker) return null;
  const c = afterParticle(toks, vi, vi + 1);
  if (!toks[c]) return null;
  const [cs, ce] = trimContent(text, toks[c]!.start, Math.min(end, participleAfter(toks, c, to), contentEndFrom(text, toks, c, end, false)));
  if (words(text, cs, ce) < 2 && !oneWordPosition(toks[vi]!.text, text.slice(cs, ce))) return null;
  if (quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) return null;
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' };
}

/**
 * `Clinton mocked the complaint, saying anybody who …`: the subject of the sentence reports.
 * (Tried: refusing `referring to` / `pointing to` before a bare noun phrase, `…, referring to the
 * figure`. PolNeAR marks most of those as reports, 42 of 70 `referring to`/`pointing to` in train,
 * `referring to Barack Obama` among them: train F1@0.3 0.7482 -> 0.7474, e2e 0.6906 -> 0.6897, and
 * `pointing` alone 0.7482 -> 0.7481. Not kept.)
 */
export function participleFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
  const v = toks[vi]!;
  // the main verb of the sentence: its subject is the one reporting
  // (a quotation before it is the speaker's words, not the clause: `“…,” Mr. Ackman said, adding …`)
  let mv = -1;
  let afterQuote = false;
  // (`In television interviews on Sunday, he defended …`: the main verb comes after an introductory phrase's comma)
  const intro = INTRODUCTORY.test(toks[0]?.text ?? '') ? toks.findIndex((t, i) => i < vi - 2 && t.text === ',') : -1;
  for (let k = intro + 1; k < vi - 1; k++) {
    const w = toks[k]!.text;
    if (inside(quoted, toks[k]!.start)) {
      afterQuote = true;
      continue;
    }
    // (`The retired surgeon has …`: a participle after a determiner describes the subject)
    if (/^(?:the|a|an)$/i.test(toks[k - 1]?.text ?? '')) continue;
    // (`Biden hit the trail, calling …`: an irregular past the tagger reads as a noun)
    if (/^\p{Ll}/u.test(w) && (isVerbForm(w) || isReportingVerb(w) || isAttributionVerb(w) || BETWEEN_SPEAKER_AND_VERB.has(w) || (k > 0 && IRREGULAR_PAST.test(w)))) {
      mv = k;
      break;
    }
  }
  // `…, she said, adding that …` / `… “…,” Lewandowski added, saying …`: a tail attribution right
  // before the participle names the one who goes on, not the subject of the clause it closes
  const tail = toks[vi - 1]?.text === ',' ? tailAttributionBefore(text, toks, vi - 1) : null;
  if (mv <= 0 && !tail) return null;
  let speaker: SpeakerPhrase | null;
  if (tail) speaker = tail;
  else if (afterQuote && /^(?:[,”"’']|--|—)$/.test(toks[mv - 1]!.text) && isReportingVerb(toks[mv]!.text)) {
    // `“…,” said Mr. Burr, adding …`: the speaker follows the verb, up to the participle's comma
    speaker = readObjectSpeaker(text, toks[mv]!.end, toks[vi - 1]!.start);
  } else {
    const se = subjectEnd(toks, mv);
    if (se === 0) return null;
    // (`In television interviews on Sunday, he defended …, saying …`: an introductory phrase is no part of the subject)
    const start = clauseStartBefore(text, from, toks, se);
    speaker = readSubject(text, afterQuote ? start : Math.max(from, start), toks[se - 1]!.end) ?? (!afterQuote && start > from ? readSubject(text, from, toks[se - 1]!.end) : null);
    if (!speaker && !afterQuote) speaker = speakingNounPhrase(text, toks, se);
  }
  if (!speaker) return null;
  let c = vi + 1;
  c = afterParticle(toks, vi, c);
  // (`…, telling reporters that …`, `…, telling Christie to go home`: the listener is no part of what was said)
  if (/^(?:tell|assure|inform|remind)$/.test(reportingLemma(v.text) ?? '')) {
    const l = skipListener(toks, c);
    // (only before a clause or an infinitive: `telling stories of the war` has no listener)
    if (l > c && l < toks.length - 2 && /^(?:that|to|whether|if|how|what|why|when|where|he|she|it|they|we|i|you|there|the|his|her|their|its|our|this|these|those|\p{Lu}[\p{L}'’-]*)$/u.test(toks[l]!.text)) c = l;
  }
  // `adding hopefully that …`: the adverb is the writer's, the content starts at `that`
  if (/^\p{Ll}+ly$/u.test(toks[c]?.text ?? '') && /^that$/i.test(toks[c + 1]?.text ?? '')) c++;
  // `praising X and accusing Y of …`: a second participle is a report of its own
  const and = toks.findIndex((t, i) => i > c && /^and$/i.test(t.text) && /^\p{Ll}+ing$/u.test(toks[i + 1]?.text ?? '') && (isReportingVerb(toks[i + 1]!.text) || isAttributionVerb(toks[i + 1]!.text)));
  const [cs, ce] = trimContent(text, toks[c]?.start ?? to, and > 0 ? toks[and]!.start : to);
  if (words(text, cs, ce) < 2 && !oneWordPosition(toks[vi]!.text, text.slice(cs, ce))) return null;
  if (quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) return null;
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' };
}

/**
 * `The mayor released a statement saying the city would appeal`, `Cole sent a letter to the board urging it to
 * wait`: a participle on a document its subject issued reports for the issuer (no comma needed).
 * Is toks[vi] such a participle?
 */
export function afterIssuedDocument(text: string, toks: Token[], vi: number): boolean {
  const a = toks[Math.max(0, vi - 10)]!.start;
  return ISSUED_DOCUMENT_BEFORE.test(text.slice(a, toks[vi]!.start));
}

const ISSUED_DOCUMENT_BEFORE = /\b(?:issued|issues|released|releases|put out|sent|sends|posted|posts|published|publishes|tweeted|tweets|filed|files|signed|signs|wrote|writes|circulated|unveiled|unveils|ran|aired)\s+(?:out\s+)?(?:a|an|the|his|her|its|their|this|another)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|letter|tweet|news release|press release|release|memo|email|e-mail|message|note|post|video|ad|advertisement|petition|op-ed|editorial|motion|complaint|lawsuit)(?:\s+(?:to|on|with)\s+(?:the\s+)?[\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|late\s+\w+|earlier|this\s+week|last\s+week))?\s+$/u;

