import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pino } from 'pino';
import { Dispatcher } from '../src/core/dispatcher.js';
import { openKv } from '../src/store/kv.js';
import { Registry } from '../src/core/registry.js';
import { defineCommand } from '../src/core/command.js';
import { UserError } from '../src/core/errors.js';
import { replyToPlainText } from '../src/core/reply.js';
import type { Services } from '../src/core/context.js';
import { testCore, TEST_CHANNEL, TEST_USER } from './support/core.js';

const echo = defineCommand({
  name: 'echo',
  description: 'repeats a number',
  help: '/echo <n>',
  options: z.object({ n: z.coerce.number().int().min(1) }),
  parseText: (text) => ({ n: text.trim() }),
  run: async (_ctx, { n }) => ({ blocks: [{ type: 'paragraph', text: `n=${n}` }] }),
});
const failing = defineCommand({
  name: 'boom',
  description: 'fails',
  help: '',
  options: z.object({}),
  parseText: () => ({}),
  run: async () => {
    throw new Error('secret internal detail at line 42');
  },
});
const refusing = defineCommand({
  name: 'nope',
  description: 'refuses',
  help: '',
  options: z.object({}),
  parseText: () => ({}),
  run: async () => {
    throw new UserError('That page is paywalled.', 'paywall');
  },
});
const slow = defineCommand({
  name: 'slow',
  description: 'never ends',
  help: '',
  options: z.object({}),
  parseText: () => ({}),
  run: () => new Promise(() => {}),
});

function dispatcher(opts = {}) {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (s: string) => lines.push(JSON.parse(s)) });
  const services = { log, commands: [] } as unknown as Services;
  return { d: new Dispatcher(new Registry([echo, failing, refusing, slow]), services, opts), lines };
}

const inv = (command: string, text = '') => ({ command, text, channel: TEST_CHANNEL, user: TEST_USER });

describe('dispatcher', () => {
  it('validates options with the zod schema and runs the command', async () => {
    const { d, lines } = dispatcher();
    const ok = await d.dispatch(inv('/echo', '7'));
    expect(ok.outcome).toBe('ok');
    expect(replyToPlainText(ok.reply)).toBe('n=7');
    expect(lines[0]).toMatchObject({ command: 'echo', channel: 'test:C1', outcome: 'ok', msg: 'command' });
    expect(lines[0]!.requestId).toBeTypeOf('string');
    expect(lines[0]!.ms).toBeTypeOf('number');
  });

  it('turns invalid options into a short message naming the option', async () => {
    const { d } = dispatcher();
    const bad = await d.dispatch(inv('echo', 'zero'));
    expect(bad.outcome).toBe('invalid_options');
    expect(bad.reply.error).toBe(true);
    expect(replyToPlainText(bad.reply)).toMatch(/^n: .*try \/help echo/);
  });

  it('answers an unknown command with a pointer to /help', async () => {
    const { d } = dispatcher();
    const r = await d.dispatch(inv('frobnicate'));
    expect(r.outcome).toBe('unknown_command');
    expect(replyToPlainText(r.reply)).toContain('/help');
  });

  it('shows a user error as it is, and hides a crash behind a request id', async () => {
    const { d, lines } = dispatcher();
    const refused = await d.dispatch(inv('nope'));
    expect(replyToPlainText(refused.reply)).toBe('That page is paywalled.');
    const crashed = await d.dispatch(inv('boom'));
    expect(crashed.outcome).toBe('failed');
    const text = replyToPlainText(crashed.reply);
    expect(text).not.toContain('secret internal detail');
    expect(text).toContain(crashed.requestId);
    expect(lines.some((l) => l.level === 50 && l.outcome === 'failed')).toBe(true);
  });

  it('stops a command that runs past the time limit', async () => {
    const { d } = dispatcher({ timeLimitMs: 50 });
    const r = await d.dispatch(inv('slow'));
    expect(r.outcome).toBe('timeout');
    expect(r.reply.error).toBe(true);
  });

  it('rate-limits each user separately', async () => {
    const { d } = dispatcher({ ratePerMinute: 2, counter: await openKv({ memory: true }) });
    expect((await d.dispatch(inv('echo', '1'))).outcome).toBe('ok');
    expect((await d.dispatch(inv('echo', '1'))).outcome).toBe('ok');
    const third = await d.dispatch(inv('echo', '1'));
    expect(third.outcome).toBe('rate_limited');
    expect(replyToPlainText(third.reply)).toMatch(/give me \d+ s/);
    const other = await d.dispatch({ ...inv('echo', '1'), user: { id: 'U2' } });
    expect(other.outcome).toBe('ok');
  });
});

describe('the real command set', () => {
  it('loads every file in commands/ and answers /help with each of them', async () => {
    const core = await testCore();
    const names = core.registry.commands.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['help', 'articles']));
    const help = await core.dispatcher.dispatch(inv('help'));
    const text = replyToPlainText(help.reply);
    for (const name of names.filter((n) => n !== 'help')) expect(text).toContain(`/${name}`);
    await core.close();
  });
});
