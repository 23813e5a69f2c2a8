/**
 * Reporting frames in a sentence: who reports (the speaker phrase), with which cue, and where the
 * reported content is. Used for indirect speech (`X said (that) …`, `X told Y that …`,
 * `according to X, …`, `…, X said.`) and to attribute quotes that sit inside reported speech.
 */
import { BETWEEN_SPEAKER_AND_VERB, isBetweenSpeakerAndVerb, isAttributionVerb, isReportingVerb, isStrongReportingVerb, needsParticle, OBJECT_VERBS, PARTICLE_AFTER, particleOf, reportingLemma, takesParticle, TIME_WORDS } from './cues.js';
import { isFirstName, isVerbForm, tokens, type Token } from './names.js';
import { readObjectSpeaker, readSubject, type SpeakerPhrase } from './speakers.js';
import { IRREGULAR_PAST, coordinatedObject, nounPhraseSubject, verbOfPhrase } from './subjects.js';
import { idiomEnd } from './idioms.js';
import { sourceFrames } from './sources.js';
import { NON_RESPONSE, notAReport } from './usage.js';
import { NOUN_CUE, nounParticle } from './nouncues.js';

export interface Frame {
  speaker: SpeakerPhrase;
  cue: string;
  cueStart: number;
  cueEnd: number;
  /** the reported content in doc.text */
  contentStart: number;
  contentEnd: number;
  /** where the frame sits relative to its content */
  position: 'before' | 'after' | 'according';
  /** content that goes round its attribution (`At the heart, according to X, was …`): its pieces */
  parts?: Array<[number, number]>;
  /** a noun cue (`Clinton's claim that …`): a mention of a report inside another clause, not the paragraph's speaker */
  nominal?: boolean;
  /** a passive or an impression (`X is expected to …`, `X seems to …`): the subject is part of the content, the source is not named */
  agentless?: boolean;
}

/** Is position `i` of `text` inside one of the (sorted) spans? */
function inside(spans: ReadonlyArray<{ start: number; end: number }>, i: number): boolean {
  for (const s of spans) if (i >= s.start - 1 && i <= s.end) return true;
  return false;
}

/**
 * A sentence end the splitter missed inside the content: `…militarization”. -Ekaterina Blinova,
 * Sputnik News` (a closing mark, a full stop and a byline). The content stops at the closing mark.
 */
const MISSED_SENTENCE_END = /[”"’]?[.!?][”"’]?\s+[-—–―]\s*\p{Lu}|”\s*[.!?]\s+\S/u;

function trimContent(text: string, a: number, b: number): [number, number] {
  const missed = MISSED_SENTENCE_END.exec(text.slice(a, b));
  if (missed) b = a + missed.index;
  // a dateline is the writer's (`WASHINGTON ― …`, `PARIS (AP) — …`)
  // (five capitals at least, so `NATO — the alliance …` keeps its subject)
  const dateline = /^\s*(?:\p{Lu}[\p{Lu} .,'’-]{4,30}|\p{Lu}[\p{Lu} .,'’-]{2,30}\([^)]{1,20}\))\s*[―—–]\s*/u.exec(text.slice(a, b));
  if (dateline) a += dateline[0].length;
  while (a < b && /[\s,;:—–-]/.test(text[a]!)) a++;
  while (b > a && /[\s,;:.!?—–-]/.test(text[b - 1]!)) b--;
  return [a, b];
}

