/**
 * Finds article links in a Discord message: in its text (Discord wraps a link in <…> to
 * suppress its preview) and, failing that, in its link-preview embeds.
 */
const LINK = /https?:\/\/[^\s<>|]+/gi;

export function linksInText(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(LINK)) {
    // trailing punctuation belongs to the sentence, not the link (unless it closes a paren in the link)
    let url = m[0].replace(/[.,;:!?'"”’*_~]+$/, '');
    if (url.endsWith(')') && !url.slice(0, -1).includes('(')) url = url.slice(0, -1);
    if (!found.includes(url)) found.push(url);
  }
  return found;
}

export function firstLinkInMessage(message: { content: string; embeds: readonly { url: string | null }[] }): string | undefined {
  return linksInText(message.content)[0] ?? message.embeds.map((e) => e.url).find((u): u is string => Boolean(u && /^https?:\/\//i.test(u)));
}
