/**
 * Web-page furniture inside scraped article text: paywall and log-in prompts, "your browser does
 * not support the audio element", newsletter and cookie notices. Two pieces scraped from one site
 * share these sentences word for word whatever their stories, and the background IDF rates their
 * words (login, subscriber, browser) as distinctive as a name, so they would read as shared
 * content. Such sentences are left out of the story-similarity vectors (they stay in the piece for
 * everything else).
 *
 * A sentence is furniture when it speaks to the reader ("you", "your", or opens with a command:
 * "Click here", "Sign up", "Log in") about the page itself (an interface word: log in, subscribe,
 * browser, cookies, email…), when it names two page-only things (password and username,
 * newsletter and subscription), or a page-only thing and a page action ("Subscribers, click
 * below to log in"). Reporting about these subjects rarely does either: "hackers stole
 * passwords" or "users can download the patch" stay in. Short links to other stories
 * ("RELATED: …") are furniture too.
 */
import { stemOf, type TermToken } from '../text/terms.js';

const stemSet = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/).map((w) => stemOf(w)));

/** Words only a web page uses about itself. */
const PAGE_ONLY = stemSet(`subscribe subscriber subscription subscribing unsubscribe login logout signup username password
  javascript cookie cookies newsletter newsletters paywall adblocker`);
/** Words of the reader interface, furniture only when the sentence addresses the reader. */
const INTERFACE = stemSet(`log sign register registration email e-mail browser click tap enable download
  notification notifications access advertisement bookmark`);

/** What a page asks its reader to do: with a page-only word ("Subscribers, click below to log in") that is furniture. */
const ACTIONS = stemSet('click tap log sign register');

const ADDRESSES_READER = /\b(?:you|your|you're|yours)\b|^\W*(?:click|tap|sign|log|subscribe|register|download|follow|share|get|enter|please|read more)\b/i;

const QUOTED = /["“”]/;

/**
 * A link to another story ("RELATED: …", "Read more: …", "Also read: …"): its words are that
 * story's headline. Only short lines count, because scraped text often runs the article on after
 * the link without a break, and the article must stay.
 */
const LINK_LABEL = /^\W*(?:related(?: articles| stories| coverage)?|read more|read also|also read|see also|more|watch|recommended|most read|most popular|trending)\s*[:|]/i;
const LINK_MAX_WORDS = 20;

/** True when a sentence reads as page furniture rather than reporting. */
export function isFurniture(text: string, tokens: readonly TermToken[]): boolean {
  if (LINK_LABEL.test(text) && text.trim().split(/\s+/).length <= LINK_MAX_WORDS) return true;
  let pageOnly = 0;
  let interfaceWords = 0;
  let actions = 0;
  const seen = new Set<string>();
  for (const t of tokens) {
    if (seen.has(t.term)) continue;
    seen.add(t.term);
    if (PAGE_ONLY.has(t.term)) pageOnly++;
    else if (INTERFACE.has(t.term)) interfaceWords++;
    if (ACTIONS.has(t.term)) actions++;
  }
  if (pageOnly >= 2 || (pageOnly >= 1 && actions >= 1)) return true;
  // a quoted "you" is a speaker talking to someone, not the page to its reader
  return pageOnly + interfaceWords >= 1 && !QUOTED.test(text) && ADDRESSES_READER.test(text);
}

/**
 * The tokens of a piece that are reporting: every sentence's tokens except those on a furniture
 * line. Lines are tested apart because scraped text often runs a headline and a prompt together
 * with only a line break between them ("Two hurt in crash\nYou have reached the limit…").
 */
export function reportingTokens(text: string, sentences: readonly { start: number; end: number }[], sentenceTokens: readonly TermToken[][]): TermToken[] {
  const out: TermToken[] = [];
  sentences.forEach((s, i) => {
    const tokens = sentenceTokens[i] ?? [];
    let lineStart = s.start;
    let k = 0;
    while (lineStart < s.end) {
      // look for the line break inside the sentence only (indexOf would scan on to the next one)
      let lineEnd = lineStart;
      while (lineEnd < s.end && text.charCodeAt(lineEnd) !== 10) lineEnd++;
      const line: TermToken[] = [];
      while (k < tokens.length && tokens[k]!.start < lineEnd) line.push(tokens[k++]!);
      // most lines have no interface word and no link label: skip the slice and the full test
      const suspect = line.some((t) => PAGE_ONLY.has(t.term) || INTERFACE.has(t.term)) || LINK_LABEL.test(text.slice(lineStart, lineStart + 40));
      if (!suspect || !isFurniture(text.slice(lineStart, lineEnd), line)) for (const t of line) out.push(t);
      lineStart = lineEnd + 1;
    }
  });
  return out;
}
