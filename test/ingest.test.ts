import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyToPlainText } from '../src/core/reply.js';
import { articleFromText, articleLabel } from '../src/ingest/article.js';
import { classifyArticleInput } from '../src/ingest/resolve.js';
import type { Core } from '../src/app.js';
import { testCore, TEST_CHANNEL, TEST_USER } from './support/core.js';
import { articleHtml, html, startArticleServer, type ArticleServer } from './support/article-server.js';
import { asPastedText, HARBOUR_STORY, LIBRARY_STORY } from './support/texts.js';

let core: Core;
let server: ArticleServer;

beforeAll(async () => {
  server = await startArticleServer();
  server.route('/harbour', html(articleHtml('Harbour bridge to close to cars', HARBOUR_STORY)));
  core = await testCore({ FETCH_ALLOW_HOSTS: server.host });
});
afterAll(async () => {
  await core.close();
  await server.close();
});

const say = async (command: string, text: string, channel = TEST_CHANNEL) => {
  const r = await core.dispatcher.dispatch({ command, text, channel, user: TEST_USER });
  return { ...r, text: replyToPlainText(r.reply) };
};

describe('article inputs', () => {
  it('classifies what users type', () => {
    expect(classifyArticleInput('#3')).toBe('ref');
    expect(classifyArticleInput('last')).toBe('last');
    expect(classifyArticleInput('https://example.com/a')).toBe('url');
    expect(classifyArticleInput('<https://example.com/a|example.com/a>')).toBe('url');
    expect(classifyArticleInput('./story.txt')).toBe('file');
    expect(classifyArticleInput('The council voted on Tuesday.')).toBe('text');
  });

  it('names an untitled article by its opening words', () => {
    const untitled = articleFromText(HARBOUR_STORY.join('\n\n'));
    expect(untitled.title).toBeUndefined();
    expect(articleLabel(untitled)).toBe('The city council of Port Avery voted on Tuesday to …');
    expect(articleLabel({ ...untitled, url: 'https://example.com/a' })).toBe('https://example.com/a');
    expect(articleLabel({ ...untitled, title: 'Bridge to close' })).toBe('Bridge to close');
  });

  it('gives the same id to the same text however it is spaced', () => {
    const a = articleFromText(asPastedText('Harbour', HARBOUR_STORY));
    const b = articleFromText(asPastedText('Harbour', HARBOUR_STORY).replace(/ /g, '  '));
    expect(a.id).toBe(b.id);
    // hard-wrapped and hyphenated, as copied from a PDF
    const wrapped = HARBOUR_STORY.map((p) => p.replace(/(.{50,70}?) /g, '$1\n').replace('engineers', 'engi-\nneers')).join('\n\n');
    expect(articleFromText(`Harbour\n\n${wrapped}`).id).toBe(a.id);
  });
});

describe('bad input gets a clear, short error', () => {
  it.each([
    ['empty text', '   ', /Give me an article/],
    ['a few words', 'Council votes on bridge.', /too short/],
    ['binary', '\u0000\u0001\u0002PK\u0003\u0004'.repeat(200), /does not look like text/],
    ['an unknown ref', '#42', /no #42/],
    ['a non-http link', 'ftp://example.com/story', /Only http and https/],
    ['a private address', 'http://10.0.0.7/story', /private or local network/],
  ])('%s', async (_name, input, message) => {
    const r = await say('summarise', input);
    expect(r.reply.error).toBe(true);
    expect(r.text).toMatch(message);
    expect(r.text.length).toBeLessThan(200);
  });

  it('a 10 MB paste', async () => {
    const r = await say('summarise', 'word '.repeat(2_000_000));
    expect(r.reply.error).toBe(true);
    expect(r.text).toMatch(/too long .*10000k characters/);
  });

  it('odd unicode still gives a verbatim answer', async () => {
    const text = asPastedText('Bridge', HARBOUR_STORY).replace(/the/g, 'the\u200b').replace(/ a /g, ' a\u00a0');
    const r = await say('summarise', text, { platform: 'test', id: 'unicode' });
    expect(r.outcome).toBe('ok');
    expect(r.text).toContain('Port Avery');
  });
});

describe('channel context', () => {
  it('records fetched and pasted articles with numbered refs and reuses them', async () => {
    const channel = { platform: 'test', id: 'refs' };
    const first = await say('summarise', server.url('/harbour'), channel);
    expect(first.outcome).toBe('ok');
    expect(first.text).toContain('Harbour bridge to close to cars');
    const second = await say('summarise', asPastedText('Library to open late', LIBRARY_STORY), channel);
    expect(second.outcome).toBe('ok');
    const list = await say('articles', '', channel);
    expect(list.text).toMatch(/\(#1\) Harbour bridge to close to cars/);
    expect(list.text).toMatch(/\(#2\) Library to open late/);
    const byRef = await say('summarise', '#1', channel);
    expect(byRef.text).toContain('Port Avery');
    const last = await say('summarise', 'last', channel);
    expect(last.text).toContain('Riverside');
    // the same link again, here or in another channel, answers from the stored text
    expect((await say('summarise', server.url('/harbour'), { platform: 'test', id: 'other' })).outcome).toBe('ok');
    // the page was fetched once: #1 and the repeated link answer from the stored text
    expect(server.hits('/harbour')).toBe(1);
    // another channel has its own numbering
    expect((await say('summarise', '#2', { platform: 'test', id: 'elsewhere' })).text).toMatch(/no #2/);
  });
});

describe('logs', () => {
  it('keep article text and tokens out of info-level logs', async () => {
    const { pino } = await import('pino');
    const { createCore } = await import('../src/app.js');
    const { configSchema } = await import('../src/config.js');
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (s: string) => lines.push(s) });
    const secretToken = 'xoxb-1234-very-secret';
    const logged = await createCore(configSchema.parse({ SLACK_BOT_TOKEN: secretToken, SLACK_SIGNING_SECRET: 'sshh', RATE_LIMIT_PER_MINUTE: '100' }), { memory: true, log });
    try {
      const text = asPastedText('Library to open late', LIBRARY_STORY);
      for (const command of ['summarise', 'quotes']) {
        const r = await logged.dispatcher.dispatch({ command, text, channel: TEST_CHANNEL, user: TEST_USER });
        expect(r.outcome).toBe('ok');
      }
      await logged.dispatcher.dispatch({ command: 'summarise', text: 'Too short to analyse here.', channel: TEST_CHANNEL, user: TEST_USER });
      expect(lines.length).toBeGreaterThanOrEqual(3);
      const all = lines.join('\n');
      expect(all).not.toContain('Riverside');
      expect(all).not.toContain('Too short to analyse');
      expect(all).not.toContain(secretToken);
    } finally {
      await logged.close();
    }
  });
});
