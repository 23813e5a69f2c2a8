/** Frames of beliefs, evaluations, passives and stance adjectives: `Trump believes …`, `is expected to …`, `is confident that …`. */
import { isAttributionVerb, isBetweenSpeakerAndVerb, isReportingVerb, TIME_WORDS } from '../cues.js';
import type { Token } from '../names.js';
import { readObjectSpeaker, readSubject, type SpeakerPhrase } from '../speakers.js';
import { afterParticle, clauseEndAfter, clauseStartBefore, contentEndFrom, isPassive, isSubjectAfterComma, isSubordinate, participleAfter } from './clauses.js';
import { type Frame, inside, trimContent, words } from './frame.js';
import { appositiveSource, appositiveSubject, clauseSubject, coordinatedSubject, plainSubject, subjectEnd, subjectStartTok, withCoordinatedNames } from './subject.js';
import { closesRelative, relativeFrame } from './relatives.js';
import { parentheticalFrame, tailFrame } from './tail.js';

/** Adjectives of conviction and feeling that hold a position: `is confident that …`, `were skeptical about …`. */
export const STANCE_ADJECTIVE = /^(?:confident|hopeful|optimistic|pessimistic|skeptical|sceptical|certain|sure|adamant|aware|unaware|convinced|unconvinced|concerned|worried|afraid|fearful|doubtful|insistent|wary|critical|supportive|dismissive|proud|glad|happy|sorry|angry|upset|furious|thankful|grateful)$/i;

/**
 * `The aides are confident that …`, `Voters remain skeptical about …`: the subject of a copula and a
 * stance adjective holds the position in the clause after it (`that` kept, `about`/`of` left out).
 */
