/**
 * Page furniture: text that scrapers carry along with the article (share bars, bylines, photo
 * credits, video placeholders, newsletter prompts, timestamps). A summary must never show it.
 *
 * Two shapes occur on real pages: a whole sentence that is furniture ("Scroll down for video"),
 * and furniture glued to the front of a real sentence because the page had no punctuation or
 * line break between them ("Share this with Email … Copy this linkResearchers found that…").
 * The first is dropped; for the second we keep only the real sentence after the prefix, which
 * is still a verbatim span of the input.
 */

// One capitalised word of a picture credit ("Getty Images", "AFP / Reuters"), not a sentence opener.
const CREDIT_WORD = `(?:(?!(?:The|A|An|He|She|It|They|We|In|On|At|But|This|Its|His|Her|Their|There)\\b)\\p{Lu}[\\p{L}&.'-]*\\s*)`;

/** Prefixes that can be glued to the start of a real sentence; the match is cut off. */
const GLUED_PREFIXES: readonly RegExp[] = [
  /^Share this with.{0,160}?Copy\s*this\s*link\s*/is,
  /^Media playback is (?:not supported|unsupported) on (?:this|your) device\s*/i,
  /^Scroll down for (?:the )?videos?\s*/i,
  // a wire or partner credit in brackets glued to the lead: "(CNN)The last time…",
  // "(The Hollywood Reporter)Stan Freberg…", "(Reuters) -- Officials said…"
  /^\((?:\p{Lu}[\p{L}&.'’-]*\s?){1,5}\)(?:(?=[\p{Lu}"“‘'])|\s*(?:--|—|–|-)\s*)/u,
  // "Image copyright Getty Images / AFP": the credit is a few capitalised words
  new RegExp(
    `^(?:Image|Photo|Picture) (?:copyright|source|credit)\\s+${CREDIT_WORD}{1,4}(?:\\/\\s*${CREDIT_WORD}{1,3})?`,
    'u',
  ),
  /^By\s*\.\s*[^.]{1,60}\.\s*(?:(?:and|PUBLISHED|UPDATED|Last updated)[^.]{0,80}\.\s*)*/,
  /^(?:PUBLISHED|UPDATED|Last updated):?\s*\.?\s*\d{1,2}:\d{2}\s*(?:[AP]M\s*)?(?:[A-Z]{2,4},?\s*)?\d{1,2}\s+\p{L}+\s+\d{4}\s*\.?\s*\|?\s*\.?\s*/iu,
];

/**
 * Markers that mean furniture is somewhere inside the sentence, where we cannot tell how far it
 * runs ("…Read more: Rail network in numbers Engineers expect…"): such a unit is dropped.
 */
const FURNITURE_INSIDE = /\b(?:Image (?:copyright|caption)|Media playback is|Read more:|Share this with|Scroll down for|Copy this link)/;

/** Whole sentences that are furniture wherever they occur. */
const FURNITURE: readonly RegExp[] = [
  /^Share this (?:with|on|article)/i,
  /^Media playback is (?:not supported|unsupported)/i,
  /^Scroll down (?:for|to)\b/i,
  /^(?:Image|Photo|Picture|Video) (?:copyright|caption|source|credit)\b/i,
  /^(?:Read|See|Watch) (?:more|also|the video|full)\b\s*:?/i,
  /^(?:Related|Advertisement|Getty Images|AP Photo|Reuters|PA|AFP)\b\s*[:.]?\s*$/i,
  /\b(?:sign up|subscribe) (?:for|to) (?:our|the)\b.{0,40}\b(?:newsletter|email|bulletin)/i,
  /^(?:Follow|Like) (?:us|@|\p{Lu}[\p{L}.]* (?:on|at)) .{0,60}(?:Twitter|Facebook|Instagram|X\b)/iu,
  /^Click here\b/i,
  /^(?:Copyright|©)\s/i,
  /this interactive (?:video|content|graphic) may not work/i,
  /non-interactive version of (?:the|this) content/i,
  /^(?:PUBLISHED|UPDATED|Last updated)\b\s*:?/i,
  /^By\s*\.\s/,
  /^Email\s+Facebook\b/i,
  /^(?:Photo|Picture|Image)s?\s*(?:by|:)\s/i,
  /\((?:Photo|Picture|Image)s?:? (?:by|credit|courtesy)\b[^)]*\)\s*$/i,
];

/** A bare timestamp or dateline such as "12:45 GMT, 3 May 2015" or "Updated 10:02". */
const TIMESTAMP = /^(?:updated\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?[\s,|]*(?:\d{1,2}\s+\p{L}+(?:\s+\d{4})?)?\s*\.?$/iu;

/** Length of furniture glued to the front of `text` (0 when there is none). */
export function furniturePrefixLength(text: string): number {
  let cut = 0;
  // prefixes can be stacked ("By . X . PUBLISHED: … UPDATED: …")
  for (let round = 0; round < 4; round++) {
    const rest = text.slice(cut);
    let matched = false;
    for (const re of GLUED_PREFIXES) {
      const m = re.exec(rest);
      if (m && m[0].length > 0) {
        cut += m[0].length;
        matched = true;
        break;
      }
    }
    if (!matched) break;
  }
  return cut;
}

/** Is this whole sentence page furniture? */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  if (t.length === 0) return true;
  if (TIMESTAMP.test(t) || FURNITURE_INSIDE.test(t)) return true;
  return FURNITURE.some((re) => re.test(t));
}
