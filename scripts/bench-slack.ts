/**
 * Slack ack latency under load: 100 concurrent signed slash commands, sent by the local Slack
 * stand-in to the adapter's real HTTP endpoint (and, separately, over Socket Mode). The app runs
 * in its own process (this file with `--app`), as it would in production, so the load
 * generator's own work is not counted; the app computes the answers while it acks. Reports p50/p99/max of the time from sending
 * a command to its HTTP 200 (Slack's deadline is 3 s; the target is p99 ≤ 50 ms).
 *
 * Two mixes: "light" (/articles and /nutgraf help: the adapter's own cost) and "analysis" (half
 * the commands summarise one of ten local articles: fetch, extraction and analysis compete with
 * the acks for the app's one thread). The app's event-loop delay is reported beside: its
 * longest synchronous stretch is the floor under the ack p99.
 *   npx tsx scripts/bench-slack.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  articlePage,
  serveWebsite,
  SlackStandIn,
  TEST_APP_TOKEN,
  TEST_BOT_TOKEN,
  TEST_SECRET,
  type CommandExchange,
  type Website,
} from '../test/support/slack-standin.js';
import { median, percentile } from './bench-util.js';

const SELF = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FIXTURE = resolve(ROOT, '../shared/fixtures/articles/japan-nato-office-report.txt');
const CONCURRENT = 100;
const ROUNDS = 3;
const ARTICLES = 10;

export interface SlackBenchResult {
  mode: 'http' | 'socket';
  mix: 'analysis' | 'light';
  commands: number;
  p50: number;
  p99: number;
  max: number;
  answeredAll: boolean;
  /** the app's event-loop delay during the measured rounds: its longest synchronous stretch bounds the ack p99 */
  loopDelayP99: number;
  loopDelayMax: number;
}

function articleText(): string {
  if (existsSync(FIXTURE)) return readFileSync(FIXTURE, 'utf8');
  return Array.from(
    { length: 12 },
    (_, i) => `Paragraph ${i + 1}: the council said on Tuesday that the harbour bridge would close to cars in March, after engineers found corrosion in its piers. "We cannot take the risk," said the mayor, Lena Ortiz.`,
  ).join('\n\n');
}

/** Starts the app in a child process; resolves with its HTTP port (or 0 in Socket Mode) once ready. */
interface AppProcess {
  child: ChildProcess;
  port: number;
  /** asks the app for its event-loop delay since the last call (and resets it) */
  loopDelay(): Promise<{ p99: number; max: number }>;
}

async function startApp(env: Record<string, string>): Promise<AppProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--app'], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const delays: ((d: { p99: number; max: number }) => void)[] = [];
  const port = await new Promise<number>((resolvePort, reject) => {
    child.once('exit', (code) => reject(new Error(`bench app exited (${code})`)));
    lines.on('line', (line) => {
      const ready = /^READY (\d+)$/.exec(line);
      if (ready) resolvePort(Number(ready[1]));
      const delay = /^DELAY ([\d.]+) ([\d.]+)$/.exec(line);
      if (delay) delays.shift()?.({ p99: Number(delay[1]), max: Number(delay[2]) });
    });
  });
  const loopDelay = () =>
    new Promise<{ p99: number; max: number }>((resolveDelay) => {
      delays.push(resolveDelay);
      child.stdin!.write('DELAY\n');
    });
  return { child, port, loopDelay };
}

async function round(standin: SlackStandIn, site: Website, mode: 'http' | 'socket', mix: 'analysis' | 'light', n: number): Promise<{ exchanges: CommandExchange[]; answered: boolean }> {
  const send = mode === 'http' ? standin.slashCommand.bind(standin) : standin.socketSlashCommand.bind(standin);
  const exchanges = await Promise.all(
    Array.from({ length: CONCURRENT }, (_, i) =>
      send({
        command: i % 2 ? '/articles' : mix === 'analysis' ? '/summarise' : '/nutgraf',
        text: i % 2 ? '' : mix === 'analysis' ? `<${site.url(`/story-${(i / 2) % ARTICLES}`)}>` : 'help',
        channel: `C0BENCH${n}`,
        user: `U0B${n}x${i}`,
      }),
    ),
  );
  let answered = true;
  try {
    await standin.waitFor(() => exchanges.every((e) => e.shown().some((m) => !m.text.includes('Working on it'))), 120_000, 'every answer');
  } catch {
    answered = false;
  }
  return { exchanges, answered };
}

