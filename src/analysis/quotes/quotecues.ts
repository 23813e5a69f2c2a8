/**
 * The cue and speaker next to a quote in its own sentence: after the closing mark (`,” Brown
 * said`, `,” said Brown`), or before the opening one (`Brown said: “`, `Trump attacked Rubio, saying “`).
 */
import { isBetweenSpeakerAndVerb, isReportingVerb, OBJECT_VERBS, reportingLemma, TIME_WORDS } from './cues.js';
import { isWordSurname, isVerbForm, tokens } from './names.js';
import { afterDeterminer, attributionVerb } from './tails.js';
import { readObjectSpeaker, readSubject, type SpeakerPhrase } from './speakers.js';
import type { Cue } from './candidate.js';

/** The clause that carries a quoted fragment: after `that` or the sentence start. */
export function clauseBefore(text: string, from: number, openAt: number): number {
  const lead = text.slice(from, openAt);
  const m = /.*\bthat\s/s.exec(lead);
  const at = m ? from + m[0].length - 5 : from;
  return at;
}

/** The cue after a closing mark, within the same sentence. */
export function tailCue(text: string, from: number, to: number): Cue | null {
  if (to <= from) return null;
  const slice = text.slice(from, to);
  if (!/^\s*(?:[,—–-]\s*|\s)/.test(slice) && !/^[,]/.test(slice)) {
    // `“…?” he asked` has no comma; `“….” Brown said.` is a new sentence: both are fine when a verb follows soon
    // (`,”Clinton said`: a space left out after the closing mark of a quote that ends in a comma)
    if (!/^\s/.test(slice) && !(/^\p{Lu}/u.test(slice) && /,\s*[”"’']$/.test(text.slice(Math.max(0, from - 3), from)))) return null;
  }
  const toks = tokens(text, from, to).filter((t) => !/^[,—–-]$/.test(t.text) || true);
  let k = 0;
  while (k < toks.length && /^[,—–\-]$/.test(toks[k]!.text)) k++;
  const limit = Math.min(toks.length, k + 45);
  for (let i = k; i < limit; i++) {
    const t = toks[i]!;
    if (/^[“"‘«]$/.test(t.text)) return null;
    // `,” according to the report.`: the source comes after `to`
    if (i === k && /^according$/i.test(t.text) && /^to$/i.test(toks[i + 1]?.text ?? '')) {
      const phrase = readObjectSpeaker(text, toks[i + 1]!.end, untilClauseEnd(text, toks[i + 1]!.end, to));
      return phrase && phrase.type !== 'pronoun' ? { phrase, cue: 'according to', at: phrase.start } : null;
    }
    // a capitalised `State` or `Post` is part of a name, not a verb
    if (!/^\p{Ll}/u.test(t.text) || !(isReportingVerb(t.text, toks[i + 1]?.text) || goesOn(toks, i))) continue;
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
    // (`the congressional report said`: a noun that can be a verb is no cue when nothing before it is a subject)
    if (!phrase) {
      if (isReportingVerb(toks[i + 1]?.text ?? '') && /^\p{Ll}/u.test(toks[i + 1]!.text)) continue;
      return null;
    }
    return { phrase, cue: t.text, at: phrase.start };
  }
  return attributionVerb(text, toks, k, to);
}


/**
 * `“…,” she went on.`: `go on` with nothing after it but punctuation continues the speech just
 * quoted; `Trump went on to promote …` or `went on the offensive` is no cue.
 */
function goesOn(toks: ReturnType<typeof tokens>, i: number): boolean {
  if (!/^(?:went|goes|go|going)$/.test(toks[i]!.text) || toks[i + 1]?.text !== 'on') return false;
  const next = toks[i + 2]?.text;
  return next === undefined || /^[,.;:!?—–]$/.test(next);
}

function subjectEndBefore(toks: ReturnType<typeof tokens>, vi: number): number {
  let k = vi;
  while (k > 0 && (/^(?:also|later|then|has|have|had|once|again|further|simply|just|quickly|flatly|would|will|could)$/i.test(toks[k - 1]!.text) || isBetweenSpeakerAndVerb(toks[k - 1]!.text))) k--;
  // `Mrs May told`, `Theresa May said`: a capitalised `May` after a name is the surname, no auxiliary
  if (k < vi && isWordSurname(toks, k)) k++;
  return k > 0 ? toks[k - 1]!.end : toks[0]!.start;
}

export function untilClauseEnd(text: string, from: number, to: number): number {
  const m = /(?<!(?:^|[\s.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Jr|Sr|St|Prof|Hon|Del|Adm|Maj|Cmdr|Amb|Atty|Supt|Insp|Det|Msgr))[.;!?](?:\s|$)|\s[“"‘]/u.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

/** A cue in the lead: `X said:`, `X told CNN`, `X said, "`, or `X said that the country was ‘…’`. */
export function leadCueOf(text: string, from: number, openAt: number, lead: string): (Cue & { direct: boolean }) | null {
  const toks = tokens(text, from, openAt);
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    const after = text.slice(t.end, openAt);
    // (`that said, “`: a relative, not a determiner, when only punctuation stands before the quote)
    const relative = /^(?:that|which)$/i.test(toks[i - 1]?.text ?? '') && /^\s*[:,]\s*$/.test(after);
    if (!/^\p{Ll}/u.test(t.text) || !isReportingVerb(t.text, toks[i + 1]?.text) || (!relative && afterDeterminer(toks, i))) continue;
    // a short listener or adjunct, then `:` or `,` or nothing, then the quote
    // a short listener or adjunct may sit between cue and quote, but then punctuation or a
    // listener verb marks it: `said on Tuesday: “…”`, `told Sputnik “…”`; `says the plan “…”` is mixed
    const short = /^(?:\s*,?\s+[\p{L}\p{N}'’.\-]+){0,6}\s*[:,]?\s*$/u.test(after) && !/\bthat\s*$/.test(after) && !/\b(?:as|was|is|be|the|a|an|of|to|about|it)\s*$/i.test(after);
    const lemma = reportingLemma(t.text, toks[i + 1]?.text) ?? '';
    // `told USA TODAY that there are “a lot of …” provisions`, `says that it’s “very sad”`: words of
    // a clause between the cue and a quote that opens in lower case (or after `that …`) make the
    // quote a fragment of a report, not the speaker's whole sentence
    const fragment = /[\p{L}\p{N}]/u.test(after) && !/[:,]\s*$/.test(after) && (/^\p{Ll}/u.test(text.slice(openAt + 1, openAt + 2)) || /\bthat\s+\S/.test(after));
    const direct = !fragment && (short || /^,\s*$/.test(after)) && (/^\s*$/.test(after) || /[:,]\s*$/.test(after) || OBJECT_VERBS.has(lemma) || TIME_WORDS.test(after.trim()));
    if (/ing$/.test(t.text) && (toks[i - 1]?.text === ',' || /^(?:while|when|after|before|by)$/i.test(toks[i - 1]?.text ?? ''))) {
      // `Spicer said, adding, “…”` / `Trump attacked Rubio, saying “…”`: the participle reports
      // for the subject of the clause it hangs on, never for the name just before the comma
      const main = mainClauseSpeaker(text, from, toks, i);
      if (main) return { ...main, cue: t.text, cueEnd: t.end, direct };
      return null;
    }
    // `“A,” said the Florida senator, “B.”`: after the quote before, the verb comes first and the
    // speaker after it; a long appositive may follow the name (`“A,” said Edward Leamer, an economist
    // who directs the forecast, “B”`) when a comma or colon closes it before the quote
    const inverted = direct && /^[\s,]*$/.test(text.slice(from, t.start)) ? readObjectSpeaker(text, t.end, openAt) : null;
    const appositive = !direct && !fragment && /[,:]\s*$/.test(after) && /^[\s,]*$/.test(text.slice(from, t.start)) ? readObjectSpeaker(text, t.end, openAt) : null;
    if (appositive && (appositive.type === 'person' || appositive.type === 'organisation')) return { phrase: appositive, cue: t.text, at: appositive.start, cueEnd: t.end, direct: true };
    const phrase = inverted ?? readSubject(text, clauseBefore2(text, from, t.start), subjectEndBefore(toks, i)) ?? sharedSubject(text, from, toks, i);
    // `a message that said, “…”`, `the sign, which read: “…”`: the thing that says it is the noun before the relative
    const thing = !phrase && direct && relative ? nounBeforeRelative(text, toks, i - 1) : null;
    if (thing) {
      // (`Trump released a video that said, “…”`: the one who put the thing out is the source, when named)
      const k = toks.findIndex((x) => x.start === thing.start);
      const main = k > 0 ? mainClauseSpeaker(text, from, toks, k) : null;
      const owner = main && main.phrase.type !== 'unnamed' && main.phrase.type !== 'descriptor' ? main.phrase : thing;
      return { phrase: owner, cue: t.text, at: owner.start, cueEnd: t.end, direct };
    }
    // `Mr. Trump was prompted to say, “…”`, `A Warren adviser, who spoke on condition of anonymity, said, “…”`:
    // a verb right before the quote's comma or colon marks a quote; the speaker is the named one
    // opening its clause, even when the subject reader found no plain subject before the verb
    const named = !phrase && /^(?:\s+it)?\s*[:,]\s*$/.test(after) ? clauseOpener(text, clauseBefore2(text, from, t.start), toks[i - 1]?.start ?? t.start) : null;
    if (named) return { phrase: named, cue: t.text, at: named.start, cueEnd: t.end, direct };
    if (!phrase) {
      if (i === 0 || !/^[,]$/.test(toks[i - 1]!.text)) return null;
      continue;
    }
    return { phrase, cue: t.text, at: phrase.start, cueEnd: t.end, direct };
  }
  void lead;
  return null;
}

/** A person named in full at the very start of a clause (after `As`), null when the clause opens otherwise. */
function clauseOpener(text: string, from: number, end: number): SpeakerPhrase | null {
  let start = from;
  const lead = /^[\s,]*(?:(?:And|But|So|Or|as|As)\s+)?/.exec(text.slice(from, end));
  if (lead) start += lead[0].length;
  if (end <= start) return null;
  const phrase = readObjectSpeaker(text, start, end);
  // (a person's full name only: or a surname after a title; a lone capitalised word opening the clause is as often a participle or a noun, `Lamenting`, `Minutes`)
  return phrase && phrase.type === 'person' && (/\s/.test(phrase.name ?? '') || /^(?:Mr|Mrs|Ms|Dr)\.\s/.test(phrase.mention)) && !/['’]s\b/.test(phrase.mention) && phrase.start - start <= 4 ? phrase : null;
}

/**
 * The common noun a relative `that`/`which` (toks[rel]) hangs on, as an unnamed speaker: up to
 * three lower-case words back to a determiner (`a marketing video`, `the water bottles`).
 * These quotes were dropped as mid-sentence terms before; PolNeAR train direct F1 0.9524 → 0.9527.
 */
function nounBeforeRelative(text: string, toks: ReturnType<typeof tokens>, rel: number): SpeakerPhrase | null {
  let j = rel - 1;
  if (toks[j]?.text === ',') j--;
  const end = toks[j]?.end;
  for (let n = 0; j >= 0 && n < 4; j--, n++) {
    const w = toks[j]!.text;
    if (/^(?:a|an|the|this|that|his|her|its|their|our|one)$/i.test(w)) {
      if (n === 0 || end === undefined) return null;
      return { type: 'unnamed', mention: text.slice(toks[j]!.start, end), start: toks[j]!.start, end, role: null };
    }
    // (nouns only: a preposition, auxiliary or conjunction means the relative hangs on a clause)
    if (!/^\p{Ll}[\p{L}'’-]*$/u.test(w) || /^(?:was|were|is|are|has|have|had|be|been|by|to|of|in|on|at|for|with|from|and|or|but|not|also)$/.test(w)) return null;
  }
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
  // `WASHINGTON — …`, `DES MOINES, Iowa (AP) — …`: a dateline opens the story, not the sentence's subject
  const dash = toks.findIndex((t, x) => x < pi && x <= 8 && /^[—–]$|^--$/.test(t.text));
  if (dash > 0 && /^\p{Lu}{2,}/u.test(toks[0]!.text) && toks.slice(0, dash).every((t) => /^(?:\p{Lu}[\p{Lu}.'’-]*|\p{Lu}\p{Ll}+\.?|[,()]|AP|Reuters|AFP|UPI)$/u.test(t.text))) k = dash + 1;
  // `Hours later, Trump …`: a short time phrase before the first comma
  const firstComma = toks.findIndex((t, x) => x < pi && t.text === ',');
  if (firstComma > 0 && firstComma <= 4 && toks.slice(0, firstComma).some((t) => /^(?:later|ago|earlier|week|weeks|month|months|year|years|day|days|morning|night|evening|afternoon|hours|minutes|moments)$/i.test(t.text))) k = firstComma + 1;
  // `Back in 1999, Mr. Trump …`: `back` before a time preposition opens the adverbial
  if (/^back$/i.test(toks[k]?.text ?? '') && /^(?:in|on|at|during|then|when)$/i.test(toks[k + 1]?.text ?? '')) k++;
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

export function clauseBefore2(text: string, from: number, verbAt: number): number {
  const seg = text.slice(from, verbAt);
  // `As Steven Rosenthal, a tax lawyer, recently put it, “…”`: the `as` opens the clause, it is not the name's
  // (also after a comma or an opening conjunction: `Or, as Tom Ridge, a former secretary, put it: “…”`)
  const m = /.*(?:\bthat\b|;|\band\b(?=\s+\p{Lu})|(?:^\s*|,\s*|^\s*(?:And|But|Or|So)\s+)[Aa]s\b(?=\s+\p{Lu}))/su.exec(seg);
  if (!m) return from;
  // `Fiorina and Huckabee said`, `Carson, Fiorina and Huckabee said`: names alone before the `and`
  // are more speakers of the same verb, not a clause of their own
  const head = m[0].replace(/\band$/, '');
  if (head !== m[0] && NAMES_ONLY.test(head)) {
    const before = /.*(?:\bthat\b|;)/s.exec(head);
    return before ? from + before[0].length : from;
  }
  return from + m[0].length;
}

/** One or more capitalised names separated by commas, after an optional `that` or `;`. */
const NAMES_ONLY = /(?:^|\bthat\b|;)\s*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+\s*,\s*)*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+\s*,?\s*$/u;

/** After a cue, nothing but a short adjunct to the sentence end: `Trump said.`, `she told CNN on Monday.` */
export function attributionOnly(text: string, c: Cue, end: number): boolean {
  const verbAt = text.indexOf(c.cue, c.at > 0 ? Math.min(c.at, end) : 0);
  const from = verbAt >= 0 && verbAt < end ? verbAt + c.cue.length : c.phrase.end;
  const rest = text.slice(Math.max(from, c.phrase.end), end).replace(/[.!?\s”"’]+$/, '');
  return rest.split(/\s+/).filter(Boolean).length <= 6 && !/\bthat\b/.test(rest) && !/[“"‘]/.test(rest);
}
