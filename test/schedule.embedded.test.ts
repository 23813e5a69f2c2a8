import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createCore, type Core } from '../src/app.js';
import { configSchema } from '../src/config.js';
import { channelKey, type ChannelRef } from '../src/core/context.js';
import { replyToPlainText } from '../src/core/reply.js';
import { startDigests, type RunningDigests } from '../src/schedule/start.js';
import { DigestRunner } from '../src/schedule/runner.js';
import { ScheduledChannels } from '../src/schedule/records.js';
import type { DigestAnalyses } from '../src/analysis/digest/build.js';
import { RecordingPoster, fixtureArticles, shareArticle } from './support/schedule-fixtures.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const channel: ChannelRef = { platform: 'test', id: 'C1', workspace: 'T1' };
const key = channelKey(channel);

/** Cheap analyses: these tests are about when and how often, not what the digest says. */
const quick: DigestAnalyses = {
  summarise: () => [],
  quotes: () => [],
  group: (items) => items.map((_, i) => [i]),
  differences: () => [],
};

interface Harness {
  core: Core;
  poster: RecordingPoster;
  logs: Record<string, unknown>[];
}

async function makeCore(env: Record<string, string> = {}): Promise<Harness> {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const core = await createCore(configSchema.parse({ LOG_LEVEL: 'info', ...env }), { memory: true, log: pino({ level: 'info' }, sink) });
  const poster = new RecordingPoster();
  core.posters.register('test', poster);
  return { core, poster, logs };
}

async function command(core: Core, text: string) {
  return core.dispatcher.dispatch({ command: 'digest', text, channel, user: { id: 'U1' } });
}

