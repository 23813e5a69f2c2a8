/**
 * A local stand-in for Slack, on 127.0.0.1, speaking the real wire format:
 * - sends slash commands, events and interactions to the app's HTTP endpoint as Slack does
 *   (form-encoded or JSON, signed with `v0=HMAC-SHA256(secret, "v0:ts:body")`), or over a
 *   Socket Mode WebSocket (envelopes acked by envelope_id);
 * - serves each request's response_url and the Web API (`auth.test`, `chat.postMessage`,
 *   `chat.postEphemeral`, `apps.connections.open`) at `apiUrl`;
 * - enforces Slack's rules — the 3-second ack, 5 uses of a response_url, `delete_original` alone,
 *   ≤ 50 blocks, section text 1–3000, ≤ 10 fields of ≤ 2000, header ≤ 150, context ≤ 10
 *   elements, a plain-text fallback — and records every breach in `violations`, so a test that
 *   checks `violations` fails on a regression;
 * - keeps what each user would see (messages replaced, deleted, ephemeral or in channel).
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { SLACK_LIMITS } from '../../adapters/slack/limits.js';
import { configSchema } from '../../src/config.js';
import { createCore, type Core } from '../../src/app.js';
import { startSlack, type SlackOptions, type SlackRunning } from '../../adapters/slack/index.js';

export interface StandInOptions {
  signingSecret: string;
  botToken: string;
  appToken?: string;
  team?: string;
}

/** A message as a user would see it. */
export interface ShownMessage {
  id: number;
  channel: string;
  /** 'channel' for everyone, else the one user id who sees it (ephemeral) */
  visibleTo: string;
  text: string;
  blocks: Block[];
  deleted: boolean;
  /** how it was posted */
  via: 'response_url' | 'chat.postMessage' | 'chat.postEphemeral';
  /** the response_url it came through, if any */
  responseUrl?: string;
  /** how many times it was replaced */
  edits: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Block = Record<string, any>;

interface ResponseUrlState {
  id: string;
  channel: string;
  user: string;
  uses: number;
  /** the message this URL replaces or deletes: the first one it posted, or the message an interaction came from */
  original?: number;
}

export interface AckResult {
  status: number;
  ackMs: number;
  body: string;
}

export interface CommandExchange extends AckResult {
  responseUrl: string;
  /** messages posted through this command's response_url, in order, as shown now */
  shown(): ShownMessage[];
  /** waits until something other than "working on it" arrived and then nothing more for a moment */
  settled(quietMs?: number, timeoutMs?: number): Promise<ShownMessage[]>;
}

export interface CommandInput {
  command: string;
  text?: string;
  channel?: string;
  user?: string;
  userName?: string;
  team?: string;
}

export class SlackStandIn {
  readonly violations: string[] = [];
  readonly shownMessages: ShownMessage[] = [];
  readonly apiCalls: { method: string; args: Record<string, unknown> }[] = [];
  /** channels that answer channel_not_found (a removed bot, a deleted channel) */
  readonly goneChannels = new Set<string>();
  /** where the app listens: http://127.0.0.1:PORT/slack/events */
  appUrl = '';

  private server?: Server;
  private wss?: WebSocketServer;
  private socket?: WebSocket;
  private readonly urls = new Map<string, ResponseUrlState>();
  private readonly pendingAcks = new Map<string, (payload: unknown) => void>();
  private readonly socketWaiters: ((ws: WebSocket) => void)[] = [];
  private lastActivity = Date.now();
  private nextId = 1;

  constructor(readonly opts: StandInOptions) {}

