/**
 * Slack rendering and parsing without a network: Reply → Block Kit within every limit (checked
 * by the stand-in's own rule checker), escaping, splitting, and reading what Slack sends.
 */
import { describe, expect, it } from 'vitest';
import type { Reply } from '../src/core/reply.js';
import { Registry } from '../src/core/registry.js';
import { defineCommand } from '../src/core/command.js';
import { z } from 'zod';
import { renderMessages } from '../adapters/slack/split.js';
import { escapeMrkdwn, escapedLength, splitPlain } from '../adapters/slack/mrkdwn.js';
import { linksInSlackText, slackTextToPlain, takePublicFlag } from '../adapters/slack/text.js';
import { baseName, routeSlashCommand } from '../adapters/slack/names.js';
import { safeUrl } from '../adapters/slack/render.js';
import { checkMessage } from './support/slack-standin.js';

function problemsOf(reply: Reply): string[] {
  return renderMessages(reply, { shareValue: 'AAAAAAAAAAAAAAAA' }).flatMap((m) => checkMessage({ text: m.text, blocks: m.blocks }));
}

describe('mrkdwn', () => {
  it('escapes only &, < and >', () => {
    expect(escapeMrkdwn('a & b <c> *d* _e_')).toBe('a &amp; b &lt;c&gt; *d* _e_');
    expect(escapedLength('&<>x')).toBe(escapeMrkdwn('&<>x').length);
  });

  it('splits text so every escaped piece fits, at sentence ends where it can, losing nothing', () => {
    const text = Array.from({ length: 60 }, (_, i) => `Sentence ${i} has <tags> & ampersands in it.`).join(' ');
    const pieces = splitPlain(text, 500);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(escapedLength(p)).toBeLessThanOrEqual(500);
    expect(pieces.slice(0, -1).every((p) => p.endsWith('.'))).toBe(true);
    expect(pieces.join(' ')).toBe(text);
  });

  it('hard-cuts a run with no spaces, without splitting a surrogate pair', () => {
    const text = '😀'.repeat(400);
    const pieces = splitPlain(text, 101);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(101);
      expect(/[\uD800-\uDBFF]$/.test(p)).toBe(false);
    }
    expect(pieces.join('')).toBe(text);
  });
});

describe('Reply → Block Kit', () => {
  it('keeps an adversarial reply within every Block Kit limit', () => {
    const reply: Reply = {
      title: 'T'.repeat(400),
      blocks: [
        { type: 'paragraph', text: 'x'.repeat(9000), evidence: '¶1' },
        { type: 'fields', fields: Array.from({ length: 25 }, (_, i) => ({ label: `L${i}`, value: '<&>'.repeat(1000) })) },
        { type: 'quote', text: Array.from({ length: 400 }, () => 'short line').join('\n'), attribution: 'A. Speaker', evidence: '¶4' },
        { type: 'links', links: Array.from({ length: 80 }, (_, i) => ({ label: `Link | ${i} <x>`, url: `https://example.com/a?b=${i}&c=|>` })) },
        { type: 'note', text: 'n'.repeat(7000) },
        ...Array.from({ length: 120 }, () => ({ type: 'divider' as const })),
      ],
      footer: 'f'.repeat(5000),
    };
    expect(problemsOf(reply)).toEqual([]);
  });

  it('renders an empty reply with a fallback and no empty sections', () => {
    expect(problemsOf({ blocks: [] })).toEqual([]);
    expect(problemsOf({ blocks: [{ type: 'paragraph', text: '' }] })).toEqual([]);
  });

  it('escapes article text, marks evidence, and flags errors', () => {
    const [m] = renderMessages({ blocks: [{ type: 'paragraph', text: 'Profits <rose> & fell', evidence: '¶3' }] });
    expect(m!.blocks[0]).toMatchObject({ type: 'section', text: { type: 'mrkdwn', text: 'Profits &lt;rose&gt; &amp; fell  `¶3`' } });
    expect(m!.text).toBe('Profits &lt;rose&gt; &amp; fell [¶3]');
    const [e] = renderMessages({ error: true, blocks: [{ type: 'paragraph', text: 'No such article.' }] });
    expect(e!.blocks[0]).toMatchObject({ text: { text: '⚠️ No such article.' } });
  });

  it('links only http(s) URLs, with characters that would break the link encoded', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://ex.com/a?x=1&y=|')).toBe('https://ex.com/a?x=1&amp;y=%7C');
    const [m] = renderMessages({ blocks: [{ type: 'links', links: [{ label: 'bad', url: 'javascript:alert(1)' }] }] });
    expect(JSON.stringify(m!.blocks)).not.toContain('<javascript');
  });

  it('numbers an ordered list continuously across sections and messages', () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ text: `${'word '.repeat(100)}item ${i + 1}` }));
    const messages = renderMessages({ blocks: [{ type: 'list', ordered: true, items }] }, { charBudget: 4000 });
    expect(messages.length).toBeGreaterThan(1);
    const lines = messages.flatMap((m) => m.blocks.flatMap((b) => (b.type === 'section' && b.text ? b.text.text.split('\n') : [])));
    expect(lines.map((l) => Number(/^(\d+)\. /.exec(l)?.[1]))).toEqual(items.map((_, i) => i + 1));
  });

  it('never ends a message on a heading', () => {
    const blocks: Reply['blocks'] = [];
    for (let i = 0; i < 12; i++) blocks.push({ type: 'heading', text: `Section ${i}` }, { type: 'paragraph', text: 'p'.repeat(1500) });
    const messages = renderMessages({ blocks }, { charBudget: 5000 });
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages.slice(0, -1)) {
      const last = m.blocks[m.blocks.length - 1]!;
      expect(last.type === 'section' && last.text?.text.startsWith('*Section')).toBe(false);
    }
  });
});

