/** Clause boundaries around a reporting verb: where a clause starts and ends, where reported content stops, passives and particles. */
import { isAttributionVerb, isIntentionVerb, isReportingVerb, isStrongReportingVerb, PARTICLE_AFTER, particleOf, takesParticle } from '../cues.js';
import { isVerbForm, type Token } from '../names.js';
import { coordinatedObject, IRREGULAR_PAST } from '../subjects.js';
import { FINITE, inside } from './frame.js';

/** Where the content starts after the verb toks[vi] and its particles (`talked about`, `lashed out at`). */
export function afterParticle(toks: Token[], vi: number, c: number): number {
  const own = particleOf(toks[vi]!.text);
  if (own) {
    while (toks[c] && c <= vi + 2 && (own.test(toks[c]!.text) || /^at$/i.test(toks[c]!.text) && /^out$/i.test(toks[c - 1]!.text))) c++;
    return c;
  }
  if (takesParticle(toks[vi]!.text) && toks[c] && PARTICLE_AFTER.test(toks[c]!.text)) c++;
  return c;
}

/**
 * The content of a noun cue with a preposition is a noun phrase or an infinitive: it ends where
 * the sentence's own verb comes (`his support for the ban | is well known`).
 */
export function nounPhraseEnd(toks: Token[], c: number, to: number): number {
  const infinitive = /^to$/i.test(toks[c]?.text ?? '');
  for (let k = c + (infinitive ? 2 : 1); k < toks.length; k++) {
    const w = toks[k]!.text;
    // (`to repeal all of his orders, including the latest ones`: examples of the phrase's own noun)
    if (w === ',' && EXAMPLE_OPENER.test(toks[k + 1]?.text ?? '')) continue;
    if (FINITE.test(w) || /^(?:[,;:—–]|grew|came|went|drew|became|remains|remained|got|helped|made|won|lost)$/i.test(w)) return toks[k]!.start;
    // past tense after a noun: `a special prosecutor | was rejected`, `the deal | angered …`
    if (/^\p{Ll}+ed$/u.test(w) && !/^(?:the|a|an|be|been|being|to|by|and|or|has|have|had)$/i.test(toks[k - 1]!.text) && isVerbForm(w)) return toks[k]!.start;
  }
  return to;
}

/** Words after a comma that add examples to the noun before it (`…, including …`, `…, especially …`). */
export const EXAMPLE_OPENER = /^(?:including|especially|particularly|notably)$/i;

const PSYCH_PARTICIPLE = /^(?:worried|concerned|pleased|convinced|disappointed|frustrated|surprised|interested|satisfied|determined|committed|prepared|opposed|divided|torn|split|excited|alarmed|troubled|shocked|outraged|relieved|confused|persuaded|dismayed|angered|delighted|thrilled|encouraged|heartened|unconvinced|inclined|resigned|entitled|obsessed|focused|skeptical)$/i;

