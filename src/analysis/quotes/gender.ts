/**
 * Gender cues of a person mention: first names (compromise's lexicon, a plain word → tag map,
 * plus common names it lacks) and honorifics. Pronoun agreement needs them.
 */
import nlp from 'compromise';
import { memoByWord } from '../text/memo.js';

// compromise's model type is `object`; its lexicon lives at model().one.lexicon
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

/**
 * compromise's lexicon tags of one word (no tagging pass: a map lookup). The answers are kept per
 * word as written (the lexicon is a large object in dictionary mode, and every word of an
 * article is looked up several times, lower-cased each time); callers only read them.
 */
export const tagsOf: (word: string) => string[] = memoByWord((word) => {
  const t = LEXICON[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}, 20_000);

export type Gender = 'male' | 'female' | 'unknown';

/**
 * Common first names compromise's lexicon lacks or leaves without a gender (`Mark`, `Bill`):
 * pronoun agreement needs them, and a person of unknown gender agrees with every pronoun.
 */
const EXTRA_MALE = new Set(
  ('mark bill mitt jeb chuck reince newt rand rick mitch ted lindsey marco joe rudy steve stephen kevin ' +
    'corey jared rex jim jimmy bob bobby bernie rahm ken kenneth dick al gary ron harry tom tim pat pete ' +
    'john jon josh luis jose carlos juan ahmed mohammed muhammad vladimir xi shinzo fumio boris emmanuel ' +
    'justin narendra recep benjamin bibi hassan ali omar sergei dmitry yoshimasa koji ' +
    // Canadian public life: French, South Asian and other names the lexicon lacks
    'francois yves luc gilles rejean andre stephane mathieu jagmeet harjit navdeep wab tiff doug ' +
    'seamus blaine dominic pablo joel denis')
    .split(/\s+/),
);
const EXTRA_FEMALE = new Set(
  ('huma kellyanne priya hillary chelsea ivanka melania michelle nikki sarah elizabeth ' +
    'nancy debbie donna hope omarosa kirsten tammy tulsi amy kamala marine angela theresa ursula ' +
    'jacinda christine yulia sanna giorgia liz ayanna ilhan rashida alexandria lisa susan karen ' +
    'chrystia melanie helene genevieve ginette sylvie manon nathalie josee valerie francoise chantal ' +
    'bardish ruby sonia')
    .split(/\s+/),
);

/** Mr. is a man, Mrs./Ms./Miss a woman: the strongest gender cue a surname mention carries. */
export function honorificGender(mention: string): Gender | undefined {
  const m = /^(?:the\s+)?(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\b\.?/i.exec(mention.trim());
  if (!m) return undefined;
  return /^(?:mr|sir|lord)$/i.test(m[1]!) ? 'male' : 'female';
}

export function firstNameGender(word: string): Gender | undefined {
  const own = lexiconGender(word);
  if (own !== undefined) return own;
  // `Mélanie`, `François`: the lexicon spells names without accents
  const folded = word.normalize('NFD').replace(/\p{M}/gu, '');
  const byFolded = folded !== word ? lexiconGender(folded) : undefined;
  if (byFolded !== undefined) return byFolded;
  // `Yves-François`, `Jean-Philippe`: a double first name has the gender of its first part
  // (both parts names: `Oscar-winner` is no name)
  const m = /^(\p{L}{2,})-(\p{L}{2,})$/u.exec(folded);
  return m && lexiconGender(m[2]!) !== undefined ? lexiconGender(m[1]!) : undefined;
}

function lexiconGender(word: string): Gender | undefined {
  const lower = word.toLowerCase();
  if (EXTRA_MALE.has(lower)) return 'male';
  if (EXTRA_FEMALE.has(lower)) return 'female';
  const tags = tagsOf(word);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  if (tags.includes('FirstName')) return 'unknown';
  return undefined;
}
