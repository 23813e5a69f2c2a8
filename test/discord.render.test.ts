/**
 * Rendering the Reply model for Discord: every message within the limits (checked by the
 * same validator the stand-in uses), order kept across splits, Markdown escaped, errors short.
 */
import { describe, expect, it } from 'vitest';
import type { Reply } from '../src/core/reply.js';
import { renderReply } from '../adapters/discord/render.js';
import { chunkText } from '../adapters/discord/split.js';
import { MESSAGE_LIMITS, POLICY } from '../adapters/discord/limits.js';
import { validateMessage } from './support/discord-standin.js';

const sentence = (i: number) => `Sentence number ${i} says the council met on Tuesday and voted again.`;
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
const textOf = (messages: ReturnType<typeof renderReply>) =>
  messages.map((m) => [m.content ?? '', ...(m.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text ?? ''])].join('\n')).join('\n');

describe('chunkText', () => {
  it('never exceeds the limit, loses no words, and cuts at sentence or word boundaries', () => {
    const text = Array.from({ length: 200 }, (_, i) => sentence(i)).join(' ');
    const pieces = chunkText(text, 1000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(1000);
    expect(pieces.join(' ')).toBe(text);
    for (const p of pieces.slice(0, -1)) expect(p).toMatch(/again\.$/);
    // a single unbroken word longer than the limit is cut hard
    expect(chunkText('x'.repeat(2500), 1000).map((p) => p.length)).toEqual([1000, 1000, 500]);
  });
});

describe('renderReply', () => {
  it('puts a short reply in one embed with title, blocks in order, evidence and footer', () => {
    const reply: Reply = {
      title: 'Summary',
      blocks: [
        { type: 'heading', text: 'Key points' },
        { type: 'list', items: [{ text: 'First point.', evidence: '¶1' }, { text: 'Second point.', evidence: '¶4', tag: 'number' }] },
        { type: 'quote', text: 'We are ready', attribution: 'Maria Lopez', evidence: '¶2' },
        { type: 'links', links: [{ label: 'Source', url: 'https://example.com/a_(b)' }] },
      ],
      footer: 'Sentences quoted verbatim.',
    };
    const [m, ...rest] = renderReply(reply);
    expect(rest).toEqual([]);
    expect(validateMessage(m as Record<string, unknown>)).toBeUndefined();
    const e = m!.embeds![0]!;
    expect(e.title).toBe('Summary');
    expect(e.description).toContain('• First point. `¶1`');
    expect(e.description).toContain('**number** Second point.');
    expect(e.description).toContain('> “We are ready”');
    expect(e.description).toContain('— Maria Lopez');
    expect(e.description).toContain('(https://example.com/a_(b%29)');
    expect(e.description!.indexOf('Key points')).toBeLessThan(e.description!.indexOf('First point'));
    expect(e.footer?.text).toBe('Sentences quoted verbatim.');
  });

  it('escapes Markdown in plain text so it shows as typed', () => {
    const [m] = renderReply({ blocks: [{ type: 'paragraph', text: 'Profits *rose* 5% to __£3m__ — see `table` > [here](http://x)' }] });
    const d = m!.embeds![0]!.description!;
    expect(d).not.toMatch(/(?<!\\)\*rose(?<!\\)\*/);
    expect(unescape(d)).toBe('Profits *rose* 5% to __£3m__ — see `table` > [here](http://x)');
  });

  it('renders an error as short content, no embed', () => {
    const [m, ...rest] = renderReply({ error: true, blocks: [{ type: 'paragraph', text: 'I could not fetch that page (404).' }] });
    expect(rest).toEqual([]);
    expect(m!.embeds).toBeUndefined();
    expect(m!.content).toBe('⚠️ I could not fetch that page (404).');
  });

  it('splits a long reply into messages each within every limit, keeping all text in order', () => {
    const paragraphs = Array.from({ length: 24 }, (_, i) => Array.from({ length: 5 }, (_, j) => sentence(i * 5 + j)).join(' '));
    const reply: Reply = {
      title: 'T'.repeat(300),
      blocks: [
        ...paragraphs.slice(0, 16).map((text) => ({ type: 'paragraph' as const, text })),
        { type: 'fields', fields: Array.from({ length: 30 }, (_, i) => ({ label: `Label ${i}`, value: `${sentence(i)} `.repeat(i === 3 ? 30 : 2).trim() })) },
        ...paragraphs.slice(16).map((text) => ({ type: 'paragraph' as const, text })),
      ],
      footer: 'F'.repeat(3000),
    };
    const messages = renderReply(reply);
    expect(messages.length).toBeGreaterThan(2);
    expect(messages.length).toBeLessThanOrEqual(POLICY.maxMessages);
    for (const m of messages) expect(validateMessage(m as Record<string, unknown>)).toBeUndefined();
    expect(messages[0]!.embeds![0]!.title!.length).toBe(MESSAGE_LIMITS.title);
    const all = unescape(textOf(messages));
    let at = 0;
    for (const p of paragraphs) {
      const found = all.indexOf(p, at);
      expect(found).toBeGreaterThanOrEqual(at);
      at = found;
    }
    // a field value over 1024 characters continues in a second field rather than being cut
    expect(all).toContain('Label 3 (cont.)');
    const label3 = messages.flatMap((m) => m.embeds ?? []).flatMap((e) => e.fields ?? []).filter((f) => f.name.startsWith('Label 3'));
    expect(unescape(label3.map((f) => f.value).join(' '))).toBe(`${sentence(3)} `.repeat(30).trim());
  });

  it('cuts a reply too long for the message budget, and says so', () => {
    const reply: Reply = { blocks: Array.from({ length: 400 }, (_, i) => ({ type: 'paragraph' as const, text: `${sentence(i)} `.repeat(4) })) };
    const messages = renderReply(reply);
    expect(messages).toHaveLength(POLICY.maxMessages);
    for (const m of messages) expect(validateMessage(m as Record<string, unknown>)).toBeUndefined();
    expect(messages.at(-1)!.content).toMatch(/cut: \d+ more part/);
  });
});
