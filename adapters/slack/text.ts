/**
 * What Slack sends as text, turned back into what the user typed: `<https://…|label>` → the
 * URL, `<@U1|ana>` → `@ana`, `<#C1|news>` → `#news`, and `&amp; &lt; &gt;` unescaped (Slack
 * escapes those three in every text it sends, pasted articles included).
 */
const SLACK_ENTITY = /<([^<>\s|]+)(?:\|([^<>]*))?>/g;

export function slackTextToPlain(text: string): string {
  const plain = text.replace(SLACK_ENTITY, (_all, target: string, label: string | undefined) => {
      if (target.startsWith('@')) return label ? `@${label}` : target;
      if (target.startsWith('#')) return label ? `#${label}` : target;
      if (target.startsWith('!')) return `@${(label ?? target.slice(1)).replace(/^subteam\^\w+$/, 'group')}`;
      if (/^mailto:/i.test(target)) return label ?? target.slice('mailto:'.length);
      return target; // a link: the URL itself, whatever label Slack shows
    });
  return unescapeEntities(plain);
}

/** The web links in a message's text, in order, without duplicates (Slack's own links excluded). */
export function linksInSlackText(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(SLACK_ENTITY)) {
    const url = unescapeEntities(m[1]!);
    if (!/^https?:\/\//i.test(url)) continue;
    if (isSlackUrl(url)) continue;
    if (!found.includes(url)) found.push(url);
  }
  return found;
}

function unescapeEntities(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function isSlackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === 'slack.com' || host.endsWith('.slack.com');
  } catch {
    return true; // not a URL we could fetch anyway
  }
}

/**
 * Reads the `public` word (first or last, as its own word) that asks for an in-channel answer,
 * and returns the text without it. Lower case only: "Public health officials said…" at the
 * start of a pasted article is not the flag.
 */
export function takePublicFlag(text: string): { text: string; isPublic: boolean } {
  const trimmed = text.trim();
  const last = /\s+public$/.exec(trimmed);
  if (last) return { text: trimmed.slice(0, last.index), isPublic: true };
  if (/^public$/.test(trimmed)) return { text: '', isPublic: true };
  const first = /^public\s+/.exec(trimmed);
  if (first) return { text: trimmed.slice(first[0].length), isPublic: true };
  return { text: trimmed, isPublic: false };
}