/** Is toks[vi] a past participle after a form of `be` (`is expected`, `was widely reported`)? */
export function isPassive(toks: Token[], vi: number): boolean {
  if (!/(?:ed|en|said|told|thought|known|seen|found|held|made|shown)$/i.test(toks[vi]!.text)) return false;
  // `were worried about`, `is convinced that`, `are opposed to`: a state the subject is in, its own position
  if (PSYCH_PARTICIPLE.test(toks[vi]!.text)) return false;
  let k = vi - 1;
  while (k > 0 && (/^\p{Ll}+ly$/u.test(toks[k]!.text) || /^(?:not|never|also|still|already|now)$/i.test(toks[k]!.text))) k--;
  return /^(?:is|are|was|were|be|been|being|’s|'s)$/i.test(toks[k]?.text ?? '');
}

/** Where `…, saying …` starts after toks[c] (the content before it ends there), else `to`. */
export function participleAfter(toks: Token[], c: number, to: number): number {
  for (let k = c; k < toks.length - 1; k++) {
    const w = toks[k + 1]!.text;
    if (toks[k]!.text === ',' && /ing$/.test(w) && (isReportingVerb(w) || isAttributionVerb(w))) return toks[k]!.start;
    // `… “only one candidate can win,” adding that …`: the comma inside the closing quote ends the content too
    if (/^[”"’']$/.test(toks[k]!.text) && toks[k - 1]?.text === ',' && k - 1 >= c && /ing$/.test(w) && (isReportingVerb(w) || isAttributionVerb(w))) return toks[k]!.end;
  }
  return to;
}

/** Is toks[vi] preceded by `, <short subject>` that follows content (`…, a source said.`)? */
export function isSubjectAfterComma(toks: Token[], vi: number): boolean {
  for (let k = vi - 1; k >= 0 && vi - k <= 14; k--) {
    if (toks[k]!.text === ',') return k > 2;
  }
  return false;
}

/** After `said`, a subject opening a finite clause (`his net worth could fluctuate`, `he had been inundated`). */
export function clauseFollows(text: string, toks: Token[], vi: number, to: number): boolean {
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
export const ADJUNCT_OPENER = /^(?:at|in|on|over|during|after|before|as|while|when|whenever|because|since|from|with|without|via|through|outside|inside|near|following|amid|until|by)$/i;

/** Words that open an object or a clause after a verb, never a listener or a time adjunct. */
export const OBJECT_OPENER = /^(?:a|an|the|this|that|these|those|his|her|their|its|our|my|your|he|she|they|it|we|i|there|some|many|no|all|most|every|what|how|whether|why|to)$/i;

/**
 * `Holding open a book, Beck said, “…”`, `At one point, Clinton said …`, `On a more conciliatory note, Cameron
 * has said …`: a participle phrase, or a short prepositional phrase with no verb, sets the scene and reports nothing.
 */
export function verblessOpening(opening: string): boolean {
  if (/^\p{Lu}\p{Ll}+ing\s/u.test(opening) && !/^(?:Nothing|Something|Everything|Anything)\b/.test(opening)) return true;
  const ws = opening.split(/\s+/);
  if (ws.length > 8 || !/^(?:on|at|in|by|for|from|with|under|over|to|of)$/i.test(ws[0] ?? '')) return false;
  return !ws.some((w) => FINITE.test(w) || IRREGULAR_PAST.test(w) || /^\p{Ll}+ed$/u.test(w) || /^(?:said|says|told|thinks?|thought|wants?|knows?|knew)$/i.test(w));
}

export const ADVERBIAL_OPENING = /^(?:despite|while|although|though|after|before|when|whenever|as|since|because|if|unless|during|without|following|amid|asked|speaking|having|unlike|in a|in an|in his|in her|at a|at the|later|earlier|on (?:dec|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|quite suddenly)\b/iu;

export function clauseEndAfter(text: string, from: number, to: number): number {
  // a full stop after an initial or a title (`Charles B. Rangel`, `Rep. Moore`) does not end the clause
  const m = /(?<!(?:^|[\s.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Jr|Sr|St|Prof|Hon|Cpl|Const|Insp|Supt|Det|Cst|Maj|Adm|Cmdr|Atty|Amb))[.;!?](?:\s|$)/u.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

/** Was the clause of the subject ending at toks[se] opened by a subordinator (`While Ramos said …`)? */
export function isSubordinate(toks: Token[], se: number): boolean {
  for (let k = se - 1; k >= 0; k--) {
    const t = toks[k]!.text;
    if (/^[,;:]$/.test(t)) return false;
    // (`Even though …`, `even if …`: the adverb still opens the subordinate clause)
    // (`…, and when the AP asked …, the manager said`: a conjunction may open the subordinate clause too)
    if (/^(?:while|although|though|as|when|if|since|because|after|before|whereas|unless)$/i.test(t)) return k === 0 || toks[k - 1]!.text === ',' || (k === 1 && /^even$/i.test(toks[0]!.text)) || (k >= 2 && /^(?:and|but)$/i.test(toks[k - 1]!.text) && toks[k - 2]!.text === ',');
  }
  return false;
}

/**
 * Where reported content starting at toks[c] ends: before a second reporting verb the subject
 * shares (`… momentum and said that …`), and after a subordinate clause at the comma that opens the
 * main one (`While Ramos said that …, he appears …`).
 */
export function contentEndFrom(text: string, toks: Token[], c: number, to: number, subordinate: boolean): number {
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
    // (`praised Garland and said …`: a one-word content may be followed straight away by the subject's next report)
    if ((t === 'and' || t === 'but') && k >= c + 1) {
      let n = k + 1;
      if (/^(?:also|later|then|again|has|had|have)$/i.test(toks[n]?.text ?? '')) n++;
      // (`… but did not suggest it would be Trump`: a negated report of the same subject is a report too)
      const negated = /^(?:did|does|would)$/i.test(toks[n]?.text ?? '') && /^(?:not|never)$/i.test(toks[n + 1]?.text ?? '') || /^(?:didn['’]t|doesn['’]t|never)$/i.test(toks[n]?.text ?? '');
      if (negated) n += /^(?:did|does|would)$/i.test(toks[n]!.text) ? 2 : 1;
      const w = toks[n]?.text ?? '';
      if (/^\p{Ll}/u.test(w) && !/ing$/.test(w) && (k >= c + 2 || !negated && isStrongReportingVerb(w)) && (negated ? isReportingVerb(w) || isAttributionVerb(w) : isStrongReportingVerb(w) && /(?:ed|said|told|wrote|says|adds|notes)$/.test(w))) {
        return toks[k - 1]!.text === ',' ? toks[k - 1]!.start : toks[k]!.start;
      }
      // (`… but called it a “starting point”`, `… and considers him a racist`: a second verb of position
      // joined to the reporting verb is the subject's next report, not part of this content)
      if (k >= c + 2 && sharedSubjectReport(toks, c, n)) return toks[k - 1]!.text === ',' ? toks[k - 1]!.start : toks[k]!.start;
    }
    // `…, and more than 4 in 10 said …`: a new clause with a reporting verb of its own
    // (after a dash as well: `… would be more intense — and he noted that …`)
    // (or straight after a dash: `… since she first won — the actress also said …`; a spaced hyphen ` - ` is a dash too)
    // (tried: a dash before `saying …`, `only saying …` as a participle add-on: train F1 .74516 -> .74513, dropped)
    if ((/^(?:,|—|–|--|-)$/.test(t) && /^(?:and|but|while)$/i.test(toks[k + 1]!.text)) || t === ';' || (/^(?:—|–|--|-)$/.test(t) && /^(?:the|he|she|they|we|i|\p{Lu}\p{Ll}+)$/u.test(toks[k + 1]!.text) && !/^(?:Even|As|While|When|If|Because|Although|Though|Something|Which|What|Who)$/.test(toks[k + 1]!.text))) {
      // where the new clause's subject starts: after the conjunction, or straight after a semicolon
      const s0 = t === ';' && !/^(?:and|but|while)$/i.test(toks[k + 1]!.text) ? k + 1 : k + 2;
      for (let n = k + 2; n < Math.min(toks.length, k + 9); n++) {
        const w = toks[n]!.text;
        if (/^[,;:“”"]$/.test(w) || /^(?:that|who|which)$/i.test(w)) break;
        if (/^\p{Ll}/u.test(w) && isStrongReportingVerb(w) && !/ing$/.test(w)) return toks[k]!.start;
        // (`…, while 9 percent found it a deterrent`: a share of the same group with a verb of position is a parallel report;
        // when the content holds the first share itself, `found that 28 percent …, while 23 percent …`, both are one finding)
        if (n >= s0 + 1 && n <= s0 + 4 && quantitySubject(toks, s0, n) && /^\p{Ll}/u.test(w) && isAttributionVerb(w) && !/ing$/.test(w) && !toks.slice(c, k).some((t) => /^(?:percent|%|\d[\d.,]*%)$/i.test(t.text))) return toks[k]!.start;
        // (`…, and he railed against …`: a pronoun subject with a verb of position opens the writer's next clause)
        if (n === s0 + 1 && /^(?:he|she|they|we|i)$/i.test(toks[s0]!.text) && isAttributionVerb(w) && !isIntentionVerb(w) && /(?:ed|s)$/.test(w) && !/ing$/.test(w) && !PHRASAL_MOTION.test(toks[n + 1]?.text ?? '')) return toks[k]!.start;
      }
    }
    // `…; newspaper editorials railed against it`: after a semicolon, a short subject with a verb of position of its own
    if (t === ';' && k >= c + 2 && semicolonReport(toks, k + 1)) return toks[k]!.start;
    // `…, while Forbes counted only individuals`, `… while Sanders suggests …`: a contrast whose own subject
    // takes a verb of position is a second report; `…, while also suggesting …` is the subject's next one
    // (the `-ing` report only after a comma: `… composed while talking about her son` is inside the content)
    if (/^(?:while|whereas)$/i.test(t) && k >= c + 2 && contrastReport(toks, k + 1, /^(?:,|—|–|--|-)$/.test(toks[k - 1]!.text), toks.slice(c, k))) return (/^(?:,|—|–|--|-)$/.test(toks[k - 1]!.text) ? toks[k - 1]! : toks[k]!).start;
    if (subordinate && t === ',') {
      const next = toks[k + 1]!.text;
      // (or a determiner opening the main clause's subject: `Though X was regarded as …, the government has …`)
      // (or a name or title opening it: `After the court refused to …, Gov. Pat McCrory blamed …`)
      if (/^(?:he|she|they|we|i|it|there|the|this|these|those|his|her|their|its|our)$/i.test(next) || /^\p{Lu}/u.test(next)) return toks[k]!.start;
    }
  }
  return to;
}

/**
 * Is toks[n] (just after `and`/`but`) a verb of position in the same form as a verb the frame's
 * subject would share: past or present tense (`called`, `considers`), or `-ing` when the content
 * itself opened after an `-ing` cue (`saying …, and suggesting …`)?
 */
function sharedSubjectReport(toks: Token[], c: number, n: number): boolean {
  const w = toks[n]?.text ?? '';
  if (!/^\p{Ll}/u.test(w) || !(isAttributionVerb(w) || isReportingVerb(w))) return false;
  // only after an object with no verb of its own: after a clause (`said he rated … and talked about …`)
  // or a relative (`a book which explored … and discussed …`) the second verb may be the inner clause's
  for (let k = c; k < n - 1; k++) {
    const t = toks[k]!.text;
    if (FINITE.test(t) || IRREGULAR_PAST.test(t) || /^(?:who|whom|whose|which|that|said|says|told|thinks?|thought)$/i.test(t) || NEGATED.test(t)) return false;
    if (/^\p{Ll}+(?:ed|ing)$/u.test(t) && k > c && !/^(?:the|a|an|his|her|its|their|our|my|your|this|these|those|so-called)$/i.test(toks[k - 1]!.text)) return false;
  }
  if (/ing$/.test(w)) return /^\p{Ll}+ing$/u.test(toks[c - 1]?.text ?? '');
  if (!/(?:ed|s|thought|saw|knew|found|said|told|wrote|spoke|sought)$/.test(w) || /^(?:is|was|has|does|its|his|this)$/.test(w)) return false;
  // (`her dealings and favors to foreign governments`: a plural noun, not a present tense, before a preposition)
  if (/[^s]s$/.test(w) && /^(?:to|of|for|from|in|on|at|with|by|and|or|[,.;:)])$/i.test(toks[n + 1]?.text ?? '.')) return false;
  // (`and its …`: a noun phrase follows; a past participle after `has`/`be` belongs to another clause)
  return !/^(?:the|a|an|to|be|been|being)$/i.test(toks[n - 1]!.text);
}

/** Does toks[a] open a verbless subject of up to four words followed by a finite verb of position? */
function semicolonReport(toks: Token[], a: number): boolean {
  if (!/^[\p{L}\d]/u.test(toks[a]?.text ?? '')) return false;
  for (let n = a + 1; n <= a + 4 && n < toks.length; n++) {
    const w = toks[n]!.text;
    if (/^\p{Ll}/u.test(w) && /(?:ed|s)$/.test(w) && !/(?:ss|us|is)$/.test(w) && isAttributionVerb(w) && !isIntentionVerb(w) && !PHRASAL_MOTION.test(toks[n + 1]?.text ?? '')) return true;
    if (/^(?:[,;:“”"()]|that|who|which|to|and|or|of|in|on|for|with)$/i.test(w) || FINITE.test(w) || IRREGULAR_PAST.test(w) || /^\p{Ll}+ed$/u.test(w)) return false;
  }
  return false;
}

/** After `while`/`whereas` at toks[a - 1]: a short subject and a finite verb of position, or the shared subject's `(also) -ing` report. */
function contrastReport(toks: Token[], a: number, afterComma: boolean, content: Token[]): boolean {
  if (/^also$/i.test(toks[a]?.text ?? '')) a++;
  const first = toks[a]?.text ?? '';
  // (and after a content of some length: `a statement that, while condemning violence, accused …` is one clause)
  if (/^\p{Ll}+ing$/u.test(first)) return afterComma && content.length >= 4 && (isReportingVerb(first) || isAttributionVerb(first));
  for (let n = a + 1; n <= a + 4 && n < toks.length; n++) {
    const se = n;
    let w = toks[n]!.text;
    if (/^(?:has|have|had)$/i.test(w) && n > a) w = toks[++n]?.text ?? '';
    if (/^(?:also|now|still|often)$/i.test(w)) w = toks[++n]?.text ?? '';
    if (/^\p{Ll}/u.test(w) && !/ing$/.test(w) && /(?:ed|s|saw|thought|knew|found|said|told|wrote|spoke|sought|see|say|think|believe|argue|want)$/.test(w) && (isAttributionVerb(w) || isReportingVerb(w)) && !isIntentionVerb(w)) {
      // (`found Democrats favored Clinton …, while Republicans favored Trump …`: a content that holds the same verb
      // with its own subject is one finding in two parallel halves)
      if (content.some((x) => x.text.toLowerCase() === w.toLowerCase())) return false;
      // the subject: a name or a determined noun phrase with no verb of its own
      return toks.slice(a, se).every((x) => !FINITE.test(x.text) && !/^(?:[,;:“”"]|that|who|which|to)$/i.test(x.text) && !/^\p{Ll}+ed$/u.test(x.text))
        && (/^\p{Lu}/u.test(first) || /^(?:the|his|her|their|its|our|some|many|most|others|other|critics|supporters|opponents|republicans|democrats|he|she|they|we|i)$/i.test(first));
    }
    if (/^(?:[,;:“”"]|that|who|which|to)$/i.test(w) || FINITE.test(w)) return false;
  }
  return false;
}

/** Is toks[a, b) a share of a group (`9 percent`, `a third`, `most`, `others`, `66 percent of voters`)? */
function quantitySubject(toks: Token[], a: number, b: number): boolean {
  const words = toks.slice(a, b).map((t) => t.text.toLowerCase());
  if (words.length === 1) return /^(?:most|others|many|some|half|few)$/.test(words[0]!);
  return /^(?:\d[\d.,]*%?|a|an|about|nearly|almost|only|just|roughly|some|[a-z]+-?(?:one|two|three|four|five|six|seven|eight|nine)|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/.test(words[0]!)
    && words.some((w) => /^(?:percent|per|%|third|thirds|quarter|quarters|half|majority|minority|fifth|fifths|plurality|in)$/.test(w));
}

/** A particle that makes a verb of position one of motion or contact (`she called into the show`, `he called back`). */
const PHRASAL_MOTION = /^(?:into|in|up|back|off|out)$/i;

const NEGATED = /^\p{Ll}+n['’]t$/u;

/** Where the clause containing toks[se] starts: after the last `that`/`;`/quote closer before it. */
export function clauseStartBefore(text: string, from: number, toks: Token[], se: number, joinNounPhrases = true): number {
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
    // `The Republican nominee and his aides haven't said …`: two determined noun phrases joined by
    // `and` are one coordinated subject, not two clauses
    if (joinNounPhrases && /^and$/i.test(t) && nounPhraseConjuncts(toks, k, se)) continue;
    // `Everyone but Hewlett said yes`: `but` after an all-word means `except`, inside the subject
    if (isExceptBut(toks, k)) continue;
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

/** Is toks[k] a `but` meaning `except` (`everyone but Hewlett`, `all but two`)? */
export function isExceptBut(toks: Token[], k: number): boolean {
  return /^but$/i.test(toks[k]?.text ?? '') && k > 0 && /^(?:everyone|everybody|all|none|nobody|anyone|anybody)$/i.test(toks[k - 1]!.text);
}

const DETERMINER = /^(?:the|a|an|his|her|their|its|our|my|this|that|these|those|some|many|several|other|both)$/i;
const CLAUSE_OPENER = /^(?:[,;:—–”"“]|that|because|while|although|though|as|when|if|since|but)$/i;

/**
 * Is `and` at toks[k] between two short determined noun phrases, the first opening its clause and
 * the second running to the subject's end toks[se - 1] (`the nominee and his aides`)? Neither
 * side may hold a verb, so `The plan failed and his aides said …` stays two clauses.
 */
function nounPhraseConjuncts(toks: Token[], k: number, se: number): boolean {
  if (se - k - 1 < 2 || se - k - 1 > 5 || !DETERMINER.test(toks[k + 1]!.text)) return false;
  let a = k - 1;
  while (a > 0 && k - a < 5 && !CLAUSE_OPENER.test(toks[a - 1]!.text)) a--;
  if (a > 0 && !CLAUSE_OPENER.test(toks[a - 1]!.text)) return false;
  if (k - a < 2 || !DETERMINER.test(toks[a]!.text)) return false;
  const verbless = (t: Token) => !FINITE.test(t.text) && !IRREGULAR_PAST.test(t.text) && !/^\p{Ll}+ed$/u.test(t.text) && !/^(?:and|or|but|who|which|that|said|says|told)$/i.test(t.text) && !/^[,;:]$/.test(t.text);
  return toks.slice(a + 1, k).every(verbless) && toks.slice(k + 2, se).every(verbless);
}

/** Words that open an introductory phrase before a sentence's subject. */
export const INTRODUCTORY = /^(?:according|back|by|in|on|at|after|before|with|without|despite|although|though|while|as|following|amid|during|since|given|unlike|like|for|from|under|through|when|if|once|because|upon|throughout|beyond|besides)$/i;