describe('embedded scheduler (fake clock)', () => {
  let h: Harness;
  let running: RunningDigests | undefined;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-03-02T08:00:00Z')); // Monday
  });
  afterEach(async () => {
    await running?.stop();
    running = undefined;
    await h?.core.close();
    vi.useRealTimers();
  });

  it('posts each daily slot once, covering what was shared since the last digest', async () => {
    h = await makeCore();
    running = await startDigests(h.core, { analyses: quick });
    const set = await command(h.core, 'schedule daily 09:00 Europe/London');
    expect(set.outcome).toBe('ok');
    expect(replyToPlainText(set.reply)).toContain('Next run: Mon 2 Mar 09:00');
    const { heraldFerry, library } = fixtureArticles();
    await shareArticle(h.core.services.store, key, heraldFerry);

    await vi.advanceTimersByTimeAsync(HOUR + 1000); // past 09:00 on Monday
    expect(h.poster.posts).toHaveLength(1);
    expect(h.poster.posts[0]!.text).toContain('Digest: 1 article since');
    expect(h.poster.posts[0]!.text).toContain('Scheduled digest for Mon 2 Mar 09:00 (Europe/London)');
    expect(h.poster.posts[0]!.text).toContain(heraldFerry.url!);

    await shareArticle(h.core.services.store, key, library);
    await vi.advanceTimersByTimeAsync(DAY); // Tuesday 09:00
    expect(h.poster.posts).toHaveLength(2);
    expect(h.poster.posts[1]!.text).toContain('Digest: 1 article since Mon 2 Mar 09:00');
    expect(h.poster.posts[1]!.text).toContain(library.url!);
    expect(h.poster.posts[1]!.text).not.toContain(heraldFerry.url!);

    await vi.advanceTimersByTimeAsync(DAY); // Wednesday: nothing new
    expect(h.poster.posts).toHaveLength(3);
    expect(h.poster.posts[2]!.text).toMatch(/Nothing new since Tue 3 Mar 09:00/);

    const status = replyToPlainText((await command(h.core, 'status')).reply);
    expect(status).toContain('Schedule: daily 09:00 Europe/London\n');
    expect(status).toContain('Next run: Thu 5 Mar 09:00');
    expect(status).toContain('Last run: Wed 4 Mar 09:00');
    expect(status).toContain('Articles waiting: 0');
  });

  it('stays silent when the channel asks for it, and stops after /digest off', async () => {
    h = await makeCore({ DIGEST_SILENT_WHEN_EMPTY: 'true' });
    running = await startDigests(h.core, { analyses: quick });
    await command(h.core, 'schedule weekdays 09:00');
    await vi.advanceTimersByTimeAsync(DAY);
    expect(h.poster.posts).toHaveLength(0); // nothing shared: silent
    await shareArticle(h.core.services.store, key, fixtureArticles().library);
    await vi.advanceTimersByTimeAsync(DAY);
    expect(h.poster.posts).toHaveLength(1);
    // the channel setting wins over the config default
    await h.core.services.store.updateSettings(key, { digestSilentWhenEmpty: false });
    await vi.advanceTimersByTimeAsync(DAY);
    expect(h.poster.posts.at(-1)!.text).toContain('Nothing new since');
    expect(replyToPlainText((await command(h.core, 'off')).reply)).toContain('Digest turned off');
    await vi.advanceTimersByTimeAsync(3 * DAY);
    expect(h.poster.posts).toHaveLength(2);
  });

  it('posts a slot missed while down once after start-up, within the catch-up window only', async () => {
    h = await makeCore({ DIGEST_CATCH_UP_HOURS: '6' });
    running = await startDigests(h.core, { analyses: quick });
    await command(h.core, 'schedule daily 09:00');
    await running.stop();
    running = undefined;

    // down from Monday 08:00 until Wednesday 10:30: Monday's, Tuesday's and Wednesday's slots missed
    vi.setSystemTime(new Date('2026-03-04T10:30:00Z'));
    running = await startDigests(h.core, { analyses: quick });
    expect(running.reloaded).toEqual({ armed: 1, caughtUp: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.poster.posts).toHaveLength(1);
    expect(h.poster.posts[0]!.text).toContain('Scheduled digest for Wed 4 Mar 09:00 (UTC)');

    // a second restart does not post it again
    await running.stop();
    running = await startDigests(h.core, { analyses: quick });
    expect(running.reloaded).toEqual({ armed: 1, caughtUp: 0 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.poster.posts).toHaveLength(1);

    // down over Thursday's slot, back 7 hours later: too late to be news
    await running.stop();
    vi.setSystemTime(new Date('2026-03-05T16:00:00Z'));
    running = await startDigests(h.core, { analyses: quick });
    expect(running.reloaded).toEqual({ armed: 1, caughtUp: 0 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.poster.posts).toHaveLength(1);
    // and the schedule goes on
    await vi.advanceTimersByTimeAsync(DAY);
    expect(h.poster.posts).toHaveLength(2);
    expect(h.poster.posts[1]!.text).toContain('Scheduled digest for Fri 6 Mar 09:00 (UTC)');
  });

  it('a channel the bot was removed from: logged, schedule paused, no retries', async () => {
    h = await makeCore();
    running = await startDigests(h.core, { analyses: quick, retry: { attempts: 5, backoffMs: 1000 } });
    await command(h.core, 'schedule hourly');
    h.poster.gone.add(channel.id);
    await vi.advanceTimersByTimeAsync(HOUR + 1000);
    expect(h.poster.attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(5 * HOUR);
    expect(h.poster.attempts).toBe(1);
    const warn = h.logs.find((l) => l.msg === 'channel gone: digest schedule paused');
    expect(warn).toMatchObject({ channel: key, level: 40 });
    const status = replyToPlainText((await command(h.core, 'status')).reply);
    expect(status).toContain('Digest paused');
    expect(status).toContain('Paused: posting failed: not_in_channel: C1');
    // a restart does not re-arm a paused schedule
    await running.stop();
    running = await startDigests(h.core, { analyses: quick });
    expect(running.reloaded.armed).toBe(0);
    // scheduling again resumes
    h.poster.gone.clear();
    await command(h.core, 'schedule hourly');
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(h.poster.posts).toHaveLength(1);
  });

  it('retries a slot until the adapter has registered its poster', async () => {
    h = await makeCore();
    const lateChannel: ChannelRef = { platform: 'late', id: 'C9' };
    running = await startDigests(h.core, { analyses: quick, retry: { attempts: 4, backoffMs: 1000 } });
    await h.core.dispatcher.dispatch({ command: 'digest', text: 'schedule daily 09:00', channel: lateChannel, user: { id: 'U1' } });
    await vi.advanceTimersByTimeAsync(HOUR); // 09:00: no 'late' poster yet
    const late = new RecordingPoster();
    h.core.posters.register('late', late);
    await vi.advanceTimersByTimeAsync(5000);
    expect(late.posts).toHaveLength(1);
  });
});

describe('slot runner: exactly once', () => {
  it('concurrent attempts at one slot post once', async () => {
    vi.useRealTimers();
    const h = await makeCore();
    const running = await startDigests(h.core, { analyses: quick });
    await command(h.core, 'schedule daily 09:00');
    const slot = Date.parse('2030-01-01T09:00:00Z');
    const second = new DigestRunner({
      kv: h.core.kv,
      store: h.core.services.store,
      posters: h.core.posters,
      log: h.core.log,
      analyses: quick,
      channels: new ScheduledChannels(h.core.kv),
      silentWhenEmpty: false,
      instance: 'other',
      leaseMs: 60_000,
      doneTtlMs: DAY,
      onPaused: async () => {},
    });
    const outcomes = await Promise.all([running.runner.runSlot(key, slot, 'tick'), second.runSlot(key, slot, 'catch-up'), running.runner.runSlot(key, slot, 'tick')]);
    expect(outcomes.filter((o) => o === 'posted')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'busy' || o === 'already-done')).toHaveLength(2);
    expect(await second.runSlot(key, slot, 'tick')).toBe('already-done');
    expect(h.poster.posts).toHaveLength(1);
    await running.stop();
    await h.core.close();
  });

  it('a claim left by a process that died is retried after its lease, then posted once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
    const h = await makeCore();
    const running = await startDigests(h.core, { analyses: quick, leaseMs: 30_000 });
    await command(h.core, 'schedule daily 09:00');
    const slot = Date.parse('2026-03-02T09:00:00Z');
    // what a worker killed mid-digest leaves behind
    await h.core.kv.add(new ScheduledChannels(h.core.kv).slotKey(key, slot), { state: 'running', by: 'dead', at: Date.now() }, 30_000);
    expect(await running.runner.runSlot(key, slot, 'tick')).toBe('busy');
    vi.setSystemTime(new Date(Date.now() + 31_000));
    expect(await running.runner.runSlot(key, slot, 'tick')).toBe('posted');
    expect(await running.runner.runSlot(key, slot, 'tick')).toBe('already-done');
    expect(h.poster.posts).toHaveLength(1);
    await running.stop();
    await h.core.close();
    vi.useRealTimers();
  });
});

