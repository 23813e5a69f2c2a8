/** The people index of an article: everyone it names outside quotes, with titles and appositive roles. */
import type { Doc } from '../text/doc.js';
import { spanCover } from '../text/sorted.js';
import { isReportingVerb } from './cues.js';
import { headlineRun, honorificGender, isCommonWord, isFirstName, isPlace, isTitleCased, isVerbForm, nameRuns, nameParts, surnameOf, tokens, type NameRun, type Token } from './names.js';
import type { QuoteSpan } from './scan.js';
import { cleanRole, isAsideNotRole, PersonIndex } from './speakers.js';

/** Everyone the article names (outside quotes), with titles and appositive roles. */
export function indexPeople(doc: Doc, spans: QuoteSpan[]): PersonIndex {
  const people = new PersonIndex();
  const text = doc.text;
  const single: Array<{ run: NameRun; weak: boolean }> = [];
  const inQuote = spanCover(spans);
  for (const s of doc.sentences) {
    const toks = tokens(text, s.start, s.end);
    const headline = isTitleCased(toks);
    for (const found of nameRuns(text, toks)) {
      if (found.kind === 'organisation' && !headline && !isPlace(found.name) && nameParts(found.name).length >= 2 && !inQuote(found.start, found.end)) people.addOrg(found.name, found.nameStart);
      // a title-case headline capitalises every word: only a plain person's name in it counts
      const run = headline ? headlineRun(found, toks) : found;
      if (!run || run.kind !== 'person' || isPlace(run.name)) continue;
      if (isNationalBody(run.name)) {
        if (!inQuote(run.start, run.end)) people.addOrg(run.name, run.nameStart);
        continue;
      }
      if (inQuote(run.start, run.end)) continue;
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
  // (`Mr. Obama` before `President Obama`: a mention that tells the gender is placed first, so a
  // surname two people share is seen as shared before a title is given to either)
  const byGender = [...single].sort((a, b) => Number(!honorificGender(a.run.title)) - Number(!honorificGender(b.run.title)));
  for (const { run, weak } of byGender) {
    const surname = nameParts(run.name)[0]!;
    const gender = honorificGender(run.title) ?? 'unknown';
    const title = run.title ? cleanRole(run.title) : null;
    const person = people.bySurname(surname, run.nameStart, gender);
    if (person) {
      people.recordMention(person, run.nameStart, weak);
      // (`President Obama` after `Barack Obama`: the title is the person's, for a later `the president`)
      // (only when the surname is one person's: `President Bush` may be either Bush)
      if (title && people.people.filter((p) => surnameOf(p.name).toLowerCase() === surname.toLowerCase()).length === 1) people.addRole(person, title);
    } else if (run.title && isPersonTitle(run.title) && /^\p{Lu}\p{Ll}/u.test(surname) && !isPlace(surname)) {
      // `Mr. Obama`, `President Obama` with no full name anywhere: a title vouches for a person all
      // the same, whom a pronoun or `the president` may stand for
      people.addSurnameOnly(surname, title, run.nameStart, gender, weak);
    }
  }
  return people;
}

/**
 * `Statistics Canada`, `Health Canada`, `Public Health England`: common words then a country is a
 * government body, never a person (the name reader sees two capitalised words).
 */
export function isNationalBody(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5 || !isPlace(words[words.length - 1]!)) return false;
  return words.slice(0, -1).every((w) => /^(?:and|of)$/.test(w) || (isCommonWord(w) && !isFirstName(w) && !isPlace(w)));
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
  role = role.split(/,\s*/).filter((c) => !isAsideNotRole(c)).join(', ');
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

/** `Mr.`, `President`, `Sen.`: a title only a person holds (`Democratic National` before `Convention` is none). */
const PERSON_TITLE = /^(?:mr|mrs|ms|miss|dr|prof|professor|president|sen|senator|rep|representative|gov|governor|judge|justice|pope|mayor|secretary|minister|chancellor|premier|king|queen|prince|princess|gen|general|col|colonel|lt|capt|captain|sgt|adm|admiral|rev|reverend|rabbi|imam|sheikh|ambassador|sheriff|chairman|chairwoman|speaker|sir|dame|lord|lady)$/i;

function isPersonTitle(title: string): boolean {
  return PERSON_TITLE.test(title.split(/\s+/).pop()!.replace(/\.$/, ''));
}