  get base(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  get team(): string {
    return this.opts.team ?? 'T0NEWS';
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (req.url !== '/socket') return socket.destroy();
      this.wss!.handleUpgrade(req, socket, head, (ws) => {
        this.socket = ws;
        ws.on('message', (data) => this.onSocketMessage(String(data)));
        ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0NUTGRAF' }, debug_info: { host: 'standin' } }));
        for (const w of this.socketWaiters.splice(0)) w(ws);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.terminate();
    this.wss?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Resolves once an app has connected over Socket Mode. */
  socketConnected(timeoutMs = 5000): Promise<WebSocket> {
    if (this.socket) return Promise.resolve(this.socket);
    return withTimeout(new Promise<WebSocket>((resolve) => this.socketWaiters.push(resolve)), timeoutMs, 'no Socket Mode connection');
  }

  // ---- what Slack sends ---------------------------------------------------------------------

  sign(body: string, timestamp = Math.floor(Date.now() / 1000), secret = this.opts.signingSecret): Record<string, string> {
    const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
  }

  /** A slash command over HTTP, signed as Slack signs it. */
  async slashCommand(input: CommandInput): Promise<CommandExchange> {
    const { form, responseUrl } = this.commandPayload(input);
    const body = new URLSearchParams(form).toString();
    const ack = await this.post(body, { 'content-type': 'application/x-www-form-urlencoded', ...this.sign(body) });
    return this.exchange(ack, responseUrl);
  }

  /** A signed slash command kept as bytes, to be sent (and sent again: a replay) with `post`. */
  signedCommand(input: CommandInput): { body: string; headers: Record<string, string>; responseUrl: string } {
    const { form, responseUrl } = this.commandPayload(input);
    const body = new URLSearchParams(form).toString();
    return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...this.sign(body) }, responseUrl };
  }

  /** The same slash command over Socket Mode. */
  async socketSlashCommand(input: CommandInput): Promise<CommandExchange> {
    const { form, responseUrl } = this.commandPayload(input);
    const ack = await this.sendEnvelope('slash_commands', form, true);
    return this.exchange(ack, responseUrl);
  }

  /** An Events API callback (message, link_shared, …) over HTTP. */
  async sendEvent(event: Record<string, unknown>, team = this.team): Promise<AckResult> {
    const body = JSON.stringify(this.eventCallback(event, team));
    return this.post(body, { 'content-type': 'application/json', ...this.sign(body) });
  }

  async socketEvent(event: Record<string, unknown>, team = this.team): Promise<AckResult> {
    return this.sendEnvelope('events_api', this.eventCallback(event, team), false);
  }

  /**
   * A block action (button click) on a message shown earlier, or a message shortcut; gets its
   * own response_url, whose original is `fromMessage` when given.
   */
  async interaction(payload: Record<string, unknown>, opts: { fromMessage?: ShownMessage; channel?: string; user?: string } = {}): Promise<CommandExchange> {
    const channel = opts.channel ?? opts.fromMessage?.channel ?? 'C0NEWS';
    const user = opts.user ?? 'U0ANA';
    const responseUrl = this.newResponseUrl(channel, user, opts.fromMessage?.id);
    const full = {
      token: 'legacy',
      team: { id: this.team, domain: 'newsroom' },
      user: { id: user, name: 'ana', username: 'ana', team_id: this.team },
      channel: { id: channel, name: 'news' },
      api_app_id: 'A0NUTGRAF',
      response_url: responseUrl,
      trigger_id: randomUUID(),
      ...payload,
    };
    const body = new URLSearchParams({ payload: JSON.stringify(full) }).toString();
    const ack = await this.post(body, { 'content-type': 'application/x-www-form-urlencoded', ...this.sign(body) });
    return this.exchange(ack, responseUrl);
  }

  /** Any request to the app's endpoint (forged signatures, stale timestamps). */
  async post(body: string, headers: Record<string, string>): Promise<AckResult> {
    const started = performance.now();
    const result = await new Promise<AckResult>((resolve, reject) => {
      const req = request(this.appUrl, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) }, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ackMs: performance.now() - started, body: Buffer.concat(chunks).toString() }));
      });
      req.on('error', reject);
      req.end(body);
    });
    if (result.status === 200 && result.ackMs > SLACK_LIMITS.ackDeadlineMs) {
      this.violations.push(`ack took ${Math.round(result.ackMs)} ms (> ${SLACK_LIMITS.ackDeadlineMs} ms): the user sees operation_timeout`);
    }
    return result;
  }

  // ---- what a user sees -----------------------------------------------------------------------

  /** Messages in a channel visible to `user` (in channel, or ephemeral to them), not deleted. */
  visible(channel: string, user: string): ShownMessage[] {
    return this.shownMessages.filter((m) => m.channel === channel && !m.deleted && (m.visibleTo === 'channel' || m.visibleTo === user));
  }

  responseUrlUses(url: string): number {
    return this.urls.get(url.split('/').pop()!)?.uses ?? 0;
  }

  /** Waits until `predicate` holds (checked as messages arrive), or fails after `timeoutMs`. */
  async waitFor(predicate: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > until) throw new Error(`stand-in: timed out waiting for ${what}`);
      await sleep(10);
    }
  }

  /** Waits until no message or API call has arrived for `quietMs`. */
  async quiet(quietMs = 150, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() - this.lastActivity < quietMs) {
      if (Date.now() > until) throw new Error('stand-in: never went quiet');
      await sleep(20);
    }
  }

  // ---- internals ------------------------------------------------------------------------------

  private commandPayload(input: CommandInput): { form: Record<string, string>; responseUrl: string } {
    const channel = input.channel ?? 'C0NEWS';
    const user = input.user ?? 'U0ANA';
    const responseUrl = this.newResponseUrl(channel, user);
    const form = {
      token: 'legacy-verification-token',
      team_id: input.team ?? this.team,
      team_domain: 'newsroom',
      channel_id: channel,
      channel_name: 'news',
      user_id: user,
      user_name: input.userName ?? 'ana',
      command: input.command,
      text: input.text ?? '',
      api_app_id: 'A0NUTGRAF',
      is_enterprise_install: 'false',
      response_url: responseUrl,
      trigger_id: randomUUID(),
    };
    return { form, responseUrl };
  }

  private newResponseUrl(channel: string, user: string, original?: number): string {
    const id = randomUUID();
    this.urls.set(id, { id, channel, user, uses: 0, ...(original !== undefined ? { original } : {}) });
    return `${this.base}/response/${id}`;
  }

  private exchange(ack: AckResult, responseUrl: string): CommandExchange {
    const shown = () => this.shownMessages.filter((m) => m.responseUrl === responseUrl);
    return {
      ...ack,
      responseUrl,
      shown,
      settled: async (quietMs = 150, timeoutMs = 15_000) => {
        await this.waitFor(() => shown().some((m) => !m.text.includes('Working on it')), timeoutMs, `an answer at ${responseUrl}`);
        await this.quiet(quietMs, timeoutMs);
        return shown();
      },
    };
  }

  private eventCallback(event: Record<string, unknown>, team: string): Record<string, unknown> {
    return {
      token: 'legacy',
      team_id: team,
      api_app_id: 'A0NUTGRAF',
      event: { event_ts: `${Date.now() / 1000}`, ...event },
      type: 'event_callback',
      event_id: `Ev${randomUUID().slice(0, 8)}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: team, user_id: 'U0BOT', is_bot: true }],
    };
  }

  private async sendEnvelope(type: string, payload: unknown, acceptsResponse: boolean): Promise<AckResult> {
    const ws = await this.socketConnected();
    const envelope_id = randomUUID();
    const started = performance.now();
    const acked = new Promise<unknown>((resolve) => this.pendingAcks.set(envelope_id, resolve));
    ws.send(JSON.stringify({ envelope_id, type, accepts_response_payload: acceptsResponse, payload }));
    const body = await withTimeout(acked, SLACK_LIMITS.ackDeadlineMs + 2000, `no ack for envelope ${envelope_id}`).catch((e: Error) => {
      this.violations.push(e.message);
      return undefined;
    });
    const ackMs = performance.now() - started;
    if (ackMs > SLACK_LIMITS.ackDeadlineMs) this.violations.push(`socket ack took ${Math.round(ackMs)} ms`);
    return { status: body === undefined ? 0 : 200, ackMs, body: JSON.stringify(body ?? null) };
  }

  private onSocketMessage(raw: string): void {
    const msg = JSON.parse(raw) as { envelope_id?: string; payload?: unknown };
    if (!msg.envelope_id) return;
    const resolve = this.pendingAcks.get(msg.envelope_id);
    if (!resolve) {
      this.violations.push(`ack for unknown envelope ${msg.envelope_id}`);
      return;
    }
    this.pendingAcks.delete(msg.envelope_id);
    resolve(msg.payload ?? {});
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.lastActivity = Date.now();
    const raw = await readBody(req);
    const url = req.url ?? '/';
    try {
      if (url.startsWith('/response/')) return this.onResponseUrl(url.slice('/response/'.length), req, raw, res);
      if (url.startsWith('/api/')) return this.onApi(url.slice('/api/'.length).split('?')[0]!, req, raw, res);
      res.writeHead(404).end();
    } finally {
      this.lastActivity = Date.now();
    }
  }

  private onResponseUrl(id: string, req: IncomingMessage, raw: string, res: ServerResponse): void {
    const state = this.urls.get(id);
    if (!state) return void res.writeHead(404).end('invalid_url');
    state.uses++;
    if (state.uses > SLACK_LIMITS.responseUrlUses) {
      this.violations.push(`response_url used ${state.uses} times (Slack allows ${SLACK_LIMITS.responseUrlUses})`);
      return void res.writeHead(404).end('used_url');
    }
    if (!String(req.headers['content-type']).includes('application/json')) this.violations.push('response_url body is not JSON');
    const body = JSON.parse(raw) as Record<string, unknown>;
    if (body.delete_original) {
      if (Object.keys(body).length !== 1) this.violations.push(`delete_original must be sent alone (got ${Object.keys(body).join(', ')})`);
      const original = this.shownMessages.find((m) => m.id === state.original);
      if (!original) this.violations.push('delete_original with no original message');
      else original.deleted = true;
      return void res.writeHead(200).end('ok');
    }
    const problems = checkMessage(body);
    if (problems.length) {
      this.violations.push(...problems.map((p) => `response_url: ${p}`));
      return void res.writeHead(400).end('invalid_blocks');
    }
    const inChannel = body.response_type === 'in_channel';
    if (body.replace_original === true) {
      const original = this.shownMessages.find((m) => m.id === state.original);
      if (!original || original.deleted) {
        this.violations.push('replace_original with no original message');
      } else {
        if (inChannel !== (original.visibleTo === 'channel')) this.violations.push('replace_original cannot change a message between ephemeral and in_channel');
        original.text = String(body.text ?? '');
        original.blocks = (body.blocks as Block[] | undefined) ?? [];
        original.edits++;
        return void res.writeHead(200).end('ok');
      }
    }
    const shown = this.show({
      channel: state.channel,
      visibleTo: inChannel ? 'channel' : state.user,
      text: String(body.text ?? ''),
      blocks: (body.blocks as Block[] | undefined) ?? [],
      via: 'response_url',
      responseUrl: `${this.base}/response/${id}`,
    });
    state.original ??= shown.id;
    res.writeHead(200).end('ok');
  }

  private onApi(method: string, req: IncomingMessage, raw: string, res: ServerResponse): void {
    const args = parseArgs(raw, String(req.headers['content-type'] ?? ''));
    this.apiCalls.push({ method, args });
    const auth = String(req.headers.authorization ?? '');
    const json = (status: number, body: unknown) => void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (method === 'apps.connections.open') {
      if (!this.opts.appToken || auth !== `Bearer ${this.opts.appToken}`) return json(200, { ok: false, error: 'invalid_auth' });
      return json(200, { ok: true, url: `${this.base.replace('http', 'ws')}/socket` });
    }
    if (auth !== `Bearer ${this.opts.botToken}`) return json(200, { ok: false, error: 'not_authed' });
    switch (method) {
      case 'auth.test':
        return json(200, { ok: true, url: 'https://newsroom.slack.com/', team: 'Newsroom', user: 'nutgraf', team_id: this.team, user_id: 'U0BOT', bot_id: 'B0BOT' });
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        const channel = String(args.channel ?? '');
        if (this.goneChannels.has(channel)) return json(200, { ok: false, error: 'channel_not_found' });
        const blocks = typeof args.blocks === 'string' ? (JSON.parse(args.blocks) as Block[]) : ((args.blocks as Block[] | undefined) ?? []);
        const problems = checkMessage({ ...args, blocks });
        if (problems.length) {
          this.violations.push(...problems.map((p) => `${method}: ${p}`));
          return json(200, { ok: false, error: 'invalid_blocks' });
        }
        const ephemeral = method === 'chat.postEphemeral';
        if (ephemeral && !args.user) return json(200, { ok: false, error: 'user_not_in_channel' });
        const shown = this.show({ channel, visibleTo: ephemeral ? String(args.user) : 'channel', text: String(args.text ?? ''), blocks, via: method });
        return json(200, { ok: true, channel, ts: `${Date.now() / 1000}`, message_ts: `${shown.id}` });
      }
      default:
        return json(200, { ok: false, error: 'unknown_method' });
    }
  }

  private show(m: Omit<ShownMessage, 'id' | 'deleted' | 'edits'>): ShownMessage {
    const shown: ShownMessage = { ...m, id: this.nextId++, deleted: false, edits: 0 };
    this.shownMessages.push(shown);
    return shown;
  }
}

/** Slack's rules for one message; each breach as a sentence. */
export function checkMessage(body: Record<string, unknown>): string[] {
  const L = SLACK_LIMITS;
  const problems: string[] = [];
  const text = body.text;
  const blocks = (body.blocks as Block[] | undefined) ?? [];
  if (typeof text !== 'string' || text.trim() === '') problems.push('no plain-text fallback (`text`)');
  else if (text.length > L.messageText) problems.push(`text of ${text.length} characters (> ${L.messageText})`);
  if (blocks.length > L.blocksPerMessage) problems.push(`${blocks.length} blocks (> ${L.blocksPerMessage})`);
  for (const [i, b] of blocks.entries()) {
    const where = `block ${i} (${String(b.type)})`;
    switch (b.type) {
      case 'section': {
        if (!b.text && !b.fields) problems.push(`${where} has neither text nor fields`);
        if (b.text) {
          const n = String(b.text.text ?? '').length;
          if (n < 1 || n > L.sectionText) problems.push(`${where} text of ${n} characters (1–${L.sectionText})`);
        }
        if (b.fields) {
          if (b.fields.length > L.sectionFields) problems.push(`${where} has ${b.fields.length} fields (> ${L.sectionFields})`);
          for (const f of b.fields as Block[]) if (String(f.text).length > L.fieldText) problems.push(`${where} field of ${String(f.text).length} characters (> ${L.fieldText})`);
        }
        break;
      }
      case 'header': {
        const n = String(b.text?.text ?? '').length;
        if (b.text?.type !== 'plain_text') problems.push(`${where} text must be plain_text`);
        if (n < 1 || n > L.headerText) problems.push(`${where} text of ${n} characters (1–${L.headerText})`);
        break;
      }
      case 'context': {
        const elements = (b.elements as Block[] | undefined) ?? [];
        if (elements.length < 1 || elements.length > L.contextElements) problems.push(`${where} has ${elements.length} elements (1–${L.contextElements})`);
        for (const e of elements) if (String(e.text ?? '').length > L.contextText) problems.push(`${where} element too long`);
        break;
      }
      case 'actions': {
        const elements = (b.elements as Block[] | undefined) ?? [];
        if (elements.length < 1 || elements.length > L.actionsElements) problems.push(`${where} has ${elements.length} elements`);
        for (const e of elements) {
          if (String(e.text?.text ?? '').length > L.buttonText) problems.push(`${where} button label too long`);
          if (String(e.value ?? '').length > L.buttonValue) problems.push(`${where} button value too long`);
          if (String(e.action_id ?? '').length > L.actionId) problems.push(`${where} action_id too long`);
        }
        break;
      }
      case 'divider':
        break;
      default:
        problems.push(`${where}: a block type this app should not send`);
    }
  }
  return problems;
}

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(raw));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]);
}

// ---- a whole test bed: stand-in + article website + core + the real Slack adapter -------------


export interface Website {
  url(path: string): string;
  /** requests per path */
  hits: Map<string, number>;
  hostPort: string;
  close(): Promise<void>;
}

/** A local website serving the given pages (path → HTML), counting requests; 500 for /broken. */
export async function serveWebsite(pages: Record<string, string>): Promise<Website> {
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const page = pages[path];
    if (page === undefined) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    hostPort: `127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An article as a publisher's page would carry it: title, then one <p> per paragraph. */
export function articlePage(title: string, text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = text
    .split(/\n\s*\n|\n(?=\S)/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><header><nav>Home · World · Politics</nav></header><article><h1>${esc(title)}</h1>${paragraphs}</article><footer>© Example News</footer></body></html>`;
}

export interface Testbed {
  standin: SlackStandIn;
  core: Core;
  slack: SlackRunning;
  site: Website;
  stop(): Promise<void>;
}

export interface TestbedOptions {
  pages?: Record<string, string>;
  socketMode?: boolean;
  env?: Record<string, string>;
  slack?: SlackOptions;
  /** swap parts of the core (a failing command, a different registry) */
  adjustCore?: (core: Core) => Core;
}

export const TEST_SECRET = 'test-signing-secret';
export const TEST_BOT_TOKEN = 'xoxb-test-token';
export const TEST_APP_TOKEN = 'xapp-test-token';

export async function startSlackTestbed(opts: TestbedOptions = {}): Promise<Testbed> {
  const standin = new SlackStandIn({ signingSecret: TEST_SECRET, botToken: TEST_BOT_TOKEN, appToken: TEST_APP_TOKEN });
  await standin.start();
  const site = await serveWebsite(opts.pages ?? {});
  const config = configSchema.parse({
    SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
    SLACK_SIGNING_SECRET: TEST_SECRET,
    ...(opts.socketMode ? { SLACK_APP_TOKEN: TEST_APP_TOKEN } : {}),
    SLACK_API_URL: standin.apiUrl,
    PORT: '0',
    FETCH_ALLOW_HOSTS: site.hostPort,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    RATE_LIMIT_PER_MINUTE: '1000',
    ...opts.env,
  });
  const base = await createCore(config, { memory: true });
  const core = opts.adjustCore ? opts.adjustCore(base) : base;
  const slack = await startSlack(core, { host: '127.0.0.1', apiRetries: 0, ...opts.slack });
  if (slack.port !== undefined) standin.appUrl = `http://127.0.0.1:${slack.port}/slack/events`;
  return {
    standin,
    core,
    slack,
    site,
    async stop() {
      await slack.stop();
      await standin.stop();
      await site.close();
      await core.close();
    },
  };
}