export function adjectiveFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
  const v = toks[vi]!;
  let k = vi - 1;
  while (k > 0 && (/^\p{Ll}+ly$/u.test(toks[k]!.text) || /^(?:very|so|too|not|quite|more|less|all|also|still|now|increasingly|deeply|fully)$/i.test(toks[k]!.text))) k--;
  if (!/^(?:is|are|was|were|be|been|being|am|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|grew|grow|grows|became|become|becomes|feel|feels|felt|’m|'m|’re|'re|’s|'s)$/i.test(toks[k]?.text ?? '')) return null;
  let se = k;
  while (se > 0 && isBetweenSpeakerAndVerb(toks[se - 1]!.text)) se--;
  if (se === 0 || /^[,;:()"“”‘’—–-]$/.test(toks[se - 1]!.text)) return null;
  const { clauseStart, subject } = clauseSubject(text, from, toks, se, toks[se - 1]!.end);
  const speaker = subject ?? plainSubject(text, toks, clauseStart, se, vi);
  if (!speaker) return null;
  const c = /^that$/i.test(toks[vi + 1]!.text) ? vi + 1 : vi + 2;
  if (!toks[c]) return null;
  const [cs, ce] = trimContent(text, toks[c]!.start, Math.min(participleAfter(toks, c, to), contentEndFrom(text, toks, c, to, isSubordinate(toks, se))));
  if (words(text, cs, ce) < 2) return null;
  if (quoted.some((q) => q.start <= cs + 2 && q.end >= ce - 2)) return null;
  return { speaker, cue: text.slice(v.start, v.end), cueStart: v.start, cueEnd: v.end, contentStart: cs, contentEnd: ce, position: 'before' };
}

/** `Police were called to the house`, `The vote was called off`: summoned or cancelled, no report. */
function summonedOrCalledOff(toks: Token[], vi: number): boolean {
  return isPassive(toks, vi) && /^called$/i.test(toks[vi]!.text) && /^(?:to|in|into|out|off|back|up|away|for|at)$/i.test(toks[vi + 1]?.text ?? '');
}

/**
 * `Trump believes …`, `the poll shows …`, `Clinton criticized the deal`: a belief, evaluation or
 * finding of the subject right before the verb; the content is the rest of the clause.
 */
export function attributionFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>, idiomLast = -1): Frame | null {
  if (idiomLast < 0 && summonedOrCalledOff(toks, vi)) return null;
  // `…, fundraising documents show.` / `…, his team believes, resulting in …`: a belief or a
  // finding closing the sentence after its content, with nothing but an adjunct after the verb
  if (idiomLast < 0 && TAIL_ATTRIBUTION.test(toks[vi]!.text) && toks[vi - 1] && toks[vi - 1]!.text !== ',' && isSubjectAfterComma(toks, vi)) {
    const next = toks[vi + 1];
    if (!next || /^[,.;:!?—–]$/.test(next.text) || TIME_WORDS.test(text.slice(next.start, to))) {
      const tail = tailFrame(text, from, to, toks, vi, toks[vi]!.text.toLowerCase());
      if (tail) return tail;
    }
  }
  // `His leverage, they believe, isn’t going anywhere`: a belief between commas inside its content
  if (idiomLast < 0 && toks[vi + 1]?.text === ',' && toks[vi - 1] && toks[vi - 1]!.text !== ',') {
    const paren = parentheticalFrame(text, from, to, toks, vi, toks[vi]!.text.toLowerCase());
    if (paren) return paren;
  }
  // (the cue of `made it clear that` stops before its `that`, which opens the content)
  const cueLast = idiomLast > 0 && /^that$/i.test(toks[idiomLast]!.text) ? idiomLast - 1 : idiomLast;
  const v = idiomLast > 0 ? { ...toks[vi]!, end: toks[cueLast]!.end } : toks[vi]!;
  const se = subjectEnd(toks, vi);
  if (se === 0) return null;
  const subjTok = toks[se - 1]!;
  // `Sanders, a Vermont senator, has supported …`: a name with its appositive is the subject
  const appositive = subjTok.text === ',' ? appositiveSubject(text, from, to, toks, vi) ?? appositiveSource(text, toks, se) : null;
  // (a closing bracket may end a name: `Sen. Bernie Sanders (I-Vt.) called …`)
  if (!appositive && /^[,;:("“”‘’—–-]$/.test(subjTok.text)) return null;
  // `… from business leaders who oppose the law`: a restrictive relative reports for its head
  const restrictive = idiomLast < 0 && /^who$/i.test(subjTok.text) && toks[se - 2]?.text !== ',' ? relativeFrame(text, from, to, toks, vi, quoted, se - 1) : null;
  if (restrictive) return restrictive;
  const read = appositive ? null : clauseSubject(text, from, toks, se, subjTok.end);
  const clauseStart = read?.clauseStart ?? clauseStartBefore(text, from, toks, se);
  // `Trump, who has criticized the deal, …`: a comma relative reports for the noun it hangs on,
  // and its content ends at the comma that closes it
  const relative = /^(?:who|which)$/i.test(subjTok.text) && toks[se - 2]?.text === ',' && se >= 3;
  const headStart = relative ? clauseStartBefore(text, from, toks, se - 2) : clauseStart;
  const subject = relative ? readSubject(text, headStart, toks[se - 3]!.end) ?? (/^which$/i.test(subjTok.text) ? plainSubject(text, toks, headStart, se - 2, vi) : null) : appositive ?? read?.subject ?? null;
  const speaker = subject ? withCoordinatedNames(text, from, toks, subject) : relative ? null : coordinatedSubject(text, from, toks, se) ?? plainSubject(text, toks, clauseStart, se, vi);
  if (!speaker) return null;
  let c = idiomLast > 0 ? idiomLast + 1 : vi + 1;
  if (idiomLast > 0 && /^that$/i.test(toks[idiomLast]!.text)) c = idiomLast;
  else if (idiomLast < 0) c = afterParticle(toks, vi, c);
  const relEnd = relative ? toks.find((t, i) => i > c && (/^[;—–]$/.test(t.text) || (t.text === ',' && closesRelative(toks, i))))?.start ?? to : to;
  const [cs, ce] = trimContent(text, toks[c]?.start ?? to, Math.min(relEnd, participleAfter(toks, c, to), contentEndFrom(text, toks, c, to, isSubordinate(toks, se))));
  if (words(text, cs, ce) < 2 && !oneWordPosition(toks[vi]!.text, text.slice(cs, ce))) return null;
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
 * A one-word object that is the whole position: a name after a verb of taking sides or of judging
 * (`endorsed Clinton`, `attacked Trump`), or a person pronoun after one of taking sides (`backed him`).
 * A speech verb's one word is no report (`said Clinton` names the speaker).
 */
export function oneWordPosition(verb: string, content: string): boolean {
  if (/^\p{Lu}\p{Ll}+$/u.test(content)) return STANCE_VERB.test(verb) || (!isReportingVerb(verb) && JUDGING_VERB.test(verb));
  return /^(?:him|her|them)$/i.test(content) && (STANCE_VERB.test(verb) || JUDGING_VERB.test(verb));
}

/** Verbs of judging a person, whose object alone is the position: `attacked Trump`, `praised her`. */
const JUDGING_VERB = /^(?:attack|critici[sz]e|praise|blast|slam|defend|denounce|condemn|mock|bash|rebuke|laud|hail|assail|lambaste|chastise|scold|deride|thank|congratulate|applaud|accuse|blame)(?:s|es|d|ed|ing)?$/i;

/** Verbs of taking sides, whose object alone is the position: `supported Sanders`, `endorsed Clinton`. */
const STANCE_VERB = /^(?:support|supports|supported|supporting|endorse|endorses|endorsed|endorsing|back|backs|backed|backing|oppose|opposes|opposed|opposing|favor|favors|favored|favoring|favour|favours|favoured|favouring|prefer|prefers|preferred|preferring)$/i;

/**
 * Participles whose passive reports a view, a charge or an expectation (`is expected to`, `was
 * accused of`, `is widely seen as`). Other passives (`was raised`, `was confirmed 92 to 0`) report nothing.
 */
export const PASSIVE_REPORT = /^(?:expected|considered|seen|viewed|regarded|deemed|known|thought|believed|rumou?red|reported|alleged|accused|charged|critici[sz]ed|praised|blamed|described|dubbed|labell?ed|urged|warned|projected|estimated|predicted|supposed|credited|condemned|denounced|attacked|endorsed|backed|supported|opposed|favou?red|quoted|cited|reputed|portrayed|perceived|touted|hailed|slammed|lambasted|ridiculed|mocked)$/i;

/** Participles that report only in the passive: `is widely regarded as`, `was rumored to`. */
export const PASSIVE_ONLY = /^(?:regarded|deemed|rumored|rumoured|reputed|considered|known)$/i;

/**
 * `Three commissioners were charged with …`, `He is widely regarded as …`, `which has been accused
 * by the government of …`: a passive report. Its content is the whole clause, subject included;
 * its source is the `by` agent when there is one, else nobody named.
 */
export function passiveFrame(text: string, from: number, to: number, toks: Token[], vi: number, quoted: ReadonlyArray<{ start: number; end: number }>): Frame | null {
  const v = toks[vi]!;
  // `is said to`, `was told that`: speech verbs keep their own frames (the listener is the subject)
  if (/^(?:said|told|asked)$/i.test(v.text)) return null;
  if (summonedOrCalledOff(toks, vi)) return null;
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

/** Beliefs and findings that may close a sentence after their content (`…, the records show`). */
const TAIL_ATTRIBUTION = /^(?:show|shows|showed|shown|find|finds|found|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed|believe|believes|believed|think|thinks|thought|argue|argues|argued|estimate|estimates|estimated|predict|predicts|predicted|fear|fears|feared|hope|hopes|hoped|expect|expects|expected|conclude|concludes|concluded)$/i;
