/**
 * A digest as a platform-neutral Reply: one heading per story, its summary sentences, key
 * quotes (speaker: quote), what other outlets add, and links to every article. Platforms split
 * it to their limits; the digest's own caps (stories, quotes) keep it reasonably sized.
 */
import type { Block, Link, Reply } from '../core/reply.js';
import type { Digest, DigestItem, DigestStory } from '../analysis/digest/build.js';

export interface DigestViewContext {
  /** "since Mon 30 Mar 09:00" or "since the schedule was set" */
  sinceLabel: string;
  /** "Digest for Tue 31 Mar 09:00 (Europe/London)"; absent for /digest now */
  slotLabel?: string;
  /** "Next digest: …" */
  nextLabel?: string;
}

function linkOf(item: DigestItem): Link | undefined {
  if (!item.url) return undefined;
  const label = `#${item.ref} ${item.title ?? item.article?.title ?? item.site ?? item.url}`;
  return { label: item.site ? `${label} (${item.site})` : label, url: item.url };
}

function refsWithoutLink(items: readonly DigestItem[]): string | undefined {
  const bare = items.filter((i) => !i.url);
  if (!bare.length) return undefined;
  return `Pasted: ${bare.map((i) => `#${i.ref}${i.title ?? i.article?.title ? ` ${i.title ?? i.article?.title}` : ''}`).join(' · ')}`;
}

function storyBlocks(s: DigestStory): Block[] {
  const blocks: Block[] = [{ type: 'heading', text: s.headline }];
  if (s.summary.length) blocks.push({ type: 'paragraph', text: s.summary.map((x) => x.text).join(' '), evidence: `#${s.leadRef}` });
  else if (s.items.every((i) => !i.article)) blocks.push({ type: 'note', text: 'Link only: not fetched yet, so no summary.' });
  for (const q of s.quotes) blocks.push({ type: 'quote', text: q.text, attribution: q.speaker, evidence: `#${q.ref}` });
  if (s.differences.length) {
    blocks.push({
      type: 'list',
      items: s.differences.map((d) => ({ tag: d.outlet, text: d.text, evidence: `#${d.ref}` })),
    });
  }
  const links = s.items.map(linkOf).filter((l): l is Link => !!l);
  if (links.length) blocks.push({ type: 'links', links });
  const bare = refsWithoutLink(s.items);
  if (bare) blocks.push({ type: 'note', text: bare });
  return blocks;
}

export function digestReply(digest: Digest, ctx: DigestViewContext): Reply {
  const n = digest.itemCount;
  const storyCount = digest.stories.length + (digest.overflow.length ? 1 : 0);
  const blocks: Block[] = [];
  if (ctx.slotLabel) blocks.push({ type: 'note', text: ctx.slotLabel });
  digest.stories.forEach((s, i) => {
    if (i > 0) blocks.push({ type: 'divider' });
    blocks.push(...storyBlocks(s));
  });
  if (digest.overflow.length) {
    blocks.push({ type: 'divider' }, { type: 'heading', text: `Also shared (${digest.overflow.length})` });
    const links = digest.overflow.map(linkOf).filter((l): l is Link => !!l);
    if (links.length) blocks.push({ type: 'links', links });
    const bare = refsWithoutLink(digest.overflow);
    if (bare) blocks.push({ type: 'note', text: bare });
  }
  const stories = digest.stories.length === 1 && !digest.overflow.length ? '1 story' : `${digest.stories.length}${digest.overflow.length ? '+' : ''} stories`;
  return {
    title: `Digest: ${n} article${n === 1 ? '' : 's'} ${ctx.sinceLabel}`,
    summary: `Digest: ${n} article${n === 1 ? '' : 's'} in ${storyCount === 1 ? '1 story' : stories}`,
    blocks,
    ...(ctx.nextLabel ? { footer: ctx.nextLabel } : {}),
  };
}

export function emptyDigestReply(ctx: DigestViewContext): Reply {
  const text = `Nothing new ${ctx.sinceLabel}.`;
  return {
    title: 'Digest',
    summary: text,
    blocks: [...(ctx.slotLabel ? [{ type: 'note' as const, text: ctx.slotLabel }] : []), { type: 'paragraph', text }],
    ...(ctx.nextLabel ? { footer: ctx.nextLabel } : {}),
  };
}
