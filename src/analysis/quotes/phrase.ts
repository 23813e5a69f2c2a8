/** A speaker phrase: the words next to a reporting verb that name who speaks, as read before resolution. */
import type { Gender } from './names.js';

export type SpeakerPhraseType = 'person' | 'organisation' | 'pronoun' | 'descriptor' | 'unnamed';

export interface SpeakerPhrase {
  type: SpeakerPhraseType;
  /** the words naming the speaker, as written */
  mention: string;
  start: number;
  end: number;
  /** role from a title or an appositive, as written */
  role: string | null;
  /** person/organisation: the name proper (titles removed) */
  name?: string;
  /** descriptor: the modifiers of the role noun (`Japanese` in `the Japanese official`) */
  modifiers?: string[];
  gender?: Gender | 'plural';
  /** coordinated subjects (`Mr. Grassley and Mr. Leahy said`): each conjunct, in order; this phrase spans them all */
  coSpeakers?: SpeakerPhrase[];
  /** person: the `of …` phrase after the name, as written (`of the Armenian Patriarchate`, `of Texas`) */
  affiliation?: string;
  /** organisation: the name is a place (`Israel said`): a person of that surname, else nobody */
  place?: boolean;
  /** person: a title word or demonym alone (`Cuban said`): a surname only if the article names such a person */
  surnameIfKnown?: boolean;
  /** person: a description written before the name in apposition (`Carter’s press secretary, Peter Cook`), as written */
  described?: string;
}
