/**
 * Titles in quotation marks: books, shows, films, songs, articles (`his 2002 book, “Make Your Kid
 * a Millionaire,”`, `told MSNBC’s “Morning Joe”`, `“Orange Is the New Black” star Dascha
 * Polanco`). Nobody says a title, so it is no quote, whatever cue stands next to it.
 */

/** Words that name a work whose title may follow in quotation marks. */
const WORK_NOUNS =
  /\b(?:book|books|memoir|novel|biography|autobiography|film|films|movie|movies|documentary|show|shows|series|program|programme|podcast|song|songs|album|single|play|musical|opera|sitcom|episode|segment|column|op-ed|essay|article|editorial|headline|paper|report|study|poem|painting|exhibit|exhibition|magazine|newsletter|blog|website|campaign|slogan|hashtag|titled|entitled|called|dubbed|named)\s*,?\s*$/i;

/**
 * After the title: a noun that makes it a modifier (`“Scandal” star`, `the “Apprentice” host`),
 * an appositive saying what it is (`“Tales From the Crypt,” an HBO series`), or a verb of which
 * the title is the subject (`“The Walking Dead” is an AMC drama`, `“The Big Short” was nominated`).
 */
const AFTER_TITLE = /^[\s,]*(?:star|stars|actor|actress|host|hosts|creator|author|director|producer|co-star|cast|fame|fans|episode|finale|premiere|franchise)\b|^\s*,?\s*(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:series|show|film|movie|book|novel|play|musical|drama|comedy|sitcom|documentary|thriller|song|album|memoir)\b|^\s+(?:is|was|has been|will be|follows|premiered|aired|airs|opened|stars|won)\s+(?:an?|the|nominated|set|about|one)\b/iu;

/** Small words a title leaves in lower case. */
const TITLE_SMALL = /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|is|vs\.?|de|la|le)$/;

/** Every word capitalised except small ones (`Make Your Kid a Millionaire`, `Morning Joe`). */
export function isTitleCase(content: string): boolean {
  const words = content.replace(/[.,!?:;…]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (/[.!?;]\s/.test(content)) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL.test(w.toLowerCase())));
}

/**
 * Is the quoted `content` a title? It must be in title case and sit where a title goes: after a
 * work noun (`book`, `show`, `titled`), after a possessive (`MSNBC’s`), or before a noun it
 * modifies (`star`, `host`).
 */
export function isQuotedTitle(before: string, content: string, after: string): boolean {
  if (!isTitleCase(content)) return false;
  const lead = before.slice(-60);
  return WORK_NOUNS.test(lead) || /\p{L}['’]s\s*$/u.test(lead) || /\b(?:on|in)\s*$/.test(lead) || AFTER_TITLE.test(after.slice(0, 30));
}