function words(text: string, a: number, b: number): number {
  return text.slice(a, b).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * Verbs and adjectives that pass their subject on to an infinitive: `is continuing to insist`,
 * `went on to say`, `were more likely to say`, `was quick to point out`. The subject of the chain
 * reports; the attribution verbs among them (`wants to`, `refused to`) frame on their own.
 */
const CATENATIVE = /^(?:continue|continues|continued|continuing|begin|begins|began|begun|start|starts|started|seem|seems|seemed|appear|appears|appeared|try|tries|tried|trying|going|used|likely|unlikely|quick|quicker|eager|careful|ready|willing|unwilling|able|unable|reluctant|first|happy|set)$/i;

/** The first token of a catenative chain ending at the verb toks[vi] (vi when there is none). */
function catenativeStart(toks: Token[], vi: number): number {
  let k = vi;
  while (k >= 2 && toks[k - 1]!.text.toLowerCase() === 'to') {
    const c = toks[k - 2]!.text;
    if (CATENATIVE.test(c)) k -= 2;
    else if (/^on$/i.test(c) && k >= 3 && /^(?:went|goes|go|gone|going)$/i.test(toks[k - 3]!.text)) k -= 3;
    else break;
    // `more likely to`, `very quick to`
    while (k > 0 && /^(?:more|less|most|very|so|too|as|all)$/i.test(toks[k - 1]!.text)) k--;
  }
  return k;
}

/** A plain noun phrase from the clause start (or its last comma) to toks[se - 1]. */
function plainSubject(text: string, toks: Token[], clauseStart: number, se: number, vi: number, long = false): SpeakerPhrase | null {
  if (!verbOfPhrase(toks, vi)) return null;
  let a = toks.findIndex((t) => t.start >= clauseStart);
  if (a < 0) return null;
  for (let k = se - 1; k >= a; k--) if (/^[,;:—–]$/.test(toks[k]!.text)) { a = k + 1; break; }
  return nounPhraseSubject(text, toks, a, se - 1, long || /^(?:say|says|said|tell|tells|told)$/i.test(toks[vi]!.text));
}


/** Where the content starts after the verb toks[vi] and its particles (`talked about`, `lashed out at`). */
function afterParticle(toks: Token[], vi: number, c: number): number {
  const own = particleOf(toks[vi]!.text);
  if (own) {
    while (toks[c] && c <= vi + 2 && (own.test(toks[c]!.text) || /^at$/i.test(toks[c]!.text) && /^out$/i.test(toks[c - 1]!.text))) c++;
    return c;
  }
  if (takesParticle(toks[vi]!.text) && toks[c] && PARTICLE_AFTER.test(toks[c]!.text)) c++;
  return c;
}

/** The verb token and the (auxiliary/adverb-free) start of its subject. */
function subjectEnd(toks: Token[], vi: number): number {
  let k = catenativeStart(toks, vi);
  while (k > 0 && isBetweenSpeakerAndVerb(toks[k - 1]!.text) && toks[k - 1]!.text.toLowerCase() !== 'told') k--;
  // `Legislative leaders, for instance, noted …`: an interjection between commas is no subject
  if (k >= 3 && toks[k - 1]!.text === ',') {
    let j = k - 2;
    while (j > 0 && toks[j]!.text !== ',' && k - j <= 4) j--;
    if (toks[j]!.text === ',' && INTERJECTION.test(toks.slice(j + 1, k - 1).map((t) => t.text).join(' '))) k = j;
  }
  return k;
}

const INTERJECTION = /^(?:for (?:instance|example)|however|meanwhile|in turn|in particular|of course|too|though|moreover|in fact|by contrast|in contrast|for (?:his|her|their|its) part|as well|in response|likewise|similarly|nevertheless|instead)$/i;

/**
 * All reporting frames in text[from, to) (one sentence). `quoted` lists quoted spans: verbs
 * inside them are not cues.
 */
export function framesIn(text: string, from: number, to: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame[] {
  const toks = tokens(text, from, to);
  const frames: Frame[] = [];
  // a title-case headline (`Trump Says Wall Will Rise`) capitalises its verbs too
  const wordToks = toks.filter((t) => /^\p{L}/u.test(t.text));
  const headline = wordToks.length >= 3 && wordToks.filter((t) => /^\p{Lu}/u.test(t.text)).length >= 0.7 * wordToks.length;
  // polls and outlets in an adjunct (`In a CBS poll, …`, `… in the latest Fox poll`, `As the Post reported, …`)
  if (!headline) for (const f of sourceFrames(text, from, to, toks)) if (!inside(quoted, f.contentStart) && !quoted.some((q) => q.start < f.contentEnd && f.contentStart < q.end)) frames.push({ ...f, position: 'before' });
  for (let vi = 0; vi < toks.length; vi++) {
    const v = toks[vi]!;
    const lower = v.text.toLowerCase();
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
        vi = idiom;
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
    if (NON_RESPONSE.test(lower) && /^(?:not|n't|never)$/.test(prev ?? '')) continue;
    // `is said to be`, `the said`, `-ing` forms without an auxiliary are not reporting clauses here
    if (prev === 'the' || (prev === 'to' && catenativeStart(toks, vi) === vi) || prev === 'a' || prev === 'an' || prev === "'s") continue;
    // the auxiliary of a progressive, past an adverb (`is now talking about …`)
    let aux = vi - 1;
    while (aux > 0 && /^(?:now|also|still|again|already|increasingly|\p{Ll}+ly)$/u.test(toks[aux]!.text)) aux--;
    if (/ing$/.test(lower) && !/^(?:is|was|are|were|been|am|’s|'s|’re|'re)$/i.test(toks[aux]?.text ?? '')) {
      // `won by arguing that …`, `After accusing him of …, Cruz said`: the main clause's subject reports
      if (/^(?:by|after|before|while|since|without|despite|when|in)$/.test(prev ?? '') && (speech || isAttributionVerb(lower))) {
        const f = gerundFrame(text, from, to, toks, vi, quoted);
        if (f) frames.push(f);
        continue;
      }
      // `with 50 percent saying she is prepared`, `left 62 percent of voters saying …`: the noun phrase before the participle reports
      if (prev !== ',' && speech) {
        const w = toks.findIndex((t, i) => i < vi - 1 && i >= vi - 7 && /^(?:with|left|leaving)$/i.test(t.text));
        const np = w >= 0 ? nounPhraseSubject(text, toks, w + 1, vi - 1, true) : null;
        if (np && /(?:percent|%|\p{Ll}s)$/u.test(toks[vi - 1]!.text) && !toks.slice(w + 1, vi).some((t) => /^[,;:—–]$/.test(t.text))) {
          const [cs, ce] = trimContent(text, toks[vi + 1]?.start ?? to, Math.min(participleAfter(toks, vi + 1, to), contentEndFrom(text, toks, vi + 1, to, true)));
          if (words(text, cs, ce) >= 2 && !quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) frames.push({ speaker: np, cue: v.text, cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' });
          continue;
        }
      }
      if (prev !== ',' && !(prev === 'and' && toks.slice(0, vi - 1).some((t, i) => toks[i - 1]?.text === ',' && /^\p{Ll}+ing$/u.test(t.text)))) continue;
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
  const kept = asked.length ? frames.filter((f) => asked.includes(f) || !asked.some((a) => f.contentStart <= a.cueStart && f.contentEnd >= a.contentEnd)) : frames;
  return closedByAccording(kept).map((f) => withRelativeStart(text, f, toks));
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

function frameAt(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
  const v = toks[vi]!;
  const lemma = reportingLemma(v.text) ?? v.text;
  const prevTok = toks[vi - 1];
  // (a) `…, said Brown.` / `…, he said.` — the verb closes the sentence after a comma: content before
  const afterComma = prevTok && (prevTok.text === ',' || /^[”"’']$/.test(prevTok.text));
  // `Erin Murphy, a former aide who …, said McConnell's trip …`: the name and its appositive are the subject
  const appositive = prevTok?.text === ',' ? appositiveSubject(text, from, to, toks, vi) : null;
  if (!appositive && !afterComma && prevTok) {
    const paren = parentheticalFrame(text, from, to, toks, vi, lemma);
    if (paren) return paren;
  }
  if (!appositive && (afterComma || (prevTok && isSubjectAfterComma(toks, vi)))) {
    const tail = tailFrame(text, from, to, toks, vi, lemma);
    if (tail) return tail;
  }
  // `Smith, who said the plan …, voted no`: a relative clause reports for the noun it hangs on
  // (past an auxiliary: `who has said`, `which says`)
  const relSe = subjectEnd(toks, vi);
  if (relSe > 0 && /^(?:who|which)$/i.test(toks[relSe - 1]!.text)) return relativeFrame(text, from, to, toks, vi, quoted, relSe - 1);
  // (b) `X said (that) …`: the subject ends right before the verb
  let se = subjectEnd(toks, vi);
  if (se === 0) return null;
  // (`Many speakers at the service — including Muslims and Jews — said`: an aside between dashes is no subject)
  if (/^[—–]$/.test(toks[se - 1]!.text)) {
    let d = se - 2;
    while (d > 0 && se - d <= 16 && !/^[—–]$/.test(toks[d]!.text)) d--;
    if (d > 0 && /^[—–]$/.test(toks[d]!.text)) se = d;
  }
  const subjEnd = toks[se - 1]!.end;
  const clauseStart = clauseStartBefore(text, from, toks, se);
  let subject = appositive ?? readSubject(text, clauseStart, subjEnd);
  // (`the cities of Leeds and Hull said`: the last conjunct of the source's object is no speaker of its own)
  const andBefore = subject && !appositive ? toks.findIndex((t) => t.end <= subject!.start && toks[toks.indexOf(t) + 1]?.start === subject!.start) : -1;
  if (andBefore > 0 && /^and$/i.test(toks[andBefore]!.text) && coordinatedObject(toks, andBefore)) subject = null;
  const speaker = subject ? withCoordinatedNames(text, from, toks, subject) : coordinatedSubject(text, from, toks, se) ?? plainSubject(text, toks, clauseStart, se, vi) ?? documentIt(toks, se, vi, clauseStart) ?? relativeHead(text, toks, clauseStart, se);
  if (!speaker) return null;
  let c = vi + 1;
  // the listener: `told reporters`, `told CNN`, `told her Japanese hosts`
  // (further after an adjunct: `said in a statement released by his office on Tuesday that …`)
  const reach = /^(?:in|on|at|during|after|before|via|through)$/i.test(toks[vi + 1]?.text ?? '') ? 15 : 9;
  const thatAt = toks.findIndex((t, i) => i > vi && i <= vi + reach && t.text.toLowerCase() === 'that');
  // the `that` of a verb further on (`said the minister told them that …`) is not this verb's
  const between = thatAt > 0 ? toks.slice(vi + 1, thatAt) : [];
  // `said she liked the apology and that she wanted …`: a second that-clause; the report starts after the verb
  const coordinatedThat = thatAt > 0 && /^(?:and|but|or)$/i.test(toks[thatAt - 1]!.text);
  // (`says there needs to be a law that requires …`: a clause before the `that` makes it a relative)
  const ownThat = thatAt > 0 && !coordinatedThat && !between.some((t) => /^[.;:"“”‘’]$/.test(t.text) || isReportingVerb(t.text) || isAttributionVerb(t.text) || FINITE.test(t.text) || /^(?:there|he|she|they|we|i|it)$/i.test(t.text)
    // (`said Mr. Manafort envisioned an approach that …`: a name and its past-tense verb)
    || (/^\p{Ll}+ed$/u.test(t.text) && /^\p{Lu}\p{Ll}/u.test(between[between.indexOf(t) - 1]?.text ?? '')));
  if (ownThat) c = thatAt;
  else {
    if (OBJECT_VERBS.has(lemma)) c = skipListener(toks, c);
    // (`said in a statement on Tuesday …`: one adjunct after another)
    for (let n = 0; n < 3 && c < toks.length; n++) {
      const time = TIME_WORDS.exec(text.slice(toks[c]?.start ?? to, to));
      if (!time) break;
      c = toks.findIndex((t) => t.start >= (toks[c]?.start ?? to) + time[0].length);
      if (c < 0) c = toks.length;
    }
    // (`Amazon reported it sold …`, `Trump reported raising $9 million`, `The company reported earnings of …`:
    // a filing or an announcement reports its object as much as a clause)
    const reportsObject = /^report(?:s|ed)?$/i.test(v.text) && !/^(?:to|in|by|for|from|on|at|back|[,.;:—–])$/i.test(toks[c]?.text ?? '.');
    if (!isStrongReportingVerb(v.text) && thatAt < 0 && !reportsObject) return null;
  }
  let contentFrom: number;
  // `said of Apple in February`: what it was said about, not what was said
  if (/^of$/i.test(toks[c]?.text ?? '') && thatAt < 0) return null;
  // `Cruz said at a town hall Thursday`, `said over the phone`, `said as he launched …`: an adjunct
  // after the verb is where or how it was said, not what
  // (`agreed with …`, `commented on …`: the verb's own particle opens the content)
  // (`the judge said, according to the Post`: the outlet that reported the saying, no content)
  if (!ownThat && toks[c]?.text === ',' && /^according$/i.test(toks[c + 1]?.text ?? '')) return null;
  // (`said just after midnight`, `said again on Sunday`: an adverb before the adjunct)
  if (!ownThat && /^(?:just|shortly|later|earlier|again|repeatedly|also|then|once|briefly)$/i.test(toks[c]?.text ?? '') && ADJUNCT_OPENER.test(toks[c + 1]?.text ?? '')) c++;
  if (thatAt < 0 && c === vi + 1 && particleOf(v.text)?.test(toks[c]?.text ?? '')) c = afterParticle(toks, vi, c);
  else if (thatAt < 0 && (ADJUNCT_OPENER.test(toks[c]?.text ?? '') || /^according$/i.test(toks[c]?.text ?? ''))) {
    // `says at a campaign stop in Toledo, Ohio, that …`: the that-clause after the adjunct is the content
    const later = toks.findIndex((t, i) => i > c && i <= c + 20 && t.text.toLowerCase() === 'that' && toks[i - 1]!.text === ',');
    // `said after the convention he would not …`: a short adjunct, then a pronoun and its verb open the content
    // (not `said as he was leaving`: the pronoun there follows the subordinator)
    const pronounAt = later < 0 ? toks.findIndex((t, i) => i > c + 1 && i <= c + 6 && /^(?:he|she|they|we|i)$/i.test(t.text) && /^\p{L}/u.test(toks[i - 1]!.text) && !/^(?:as|when|while|after|before|because|since|if|until|once|where|that|which|who|than|and|or|but|to|for|with|about|at|on|in|by|from|of)$/i.test(toks[i - 1]!.text) && FINITE.test(toks[i + 1]?.text ?? '')) : -1;
    if (pronounAt > 0 && !toks.slice(c, pronounAt).some((t) => isReportingVerb(t.text) || /^[,;:“”"]$/.test(t.text))) c = pronounAt;
    else {
      if (later < 0 || toks.slice(c, later).some((t) => isReportingVerb(t.text) || /^[;:“”"]$/.test(t.text))) return null;
      c = later;
    }
  }
  contentFrom = toks[c]?.start ?? to;
  // `…, citing …` / `…, saying …` is a report of its own (PolNeAR counts it apart): the content stops before it
  const [cs, ce] = trimContent(text, contentFrom, Math.min(participleAfter(toks, c, to), contentEndFrom(text, toks, c, to, isSubordinate(toks, se))));
  if (words(text, cs, ce) < 3) return null;
  // `“…,” Cruz said, in another shot at Trump`: the verb attributes the quote before it, and what
  // follows the verb is where or how, not what
  if (!ownThat && /(?:[”"]|'')\s*,?\s*$/.test(text.slice(from, speaker.start)) && !/[“”"]|''/.test(text.slice(cs, Math.min(to, ce + 3)))) return null;
  // content that is one quotation is a direct quote, handled by the quote attribution
  if (quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) return null;
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' };
}

/** Verbs that name or judge their object (`what officials called a hate crime`, `which he described as …`). */
const NAMING_VERB = /^(?:call|calls|called|calling|describe|describes|described|dub|dubs|dubbed|term|terms|termed|label|labels|labeled|labelled|declare|declares|declared|deem|deems|deemed|brand|brands|branded)$/i;

/**
 * `what Republicans say is a pattern …`, `a firm that investigators concluded was …`, `what
 * officials called a hate crime`: the relative pronoun before the speaker is the subject (or the
 * named object) of what is reported, so the content starts there. A comma relative (`, which the
 * campaign says includes …,`) ends at its closing comma.
 */
function withRelativeStart(text: string, f: Frame, toks: Token[]): Frame {
  if (f.position !== 'before' || f.parts || f.contentStart < f.cueEnd) return f;
  const vi = toks.findIndex((t) => t.start === f.cueStart);
  const c = toks.findIndex((t) => t.start >= f.contentStart);
  if (vi < 0 || c < 0 || c > vi + 2) return f;
  const rel = relativeBeforeSubject(toks, subjectEnd(toks, vi), c, NAMING_VERB.test(toks[vi]!.text));
  if (rel < 0) return f;
  let end = f.contentEnd;
  if (toks[rel - 1]?.text === ',') {
    const close = toks.findIndex((t, i) => i > c && t.text === ',' && t.start < end);
    if (close > 0) end = toks[close]!.start;
  }
  void text;
  return { ...f, contentStart: toks[rel]!.start, contentEnd: end };
}

/**
 * The relative pronoun (`that`, `which`, `what`) just before the subject ending at toks[se - 1]
 * when the verb's content toks[c] opens with a finite verb (`… that he said has favored …`) or the
 * verb names its object (`naming`), else -1.
 */
function relativeBeforeSubject(toks: Token[], se: number, c: number, naming: boolean): number {
  const first = toks[c]?.text ?? '';
  const finite = /^\p{Ll}/u.test(first) && (FINITE.test(first) || /^\p{Ll}+(?:s|ed)$/u.test(first) && isVerbForm(first) && !/^\p{Ll}+ss$/u.test(first));
  if (!finite && !naming) return -1;
  for (let k = se - 1; k >= 0 && k >= se - 6; k--) {
    const t = toks[k]!.text;
    if (/^(?:that|which|what)$/i.test(t)) return k < se - 1 ? k : -1;
    if (/^[,;:—–“”"]$/.test(t) || FINITE.test(t)) return -1;
  }
  return -1;
}

/**
 * `The city sent a letter. It says the campaign violated …`: `it` opening the clause before a
 * reporting verb is the document or body just named. It stays unresolved (never a person).
 */
function documentIt(toks: Token[], se: number, vi: number, clauseStart: number): SpeakerPhrase | null {
  const t = toks[se - 1];
  if (!t || se - 1 !== vi - 1 || !/^it$/i.test(t.text) || t.start < clauseStart || toks.some((x) => x.start >= clauseStart && x.end <= t.start && /\p{L}/u.test(x.text))) return null;
  if (!/^(?:said|says|added|adds|stated|states|noted|notes|warned|warns|argued|argues|concluded|concludes|found|finds|reported|reports|claimed|claims|recommended|recommends)$/i.test(toks[vi]!.text)) return null;
  return { type: 'pronoun', mention: t.text, start: t.start, end: t.end, role: null, gender: 'plural' };
}

/**
 * `Barkley, who said he votes Democratic, said …` / `voters who said the economy …`: the speaker
 * is the noun phrase before `who`; the content is the relative clause, which a comma-opened
 * relative ends at its closing comma (the main clause's verb follows it).
 */
function relativeFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>, whoAt = vi - 1): Frame | null {
  const v = toks[vi]!;
  // only a comma-opened relative: without the comma the clause usually restricts a group the
  // main verb reports for (`voters who say the economy matters favour …`), and PolNeAR keeps the
  // relative inside that speaker
  if (toks[whoAt - 1]?.text !== ',') return null;
  const headEnd = whoAt - 1;
  if (headEnd <= 0) return null;
  const headStart = clauseStartBefore(text, from, toks, headEnd);
  const speaker = readSubject(text, headStart, toks[headEnd - 1]!.end) ?? (/^which$/i.test(toks[whoAt]!.text) ? plainSubject(text, toks, headStart, headEnd, vi) : null);
  if (!speaker) return null;
  let c = vi + 1;
  if (OBJECT_VERBS.has(reportingLemma(v.text) ?? '')) c = skipListener(toks, c);
  const time = TIME_WORDS.exec(text.slice(toks[c]?.start ?? to, to));
  if (time) c = toks.findIndex((t) => t.start >= (toks[c]?.start ?? to) + time[0].length);
  if (c < 0 || c >= toks.length) return null;
  let end = Math.min(participleAfter(toks, c, to), contentEndFrom(text, toks, c, to, false));
  const comma = toks.find((t, k) => k > c && t.text === ',' && t.start < end);
  if (comma) end = comma.start;
  const [cs, ce] = trimContent(text, toks[c]!.start, end);
  if (words(text, cs, ce) < 2) return null;
  if (quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) return null;
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' };
}

/** Adjectives of conviction and feeling that hold a position: `is confident that …`, `were skeptical about …`. */
const STANCE_ADJECTIVE = /^(?:confident|hopeful|optimistic|pessimistic|skeptical|sceptical|certain|sure|adamant|aware|unaware|convinced|unconvinced|concerned|worried|afraid|fearful|doubtful|insistent|wary|critical|supportive|dismissive|proud|glad|happy|sorry|angry|upset|furious|thankful|grateful)$/i;

/**
 * `The aides are confident that …`, `Voters remain skeptical about …`: the subject of a copula and a
 * stance adjective holds the position in the clause after it (`that` kept, `about`/`of` left out).
 */
function adjectiveFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
  const v = toks[vi]!;
  let k = vi - 1;
  while (k > 0 && (/^\p{Ll}+ly$/u.test(toks[k]!.text) || /^(?:very|so|too|not|quite|more|less|all|also|still|now|increasingly|deeply|fully)$/i.test(toks[k]!.text))) k--;
  if (!/^(?:is|are|was|were|be|been|being|am|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|grew|grow|grows|became|become|becomes|feel|feels|felt|’m|'m|’re|'re|’s|'s)$/i.test(toks[k]?.text ?? '')) return null;
  let se = k;
  while (se > 0 && isBetweenSpeakerAndVerb(toks[se - 1]!.text)) se--;
  if (se === 0 || /^[,;:()"“”‘’—–-]$/.test(toks[se - 1]!.text)) return null;
  const clauseStart = clauseStartBefore(text, from, toks, se);
  const speaker = readSubject(text, clauseStart, toks[se - 1]!.end) ?? plainSubject(text, toks, clauseStart, se, vi);
  if (!speaker) return null;
  const c = /^that$/i.test(toks[vi + 1]!.text) ? vi + 1 : vi + 2;
  if (!toks[c]) return null;
  const [cs, ce] = trimContent(text, toks[c]!.start, Math.min(participleAfter(toks, c, to), contentEndFrom(text, toks, c, to, isSubordinate(toks, se))));
  if (words(text, cs, ce) < 2) return null;
  if (quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) return null;
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' };
}

/**
 * The content of a noun cue with a preposition is a noun phrase or an infinitive: it ends where
 * the sentence's own verb comes (`his support for the ban | is well known`).
 */
function nounPhraseEnd(toks: Token[], c: number, to: number): number {
  const infinitive = /^to$/i.test(toks[c]?.text ?? '');
  for (let k = c + (infinitive ? 2 : 1); k < toks.length; k++) {
    const w = toks[k]!.text;
    if (FINITE.test(w) || /^(?:[,;:—–]|grew|came|went|drew|became|remains|remained|got|helped|made|won|lost)$/i.test(w)) return toks[k]!.start;
    // past tense after a noun: `a special prosecutor | was rejected`, `the deal | angered …`
    if (/^\p{Ll}+ed$/u.test(w) && !/^(?:the|a|an|be|been|being|to|by|and|or|has|have|had)$/i.test(toks[k - 1]!.text) && isVerbForm(w)) return toks[k]!.start;
  }
  return to;
}


/**
 * `Clinton's claim that …` / `his argument that …`: the possessor reports the that-clause. Only a
 * possessive names the speaker (`the claim that …` has none we could show, so it is left out).
 */
function nounFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
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

const REQUEST_VERB = /^(?:ask|asks|asked|urge|urges|urged|call|calls|called|encouraged|implored|begged|pressed)$/;
const WH_WORD = /^(?:whether|if|how|what|who|whom|which|why|when|where)$/i;

/**
 * Questions and requests, as PolNeAR marks them: `asked (him) whether/how …` (the content starts at
 * the question word), `urged/asked/called on X to resign` (the content is the object and its
 * infinitive). The asker is the subject before the verb; a passive (`was asked`) names no asker.
 */
function requestFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
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
    if (/^ask/.test(lower) && WH_WORD.test(t) && j <= k + 4) {
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

/**
 * `Trump believes …`, `the poll shows …`, `Clinton criticized the deal`: a belief, evaluation or
 * finding of the subject right before the verb; the content is the rest of the clause.
 */
function attributionFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>, idiomLast = -1): Frame | null {
  // `…, fundraising documents show.` / `…, his team believes, resulting in …`: a belief or a
  // finding closing the sentence after its content, with nothing but an adjunct after the verb
  if (idiomLast < 0 && TAIL_ATTRIBUTION.test(toks[vi]!.text) && toks[vi - 1] && toks[vi - 1]!.text !== ',' && isSubjectAfterComma(toks, vi)) {
    const next = toks[vi + 1];
    if (!next || /^[,.;:!?—–]$/.test(next.text) || TIME_WORDS.test(text.slice(next.start, to))) {
      const tail = tailFrame(text, from, to, toks, vi, toks[vi]!.text.toLowerCase());
      if (tail) return tail;
    }
  }
  // (the cue of `made it clear that` stops before its `that`, which opens the content)
  const cueLast = idiomLast > 0 && /^that$/i.test(toks[idiomLast]!.text) ? idiomLast - 1 : idiomLast;
  const v = idiomLast > 0 ? { ...toks[vi]!, end: toks[cueLast]!.end } : toks[vi]!;
  const se = subjectEnd(toks, vi);
  if (se === 0) return null;
  const subjTok = toks[se - 1]!;
  // `Sanders, a Vermont senator, has supported …`: a name with its appositive is the subject
  const appositive = subjTok.text === ',' ? appositiveSubject(text, from, to, toks, vi) : null;
  // (a closing bracket may end a name: `Sen. Bernie Sanders (I-Vt.) called …`)
  if (!appositive && /^[,;:("“”‘’—–-]$/.test(subjTok.text)) return null;
  const clauseStart = clauseStartBefore(text, from, toks, se);
  // `Trump, who has criticized the deal, …`: a comma relative reports for the noun it hangs on,
  // and its content ends at the comma that closes it
  const relative = /^(?:who|which)$/i.test(subjTok.text) && toks[se - 2]?.text === ',' && se >= 3;
  const headStart = relative ? clauseStartBefore(text, from, toks, se - 2) : clauseStart;
  const subject = relative ? readSubject(text, headStart, toks[se - 3]!.end) ?? (/^which$/i.test(subjTok.text) ? plainSubject(text, toks, headStart, se - 2, vi) : null) : appositive ?? readSubject(text, clauseStart, subjTok.end);
  const speaker = subject ? withCoordinatedNames(text, from, toks, subject) : relative ? null : coordinatedSubject(text, from, toks, se) ?? plainSubject(text, toks, clauseStart, se, vi);
  if (!speaker) return null;
  let c = idiomLast > 0 ? idiomLast + 1 : vi + 1;
  if (idiomLast > 0 && /^that$/i.test(toks[idiomLast]!.text)) c = idiomLast;
  else if (idiomLast < 0) c = afterParticle(toks, vi, c);
  const relEnd = relative ? toks.find((t, i) => i > c && /^[,;—–]$/.test(t.text))?.start ?? to : to;
  const [cs, ce] = trimContent(text, toks[c]?.start ?? to, Math.min(relEnd, participleAfter(toks, c, to), contentEndFrom(text, toks, c, to, isSubordinate(toks, se))));
  if (words(text, cs, ce) < 2) return null;
  if (quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) return null;
  // `She is widely expected to win`, `Clinton does not seem to relish …`: the subject is not the one
  // who expects or judges; the position is about it, so the report is the whole clause, source unnamed
  const passive = isPassive(toks, vi);
  if (passive && /^by$/i.test(toks[vi + 1]?.text ?? '')) {
    // `Trump has been criticized by some of his rivals for …`: the agent is the source
    const byEnd = toks.findIndex((t, i) => i > vi + 1 && /^(?:[,;:—–]|for|as|over|because|after|who|which|in|on|at)$/i.test(t.text));
    const agent = readObjectSpeaker(text, toks[vi + 1]!.end, byEnd > 0 ? toks[byEnd]!.start : clauseEndAfter(text, toks[vi + 1]!.end, to));
    if (agent && agent.type !== 'pronoun') return { speaker: agent, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: speaker.start, contentEnd: ce, position: 'before' };
  }
  // (`Hale seemed to suggest that …` is Hale's own suggestion, as it seemed)
  const reportsItself = /^to$/i.test(toks[vi + 1]?.text ?? '') && (isReportingVerb(toks[vi + 2]?.text ?? '') || isAttributionVerb(toks[vi + 2]?.text ?? ''));
  if (passive || (/^(?:seem|seems|seemed|appear|appears|appeared)$/i.test(v.text) && !reportsItself)) {
    const subjStart = subjectStartTok(text, from, toks, se);
    const start = subjStart && subjStart.start < speaker.start ? subjStart.start : speaker.start;
    return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: start, contentEnd: ce, position: 'before', agentless: true };
  }
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' };
}

/**
 * Participles whose passive reports a view, a charge or an expectation (`is expected to`, `was
 * accused of`, `is widely seen as`). Other passives (`was raised`, `was confirmed 92 to 0`) report nothing.
 */
const PASSIVE_REPORT = /^(?:expected|considered|seen|viewed|regarded|deemed|known|thought|believed|rumou?red|reported|alleged|accused|charged|critici[sz]ed|praised|blamed|described|dubbed|labell?ed|urged|warned|projected|estimated|predicted|supposed|credited|condemned|denounced|attacked|endorsed|backed|supported|opposed|favou?red|quoted|cited|reputed|portrayed|perceived|touted|hailed|slammed|lambasted|ridiculed|mocked)$/i;

/** Participles that report only in the passive: `is widely regarded as`, `was rumored to`. */
const PASSIVE_ONLY = /^(?:regarded|deemed|rumored|rumoured|reputed|considered|known)$/i;

/**
 * `Three commissioners were charged with …`, `He is widely regarded as …`, `which has been accused
 * by the government of …`: a passive report. Its content is the whole clause, subject included;
 * its source is the `by` agent when there is one, else nobody named.
 */
function passiveFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
  const v = toks[vi]!;
  // `is said to`, `was told that`: speech verbs keep their own frames (the listener is the subject)
  if (/^(?:said|told|asked)$/i.test(v.text)) return null;
  const se = subjectEnd(toks, vi);
  if (se === 0) return null;
  const subjStart = subjectStartTok(text, from, toks, se);
  if (!subjStart) return null;
  if (se - 1 - toks.indexOf(subjStart) > 12) return null;
  if (inside(quoted, subjStart.start)) return null;
  let speaker: SpeakerPhrase | null = null;
  if (/^by$/i.test(toks[vi + 1]?.text ?? '')) {
    const byEnd = toks.findIndex((t, i) => i > vi + 1 && /^(?:[,;:—–]|for|as|over|because|after|who|which|in|on|at|of|to)$/i.test(t.text));
    const agent = readObjectSpeaker(text, toks[vi + 1]!.end, byEnd > 0 ? toks[byEnd]!.start : clauseEndAfter(text, toks[vi + 1]!.end, to));
    if (agent && agent.type !== 'pronoun') speaker = agent;
  }
  const c = vi + 1;
  const end = Math.min(participleAfter(toks, c, to), contentEndFrom(text, toks, c, to, isSubordinate(toks, se)));
  // `It was widely reported that …`: the impersonal `it` says nothing; the that-clause is the report
  const impersonal = /^it$/i.test(subjStart.text) && /^that$/i.test(toks[vi + 1]?.text ?? '');
  const [cs, ce] = trimContent(text, impersonal ? toks[vi + 1]!.start : subjStart.start, end);
  if (words(text, toks[vi]!.end, ce) < 1 || words(text, cs, ce) < 4) return null;
  if (quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) return null;
  const subject: SpeakerPhrase = { type: 'unnamed', mention: text.slice(subjStart.start, toks[se - 1]!.end), start: subjStart.start, end: toks[se - 1]!.end, role: null };
  return { speaker: speaker ?? subject, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before', ...(speaker ? {} : { agentless: true }) };
}

/**
 * The first token of the subject ending at toks[se - 1]: back to the clause start or a comma, past a
 * comma-closed appositive (`Mr. Y, then premier, was …`), so the whole noun phrase is taken
 * (`the special relationship between America and Britain appears …`).
 */
function subjectStartTok(text: string, from: number, toks: Token[], se: number): Token | null {
  const clauseStart = clauseStartBefore(text, from, toks, se);
  let k = se - 1;
  if (toks[k]?.text === ',') {
    k--;
    while (k >= 0 && toks[k]!.text !== ',' && toks[k]!.start >= clauseStart) k--;
    k--;
  }
  // (never past the verb of a report the clause sits in: `the voters said | they were …`)
  while (k >= 0 && toks[k]!.start >= clauseStart && !/^[,;:—–()“”"]$/.test(toks[k]!.text) && !(/^\p{Ll}/u.test(toks[k]!.text) && isReportingVerb(toks[k]!.text))) k--;
  if (k + 1 > se - 1 || k + 1 < 0) return null;
  return toks[k + 1]!;
}

const PSYCH_PARTICIPLE = /^(?:worried|concerned|pleased|convinced|disappointed|frustrated|surprised|interested|satisfied|determined|committed|prepared|opposed|divided|torn|split|excited|alarmed|troubled|shocked|outraged|relieved|confused|persuaded|dismayed|angered|delighted|thrilled|encouraged|heartened|unconvinced|inclined|resigned|entitled|obsessed|focused|skeptical)$/i;

/** Beliefs and findings that may close a sentence after their content (`…, the records show`). */
const TAIL_ATTRIBUTION = /^(?:show|shows|showed|shown|find|finds|found|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed|believe|believes|believed|think|thinks|thought|argue|argues|argued|estimate|estimates|estimated|predict|predicts|predicted|fear|fears|feared|hope|hopes|hoped|expect|expects|expected|conclude|concludes|concluded)$/i;

/** Is toks[vi] a past participle after a form of `be` (`is expected`, `was widely reported`)? */
function isPassive(toks: Token[], vi: number): boolean {
  if (!/(?:ed|en|said|told|thought|known|seen|found|held|made|shown)$/i.test(toks[vi]!.text)) return false;
  // `were worried about`, `is convinced that`, `are opposed to`: a state the subject is in, its own position
  if (PSYCH_PARTICIPLE.test(toks[vi]!.text)) return false;
  let k = vi - 1;
  while (k > 0 && (/^\p{Ll}+ly$/u.test(toks[k]!.text) || /^(?:not|never|also|still|already|now)$/i.test(toks[k]!.text))) k--;
  return /^(?:is|are|was|were|be|been|being|’s|'s)$/i.test(toks[k]?.text ?? '');
}

/** Where `…, saying …` starts after toks[c] (the content before it ends there), else `to`. */
function participleAfter(toks: Token[], c: number, to: number): number {
  for (let k = c; k < toks.length - 1; k++) {
    const w = toks[k + 1]!.text;
    if (toks[k]!.text === ',' && /ing$/.test(w) && (isReportingVerb(w) || isAttributionVerb(w))) return toks[k]!.start;
  }
  return to;
}

/**
 * `Clinton won the state by arguing that …` / `After accusing him of lying, Cruz said …`: a gerund
 * after a preposition reports for the main clause's subject. When the phrase opens the sentence the
 * subject follows its comma; otherwise it is the subject of the sentence's first verb.
 */
function gerundFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
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
  if (words(text, cs, ce) < 2) return null;
  if (quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) return null;
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' };
}

/** `Clinton mocked the complaint, saying anybody who …`: the subject of the sentence reports. */
function participleFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
  const v = toks[vi]!;
  // the main verb of the sentence: its subject is the one reporting
  // (a quotation before it is the speaker's words, not the clause: `“…,” Mr. Ackman said, adding …`)
  let mv = -1;
  let afterQuote = false;
  for (let k = 0; k < vi - 1; k++) {
    const w = toks[k]!.text;
    if (inside(quoted, toks[k]!.start)) {
      afterQuote = true;
      continue;
    }
    // (`The retired surgeon has …`: a participle after a determiner describes the subject)
    if (/^(?:the|a|an)$/i.test(toks[k - 1]?.text ?? '')) continue;
    if (/^\p{Ll}/u.test(w) && (isVerbForm(w) || isReportingVerb(w) || isAttributionVerb(w) || BETWEEN_SPEAKER_AND_VERB.has(w))) {
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
    speaker = readSubject(text, afterQuote ? clauseStartBefore(text, from, toks, se) : from, toks[se - 1]!.end);
    if (!speaker && !afterQuote) speaker = speakingNounPhrase(text, toks, se);
  }
  if (!speaker) return null;
  let c = vi + 1;
  c = afterParticle(toks, vi, c);
  // `adding hopefully that …`: the adverb is the writer's, the content starts at `that`
  if (/^\p{Ll}+ly$/u.test(toks[c]?.text ?? '') && /^that$/i.test(toks[c + 1]?.text ?? '')) c++;
  // `praising X and accusing Y of …`: a second participle is a report of its own
  const and = toks.findIndex((t, i) => i > c && /^and$/i.test(t.text) && /^\p{Ll}+ing$/u.test(toks[i + 1]?.text ?? '') && (isReportingVerb(toks[i + 1]!.text) || isAttributionVerb(toks[i + 1]!.text)));
  const [cs, ce] = trimContent(text, toks[c]?.start ?? to, and > 0 ? toks[and]!.start : to);
  if (words(text, cs, ce) < 2) return null;
  if (quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) return null;
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' };
}

/**
 * `The justice criticized Trump, saying …`, `The Russians have used …, saying …`: a plain noun
 * phrase opening the sentence reports through the participle when its head is a word for people
 * or a body that speaks (not `The plan drew fire, saying …`, which the participle cannot follow).
 */
function speakingNounPhrase(text: string, toks: Token[], se: number): SpeakerPhrase | null {
  if (se < 2 || !/^(?:the|a|an|his|her|their|its|many|some|other|several|two|three)$/i.test(toks[0]!.text)) return null;
  const head = toks[se - 1]!.text;
  if (!SPEAKING_HEAD.test(head) && !/^\p{Lu}\p{Ll}+(?:ans|ists|ers|ites)$/u.test(head) && !/^\p{Ll}{3,}(?:ists?|ians?|geons?|[^aeiou]ors?|(?:wo)?m[ae]n|ers)$/u.test(head)) return null;
  return nounPhraseSubject(text, toks, 0, se - 1);
}

const SPEAKING_HEAD = /^(?:justice|judge|senator|governor|president|mayor|candidate|nominee|official|officials|departments?|agency|agencies|campaign|committee|group|groups|company|firm|administration|ministry|government|council|court|party|union|organizers|protesters|lawmakers|legislators|leaders|critics|activists|advocates|lawyers|attorneys|prosecutors|investigators|police|authorities|businessman|billionaire|congressman|congresswoman|lawmaker|spokesman|spokeswoman)$/i;

/**
 * `Asked whether he would run, Smith said …`, `… she said when asked about the plan`: the question
 * put to the subject is reported, by someone the text does not name (an agentless report). The
 * content is the question, from its question word to the clause's comma.
 */
function askedFrame(text: string, to: number, toks: Token[], vi: number): Frame | null {
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
  const end = toks.findIndex((t, i) => i > from && /^[,;—–“”"]$/.test(t.text));
  const [cs, ce] = trimContent(text, toks[from]?.start ?? to, end > 0 ? toks[end]!.start : to);
  if (words(text, cs, ce) < 3) return null;
  // (`Asked by Stephanopoulos to respond …`: the one asking is named)
  const agent = /^by$/i.test(toks[vi + 1]?.text ?? '') && q > vi + 2 ? readObjectSpeaker(text, toks[vi + 1]!.end, toks[q - 1]!.end) : null;
  if (agent && agent.type !== 'pronoun') return { speaker: agent, cue: v.text, cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' };
  const speaker: SpeakerPhrase = { type: 'unnamed', mention: '', start: v.start, end: v.start, role: null };
  return { speaker, cue: v.text, cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before', agentless: true };
}

/** The speaker of a short `, X said` / `, said X` clause ending at toks[end] (a comma), or null. */
function tailAttributionBefore(text: string, toks: Token[], end: number): SpeakerPhrase | null {
  let p = end - 1;
  while (p >= 0 && !/^(?:[,;:”"’]|--|—)$/.test(toks[p]!.text)) p--;
  if (p < 0 || end - p - 1 < 2 || end - p - 1 > 6) return null;
  const first = p + 1;
  const last = end - 1;
  const verb = (t: Token) => /^\p{Ll}/u.test(t.text) && isStrongReportingVerb(t.text) && /(?:ed|said|told|wrote|says|adds|notes|explains)$/.test(t.text);
  if (verb(toks[last]!) && last > first) {
    const sp = readSubject(text, toks[first]!.start, toks[last - 1]!.end);
    return sp && sp.type !== 'unnamed' ? sp : null;
  }
  if (verb(toks[first]!)) {
    const sp = readObjectSpeaker(text, toks[first]!.end, toks[last]!.end);
    return sp && sp.type !== 'unnamed' ? sp : null;
  }
  return null;
}

/**
 * `Derek Mitchell, who served as ambassador, said Clinton …` / `Erin Murphy, a former aide, said …`:
 * a short name opening the sentence, then an appositive or relative clause, a comma and the verb
 * followed by a clause. The name is the subject; it is not content before a tail `, said X`.
 */
function appositiveSubject(text: string, from: number, to: number, toks: Token[], vi: number): SpeakerPhrase | null {
  const first = toks.findIndex((t) => t.text === ',');
  if (first < 1 || first > 6 || first >= vi - 2) return null;
  if (!/^\p{Lu}/u.test(toks[0]!.text)) return null;
  const opener = toks[first + 1]!.text;
  // (`Bush, Florida’s former governor, …`: a possessive place or body opens the appositive too)
  if (!/^(?:who|whose|which|a|an|the|former|now|then|also|one|both|director|chief|head|president|chairman|author|professor|senior|spokesman|spokeswoman|executive)$/i.test(opener) && !/^\p{Ll}+(?:'s|’s)?$/u.test(opener) && !/^\p{Lu}\p{L}+(?:'s|’s)$/u.test(opener) && !/^\d{1,3}$/.test(opener)) return null;
  // the stretch after the verb must be a clause, not a name (`…, said Jones, a professor.`)
  if (words(text, toks[vi]!.end, clauseEndAfter(text, toks[vi]!.end, to)) < 4) return null;
  // a report inside the stretch (`Smith, Jones said, …`) makes it something else
  // (`Barkley, who said he votes Democratic, said …`: a relative clause may report on its own)
  if (!/^(?:who|whose)$/i.test(opener) && toks.slice(first + 1, vi - 1).some((t) => /^\p{Ll}/u.test(t.text) && isStrongReportingVerb(t.text))) return null;
  let speaker = readSubject(text, from, toks[vi - 1]!.start);
  // (`Mr. Kopachko, the pollster, said …`: a short appositive the subject reading stops at; the name before it speaks)
  if ((!speaker || speaker.start >= toks[first]!.start) && toks[vi - 1]!.text === ',' && vi - 1 - first <= 6) {
    const name = readSubject(text, from, toks[first]!.start);
    if (name && name.type === 'person' && name.start === toks[0]!.start) speaker = name;
  }
  if (!speaker || speaker.start >= toks[first]!.start || speaker.type === 'pronoun') return null;
  return speaker;
}

/**
 * `Mr. Grassley and Mr. Leahy said`, `Both Bolton and Gorka saw`: the subject read after `and` has a
 * name conjunct before it; both are the speaker. Only names (a capitalised run with titles, a
 * party bracket or `both`), never a clause, count as the first conjunct.
 */
function withCoordinatedNames(text: string, from: number, toks: Token[], speaker: SpeakerPhrase): SpeakerPhrase {
  if (speaker.type !== 'person') return speaker;
  // the `and` right before the subject's words (only `of` may be lower-case between them)
  let andAt = -1;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (t.end > speaker.start) continue;
    if (t.text === 'and') andAt = i;
    if (t.text === 'and' || (/^\p{Ll}/u.test(t.text) && t.text !== 'of')) break;
  }
  if (andAt < 1 || toks[andAt + 1]!.start < speaker.start - 40) return speaker;
  let k = andAt - 1;
  while (k >= 0 && (/^[\p{Lu}(]/u.test(toks[k]!.text) || /^(?:[.)’'-]|'s|both|of)$/i.test(toks[k]!.text) || /^[A-Z]-[A-Z]/.test(toks[k]!.text))) k--;
  const startTok = k + 1;
  if (startTok >= andAt) return speaker;
  // the first conjunct opens its clause: sentence start, a comma or a clause word before it
  if (k >= 0 && !/^(?:[,;:]|that|because|while|as|when|but)$/i.test(toks[k]!.text)) return speaker;
  const left = readSubject(text, toks[startTok]!.start, toks[andAt - 1]!.end);
  if (!left || left.type !== 'person') return speaker;
  // `David and Jeanne Heidler`: a lone first name shares the surname after it
  const leftName = left.name ?? left.mention;
  const rightName = speaker.name ?? speaker.mention;
  if (!/\s/.test(leftName) && isFirstName(leftName) && /\s/.test(rightName)) left.name = `${leftName} ${rightName.split(/\s+/).pop()!}`;
  return { ...speaker, mention: text.slice(left.start, speaker.end), start: left.start, coSpeakers: [left, speaker], gender: 'plural' };
}

/** Is toks[vi] preceded by `, <short subject>` that follows content (`…, a source said.`)? */
function isSubjectAfterComma(toks: Token[], vi: number): boolean {
  for (let k = vi - 1; k >= 0 && vi - k <= 14; k--) {
    if (toks[k]!.text === ',') return k > 2;
  }
  return false;
}

/** `…, Brown said.` / `…, said Brown, a professor.` / `…, the ministry said in a statement.` */
function tailFrame(text: string, from: number, to: number, toks: Token[], vi: number, lemma: string): Frame | null {
  const v = toks[vi]!;
  const prev = toks[vi - 1]!;
  let speaker: SpeakerPhrase | null;
  let commaTok: number;
  if (prev.text === ',' || /^[”"’']$/.test(prev.text)) {
    // verb first: `…, said Brown`; `…, for instance, noted that …` is no tail but a clause after the verb,
    // and neither is `…, said he isn't fit` (a pronoun opens a clause) or `…, told an audience` (a listener)
    if (/^(?:that|whether|how|what|why|he|she|they|it|we|i|you)$/i.test(toks[vi + 1]?.text ?? '') || OBJECT_VERBS.has(lemma)) return null;
    speaker = readObjectSpeaker(text, v.end, clauseEndAfter(text, v.end, to));
    commaTok = vi - 1;
  } else {
    let k = vi - 1;
    while (k >= 0 && toks[k]!.text !== ',') k--;
    if (k < 0) return null;
    commaTok = k;
    const se = subjectEnd(toks, vi);
    if (se <= k + 1) return null;
    // `…, and more than 4 in 10 said the mayor …`: a coordinated clause with its own content
    // (`…, after half said so`: a subordinate clause has its own subject and verb, no tail)
    if (/^(?:and|but|while|yet|after|before|whereas|until|unless)$/i.test(toks[k + 1]!.text)) return null;
    // `In the deposition, Mr. Trump said his net worth could …`: a clause after the verb is the
    // report, and the part before the comma an adjunct
    if (clauseFollows(text, toks, vi, to)) return null;
    // `Shortly after my sentence, Eric Holder announced his resignation`: an object after the verb
    // (no listener, no time) is what was reported, so the part before the comma is an adjunct
    const after = toks[vi + 1];
    if (after && !OBJECT_VERBS.has(lemma) && OBJECT_OPENER.test(after.text) && words(text, v.end, to) >= 2 && !TIME_WORDS.test(text.slice(after.start, to))) return null;
    speaker = readSubject(text, toks[k + 1]!.start, toks[se - 1]!.end) ?? plainSubject(text, toks, toks[k + 1]!.start, se, vi) ?? documentIt(toks, se, vi, toks[k + 1]!.start);
  }
  if (!speaker) return null;
  const verbFirst = commaTok === vi - 1;
  // `Part of the problem, say experts like Paul Bauman, a geophysicist, is the ground itself`: an
  // inverted attribution inside the sentence; the clause goes on after the speaker and its role
  const goesOn = verbFirst ? continuationAfterSpeaker(text, toks, speaker.end, to) : -1;
  // after the verb only a listener or an adjunct may follow (`told Sputnik`, `said on Tuesday`)
  const restWords = words(text, speaker.end > v.end ? speaker.end : v.end, to);
  // (`…, said Brian Baker, a longtime adviser to the family who oversees …`: a long appositive of the speaker is no content)
  const appositiveRole = verbFirst && /^\s*,\s*(?:a|an|the|who|whose)\s/i.test(text.slice(speaker.end, to));
  // (`…, lawmakers said Friday afternoon, as they bristled at …`: a time, then an adjunct clause)
  const adjunctClause = /^(?:\s+[\p{L}\p{N}.'’-]+){0,4}\s*,\s*(?:as|while|when|after|before|because|since|even as|although|though)\s/iu.test(text.slice(Math.max(v.end, speaker.end), to));
  if (restWords > 14 && goesOn < 0 && !appositiveRole && !adjunctClause) return null;
  const [cs, ce] = trimContent(text, from, toks[commaTok]!.start);
  if (words(text, cs, ce) < (goesOn >= 0 ? 1 : 3)) return null;
  if (goesOn >= 0) {
    const [bs, be] = trimContent(text, toks[goesOn]!.start, Math.min(participleAfter(toks, goesOn, to), to));
    if (words(text, bs, be) >= 2) return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: be, position: 'according', parts: [[cs, ce], [bs, be]] };
  }
  // `Despite challenging the leader, Cruz said he could work with him`: the part before the comma
  // is an adverbial, and the reported clause follows the verb
  // (past a leading conjunction: `But six minutes into the event, when …, Trump yelled, “…”`)
  const opening = text.slice(cs, ce).replace(/^(?:but|and|yet|so)\s+/i, '');
  if ((ADVERBIAL_OPENING.test(opening) || verblessOpening(opening) || /^(?:with|but (?:\w+ )?(?:minutes|hours|days|moments) )\b/i.test(opening) || /^\p{L}+\s+(?:minutes|hours|days|moments)\s+(?:into|after|before|later)\b/iu.test(opening)) && prev.text !== ',' && words(text, v.end, to) >= 2) return null;
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'after' };
}

/**
 * After `…, said X[, role],` the token where the interrupted clause goes on, or -1: the first
 * comma chunk after the speaker that opens with a verb (`is the ground itself`) or a name and a
 * verb (`Teck wants …`); role chunks (`a Canadian geophysicist`, `senior vice president`) are skipped.
 */
function continuationAfterSpeaker(text: string, toks: Token[], speakerEnd: number, to: number): number {
  let k = toks.findIndex((t) => t.start >= speakerEnd);
  if (k < 0) return -1;
  for (let chunks = 0; chunks < 3; chunks++) {
    while (k < toks.length && toks[k]!.text !== ',') {
      if (/^[.;:!?“”"]$/.test(toks[k]!.text)) return -1;
      k++;
    }
    const first = toks[k + 1];
    if (!first) return -1;
    const second = toks[k + 2]?.text ?? '';
    const opensVerb = /^\p{Ll}/u.test(first.text) && (FINITE.test(first.text) || /^\p{Ll}+(?:s|ed)$/u.test(first.text) && isVerbForm(first.text) && !/^\p{Ll}+ss$/u.test(first.text));
    const nameVerb = /^\p{Lu}/u.test(first.text) && !NOT_CONTINUATION.test(first.text) && /^\p{Ll}/u.test(second) && (FINITE.test(second) || /^\p{Ll}+(?:s|ed)$/u.test(second) && isVerbForm(second));
    if (opensVerb || nameVerb) return NOT_CONTINUATION.test(first.text) ? -1 : k + 1;
    k++;
  }
  void text;
  void to;
  return -1;
}

/** Words that open an adjunct or a new clause after `, X said,`: then the report ends before the comma. */
const NOT_CONTINUATION = /^(?:in|on|at|during|after|before|from|with|without|to|for|of|by|about|over|when|whenever|while|as|because|since|although|though|but|and|or|nor|so|yet|which|who|whom|whose|where|if|unless|until|than|according|citing|adding|noting|saying|referring|speaking|pointing|explaining|arguing|calling|echoing|that|according)$/i;

/** Words after `, X said,` that carry the interrupted clause on (`because …`, `to …`, `but also …`). */
const GOES_ON = /^(?:because|but|rather|to|since|although|though|unless|by|than|including|that)$/i;

/**
 * `In the long run, many economists say, this effect could ripple …` / `What got under her skin,
 * she said, was a question …`: the attribution sits inside the sentence, and the report is the
 * sentence round it (in two parts). The part after it must go on with the clause, not open an
 * adjunct or a new clause (`…, she said, adding …`, `…, he said in an interview`).
 */
function parentheticalFrame(text: string, from: number, to: number, toks: Token[], vi: number, lemma: string): Frame | null {
  const v = toks[vi]!;
  const se = subjectEnd(toks, vi);
  let k = se - 1;
  while (k >= 0 && toks[k]!.text !== ',' && se - k <= 7) k--;
  if (k < 1 || toks[k]!.text !== ',' || k >= se - 1) return null;
  // after the verb: a listener (`told reporters`) or a time (`said Tuesday`), then the comma
  let c = vi + 1;
  // (`…, as one adviser pointed out, …`: the verb's own particle)
  c = afterParticle(toks, vi, c);
  if (OBJECT_VERBS.has(lemma)) c = skipListener(toks, c);
  const time = TIME_WORDS.exec(text.slice(toks[c]?.start ?? to, to));
  if (time) c = toks.findIndex((t) => t.start >= (toks[c]?.start ?? to) + time[0].length);
  if (c < 0 || toks[c]?.text !== ',') return null;
  const next = toks[c + 1];
  // (`…, many economists say, because …`, `…, he said, to talk to Congress`: a conjunction or an
  // infinitive that goes on with the interrupted clause is still the report)
  const afterNext = toks[c + 2] && /^[“"‘]$/.test(toks[c + 2]!.text) ? toks[c + 3] : toks[c + 2];
  const goesOn = GOES_ON.test(next?.text ?? '') && /^\p{Ll}/u.test(afterNext?.text ?? '') && !/^\p{Ll}+ing$/u.test(afterNext?.text ?? '');
  // (`…, he said, replacing Clinton would be …`: a gerund that is the subject of a finite verb goes on with the clause; `adding …` does not)
  const gerundSubject = !!next && /^\p{Ll}+ing$/u.test(next.text) && !isReportingVerb(next.text) && !isAttributionVerb(next.text) && toks.slice(c + 2, c + 6).some((t) => FINITE.test(t.text));
  if (!next || (NOT_CONTINUATION.test(next.text) && !goesOn) || (/^\p{Ll}+ing$/u.test(next.text) && !gerundSubject) || /^[“"‘(—–-]$/.test(next.text)) return null;
  // (`Hawaii, as one adviser pointed out, normally …`: `as` opens the attribution)
  const sk = /^as$/i.test(toks[k + 1]!.text) && k + 2 < se ? k + 2 : k + 1;
  const speaker = readSubject(text, toks[sk]!.start, toks[se - 1]!.end) ?? plainSubject(text, toks, toks[sk]!.start, se, vi);
  if (!speaker) return null;
  const [as, ae] = trimContent(text, from, toks[k]!.start);
  const [bs, be] = trimContent(text, next.start, Math.min(participleAfter(toks, c + 1, to), to));
  // (`This, I predict, will not end well`: one word before the attribution is enough when it opens the sentence)
  if (words(text, as, ae) < (k === 1 ? 1 : 2) || words(text, bs, be) < 2) return null;
  // a report already closed before the attribution (`…, she said.` in a sentence the splitter joined) is not continued
  if (/[.!?]["”’']?\s*$/.test(text.slice(from, toks[k]!.start))) return null;
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: as, contentEnd: be, position: 'according', parts: [[as, ae], [bs, be]] };
}

/** After `said`, a subject opening a finite clause (`his net worth could fluctuate`, `he had been inundated`). */
function clauseFollows(text: string, toks: Token[], vi: number, to: number): boolean {
  if (!/^(?:said|says|say)$/i.test(toks[vi]!.text)) return false;
  const next = toks[vi + 1]?.text ?? '';
  if (!/^(?:that|he|she|it|they|we|i|you|his|her|their|its|our|my|the|there|some|no|many|most)$/i.test(next)) return false;
  const end = clauseEndAfter(text, toks[vi]!.end, to);
  const rest = toks.slice(vi + 2).filter((t) => t.end <= end);
  if (rest.length < 3) return false;
  // the verb comes within a short subject, before any adjunct (`said this week after the vote was lost`)
  for (const t of rest.slice(0, 6)) {
    if (/^(?:after|before|when|while|as|because|since|if|in|on|at|during|following|amid|[,;:])$/i.test(t.text)) return false;
    if (/^\p{Ll}/u.test(t.text) && (FINITE.test(t.text) || /^\p{Ll}{3,}ed$/u.test(t.text))) return true;
  }
  return false;
}

/** Prepositions and subordinators: what follows a speech verb from them on is an adjunct. */
const ADJUNCT_OPENER = /^(?:at|in|on|over|during|after|before|as|while|when|whenever|because|since|from|with|without|via|through|outside|inside|near|following|amid|until|by)$/i;

/** Words that open an object or a clause after a verb, never a listener or a time adjunct. */
const OBJECT_OPENER = /^(?:a|an|the|this|that|these|those|his|her|their|its|our|my|your|he|she|they|it|we|i|there|some|many|no|all|most|every|what|how|whether|why|to)$/i;

const FINITE = /^(?:is|are|was|were|had|has|have|will|would|could|can|should|may|might|must|did|does|do)$/i;

/**
 * `Holding open a book, Beck said, “…”`, `At one point, Clinton said …`, `On a more conciliatory note, Cameron
 * has said …`: a participle phrase, or a short prepositional phrase with no verb, sets the scene and reports nothing.
 */
function verblessOpening(opening: string): boolean {
  if (/^\p{Lu}\p{Ll}+ing\s/u.test(opening) && !/^(?:Nothing|Something|Everything|Anything)\b/.test(opening)) return true;
  const ws = opening.split(/\s+/);
  if (ws.length > 8 || !/^(?:on|at|in|by|for|from|with|under|over|to|of)$/i.test(ws[0] ?? '')) return false;
  return !ws.some((w) => FINITE.test(w) || IRREGULAR_PAST.test(w) || /^\p{Ll}+ed$/u.test(w) || /^(?:said|says|told|thinks?|thought|wants?|knows?|knew)$/i.test(w));
}

const ADVERBIAL_OPENING = /^(?:despite|while|although|though|after|before|when|whenever|as|since|because|if|unless|during|without|following|amid|asked|speaking|having|unlike|in a|in an|in his|in her|at a|at the|later|earlier|on (?:dec|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|quite suddenly)\b/iu;

function clauseEndAfter(text: string, from: number, to: number): number {
  // a full stop after an initial or a title (`Charles B. Rangel`, `Rep. Moore`) does not end the clause
  const m = /(?<!(?:^|[\s.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Jr|Sr|St|Prof|Hon))[.;!?](?:\s|$)/u.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

/**
 * `Fields tweeted a photograph and said she had been pulled back`: a verb right after `and`/`but`
 * shares the subject of the clause's first verb.
 */
function coordinatedSubject(text: string, from: number, toks: Token[], se: number): SpeakerPhrase | null {
  const link = toks[se - 1]?.text.toLowerCase();
  if (link !== 'and' && link !== 'but') return null;
  for (let k = 1; k < se - 1; k++) {
    const w = toks[k]!.text;
    if (/^[;:”"“]$/.test(w)) return null;
    if (!/^\p{Ll}/u.test(w) || !(isReportingVerb(w) || isAttributionVerb(w) || isVerbForm(w) || IRREGULAR_PAST.test(w))) continue;
    const kse = subjectEnd(toks, k);
    if (kse === 0) return null;
    // `…, which can be seen as a step and confirms …`: the verb after `and` belongs to the relative clause
    // (a `that` right after the verb is its object, `brought that down`, not a relative)
    if (toks.slice(k + 1, se - 1).some((t, x) => /^(?:which|who|whom|whose|where|when)$/i.test(t.text) || (x > 0 && /^that$/i.test(t.text)))) return null;
    // `traveled to Japan to meet … and discuss …`: the verb after `and` is a second infinitive
    // (a past-tense verb after `, and` is finite: `urged them to join …, and criticized …` shares the subject)
    const finite = toks[se - 2]?.text === ',' && /^\p{Ll}+ed$/u.test(toks[se]?.text ?? '');
    if (!finite && toks.slice(k + 1, se - 1).some((t) => t.text.toLowerCase() === 'to') && toks.slice(k + 1, se - 1).some((t, x, a) => a[x - 1]?.text.toLowerCase() === 'to' && isVerbForm(t.text))) return null;
    const subject = readSubject(text, from, toks[kse - 1]!.end);
    // (`A spokesman for the mayor of Cleveland defended the route and said …`: a source of `said` may be described at length)
    return subject && subject.type !== 'unnamed' ? subject : plainSubject(text, toks, from, kse, k, /^(?:say|says|said|tell|tells|told)$/i.test(toks[se]?.text ?? ''));
  }
  return null;
}

/** Was the clause of the subject ending at toks[se] opened by a subordinator (`While Ramos said …`)? */
function isSubordinate(toks: Token[], se: number): boolean {
  for (let k = se - 1; k >= 0; k--) {
    const t = toks[k]!.text;
    if (/^[,;:]$/.test(t)) return false;
    // (`Even though …`, `even if …`: the adverb still opens the subordinate clause)
    if (/^(?:while|although|though|as|when|if|since|because|after|before|whereas|unless)$/i.test(t)) return k === 0 || toks[k - 1]!.text === ',' || (k === 1 && /^even$/i.test(toks[0]!.text));
  }
  return false;
}

/**
 * Where reported content starting at toks[c] ends: before a second reporting verb the subject
 * shares (`… momentum and said that …`), and after a subordinate clause at the comma that opens the
 * main one (`While Ramos said that …, he appears …`).
 */
function contentEndFrom(text: string, toks: Token[], c: number, to: number, subordinate: boolean): number {
  // a report inside a comma-opened relative (`X, who said he votes for Democrats, took a seat`)
  // ends at the comma that closes it
  const relative = c >= 2 && toks.slice(0, c).some((t, i) => /^(?:who|which)$/i.test(t.text) && toks[i - 1]?.text === ',');
  if (relative) {
    for (let k = c + 1; k < toks.length - 1; k++) {
      if (toks[k]!.text === ',' && /^\p{Ll}+(?:ed|ok|ade|ent|ame|ave|ot|on|ost|an)$/u.test(toks[k + 1]!.text) && isVerbForm(toks[k + 1]!.text)) return toks[k]!.start;
    }
  }
  // (from the token after the first: a comma right after a one-word content still closes it)
  for (let k = c + 1; k < toks.length - 1; k++) {
    const t = toks[k]!.text.toLowerCase();
    if ((t === 'and' || t === 'but') && k >= c + 2) {
      let n = k + 1;
      if (/^(?:also|later|then|again|has|had|have)$/i.test(toks[n]?.text ?? '')) n++;
      const w = toks[n]?.text ?? '';
      if (/^\p{Ll}/u.test(w) && isStrongReportingVerb(w) && !/ing$/.test(w) && /(?:ed|said|told|wrote|says|adds|notes)$/.test(w)) {
        return toks[k - 1]!.text === ',' ? toks[k - 1]!.start : toks[k]!.start;
      }
    }
    // `…, and more than 4 in 10 said …`: a new clause with a reporting verb of its own
    if ((t === ',' && /^(?:and|but|while)$/i.test(toks[k + 1]!.text)) || t === ';') {
      for (let n = k + 2; n < Math.min(toks.length, k + 9); n++) {
        const w = toks[n]!.text;
        if (/^[,;:“”"]$/.test(w) || /^(?:that|who|which)$/i.test(w)) break;
        if (/^\p{Ll}/u.test(w) && isStrongReportingVerb(w) && !/ing$/.test(w)) return toks[k]!.start;
      }
    }
    if (subordinate && t === ',') {
      const next = toks[k + 1]!.text;
      // (or a determiner opening the main clause's subject: `Though X was regarded as …, the government has …`)
      if (/^(?:he|she|they|we|i|it|there|the|this|these|those|his|her|their|its|our)$/i.test(next) || (/^\p{Lu}\p{Ll}+$/u.test(next) && isVerbForm(toks[k + 2]?.text ?? ''))) return toks[k]!.start;
    }
  }
  return to;
}

/** Where the clause containing toks[se] starts: after the last `that`/`;`/quote closer before it. */
function clauseStartBefore(text: string, from: number, toks: Token[], se: number): number {
  // `ST. LOUIS — Donald Trump claimed …`: a dateline in capitals opens the story, not the subject
  const dateline = /^\s*\p{Lu}[\p{Lu}.,'’ ]{1,40}(?:\s*\([^)]{1,20}\))?\s*(?:—|–|--)\s*/u.exec(text.slice(from, from + 60));
  if (dateline && toks[se - 1] && toks[se - 1]!.start >= from + dateline[0].length) from += dateline[0].length;
  // `Kevin Brady, chairman of the Ways and Means Committee, said`: an `and` inside the appositive
  // does not start the clause
  const appositive = toks[se - 1]?.text === ',';
  let start = from;
  for (let k = se - 1; k >= 0; k--) {
    const t = toks[k]!.text;
    if (appositive && /^and$/i.test(t)) continue;
    // `Experts on North Korea and nonproliferation said`, `the cities of Leeds and Hull said`: an
    // `and` inside the source's prepositional phrase joins its objects, not two clauses
    if (/^and$/i.test(t) && k < se - 1 && coordinatedObject(toks, k)) continue;
    if (t === ';' || /^[”"’'“‘]$/.test(t) || /^(?:that|what|and|but|because|while|although|though|as|when|after|if|since|where|whereas)$/i.test(t)) {
      start = toks[k]!.end;
      break;
    }
  }
  // `By linking the Pacific and the war in Eastern Europe, the officials are confirming …`: an
  // introductory phrase ends at its comma, and the subject is what follows it, never a name inside it
  if (!appositive && INTRODUCTORY.test(toks[0]?.text ?? '')) {
    for (let k = se - 2; k > 0 && toks[k]!.start >= start; k--) {
      if (toks[k]!.text === ',') return toks[k]!.end;
    }
  }
  // `Even the organizer of the rally said`: a focus adverb before the determiner is no part of the source
  const first = toks.findIndex((t) => t.start >= start);
  if (first >= 0 && first < se - 2 && /^(?:even|only|also)$/i.test(toks[first]!.text) && /^(?:the|a|an|his|her|their|its|some|many|most|several|both|all)$/i.test(toks[first + 1]!.text)) return toks[first]!.end;
  return start;
}

/**
 * `The judges who ruled on the case said …`: a subject with a short relative clause (no comma, no
 * report of its own) is the noun phrase before `who`.
 */
function relativeHead(text: string, toks: Token[], clauseStart: number, se: number): SpeakerPhrase | null {
  const a = toks.findIndex((t) => t.start >= clauseStart);
  if (a < 0) return null;
  let w = -1;
  for (let k = se - 1; k > a; k--) {
    const t = toks[k]!.text;
    if (/^[,;:—–“”"]$/.test(t) || isStrongReportingVerb(t)) return null;
    if (/^who$/i.test(t)) { w = k; break; }
  }
  if (w < 0 || se - w > 10) return null;
  const head = readSubject(text, toks[a]!.start, toks[w - 1]!.end) ?? nounPhraseSubject(text, toks, a, w - 1, true);
  return head && head.type !== 'pronoun' ? head : null;
}

/** Words that open an introductory phrase before a sentence's subject. */
const INTRODUCTORY = /^(?:by|in|on|at|after|before|with|without|despite|although|though|while|as|following|amid|during|since|given|unlike|like|for|from|under|through|when|if|once|because|upon|throughout|beyond|besides)$/i;

function skipListener(toks: Token[], c: number): number {
  // a listener is a short noun phrase: `reporters`, `CNN`, `her Japanese hosts`, `The Associated Press`
  let k = c;
  let n = 0;
  let determined = false;
  while (k < toks.length && n < 5) {
    const t = toks[k]!.text;
    if (/^[,.;:"“”‘’]$/.test(t) || /^(?:that|on|in|at|during|after|before|about|the|last|this)$/i.test(t) && n > 0) break;
    if (/^(?:the|his|her|their|a|an)$/i.test(t) && n === 0) {
      determined = true;
      k++;
      n++;
      continue;
    }
    k++;
    n++;
    const next = toks[k]?.text ?? '';
    // after a determiner the phrase runs on to its head noun (`a cheering throng`, `a news briefing`,
    // `a townhall meeting`); a capitalised word after a lowercase one starts the content (`the crowd Trump …`)
    if (/^\p{Ll}/u.test(t) && determined && /^\p{Ll}{3,}$/u.test(next) && !LISTENER_STOP.test(next) && !isVerbForm(next) && n < 5) continue;
    if (/^\p{Ll}/u.test(t) && /s$/.test(t)) break; // `reporters`, `hosts`
    if (!/^\p{Lu}/u.test(next)) break;
  }
  return k;
}

/** Words that end a listener's phrase: prepositions, clause and time words, pronouns, determiners. */
const LISTENER_STOP = /^(?:that|on|in|at|during|after|before|about|the|a|an|last|this|of|for|with|to|from|when|while|as|if|he|she|they|it|we|his|her|their|its|near|outside|inside|by|via|over|under|across|and|or|but|there|what|how|why|whether|who|which|recently|earlier|later|today|yesterday|tonight)$/i;

function accordingFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
  const a = toks[vi]!;
  const toTok = toks[vi + 1]!;
  if (inside(quoted, a.start)) return null;
  const commaAfter = toks.findIndex((t, i) => i > vi + 1 && (t.text === ',' || t.text === '—'));
  // (`But, according to the poll, …`: an opening conjunction or linking adverb leaves it at the start)
  const atStart = words(text, from, a.start) === 0 || /^[\s,“"‘]*(?:(?:but|and|yet|so|still|now|however|meanwhile|also|indeed|instead)\b[\s,]*)?$/i.test(text.slice(from, a.start));
  if (atStart) {
    const end = commaAfter > 0 ? toks[commaAfter]!.start : clauseEndAfter(text, toTok.end, to);
    const speaker = sourceAfterAccording(text, toTok.end, end);
    if (!speaker || commaAfter < 0) return null;
    const [cs, ce] = trimContent(text, toks[commaAfter]!.end, to);
    if (words(text, cs, ce) < 3) return null;
    return { speaker, cue: 'according to', cueStart: a.start, cueEnd: toTok.end, contentStart: cs, contentEnd: ce, position: 'according' };
  }
  // `…, according to X.` / `At the heart of it, according to X, was …` (the content goes round the source)
  const sourceEnd = clauseEndAfter(text, toTok.end, to);
  const speaker = sourceAfterAccording(text, toTok.end, sourceEnd);
  if (!speaker) return null;
  const [cs, ce] = trimContent(text, from, a.start);
  if (words(text, cs, ce) < 2) return null;
  const frame: Frame = { speaker, cue: 'according to', cueStart: a.start, cueEnd: toTok.end, contentStart: cs, contentEnd: ce, position: 'according' };
  // the sentence goes on after `according to X,`: its rest is the reported content too
  const restFrom = speaker.end < sourceEnd ? commaAfterSource(text, speaker.end, sourceEnd) : -1;
  if (restFrom > 0) {
    const [rs, re] = trimContent(text, restFrom, to);
    if (words(text, rs, re) >= 3 && !/^(?:but|and|while|though|although|which|who|so)\b/i.test(text.slice(rs, re))) {
      frame.contentEnd = re;
      frame.parts = [[cs, ce], [rs, re]];
    } else if (words(text, cs, ce) < 3) return null;
  } else if (words(text, cs, ce) < 3) return null;
  return frame;
}

/** After `according to X`, the comma that closes X's phrase (X's appositive role included). */
function commaAfterSource(text: string, from: number, to: number): number {
  const m = /^[^,—]*[,—]\s*/.exec(text.slice(from, to));
  if (!m) return -1;
  // `according to Ross, another former envoy, was …`: skip a lower-case appositive
  const after = from + m[0].length;
  const appos = /^(?:an?|another|the|one|his|her|their)\s[^,—]*[,—]\s*/i.exec(text.slice(after, to));
  return appos ? after + appos[0].length : after;
}

/**
 * Whoever `according to` names is the source, a person or not: `a new article in Politico`,
 * `the results`, `exit polling data`, `him`. A phrase that is no name is kept as written.
 */
/** A document noun right after a name (`… News survey`, `… review of filings`): the name is its owner. */
const DOCUMENT_AFTER_NAME = /^[^,;:.()“"]{0,30}?\b(?:poll|polls|survey|surveys|review|study|analysis|report|reports|data|memo|letter|count|tally|estimates?|filings?|projections?|index|audit|tracking|figures|records|documents?)\b/i;

function sourceAfterAccording(text: string, from: number, end: number): SpeakerPhrase | null {
  const named = readObjectSpeaker(text, from, end);
  // `a new survey by the housing office`: a name deep in the phrase is not the source itself
  // `a New York Times/CBS News survey`, `the FBI data`: the outlet names the document, which is the source
  const document = named && DOCUMENT_AFTER_NAME.test(text.slice(named.end, end));
  // `the Democratic chairs`, `the Trump campaign aides`: a name before a common noun only modifies it
  const modifier = named && /^\s+\p{Ll}+\b/u.test(text.slice(named.end, end)) && !/^\s+(?:of|in|at|on|for|from|with|and|or|who|which|that|to|by|about|as|than|said|says|last|this|told|familiar|close)\b/i.test(text.slice(named.end, end));
  if (named && !document && !modifier && /^\s*(?:(?:the|a|an)\s+)?$/i.test(text.slice(from, named.start))) return named;
  const m = /^\s*([^,;:—–()“"]+)/.exec(text.slice(from, end));
  if (!m) return null;
  let phrase = m[1]!.replace(/\s+$/, '');
  const pron = /^(him|her|them)\b/i.exec(phrase);
  if (pron) {
    const start = from + m[0].indexOf(pron[1]!);
    const p = pron[1]!.toLowerCase();
    return { type: 'pronoun', mention: pron[1]!, start, end: start + p.length, role: null, gender: p === 'him' ? 'male' : p === 'her' ? 'female' : 'plural' };
  }
  // a source is a short noun phrase; `on Wednesday` or `released Tuesday` after it is not part of it
  // (`released on Thursday` after a document stays: PolNeAR's source spans keep it, and it says which one)
  if (!/\b(?:released|published|issued|taken|conducted)\s+(?:on\s+|last\s+|this\s+|in\s+)?\p{Lu}?\p{L}+$/u.test(phrase)) {
    phrase = phrase.replace(/\s+(?:on|last|this|released|published|issued)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)\b.*$/, '');
  }
  const n = phrase.split(/\s+/).length;
  if (n > 14 || !/[\p{L}]/u.test(phrase) || /^(?:that|which|who|this|it)\b/i.test(phrase)) return null;
  const start = from + m[0].length - m[1]!.length;
  return { type: 'unnamed', mention: phrase, start, end: start + phrase.length, role: null };
}