async function benchMode(mode: 'http' | 'socket', mix: 'analysis' | 'light'): Promise<SlackBenchResult> {
  const text = articleText();
  const site = await serveWebsite(
    Object.fromEntries(Array.from({ length: ARTICLES }, (_, i) => [`/story-${i}`, articlePage(`Story ${i}`, `${text}\n\nEditor's note ${i}: this copy is number ${i}.`)])),
  );
  const standin = new SlackStandIn({ signingSecret: TEST_SECRET, botToken: TEST_BOT_TOKEN, appToken: TEST_APP_TOKEN });
  await standin.start();
  const app = await startApp({
    SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
    SLACK_SIGNING_SECRET: TEST_SECRET,
    SLACK_APP_TOKEN: mode === 'socket' ? TEST_APP_TOKEN : '',
    SLACK_API_URL: standin.apiUrl,
    PORT: '0',
    FETCH_ALLOW_HOSTS: site.hostPort,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000',
  });
  try {
    if (mode === 'http') standin.appUrl = `http://127.0.0.1:${app.port}/slack/events`;
    else await standin.socketConnected(10_000);
    await round(standin, site, mode, mix, 0); // warm-up: JIT, module loading, first fetches
    await app.loopDelay();
    const acks: number[] = [];
    let answeredAll = true;
    for (let r = 1; r <= ROUNDS; r++) {
      const res = await round(standin, site, mode, mix, r);
      acks.push(...res.exchanges.map((a) => a.ackMs));
      answeredAll &&= res.answered && res.exchanges.every((e) => e.status === 200);
    }
    if (standin.violations.length) process.stderr.write(`slack bench (${mode}): ${standin.violations.length} rule violations, e.g. ${standin.violations[0]}\n`);
    const delay = await app.loopDelay();
    return {
      mode,
      mix,
      commands: acks.length,
      p50: round1(median(acks)),
      p99: round1(percentile(acks, 99)),
      max: round1(Math.max(...acks)),
      answeredAll,
      loopDelayP99: round1(delay.p99),
      loopDelayMax: round1(delay.max),
    };
  } finally {
    app.child.kill('SIGTERM');
    await new Promise((r) => app.child.once('exit', r));
    await standin.stop();
    await site.close();
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** `npm run bench` calls this. */
export async function main(_argv: string[] = []): Promise<void> {
  await runSlackBench();
}

/**
 * Peers for the HTTP figures, measured the same way: a bare node:http server that answers 200 at
 * once (the floor of this machine and load generator) and a Bolt app whose listener only acks.
 */
const PEERS: Record<string, string> = {
  'bare node:http': `require('http').createServer((q, r) => { q.resume(); q.on('end', () => r.end('')); }).listen(0, '127.0.0.1', function () { console.log('READY ' + this.address().port); });`,
  'Bolt, ack only': `const { App, HTTPReceiver, LogLevel } = require('@slack/bolt');
    const receiver = new HTTPReceiver({ signingSecret: process.env.SECRET, endpoints: '/slack/events' });
    const app = new App({ token: 'xoxb-peer', receiver, tokenVerificationEnabled: false, logLevel: LogLevel.ERROR, botId: 'B1', botUserId: 'U1' });
    app.command(/.*/, async ({ ack }) => { await ack(); });
    app.start(0).then((server) => console.log('READY ' + server.address().port));`,
};

async function benchPeer(name: string, source: string): Promise<{ name: string; p50: number; p99: number }> {
  const child = spawn(process.execPath, ['-e', source], { cwd: ROOT, env: { ...process.env, SECRET: TEST_SECRET }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolvePort) =>
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = /^READY (\d+)$/.exec(line);
      if (ready) resolvePort(Number(ready[1]));
    }),
  );
  const standin = new SlackStandIn({ signingSecret: TEST_SECRET, botToken: TEST_BOT_TOKEN, appToken: TEST_APP_TOKEN });
  await standin.start();
  standin.appUrl = `http://127.0.0.1:${port}/slack/events`;
  const acks: number[] = [];
  try {
    for (let r = 0; r <= ROUNDS; r++) {
      const exchanges = await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => standin.slashCommand({ command: '/articles', text: '', channel: 'C0PEER', user: `U0P${r}x${i}` })));
      if (r > 0) acks.push(...exchanges.map((e) => e.ackMs)); // round 0 warms up
    }
  } finally {
    child.kill('SIGTERM');
    await standin.stop();
  }
  return { name, p50: round1(median(acks)), p99: round1(percentile(acks, 99)) };
}

export async function runSlackBench(): Promise<SlackBenchResult[]> {
  const results: SlackBenchResult[] = [];
  for (const mix of ['light', 'analysis'] as const) for (const mode of ['http', 'socket'] as const) results.push(await benchMode(mode, mix));
  const peers = [];
  for (const [name, source] of Object.entries(PEERS)) peers.push(await benchPeer(name, source));
  process.stdout.write(`\nSlack ack latency, ${CONCURRENT} concurrent signed commands × ${ROUNDS} rounds (after a warm-up round); app in its own process\n`);
  process.stdout.write('light = /articles + /nutgraf help; analysis = /articles + /summarise of 10 local articles\n');
  process.stdout.write('mix       mode     commands   p50 ms   p99 ms   max ms   loop delay p99/max ms   all answered\n');
  for (const r of results) {
    const loop = `${r.loopDelayP99}/${r.loopDelayMax}`;
    process.stdout.write(
      `${r.mix.padEnd(9)} ${r.mode.padEnd(8)} ${String(r.commands).padStart(8)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.max).padStart(8)}   ${loop.padStart(21)}   ${r.answeredAll ? 'yes' : 'NO'}\n`,
    );
  }
  process.stdout.write('peers over HTTP, same load generator (what nutgraf http is measured against):\n');
  for (const p of peers) process.stdout.write(`${p.name.padEnd(18)} http     ${String(CONCURRENT * ROUNDS).padStart(8)} ${String(p.p50).padStart(8)} ${String(p.p99).padStart(8)}\n`);
  process.stdout.write(`${JSON.stringify({ bench: 'slack-ack', results, peers })}\n`);
  return results;
}

/** The app side: the real core and Slack adapter, configured from the environment. */
async function serveApp(): Promise<void> {
  const { loadConfig } = await import('../src/config.js');
  const { createCore } = await import('../src/app.js');
  const { startSlack } = await import('../adapters/slack/index.js');
  const core = await createCore(loadConfig(), { memory: true });
  const slack = await startSlack(core, { host: '127.0.0.1', apiRetries: 0 });
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() !== 'DELAY') return;
    process.stdout.write(`DELAY ${(loop.percentile(99) / 1e6).toFixed(1)} ${(loop.max / 1e6).toFixed(1)}\n`);
    loop.reset();
  });
  process.stdout.write(`READY ${slack.port ?? 0}\n`);
  process.once('SIGTERM', () => {
    void slack
      .stop()
      .then(() => core.close())
      .finally(() => process.exit(0));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  (process.argv.includes('--app') ? serveApp() : main()).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