describe('/digest command', () => {
  it('parses its text forms', async () => {
    const { parseDigestText } = await import('../commands/digest.js');
    expect(parseDigestText('')).toEqual({ action: 'status' });
    expect(parseDigestText('now')).toEqual({ action: 'now' });
    expect(parseDigestText('schedule weekdays 08:30 Europe/London')).toEqual({ action: 'schedule', when: 'weekdays 08:30 Europe/London' });
    expect(parseDigestText('daily 09:00')).toEqual({ action: 'schedule', when: 'daily 09:00' });
    expect(parseDigestText('stop')).toEqual({ action: 'off' });
  });

  it('rejects bad schedules, unknown zones and too-frequent digests with an example', async () => {
    const h = await makeCore();
    const running = await startDigests(h.core, { analyses: quick });
    for (const [text, message] of [
      ['schedule whenever', /can't read the schedule "whenever".*daily 09:00/],
      ['schedule daily 09:00 Narnia/Cair_Paravel', /don't know the time zone "Narnia\/Cair_Paravel"/],
      ['schedule */2 * * * * *', /at most every 5 minutes/],
      ['schedule', /When should I post it\?.*daily 09:00/],
    ] as const) {
      const r = await command(h.core, text);
      expect(r.outcome).toBe('user_error');
      expect(replyToPlainText(r.reply)).toMatch(message);
    }
    expect(replyToPlainText((await command(h.core, 'status')).reply)).toContain('No digest scheduled here');
    await running.stop();
    await h.core.close();
  });

  it('now returns the digest as the reply without counting as a run', async () => {
    const h = await makeCore();
    const running = await startDigests(h.core);
    const { heraldFerry, gazetteFerry } = fixtureArticles();
    await shareArticle(h.core.services.store, key, heraldFerry);
    await shareArticle(h.core.services.store, key, gazetteFerry);
    const r = await command(h.core, 'now');
    expect(r.outcome).toBe('ok');
    const text = replyToPlainText(r.reply);
    expect(text).toContain('Digest: 2 articles in this channel');
    expect(text).toContain('Island ferry service cut to three sailings a day');
    expect(text).toContain('— Dana Whitlock');
    expect(h.poster.posts).toHaveLength(0);
    expect((await h.core.services.digests!.status(channel)).waiting).toBe(2);
    await running.stop();
    await h.core.close();
  });
});
