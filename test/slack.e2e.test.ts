/**
 * The Slack adapter end to end over the real wire format: signed form-encoded slash commands to
 * Bolt's HTTP endpoint, answers through the response_url and the Web API, all served by the
 * stand-in in test/support/slack-standin.ts, which fails on any breach of Slack's rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand, type CommandDefinition } from '../src/core/command.js';
import { Registry } from '../src/core/registry.js';
import { Dispatcher } from '../src/core/dispatcher.js';
import { ChannelGoneError } from '../src/core/posters.js';
import type { Core } from '../src/app.js';
import type { Reply } from '../src/core/reply.js';
import { WORKING_TEXT } from '../adapters/slack/answer.js';
import { articlePage, startSlackTestbed, TEST_SECRET, type ShownMessage, type Testbed } from './support/slack-standin.js';

const repoRoot = resolve(import.meta.dirname, '..');
const fixtures = resolve(repoRoot, '../shared/fixtures/articles');
const haveFixtures = existsSync(resolve(fixtures, 'japan-nato-office-report.txt'));

// our own short pieces, so the tests run without ../shared
const HARBOUR = `The city council voted on Tuesday to close the old harbour bridge to cars from March, after engineers found corrosion in two of its four supporting piers.

"We cannot ask people to drive over a bridge we would not stand under," said Mayor Lena Ortiz, who proposed the closure.

The bridge carries about 18,000 vehicles a day. Traffic will be sent over the ring road, which the council expects to add ten minutes to a typical commute.

Shopkeepers on Quay Street said the closure would hurt trade. "Half of my customers come over that bridge," said Tomas Berg, who runs a bakery near the south end.

Repairs are expected to cost 42 million euros and to take two years. The council said it would apply for regional funds to cover part of the bill.`;

const HARBOUR_FOLLOW_UP = `Engineers began inspecting the harbour bridge again on Monday, a week after the council closed it to cars.

The chief engineer, Ines Moreau, said the corrosion in the piers was worse than first reported. "Two piers need to be rebuilt, not patched," she said.

Cyclists and pedestrians may still cross. The council said the repair bill could rise above 42 million euros.

Bus operators have already changed their timetables. The number 7 line now runs over the ring road and adds two stops near the old ferry terminal.

Residents of the north bank held a meeting on Sunday evening to ask for a temporary footbridge. "We were told this would take weeks, not years," said Paul Anders, who chairs the residents' association.`;

const pages: Record<string, string> = {
  '/harbour': articlePage('Council closes harbour bridge to cars', HARBOUR),
  '/harbour-follow-up': articlePage('Harbour bridge repairs to cost more', HARBOUR_FOLLOW_UP),
};
if (haveFixtures) {
  pages['/report'] = articlePage('Japan plans NATO liaison office', readFileSync(resolve(fixtures, 'japan-nato-office-report.txt'), 'utf8'));
  pages['/analysis'] = articlePage('What a NATO office in Tokyo means', readFileSync(resolve(fixtures, 'japan-nato-office-analysis.txt'), 'utf8'));
}

// commands that exist only in these tests: slow, failing, and very long answers
const slow = defineCommand({
  name: 'slowtest',
  description: 'answers after a pause',
  help: '',
  options: z.object({}),
  parseText: () => ({}),
  run: async () => {
    await new Promise((r) => setTimeout(r, 250));
    return { title: 'Slow answer', blocks: [{ type: 'paragraph', text: 'Done after a pause.' }] };
  },
});
const failing = defineCommand({
  name: 'failtest',
  description: 'an analysis that crashes',
  help: '',
  options: z.object({}),
  parseText: () => ({}),
  run: async () => {
    throw new Error('analysis exploded');
  },
});
export const LONG_ITEMS = 140;
const long = defineCommand({
  name: 'longtest',
  description: 'a very long answer',
  help: '',
  options: z.object({}),
  parseText: () => ({}),
  run: async (): Promise<Reply> => ({
    title: 'A very long answer <with> & markup that must be escaped',
    blocks: [
      { type: 'paragraph', text: `${'An opening paragraph longer than one section allows. '.repeat(130)}End of opening.`, evidence: '¶1' },
      { type: 'heading', text: 'Items' },
      {
        type: 'list',
        ordered: true,
        items: Array.from({ length: LONG_ITEMS }, (_, i) => ({ text: `Item ${i + 1}: ${'words & more words <b> '.repeat(20)}end ${i + 1}.`, evidence: `¶${i + 2}` })),
      },
      // many small blocks: the 50-block limit binds before the character budget
      ...Array.from({ length: 70 }, (_, i) => ({ type: 'paragraph' as const, text: `Short paragraph ${i + 1}.` })),
      { type: 'fields', fields: Array.from({ length: 23 }, (_, i) => ({ label: `Field ${i + 1}`, value: 'v'.repeat(2500) })) },
    ],
    footer: 'Footer of the long answer.',
  }),
});

function withTestCommands(core: Core): Core {
  const extra: CommandDefinition[] = [slow, failing, long] as unknown as CommandDefinition[];
  const registry = new Registry([...core.registry.commands, ...extra]);
  const services = { ...core.services, commands: registry.commands };
  const dispatcher = new Dispatcher(registry, services, { ratePerMinute: core.config.RATE_LIMIT_PER_MINUTE });
  return { ...core, registry, services, dispatcher };
}

/** What a message says, as its text fallback (unescaped). */
function said(m: ShownMessage | undefined): string {
  return (m?.text ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** What a message shows in its blocks (unescaped). */
function shownText(m: ShownMessage | undefined): string {
  const texts = (m?.blocks ?? []).flatMap((b) => [b.text?.text, ...(b.fields ?? []).map((f: { text: string }) => f.text), ...(b.elements ?? []).map((e: { text?: unknown }) => e.text)]);
  return texts
    .filter((t): t is string => typeof t === 'string')
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function isError(m: ShownMessage | undefined): boolean {
  return Boolean(m && m.blocks.some((b) => b.type === 'section' && String(b.text?.text ?? '').startsWith('⚠️')));
}

function shareButton(m: ShownMessage | undefined): { value: string } | undefined {
  const actions = m?.blocks.find((b) => b.type === 'actions');
  return actions?.elements?.[0];
}

let tb: Testbed;
let slackLink: (path: string, label?: string) => string;

describe('Slack adapter over HTTP', () => {
  beforeAll(async () => {
    tb = await startSlackTestbed({ pages, adjustCore: withTestCommands, slack: { workingDelayMs: 50 } });
    // links as Slack sends them in command text: <url|label>
    slackLink = (path, label) => `<${tb.site.url(path)}${label ? `|${label}` : ''}>`;
  });
  afterAll(async () => {
    await tb?.stop();
  });
  afterEach(() => {
    // every breach of Slack's rules recorded by the stand-in fails the test that caused it
    const breaches = tb.standin.violations.splice(0);
    expect(breaches).toEqual([]);
  });

  it('answers /nutgraf help privately, with a Share button and a text fallback', async () => {
    const ex = await tb.standin.slashCommand({ command: '/nutgraf', text: 'help' });
    expect(ex.status).toBe(200);
    const [answer] = await ex.settled();
    expect(answer?.visibleTo).toBe('U0ANA');
    expect(said(answer)).toContain('/summarise');
    expect(answer?.blocks[0]?.type).toBe('header');
    expect(shareButton(answer)?.value).toMatch(/^[\w-]{16}$/);
  });

  it('routes /nutgraf <command> … to that command', async () => {
    const ex = await tb.standin.slashCommand({ command: '/nutgraf', text: 'articles' });
    const [answer] = await ex.settled();
    expect(said(answer)).toMatch(/articles|Articles/);
    expect(said(answer)).not.toContain('newsroom articles, faithfully'); // not the help text
  });

  it('summarises an article given as a Slack-formatted link, quoting it verbatim', async () => {
    const ex = await tb.standin.slashCommand({ command: '/summarise', text: slackLink('/harbour', 'harbour story'), channel: 'C0SUM' });
    const shown = await ex.settled();
    const visible = tb.standin.visible('C0SUM', 'U0ANA');
    expect(visible).toHaveLength(1); // the working notice, if any, was replaced
    expect(isError(shown[0])).toBe(false);
    const bullets = said(shown[0])
      .split('\n')
      .filter((l) => l.startsWith('• ') || /^\d+\. /.test(l))
      .map((l) => l.replace(/^(• |\d+\. )(\([^)]*\) )?/, '').replace(/ \[[^\]]*\]$/, ''));
    const sentences = bullets.filter((b) => b.length > 40);
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.some((s) => HARBOUR.includes(s))).toBe(true);
  });

  it('answers the alias /summarize too', async () => {
    const ex = await tb.standin.slashCommand({ command: '/summarize', text: slackLink('/harbour'), channel: 'C0SUM2' });
    const [answer] = await ex.settled();
    expect(isError(answer)).toBe(false);
    expect(said(answer)).toContain('harbour');
  });

  const argsFor = (name: string, first: string, second: string): string | undefined =>
    ({ summarise: first, quotes: first, compare: `${first} ${second}`, digest: 'now', articles: '', help: '' })[name];

  it('answers every registered command on local articles, within every limit', async () => {
    const [first, second] = haveFixtures ? ['/report', '/analysis'] : ['/harbour', '/harbour-follow-up'];
    const channel = 'C0ALL';
    const registered = tb.core.registry.commands.filter((c) => !['slowtest', 'failtest', 'longtest'].includes(c.name));
    for (const command of registered) {
      const text = argsFor(command.name, slackLink(first!), slackLink(second!));
      // a command added later without a case here still has to answer through /nutgraf
      const ex =
        text === undefined
          ? await tb.standin.slashCommand({ command: '/nutgraf', text: command.name, channel })
          : await tb.standin.slashCommand({ command: `/${command.name}`, text, channel });
      expect(ex.status, command.name).toBe(200);
      const shown = await ex.settled(150, 60_000);
      expect(shown.length, command.name).toBeGreaterThan(0);
      if (text !== undefined) expect(isError(shown[0]), `${command.name}: ${said(shown[0])}`).toBe(false);
    }
    if (haveFixtures) {
      const quotes = await tb.standin.slashCommand({ command: '/quotes', text: slackLink('/report'), channel });
      expect(said((await quotes.settled(150, 60_000))[0])).toMatch(/Hayashi|said|stated/i);
    }
  });

  it('records links shared in the channel, and answers the same article twice from the cache', async () => {
    const channel = 'C0CACHE';
    const link = tb.site.url('/harbour-follow-up');
    const ack = await tb.standin.sendEvent({ type: 'message', channel, user: 'U0BEN', text: `worth a read <${link}>`, ts: '1700000000.000100' });
    expect(ack.status).toBe(200);
    // the same link arriving as link_shared is not recorded twice
    await tb.standin.sendEvent({ type: 'link_shared', channel, user: 'U0BEN', message_ts: '1700000000.000100', links: [{ url: link, domain: '127.0.0.1' }] });
    const list = await (await tb.standin.slashCommand({ command: '/articles', channel })).settled();
    expect(said(list[0])).toContain(link);
    expect(said(list[0])).not.toContain('#2');

    const hitsBefore = tb.site.hits.get('/harbour-follow-up') ?? 0;
    const firstAnswer = await (await tb.standin.slashCommand({ command: '/summarise', text: 'last', channel })).settled();
    const secondAnswer = await (await tb.standin.slashCommand({ command: '/summarise', text: '#1', channel, user: 'U0CAL' })).settled();
    expect(isError(firstAnswer[0])).toBe(false);
    expect(tb.site.hits.get('/harbour-follow-up')).toBe(hitsBefore + 1); // fetched once, for the first answer only
    const body = (m?: ShownMessage) => said(m).replace(/Share in channel/g, '');
    expect(body(secondAnswer[0])).toBe(body(firstAnswer[0]));
  });

  it('shows "working on it" while slow work runs, then replaces it with the answer', async () => {
    const ex = await tb.standin.slashCommand({ command: '/nutgraf', text: 'slowtest', channel: 'C0SLOW' });
    await tb.standin.waitFor(() => ex.shown().some((m) => m.text.includes('Working on it')), 5000, 'the working notice');
    const shown = await ex.settled();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.edits).toBe(1);
    expect(said(shown[0])).toContain('Done after a pause.');
    expect(WORKING_TEXT).toContain('Working on it');
  });

  it('posts in the channel with `public`, removing the private working notice', async () => {
    const ex = await tb.standin.slashCommand({ command: '/nutgraf', text: 'slowtest public', channel: 'C0PUB' });
    await ex.settled();
    const seenByOthers = tb.standin.visible('C0PUB', 'U0SOMEONE');
    expect(seenByOthers).toHaveLength(1);
    expect(said(seenByOthers[0])).toContain('Done after a pause.');
    expect(shareButton(seenByOthers[0])).toBeUndefined();
    expect(tb.standin.visible('C0PUB', 'U0ANA')).toHaveLength(1); // the notice is gone
  });

  it('posts /summarise … public straight into the channel', async () => {
    const ex = await tb.standin.slashCommand({ command: '/summarise', text: `${slackLink('/harbour')} public`, channel: 'C0PUB2' });
    await ex.settled();
    const seenByOthers = tb.standin.visible('C0PUB2', 'U0SOMEONE');
    expect(seenByOthers).toHaveLength(1);
    expect(isError(seenByOthers[0])).toBe(false);
  });

  it('shares a private answer in the channel with the button, once', async () => {
    const channel = 'C0SHARE';
    const ex = await tb.standin.slashCommand({ command: '/articles', channel });
    const [answer] = await ex.settled();
    const button = shareButton(answer)!;
    const click = () =>
      tb.standin.interaction(
        { type: 'block_actions', container: { type: 'message', is_ephemeral: true }, actions: [{ type: 'button', action_id: 'nutgraf_share', block_id: 'nutgraf_share', value: button.value, action_ts: '1' }] },
        { fromMessage: answer! },
      );
    const share = await click();
    expect(share.status).toBe(200);
    await tb.standin.waitFor(() => tb.standin.visible(channel, 'U0OTHER').length > 0, 5000, 'the shared answer');
    await tb.standin.quiet();
    const shared = tb.standin.visible(channel, 'U0OTHER');
    expect(shared).toHaveLength(1);
    expect(shared[0]!.text).toContain('No articles yet');
    expect(shared[0]!.blocks[0]?.elements?.[0]?.text).toBe('Shared by <@U0ANA>');
    expect(answer!.deleted).toBe(true); // the private copy is gone
    // a second click (a stale client) shares nothing more
    await click();
    await tb.standin.quiet();
    expect(tb.standin.visible(channel, 'U0OTHER')).toHaveLength(1);
  });

  it('says so when a Share button has expired', async () => {
    const ex = await tb.standin.interaction(
      { type: 'block_actions', actions: [{ type: 'button', action_id: 'nutgraf_share', block_id: 'nutgraf_share', value: 'AAAAAAAAAAAAAAAA', action_ts: '1' }] },
      { channel: 'C0OLD' },
    );
    const [reply] = await ex.settled();
    expect(isError(reply)).toBe(true);
    expect(said(reply)).toMatch(/no longer kept/);
  });

  it('summarises the article linked in a message from the message shortcut', async () => {
    const channel = 'C0SHORT';
    const ex = await tb.standin.interaction(
      {
        type: 'message_action',
        callback_id: 'summarise_message',
        message_ts: '1700000001.000200',
        message: { type: 'message', user: 'U0BEN', ts: '1700000001.000200', text: `Morning read: <${tb.site.url('/harbour')}|harbour bridge>` },
      },
      { channel },
    );
    expect(ex.status).toBe(200);
    const [answer] = await ex.settled();
    expect(isError(answer)).toBe(false);
    expect(said(answer)).toMatch(/bridge/);
    const list = await (await tb.standin.slashCommand({ command: '/articles', channel })).settled();
    expect(said(list[0])).toContain('#1');
  });

  it('rejects a forged signature and a six-minute-old timestamp with 401, and answers neither', async () => {
    const form = new URLSearchParams({ command: '/articles', text: '', channel_id: 'C0FORGE', user_id: 'U0EVE', team_id: 'T0NEWS', response_url: `${tb.standin.base}/response/none` }).toString();
    const forged = await tb.standin.post(form, { 'content-type': 'application/x-www-form-urlencoded', ...tb.standin.sign(form, undefined, 'not-the-secret') });
    expect(forged.status).toBe(401);
    const stale = await tb.standin.post(form, { 'content-type': 'application/x-www-form-urlencoded', ...tb.standin.sign(form, Math.floor(Date.now() / 1000) - 6 * 60, TEST_SECRET) });
    expect(stale.status).toBe(401);
    const tampered = await tb.standin.post(form.replace('articles', 'digest'), { 'content-type': 'application/x-www-form-urlencoded', ...tb.standin.sign(form) });
    expect(tampered.status).toBe(401);
    await tb.standin.quiet();
    expect(tb.standin.shownMessages.filter((m) => m.channel === 'C0FORGE')).toHaveLength(0);
  });

  it('answers a replayed request (same signed bytes, within the five minutes) only once', async () => {
    const channel = 'C0REPLAY';
    const captured = tb.standin.signedCommand({ command: '/articles', channel });
    const first = await tb.standin.post(captured.body, captured.headers);
    const replay = await tb.standin.post(captured.body, captured.headers);
    expect([first.status, replay.status]).toEqual([200, 200]);
    await tb.standin.waitFor(() => tb.standin.responseUrlUses(captured.responseUrl) >= 1, 5000, 'the first answer');
    await new Promise((r) => setTimeout(r, 500)); // room for a second answer, were there one
    await tb.standin.quiet();
    expect(tb.standin.responseUrlUses(captured.responseUrl)).toBe(1);
    expect(tb.standin.shownMessages.filter((m) => m.channel === channel)).toHaveLength(1);
  });

  it('splits a long answer across messages in order, beyond the response_url’s five uses', async () => {
    const channel = 'C0LONG';
    const ex = await tb.standin.slashCommand({ command: '/nutgraf', text: 'longtest', channel });
    await ex.settled(300);
    const parts = tb.standin.visible(channel, 'U0ANA');
    expect(parts.length).toBeGreaterThan(5);
    expect(tb.standin.responseUrlUses(ex.responseUrl)).toBeLessThanOrEqual(5);
    expect(parts.some((p) => p.via === 'chat.postEphemeral')).toBe(true);
    // in the blocks and in the text fallback alike: every item, once, in order; title and footer once
    for (const all of [parts.map(shownText).join('\n'), parts.map(said).join('\n')]) {
      let at = -1;
      for (let i = 1; i <= LONG_ITEMS; i++) {
        const next = all.indexOf(`end ${i}.`, at + 1);
        expect(next, `item ${i}`).toBeGreaterThan(at);
        at = next;
      }
      expect(all.indexOf(`end ${LONG_ITEMS + 1}.`)).toBe(-1);
      expect(all.split('Footer of the long answer.').length - 1).toBe(1);
      expect(all).toContain('End of opening.');
      expect(all).toContain('Short paragraph 70.');
    }
    expect(parts.map(said).join('\n').split('A very long answer <with> & markup').length - 1).toBe(1);
    // escaped in mrkdwn, never raw
    const sectionTexts = parts.flatMap((p) => p.blocks.filter((b) => b.type === 'section' && b.text).map((b) => String(b.text.text)));
    expect(sectionTexts.some((t) => t.includes('&amp; more words &lt;b&gt;'))).toBe(true);
    expect(sectionTexts.every((t) => !t.includes('<b>'))).toBe(true);
    // the Share button only once, on the last part
    expect(parts.filter((p) => shareButton(p))).toHaveLength(1);
    expect(shareButton(parts[parts.length - 1])).toBeDefined();
  });

  it('answers with a short error when the analysis fails', async () => {
    const ex = await tb.standin.slashCommand({ command: '/nutgraf', text: 'failtest', channel: 'C0FAIL' });
    const [reply] = await ex.settled();
    expect(isError(reply)).toBe(true);
    expect(reply!.visibleTo).toBe('U0ANA');
    expect(said(reply)).toMatch(/went wrong on my side \(ref \w+\)/);
    expect(said(reply)).not.toContain('exploded');
  });

  it('answers with an error when the article cannot be fetched', async () => {
    const ex = await tb.standin.slashCommand({ command: '/summarise', text: slackLink('/missing'), channel: 'C0404' });
    const [reply] = await ex.settled();
    expect(isError(reply)).toBe(true);
    expect(shareButton(reply)).toBeUndefined();
  });

  it('acks 100 concurrent commands within 3 s and answers every one', async () => {
    const exchanges = await Promise.all(
      Array.from({ length: 100 }, (_, i) => tb.standin.slashCommand({ command: i % 2 ? '/articles' : '/summarise', text: i % 2 ? '' : slackLink('/harbour'), channel: 'C0LOAD', user: `U0LOAD${i}` })),
    );
    expect(exchanges.every((e) => e.status === 200)).toBe(true);
    expect(Math.max(...exchanges.map((e) => e.ackMs))).toBeLessThan(3000);
    await tb.standin.waitFor(() => exchanges.every((e) => e.shown().some((m) => !m.text.includes('Working on it'))), 60_000, 'all 100 answers');
    await tb.standin.quiet();
    expect(exchanges.filter((e) => isError(e.shown()[0]))).toHaveLength(0);
  });

  it('posts scheduled digests with chat.postMessage and reports a channel it can no longer reach', async () => {
    const poster = tb.core.posters.get('slack')!;
    await poster.post({ platform: 'slack', id: 'C0DIGEST', workspace: 'T0NEWS' }, { title: 'Digest', blocks: [{ type: 'paragraph', text: 'Two stories today.' }] });
    const [posted] = tb.standin.visible('C0DIGEST', 'U0ANYONE');
    expect(posted?.via).toBe('chat.postMessage');
    expect(said(posted)).toContain('Two stories today.');
    tb.standin.goneChannels.add('C0GONE');
    await expect(poster.post({ platform: 'slack', id: 'C0GONE' }, { blocks: [{ type: 'paragraph', text: 'x' }] })).rejects.toBeInstanceOf(ChannelGoneError);
  });
});

describe('Slack adapter rate limiting', () => {
  let limited: Testbed;
  beforeAll(async () => {
    limited = await startSlackTestbed({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it('tells a user who goes too fast to wait, privately', async () => {
    const answers: ShownMessage[][] = [];
    for (let i = 0; i < 3; i++) answers.push(await (await limited.standin.slashCommand({ command: '/articles', channel: 'C0RATE' })).settled());
    expect(isError(answers[0]![0])).toBe(false);
    expect(isError(answers[2]![0])).toBe(true);
    expect(said(answers[2]![0])).toMatch(/going fast/);
    // another user is not held back
    const other = await (await limited.standin.slashCommand({ command: '/articles', channel: 'C0RATE', user: 'U0OTHER' })).settled();
    expect(isError(other[0])).toBe(false);
    expect(limited.standin.violations).toEqual([]);
  });
});

if (!haveFixtures) console.warn('slack.e2e: ../shared/fixtures/articles absent — using the built-in short articles only');
