/**
 * The `nutgraf` command line: one-shot analyses of a link, a file or stdin, and batch mode.
 *
 *   nutgraf summarise <url|file|-> [--length short|medium|long|N] [--json]
 *   nutgraf quotes <url|file|-> [--json]
 *   nutgraf compare <a> <b> [--json]
 *   nutgraf batch <summarise|quotes|compare|cluster> [--length N] < in.jsonl > out.jsonl
 */
import { parseArgs } from 'node:util';
import { text as readStream } from 'node:stream/consumers';
import { ConfigError, loadConfig, loadDotEnv } from '../config.js';
import { createCore, type Core } from '../app.js';
import { createLogger } from '../log.js';
import type { CommandContext } from '../core/context.js';
import { renderForTerminal, styleFor } from '../../adapters/shell/render.js';
import { BATCH_COMMANDS, runBatch, type BatchCommand } from './batch.js';
import { isUserError } from '../core/errors.js';
import type { Article } from '../ingest/article.js';

const USAGE = `Usage:
  nutgraf summarise <url|file|-> [--length short|medium|long|N] [--json]
  nutgraf quotes <url|file|-> [--json]
  nutgraf compare <a> <b> [--json]
  nutgraf batch <${BATCH_COMMANDS.join('|')}> [--length N] < in.jsonl > out.jsonl
  nutgraf shell            (the interactive bot, same as npm start without tokens)`;

export async function cli(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false }, length: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  const [command, ...args] = positionals;
  if (!command || values.help || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  loadDotEnv();
  const config = loadConfig();

  if (command === 'batch') {
    const which = args[0] as BatchCommand | undefined;
    if (!which || !BATCH_COMMANDS.includes(which)) {
      process.stderr.write(`nutgraf batch: which analysis? (${BATCH_COMMANDS.join(', ')})\n`);
      return 2;
    }
    const length = values.length ? Number(values.length) : undefined;
    const stats = await runBatch(which, process.stdin, process.stdout, {
      ...(length ? { length } : {}),
      progress: Boolean(process.stderr.isTTY),
    });
    if (stats.errors) process.stderr.write(`nutgraf batch: ${stats.errors} of ${stats.lines} lines failed (see their "error" fields)\n`);
    return 0;
  }

  if (command === 'shell') {
    const core = await createCore(config);
    const { runShell } = await import('../../adapters/shell/index.js');
    await runShell(core);
    await core.close();
    return 0;
  }

  if (!['summarise', 'summarize', 'quotes', 'compare'].includes(command)) {
    process.stderr.write(`nutgraf: unknown command ${command}\n${USAGE}\n`);
    return 2;
  }
  const wanted = command === 'compare' ? 2 : 1;
  if (args.length !== wanted) {
    process.stderr.write(`nutgraf ${command}: expected ${wanted === 2 ? 'two articles' : 'one article'} (a link, a file, or - for stdin)\n`);
    return 2;
  }
  // one-shot runs keep nothing: an in-memory store, and only warnings in the log
  const core = await createCore(config, { memory: true, log: createLogger(process.env.LOG_LEVEL ?? 'warn') });
  try {
    return await oneShot(core, command, args, values.json ?? false, values.length);
  } finally {
    await core.close();
  }
}

async function oneShot(core: Core, command: string, args: string[], json: boolean, length?: string): Promise<number> {
  const ctx: CommandContext = {
    requestId: 'cli',
    channel: { platform: 'cli', id: 'local' },
    user: { id: 'cli' },
    services: core.services,
    log: core.log,
    allowFiles: true,
  };
  let stdinUsed = false;
  const articles: Article[] = [];
  try {
    for (const arg of args) {
      let input = arg;
      if (arg === '-') {
        if (stdinUsed) throw new Error('stdin (-) can be read only once');
        stdinUsed = true;
        input = await readStream(process.stdin);
      }
      articles.push(await core.services.articles.resolve(ctx, input));
    }
  } catch (e) {
    process.stderr.write(`nutgraf: ${isUserError(e) || e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  if (json) {
    const line = await jsonFor(command, articles.map((a) => ({ id: a.id, text: a.text })), length);
    process.stdout.write(`${JSON.stringify(line)}\n`);
    return 0;
  }
  const refs = (await core.services.store.listArticles('cli:local')).filter((e) => articles.some((a) => a.id === e.articleId));
  const text = [length ?? '', ...articles.map((a) => `#${refs.find((r) => r.articleId === a.id)!.ref}`)].join(' ').trim();
  const { reply } = await core.dispatcher.dispatch({ command, text, channel: ctx.channel, user: ctx.user });
  process.stdout.write(`${renderForTerminal(reply, styleFor(Boolean(process.stdout.isTTY)))}\n`);
  return reply.error ? 1 : 0;
}

async function jsonFor(command: string, items: { id: string; text: string }[], length?: string): Promise<unknown> {
  const [a, b] = items as [{ id: string; text: string }, { id: string; text: string }];
  switch (command) {
    case 'quotes':
      return (await import('../analysis/quotes/batch.js')).quotesBatchLine(a);
    case 'compare':
      return (await import('../analysis/compare/batch.js')).compareBatchLine({ id: `${a.id}~${b.id}`, a_text: a.text, b_text: b.text });
    default: {
      const n = length === 'short' ? 2 : length === 'long' ? 5 : length && /^\d+$/.test(length) ? Number(length) : 3;
      return (await import('../analysis/summarise/batch.js')).summariseBatchLine(a, n);
    }
  }
}

cli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`nutgraf: ${e instanceof ConfigError || e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = e instanceof ConfigError ? 2 : 1;
  },
);
