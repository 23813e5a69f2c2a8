/**
 * The Discord adapter end to end over the real wire format: discord.js talks REST and gateway
 * to a local stand-in for Discord (test/support/discord-standin.ts), which enforces the 3-second
 * rule, one callback per interaction and the message limits; articles come from a local HTTP
 * server. Each case drives the bot the way a user would and reads what Discord would show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Core } from '../src/app.js';
import { defineCommand, type CommandDefinition } from '../src/core/command.js';
import { Registry } from '../src/core/registry.js';
import { Dispatcher } from '../src/core/dispatcher.js';
import { ChannelGoneError } from '../src/core/posters.js';
import { startDiscord, type DiscordAdapter } from '../adapters/discord/index.js';
import { registerCommands } from '../adapters/discord/register.js';
import { DiscordStandIn, type InteractionRecord, type SentMessage } from './support/discord-standin.js';
import { articleHtml, html, startArticleServer, type ArticleServer } from './support/article-server.js';
import { testCore } from './support/core.js';
import { HAVE_SHARED, REPO_ROOT, sharedPath } from './support/paths.js';
import { HARBOUR_STORY, LIBRARY_STORY } from './support/texts.js';

/** The shared fixture when present, else our own short story: either way a real article. */
function fixture(name: string, fallbackTitle: string, fallback: string[]): { title: string; paragraphs: string[] } {
  if (!HAVE_SHARED) return { title: fallbackTitle, paragraphs: fallback };
  const text = readFileSync(sharedPath('fixtures/articles', name), 'utf8');
  const paragraphs = (/\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n')).map((p) => p.trim()).filter((p) => p && !/^[*\s]+$/.test(p));
  return { title: fallbackTitle, paragraphs };
}

const REPORT = fixture('japan-nato-office-report.txt', 'Japan plans NATO liaison office, first in Asia', HARBOUR_STORY);
const ANALYSIS = fixture('japan-nato-office-analysis.txt', 'Tokyo edges closer to NATO', LIBRARY_STORY);

/** What a user sees of a message, Markdown escapes removed, for comparing with the source. */
function shown(m: SentMessage): string {
  const parts = [m.content, ...m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text ?? ''])];
  return parts.join('\n').replace(/\\([\\*_`~|>#\-[\]().!])/g, '$1');
}
const allShown = (r: InteractionRecord) => r.messages.map(shown).join('\n');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Adapter-only commands, to exercise what no real command does on demand. */
const LONG_PARAGRAPHS = Array.from({ length: 24 }, (_, i) => `Paragraph ${i + 1}. ${'The council met again and the minutes were read aloud in full. '.repeat(8)}`);
const longread = defineCommand({
  name: 'longread',
  description: 'test: a reply longer than one Discord message',
  help: 'test only',
  options: z.object({}),
  parseText: () => ({}),
  run: async () => ({
    title: 'A long answer',
    blocks: [
      ...LONG_PARAGRAPHS.map((text, i) => ({ type: 'paragraph' as const, text, evidence: `¶${i + 1}` })),
      { type: 'fields' as const, fields: Array.from({ length: 30 }, (_, i) => ({ label: `Field ${i + 1}`, value: `value ${i + 1} `.repeat(20) })) },
      { type: 'note' as const, text: 'The end.' },
    ],
    footer: 'footer text',
  }),
});
const failing = defineCommand({
  name: 'failing',
  description: 'test: the analysis throws after the article is fetched',
  help: 'test only',
  options: z.object({ article: z.string().describe('an article') }),
  parseText: (text) => ({ article: text }),
  meta: { articleOptions: ['article'] },
  run: async (ctx, opts) => {
    await ctx.services.articles.resolve(ctx, opts.article);
    throw new Error('analysis exploded');
  },
});

/** The real core with two test commands added beside the real ones. */
function withTestCommands(core: Core, extra: CommandDefinition[]): Core {
  const registry = new Registry([...core.registry.commands, ...extra]);
  const services = { ...core.services, commands: registry.commands };
  return { ...core, registry, services, dispatcher: new Dispatcher(registry, services, { ratePerMinute: 1000 }) };
}

let standin: DiscordStandIn;
let articles: ArticleServer;
let core: Core;
let adapter: DiscordAdapter;
let reportUrl: string;
let analysisUrl: string;

beforeAll(async () => {
  standin = await DiscordStandIn.start({ heartbeatIntervalMs: 400 });
  articles = await startArticleServer();
  articles.route('/world/japan-nato-office', html(articleHtml(REPORT.title, REPORT.paragraphs)));
  articles.route('/opinion/tokyo-nato', html(articleHtml(ANALYSIS.title, ANALYSIS.paragraphs)));
  articles.route('/broken', html('<html><body>Server error</body></html>', 500));
  reportUrl = articles.url('/world/japan-nato-office');
  analysisUrl = articles.url('/opinion/tokyo-nato');
  const base = await testCore({
    DISCORD_TOKEN: standin.token,
    DISCORD_APPLICATION_ID: standin.applicationId,
    DISCORD_API_URL: standin.apiUrl,
    FETCH_ALLOW_HOSTS: articles.host,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'nutgraf-discord-')),
  });
  core = withTestCommands(base, [longread, failing]);
  adapter = await startDiscord(core);
}, 30_000);

afterAll(async () => {
  await adapter?.stop();
  await core?.close();
  await standin?.stop();
  await articles?.close();
});

/** A string option as Discord sends it. */
const str = (name: string, value: string) => ({ name, type: 3, value });
const has = (name: string) => core.registry.find(name) !== undefined;
/** Whether a command file exists, known before the core is built (for skipIf). */
const present = (name: string) => existsSync(join(REPO_ROOT, 'commands', `${name}.ts`));

describe('Discord adapter against a local Discord stand-in', () => {
  it('logs in over the gateway with only the Guilds intent, and heartbeats are acknowledged', async () => {
    expect(standin.gateway.identifies).toBe(1);
    expect(standin.gateway.intents).toEqual([1]);
    await new Promise((r) => setTimeout(r, 900));
    expect(standin.gateway.heartbeats).toBeGreaterThan(0);
    expect(adapter.client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  it('registers every command with one bulk overwrite, to the guild and globally', async () => {
    const guild = await registerCommands({ ...core.config, DISCORD_GUILD_ID: standin.guildId }, core.registry.commands.filter((c) => c !== longread && c !== failing));
    expect(guild.scope).toBe(`guild ${standin.guildId}`);
    const names = (standin.commands.get(standin.guildId) ?? []).map((c) => c.name);
    for (const c of core.registry.commands.filter((c) => c !== longread && c !== failing)) expect(names).toContain(c.name);
    if (has('summarise')) expect(names).toContain('Summarise article');
    if (has('quotes')) expect(names).toContain('Who said what');
    expect(standin.violations).toEqual([]);
    // a second overwrite replaces the set rather than adding to it
    await registerCommands({ ...core.config, DISCORD_GUILD_ID: standin.guildId }, core.registry.commands.filter((c) => c.name === 'help'));
    expect((standin.commands.get(standin.guildId) ?? []).map((c) => c.name)).toEqual(['help']);
  });

  it('`npm run register` (the script) overwrites the global commands', async () => {
    const env = { ...process.env, DISCORD_TOKEN: standin.token, DISCORD_APPLICATION_ID: standin.applicationId, DISCORD_API_URL: standin.apiUrl, DISCORD_GUILD_ID: '', LOG_LEVEL: 'silent' };
    const out = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(join(REPO_ROOT, 'node_modules/.bin/tsx'), [join(REPO_ROOT, 'adapters/discord/register.ts')], { cwd: mkdtempSync(join(tmpdir(), 'nutgraf-reg-')), env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += String(d)));
      child.stderr.on('data', (d) => (stderr += String(d)));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/Registered \d+ commands \(global\)/);
    const global = standin.commands.get('global') ?? [];
    expect(global.map((c) => c.name)).toEqual(expect.arrayContaining(core.registry.commands.filter((c) => c !== longread && c !== failing).map((c) => c.name)));
  }, 30_000);

  it('/help answers at once, privately, listing the commands', async () => {
    const r = await standin.slash('help').settled();
    expect(r.callbacks.map((c) => c.type)).toEqual([4]);
    expect(r.ephemeral).toBe(true);
    const text = allShown(r);
    for (const c of core.registry.commands.filter((c) => c.name !== 'help')) expect(text).toContain(`/${c.name}`);
  });

  it.skipIf(!present('summarise'))('/summarise defers, then edits in sentences taken verbatim from the article', async () => {
    const r = await standin.slash('summarise', [str('article', reportUrl)]).settled();
    expect(r.callbacks[0]?.type).toBe(5);
    expect(r.callbacks[0]!.at - r.createdAt).toBeLessThan(3000);
    expect(r.edits.length).toBeGreaterThan(0);
    const text = squash(allShown(r));
    const source = squash(REPORT.paragraphs.join(' '));
    // at least one whole sentence of the source, and every long ¶-anchored line, is verbatim
    const sentences = source.split(/(?<=[.?!’'])\s+(?=[A-Z‘“])/).filter((s) => s.length > 50);
    expect(sentences.some((s) => text.includes(s))).toBe(true);
    expect(standin.violations).toEqual([]);
  }, 20_000);

  it.skipIf(!present('summarise'))('/summarise public:true is deferred and shown to the channel', async () => {
    const r = await standin.slash('summarise', [str('article', analysisUrl), { name: 'public', type: 5, value: true }]).settled();
    expect(r.callbacks[0]?.type).toBe(5);
    expect(r.ephemeral).toBe(false);
    expect(r.original?.embeds.length).toBeGreaterThan(0);
  }, 20_000);

  it.skipIf(!present('quotes'))('/quotes lists who said what from the article', async () => {
    const r = await standin.slash('quotes', [str('article', reportUrl)]).settled();
    expect(r.callbacks[0]?.type).toBe(5);
    const text = allShown(r);
    expect(text).toMatch(HAVE_SHARED ? /Hayashi/ : /Lopez/);
    expect(standin.violations).toEqual([]);
  }, 20_000);

  it.skipIf(!present('compare'))('/compare takes two articles and answers within the rules', async () => {
    const r = await standin.slash('compare', [str('a', reportUrl), str('b', analysisUrl)]).settled();
    expect(r.callbacks[0]?.type).toBe(5);
    expect(r.original?.content ?? '').not.toMatch(/^⚠️/);
    expect(r.original?.embeds.length).toBeGreaterThan(0);
    expect(standin.violations).toEqual([]);
  }, 20_000);

  it('every registered slash command, and every subcommand, answers within the rules', async () => {
    // articles are in the channel's context by now, so #1 names one
    const defs = (await import('../adapters/discord/definitions.js')).commandDefinitions(core.registry.commands);
    for (const def of defs) {
      if (def.type !== 1) continue;
      const command = core.registry.find(def.name)!;
      const article = new Set(command.meta?.articleOptions ?? []);
      let ref = 0;
      const fill = (opts: readonly any[]) =>
        opts
          .filter((o) => o.required)
          .map((o) => ({ name: o.name, type: o.type, value: article.has(o.name) ? `#${++ref}` : o.choices?.[0]?.value ?? (o.type === 5 ? false : o.type === 3 ? 'weekdays 08:30' : (o.min_value ?? 1)) }));
      const variants = def.options?.some((o: any) => o.type === 1) ? def.options.map((sub: any) => [{ name: sub.name, type: 1, options: fill(sub.options ?? []) }]) : [fill(def.options ?? [])];
      for (const options of variants) {
        ref = 0;
        const r = await standin.slash(def.name, options).settled();
        const text = allShown(r);
        expect(text, `/${def.name} ${JSON.stringify(options)}`).not.toMatch(/I don't know \/|try \/help/);
        expect(r.messages.length).toBeGreaterThan(0);
      }
    }
    expect(standin.violations).toEqual([]);
  }, 60_000);

  it('/articles lists what was analysed here, privately', async () => {
    const r = await standin.slash('articles').settled();
    expect(r.ephemeral).toBe(true);
    if (has('summarise')) expect(allShown(r)).toContain(REPORT.title);
  });

  it('autocompletes article options from the channel (title and ref), filtered by what is typed', async () => {
    if (!has('summarise')) return;
    const all = await standin.autocomplete('summarise', [{ ...str('article', ''), focused: true }]).settled();
    expect(all.callbacks.map((c) => c.type)).toEqual([8]);
    expect(all.choices?.length).toBeGreaterThanOrEqual(2);
    const typed = REPORT.title.split(' ')[0]!.toLowerCase();
    const some = await standin.autocomplete('summarise', [{ ...str('article', typed), focused: true }]).settled();
    expect(some.choices?.length).toBeGreaterThan(0);
    for (const c of some.choices ?? []) expect(c.name.toLowerCase()).toContain(typed);
    expect(some.choices?.[0]?.value).toMatch(/^#\d+$/);
    // a typed link is offered back as itself
    const link = await standin.autocomplete('summarise', [{ ...str('article', analysisUrl), focused: true }]).settled();
    expect(link.choices?.[0]?.value).toBe(analysisUrl);
    // a non-article option gets no suggestions
    const other = await standin.autocomplete('quotes', [str('article', '#1'), { ...str('speaker', 'Hay'), focused: true }]).settled();
    expect(other.choices).toEqual([]);
  });

  it('autocomplete offers at most 25 choices', async () => {
    const key = `discord:${standin.guildId}:${standin.channelId}`;
    for (let i = 0; i < 30; i++) await core.services.articles.noteSharedLink(key, articles.url(`/many/${i}`), standin.user.id);
    const r = await standin.autocomplete(has('summarise') ? 'summarise' : 'failing', [{ ...str('article', ''), focused: true }]).settled();
    expect(r.choices).toHaveLength(25);
    expect(standin.violations).toEqual([]);
  });

  it.skipIf(!present('summarise'))('"Summarise article" on a message holding a link', async () => {
    const message = standin.userMessage(`Worth a read: <${reportUrl}> (via the desk)`);
    const r = await standin.messageCommand('Summarise article', message).settled();
    expect(r.callbacks[0]?.type).toBe(5);
    expect(r.original?.embeds.length).toBeGreaterThan(0);
    const source = squash(REPORT.paragraphs.join(' '));
    const sentences = source.split(/(?<=[.?!’'])\s+(?=[A-Z‘“])/).filter((s) => s.length > 50);
    expect(sentences.some((s) => squash(allShown(r)).includes(s))).toBe(true);
  }, 20_000);

  it.skipIf(!present('quotes'))('"Who said what" on a message holding a link (found in its preview embed)', async () => {
    const message = standin.userMessage('this one', { embeds: [{ type: 'article', url: reportUrl, title: REPORT.title }] });
    const r = await standin.messageCommand('Who said what', message).settled();
    expect(r.callbacks[0]?.type).toBe(5);
    expect(allShown(r)).toMatch(HAVE_SHARED ? /Hayashi/ : /Lopez/);
  }, 20_000);

  it('a context-menu command on a message without a link says so, privately and at once', async () => {
    const r = await standin.messageCommand('Summarise article', standin.userMessage('no link here, sorry')).settled();
    expect(r.callbacks.map((c) => c.type)).toEqual([4]);
    expect(r.ephemeral).toBe(true);
    expect(allShown(r)).toMatch(/no link/i);
  });

  it('a long answer is split into follow-ups, every message within the limits, in order', async () => {
    const r = await standin.slash('longread').settled({ quietMs: 500 });
    expect(r.messages.length).toBeGreaterThan(1);
    expect(r.followUps.length).toBe(r.messages.length - 1);
    const text = r.messages.map(shown).join('\n');
    let at = 0;
    for (const p of LONG_PARAGRAPHS) {
      const found = text.indexOf(p, at);
      expect(found, p.slice(0, 20)).toBeGreaterThanOrEqual(at);
      at = found;
    }
    for (let i = 1; i <= 30; i++) expect(text).toContain(`Field ${i}`);
    expect(text.indexOf('The end.')).toBeGreaterThan(text.indexOf('Field 30'));
    expect(standin.violations).toEqual([]);
  });

  it('an unreachable article is edited into a short error', async () => {
    const r = await standin.slash('failing', [str('article', articles.url('/broken'))]).settled();
    expect(r.callbacks[0]?.type).toBe(5);
    expect(r.original?.embeds).toEqual([]);
    expect(r.original?.content).toMatch(/^⚠️ /);
    expect(r.original!.content.length).toBeLessThan(300);
  });

  it('an analysis failure is edited into an error with a reference, details kept out', async () => {
    const r = await standin.slash('failing', [str('article', reportUrl)]).settled();
    expect(r.callbacks[0]?.type).toBe(5);
    expect(r.original?.content).toMatch(/^⚠️ Something went wrong on my side \(ref \d+\)/);
    expect(r.original?.content).not.toContain('exploded');
    expect(standin.violations).toEqual([]);
  });

  it('invalid options are refused at once and privately', async () => {
    const r = await standin.slash('failing', []).settled();
    expect(r.callbacks.map((c) => c.type)).toEqual([4]);
    expect(r.ephemeral).toBe(true);
    expect(allShown(r)).toMatch(/article/);
  });

  it('after the gateway drops (resumable), commands still work, including one sent while it was down', async () => {
    const before = standin.gateway.resumes;
    standin.closeGateway(4000);
    const during = standin.slash('help');
    await standin.connected();
    expect(standin.gateway.resumes).toBe(before + 1);
    await during.settled();
    expect(during.callbacks.map((c) => c.type)).toEqual([4]);
    const after = await standin.slash('help').settled();
    expect(after.callbacks.map((c) => c.type)).toEqual([4]);
  }, 20_000);

  it('after a full reconnect (close 1000: new session), commands still work', async () => {
    const before = standin.gateway.identifies;
    standin.closeGateway(1000);
    await new Promise((r) => setTimeout(r, 100));
    await standin.connected();
    expect(standin.gateway.identifies).toBe(before + 1);
    const r = await standin.slash('articles').settled();
    expect(r.callbacks.map((c) => c.type)).toEqual([4]);
    expect(standin.violations).toEqual([]);
  }, 20_000);

  it('posts scheduled digests to a channel, and reports a vanished channel as gone', async () => {
    const poster = core.posters.get('discord')!;
    await poster.post({ platform: 'discord', id: standin.channelId, workspace: standin.guildId }, { title: 'Digest', blocks: LONG_PARAGRAPHS.slice(0, 12).map((text) => ({ type: 'paragraph', text })) });
    expect(standin.channelMessages.length).toBeGreaterThan(1);
    expect(standin.channelMessages[0]?.embeds[0]?.title).toBe('Digest');
    standin.goneChannels.add('123456789012345678');
    await expect(poster.post({ platform: 'discord', id: '123456789012345678' }, { blocks: [{ type: 'paragraph', text: 'x' }] })).rejects.toBeInstanceOf(ChannelGoneError);
    await expect(poster.post({ platform: 'discord', id: '223456789012345678' }, { blocks: [{ type: 'paragraph', text: 'x' }] })).rejects.toBeInstanceOf(ChannelGoneError);
  });

  it('no rule of the platform was broken along the way', () => {
    expect(standin.violations).toEqual([]);
    expect(standin.requests.filter((r) => r.status === 404 && !r.path.includes('/channels/'))).toEqual([]);
  });
});

describe('Discord adapter with the MessageContent intent', () => {
  let s: DiscordStandIn;
  let c: Core;
  let a: DiscordAdapter;
  beforeAll(async () => {
    s = await DiscordStandIn.start();
    c = await testCore({ DISCORD_TOKEN: s.token, DISCORD_APPLICATION_ID: s.applicationId, DISCORD_API_URL: s.apiUrl, DISCORD_MESSAGE_CONTENT: 'true' });
    a = await startDiscord(c);
  }, 30_000);
  afterAll(async () => {
    await a?.stop();
    await c?.close();
    await s?.stop();
  });

  it('asks for the privileged intent and records links shared in messages', async () => {
    const intents = s.gateway.intents[0]!;
    expect(intents & (1 << 15)).toBe(1 << 15); // MessageContent
    expect(intents & (1 << 9)).toBe(1 << 9); // GuildMessages
    s.postUserMessage('Have you seen https://news.example.com/story-one, and https://news.example.com/story-two?');
    const key = `discord:${s.guildId}:${s.channelId}`;
    for (let i = 0; i < 40 && (await c.services.store.listArticles(key)).length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    const listed = await c.services.store.listArticles(key);
    expect(listed.map((e) => e.url)).toEqual(['https://news.example.com/story-one', 'https://news.example.com/story-two']);
  }, 20_000);
});
