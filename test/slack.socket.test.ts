/**
 * The Slack adapter in Socket Mode (SLACK_APP_TOKEN set): the app opens the connection with
 * `apps.connections.open` and the stand-in delivers envelopes over a local WebSocket.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, startSlackTestbed, TEST_APP_TOKEN, type Testbed } from './support/slack-standin.js';

const STORY = Array.from(
  { length: 6 },
  (_, i) => `Paragraph ${i + 1} of the ferry story: the harbour ferry will run every twenty minutes from June, the operator said on Thursday, and tickets will cost the same as a bus fare.`,
).join('\n\n');

describe('Slack adapter over Socket Mode', () => {
  let tb: Testbed;
  beforeAll(async () => {
    tb = await startSlackTestbed({ socketMode: true, pages: { '/ferry': articlePage('Harbour ferry every twenty minutes', STORY) } });
    await tb.standin.socketConnected();
  });
  afterAll(async () => {
    await tb?.stop();
  });
  afterEach(() => {
    expect(tb.standin.violations.splice(0)).toEqual([]);
  });

  it('connects with the app-level token and listens on no HTTP port', () => {
    expect(tb.slack.mode).toBe('socket');
    expect(tb.slack.port).toBeUndefined();
    expect(tb.standin.apiCalls.some((c) => c.method === 'apps.connections.open')).toBe(true);
    expect(TEST_APP_TOKEN).toMatch(/^xapp-/);
  });

  it('acks a slash command envelope and answers through the response_url', async () => {
    const ex = await tb.standin.socketSlashCommand({ command: '/nutgraf', text: 'help' });
    expect(ex.status).toBe(200);
    const [answer] = await ex.settled();
    expect(answer?.visibleTo).toBe('U0ANA');
    expect(answer?.text).toContain('/summarise');
  });

  it('records a link from a message event and summarises it by reference', async () => {
    const channel = 'C0SOCK';
    await tb.standin.socketEvent({ type: 'message', channel, user: 'U0BEN', text: `ferry news <${tb.site.url('/ferry')}>`, ts: '1700000002.000300' });
    const ex = await tb.standin.socketSlashCommand({ command: '/summarise', text: '#1', channel });
    const [answer] = await ex.settled();
    expect(answer?.text).toContain('ferry');
    expect(answer?.text.startsWith('⚠️')).toBe(false);
  });

  it('acks 100 concurrent envelopes within 3 s', async () => {
    const exchanges = await Promise.all(Array.from({ length: 100 }, (_, i) => tb.standin.socketSlashCommand({ command: '/articles', channel: 'C0SOCKLOAD', user: `U0S${i}` })));
    expect(exchanges.every((e) => e.status === 200)).toBe(true);
    await tb.standin.waitFor(() => exchanges.every((e) => e.shown().length > 0), 30_000, 'all answers');
  });
});