describe('reading what Slack sends', () => {
  it('turns Slack formatting back into what the user typed', () => {
    expect(slackTextToPlain('<https://ex.com/a?b=1&amp;c=2|ex.com/a> short')).toBe('https://ex.com/a?b=1&c=2 short');
    expect(slackTextToPlain('ask <@U123|ana> in <#C9|news> &lt;now&gt; &amp; later')).toBe('ask @ana in #news <now> & later');
    expect(slackTextToPlain('#3')).toBe('#3');
  });

  it('finds web links in a message, skipping Slack’s own and duplicates', () => {
    const text = 'see <https://news.example/a|A>, <https://news.example/a>, <https://team.slack.com/archives/C1/p1> and <mailto:x@y.z|mail> <https://b.example/x?y=1&amp;z=2>';
    expect(linksInSlackText(text)).toEqual(['https://news.example/a', 'https://b.example/x?y=1&z=2']);
  });

  it('reads the public word at either end, lower case only', () => {
    expect(takePublicFlag('https://x.example public')).toEqual({ text: 'https://x.example', isPublic: true });
    expect(takePublicFlag('public #2')).toEqual({ text: '#2', isPublic: true });
    expect(takePublicFlag('Public health officials said the outbreak was over.')).toMatchObject({ isPublic: false });
  });
});

describe('slash command names', () => {
  const cmd = (name: string, aliases: string[] = []) =>
    defineCommand({ name, aliases, description: name, help: '', options: z.object({}), parseText: () => ({}), run: async () => ({ blocks: [] }) });
  const registry = new Registry([cmd('help', ['nutgraf']), cmd('summarise', ['summarize']), cmd('articles')]);

  it('strips the configured prefix', () => {
    expect(baseName('/ng-summarise', 'ng-')).toBe('summarise');
    expect(baseName('/summarise', 'ng-')).toBe('summarise');
  });

  it('routes /nutgraf to help or to the command named first', () => {
    expect(routeSlashCommand(registry, '/ng-nutgraf', 'summarise https://x.example short', 'ng-')).toEqual({ command: 'summarise', text: 'https://x.example short' });
    expect(routeSlashCommand(registry, '/nutgraf', 'help summarise', '')).toEqual({ command: 'help', text: 'help summarise' });
    expect(routeSlashCommand(registry, '/nutgraf', '', '')).toEqual({ command: 'help', text: '' });
    expect(routeSlashCommand(registry, '/nutgraf', 'frobnicate', '')).toEqual({ command: 'help', text: 'frobnicate' });
    expect(routeSlashCommand(registry, '/summarize', '#2', '')).toEqual({ command: 'summarize', text: '#2' });
  });
});
