/** One speaker phrase resolved to a full name, an organisation, or an unnamed source, through the people index. */
import type { Doc } from '../text/doc.js';
import { honorificGender, nameParts } from './names.js';
import { ANAPHORIC_HEAD, DOCUMENT_HEAD } from './tails.js';
import type { Person, PersonIndex, SpeakerPhrase } from './speakers.js';
import type { Quote } from './quote.js';
import { sentenceAt } from './sentences.js';

export interface Resolved {
  speaker: string | null;
  role: string | null;
  type: Quote['speakerType'];
  described?: string;
}

export function resolvePhrase(p: SpeakerPhrase, at: number, people: PersonIndex, doc: Doc): Resolved {
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
