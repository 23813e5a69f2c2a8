/**
 * A local stand-in for Discord on 127.0.0.1, speaking the real wire format so discord.js can be
 * pointed at it with `rest: { api: standin.apiUrl }`:
 *
 * - REST v10: GET /gateway/bot, command bulk overwrite (global and guild), interaction
 *   callbacks, webhook edits of @original, follow-ups, channel messages;
 * - a gateway WebSocket (JSON, no compression): HELLO, IDENTIFY → READY + GUILD_CREATE,
 *   heartbeats and ACKs, RESUME → RESUMED (replaying what was missed), INTERACTION_CREATE and
 *   MESSAGE_CREATE dispatches.
 *
 * It enforces the platform's rules and answers breaches with Discord's own errors: the first
 * callback within 3 s (10062 after), one callback per interaction (40060), message and embed
 * limits (50035), empty messages (50006), a bot token on every call but callbacks (401), and
 * valid command definitions (50035). Every breach is also kept in `violations` so a test can
 * assert there were none.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment);
}

// Discord's rules as the stand-in enforces them. Deliberately not imported from
// adapters/discord/limits.ts: a wrong limit there must fail against these, not be copied into them.
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  firstCallbackMs: 3000,
  autocompleteChoices: 25,
} as const;

export interface StandInOptions {
  token?: string;
  applicationId?: string;
  heartbeatIntervalMs?: number;
}

export interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
  author?: { name: string };
  [k: string]: unknown;
}

export interface SentMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: Embed[];
  flags: number;
  [k: string]: unknown;
}

export interface CallbackRecord {
  type: number;
  data?: Record<string, unknown>;
  at: number;
}

/** One interaction as the stand-in saw it: what was sent back, in order. */
export class InteractionRecord {
  readonly callbacks: CallbackRecord[] = [];
  /** the original response as last set (by a type 4 callback or an edit after a defer) */
  original?: SentMessage;
  readonly edits: SentMessage[] = [];
  readonly followUps: SentMessage[] = [];
  lastActivity = Date.now();
  private readonly waiters: (() => void)[] = [];

  constructor(
    readonly id: string,
    readonly token: string,
    readonly type: number,
    readonly payload: Record<string, unknown>,
    readonly createdAt: number,
  ) {}

  get acknowledged(): boolean {
    return this.callbacks.length > 0;
  }
  get deferred(): boolean {
    return this.callbacks[0]?.type === 5;
  }
  get ephemeral(): boolean {
    const data = this.callbacks[0]?.data as { flags?: number } | undefined;
    return Boolean((data?.flags ?? 0) & 64);
  }
  /** the choices of an autocomplete answer */
  get choices(): { name: string; value: string | number }[] | undefined {
    const cb = this.callbacks.find((c) => c.type === 8);
    return (cb?.data as { choices?: { name: string; value: string | number }[] } | undefined)?.choices;
  }
  /** every message shown for this interaction: the original, then the follow-ups */
  get messages(): SentMessage[] {
    return [...(this.original ? [this.original] : []), ...this.followUps];
  }

  touch(): void {
    this.lastActivity = Date.now();
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves once the answer is final (a reply, an edit after a defer, or choices) and nothing more has arrived for `quietMs`. */
  async settled(opts: { quietMs?: number; timeoutMs?: number } = {}): Promise<this> {
    const quietMs = opts.quietMs ?? 300;
    const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
    for (;;) {
      const final = this.callbacks.some((c) => c.type === 4 || c.type === 8) || (this.deferred && this.edits.length > 0);
      if (final && Date.now() - this.lastActivity >= quietMs) return this;
      if (Date.now() > deadline) throw new Error(`interaction ${this.id} not settled: ${JSON.stringify(this.callbacks.map((c) => c.type))}, ${this.edits.length} edits`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
}

interface Session {
  id: string;
  seq: number;
  socket?: WebSocket;
  /** dispatches sent while no socket was open, replayed on RESUME */
  missed: { t: string; d: unknown; s: number }[];
}

type Handler = (req: IncomingMessage, body: unknown, m: RegExpMatchArray) => { status: number; body?: unknown } | Promise<{ status: number; body?: unknown }>;

export class DiscordStandIn {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly botUser = { id: '', username: 'nutgraf', discriminator: '0', global_name: 'Nutgraf', avatar: null, bot: true };
  readonly user = { id: snowflake(), username: 'reporter', discriminator: '0', global_name: 'A Reporter', avatar: null };

  /** registered commands: 'global' or a guild id → the last bulk overwrite */
  readonly commands = new Map<string, Record<string, unknown>[]>();
  readonly interactions = new Map<string, InteractionRecord>();
  /** messages posted with POST /channels/{id}/messages */
  readonly channelMessages: SentMessage[] = [];
  /** channels that answer 404 Unknown Channel */
  readonly goneChannels = new Set<string>();
  readonly requests: { method: string; path: string; status: number }[] = [];
  readonly violations: string[] = [];
  readonly gateway = { identifies: 0, resumes: 0, heartbeats: 0, connections: 0, intents: [] as number[] };

  private server!: Server;
  private wss!: WebSocketServer;
  private port = 0;
  private session?: Session;
  private readonly heartbeatIntervalMs: number;
  private readonly readyWaiters: (() => void)[] = [];

  private constructor(opts: StandInOptions) {
    this.token = opts.token ?? `standin.${randomBytes(12).toString('hex')}`;
    this.applicationId = opts.applicationId ?? snowflake();
    this.botUser.id = this.applicationId;
    this.heartbeatIntervalMs = opts.heartbeatIntervalMs ?? 41_250;
  }

  static async start(opts: StandInOptions = {}): Promise<DiscordStandIn> {
    const s = new DiscordStandIn(opts);
    await s.listen();
    return s;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  private async listen(): Promise<void> {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      if (/[?&]compress=/.test(req.url)) this.violations.push('gateway: compression requested (zlib-sync must stay out)');
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- gateway ------------------------------------------------------------------------------

  private onSocket(ws: WebSocket): void {
    this.gateway.connections++;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null }));
    ws.on('message', (raw) => {
      let msg: { op: number; d: any };
      try {
        msg = JSON.parse(String(raw));
      } catch {
        return ws.close(4002, 'Error while decoding payload.');
      }
      switch (msg.op) {
        case 1:
          this.gateway.heartbeats++;
          ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
          break;
        case 2:
          if (msg.d?.token !== this.token) return ws.close(4004, 'Authentication failed.');
          this.gateway.identifies++;
          this.gateway.intents.push(Number(msg.d.intents));
          this.session = { id: randomBytes(16).toString('hex'), seq: 0, socket: ws, missed: [] };
          this.dispatch('READY', {
            v: 10,
            user: this.botUser,
            guilds: [{ id: this.guildId, unavailable: true }],
            session_id: this.session.id,
            resume_gateway_url: this.gatewayUrl,
            shard: [0, 1],
            application: { id: this.applicationId, flags: 0 },
          });
          this.dispatch('GUILD_CREATE', this.guildPayload());
          for (const w of this.readyWaiters.splice(0)) w();
          break;
        case 6: {
          const s = this.session;
          if (!s || msg.d?.session_id !== s.id || msg.d?.token !== this.token) {
            ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
            break;
          }
          this.gateway.resumes++;
          s.socket = ws;
          for (const m of s.missed.splice(0)) ws.send(JSON.stringify({ op: 0, ...m }));
          this.dispatch('RESUMED', {});
          for (const w of this.readyWaiters.splice(0)) w();
          break;
        }
        default:
          break;
      }
    });
    ws.on('close', () => {
      if (this.session?.socket === ws) delete this.session.socket;
    });
  }

  private dispatch(t: string, d: unknown): void {
    const s = this.session;
    if (!s) throw new Error('no gateway session: is the bot logged in?');
    const frame = { t, d, s: ++s.seq };
    if (s.socket && s.socket.readyState === s.socket.OPEN) s.socket.send(JSON.stringify({ op: 0, ...frame }));
    else s.missed.push(frame);
  }

  /** Resolves when a session is identified or resumed on an open socket. */
  async connected(timeoutMs = 10_000): Promise<void> {
    if (this.session?.socket?.readyState === 1) return;
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('gateway: no session')), timeoutMs);
      this.readyWaiters.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  /** Drops the gateway connection the way Discord does (4000: unknown error, resumable; 1000: reconnect). */
  closeGateway(code = 4000): void {
    const ws = this.session?.socket;
    if (!ws) throw new Error('no open gateway socket');
    delete this.session!.socket;
    ws.close(code, 'stand-in closed the connection');
  }

  private guildPayload(): Record<string, unknown> {
    return {
      id: this.guildId,
      name: 'Newsroom',
      icon: null,
      owner_id: this.user.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [{ id: this.guildId, name: '@everyone', permissions: '2248473465835073', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      premium_tier: 0,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      channels: [this.channelPayload()],
      threads: [],
      members: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
    };
  }

  private channelPayload(): Record<string, unknown> {
    return { id: this.channelId, type: 0, guild_id: this.guildId, name: 'newsroom', position: 0, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0 };
  }

  private memberPayload(): Record<string, unknown> {
    return { user: this.user, roles: [], permissions: '2248473465835073', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false };
  }

  /** A message as Discord would show it in the channel (for context menus and MESSAGE_CREATE). */
  userMessage(content: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { ...this.messageShape({ id: snowflake(), type: 0, author: this.user, content, embeds: [], flags: 0 }), ...extra };
  }

  /** The fields every message object carries, around the ones that differ. */
  private messageShape(own: { id: string; type: number; author: unknown; content: string; embeds: Embed[]; flags: number }): SentMessage {
    return {
      id: own.id,
      type: own.type,
      channel_id: this.channelId,
      author: own.author,
      content: own.content,
      embeds: own.embeds,
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: own.flags,
      components: [],
    };
  }

  private sendInteraction(type: number, data: Record<string, unknown>): InteractionRecord {
    const id = snowflake();
    const token = `aW50ZXJhY3Rpb24.${randomBytes(24).toString('base64url')}`;
    const payload = {
      id,
      application_id: this.applicationId,
      type,
      data,
      guild_id: this.guildId,
      channel_id: this.channelId,
      channel: this.channelPayload(),
      member: this.memberPayload(),
      token,
      version: 1,
      app_permissions: '2248473465835073',
      locale: 'en-GB',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
    };
    const record = new InteractionRecord(id, token, type, payload, Date.now());
    this.interactions.set(id, record);
    this.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  private commandId(name: string, type: number): string {
    const registered = [...this.commands.values()].flat().find((c) => c.name === name && (c.type ?? 1) === type);
    return (registered?.id as string | undefined) ?? snowflake();
  }

  /** A user runs a slash command. `options` is the wire form: [{ name, type, value }] or a subcommand. */
  slash(name: string, options: Record<string, unknown>[] = []): InteractionRecord {
    return this.sendInteraction(2, { id: this.commandId(name, 1), name, type: 1, options, guild_id: this.guildId });
  }

  /** A user is typing in an autocompleted option (`focused: true` on it). */
  autocomplete(name: string, options: Record<string, unknown>[]): InteractionRecord {
    return this.sendInteraction(4, { id: this.commandId(name, 1), name, type: 1, options, guild_id: this.guildId });
  }

  /** A user picks a message context-menu command (Apps → name) on a message. */
  messageCommand(name: string, message: Record<string, unknown>): InteractionRecord {
    const targetId = message.id as string;
    return this.sendInteraction(2, {
      id: this.commandId(name, 3),
      name,
      type: 3,
      target_id: targetId,
      resolved: { messages: { [targetId]: message } },
      guild_id: this.guildId,
    });
  }

  /** A message is posted in the channel (delivered only to a bot with the MessageContent intent in a real guild). */
  postUserMessage(content: string): Record<string, unknown> {
    const message = { ...this.userMessage(content), guild_id: this.guildId, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } };
    this.dispatch('MESSAGE_CREATE', message);
    return message;
  }

  // ---- REST ---------------------------------------------------------------------------------

  private readonly routes: [string, RegExp, boolean, Handler][] = [
    // [method, path, needs bot token, handler]
    ['GET', /^\/api\/v10\/gateway\/bot$/, true, () => ({ status: 200, body: { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } } })],
    ['PUT', /^\/api\/v10\/applications\/(\d+)\/commands$/, true, (_r, body, m) => this.overwrite(m[1]!, 'global', body)],
    ['PUT', /^\/api\/v10\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, true, (_r, body, m) => this.overwrite(m[1]!, m[2]!, body)],
    ['GET', /^\/api\/v10\/applications\/(\d+)\/commands$/, true, () => ({ status: 200, body: this.commands.get('global') ?? [] })],
    ['POST', /^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/, false, (_r, body, m) => this.callback(m[1]!, decodeURIComponent(m[2]!), body)],
    ['PATCH', /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)\/messages\/(%40original|@original)$/, false, (_r, body, m) => this.editOriginal(m[1]!, decodeURIComponent(m[2]!), body)],
    ['GET', /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)\/messages\/(%40original|@original)$/, false, (_r, _b, m) => this.getOriginal(m[1]!, decodeURIComponent(m[2]!))],
    ['POST', /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)$/, false, (_r, body, m) => this.followUp(m[1]!, decodeURIComponent(m[2]!), body)],
    ['POST', /^\/api\/v10\/channels\/(\d+)\/messages$/, true, (_r, body, m) => this.channelMessage(m[1]!, body)],
  ];

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let result: { status: number; body?: unknown };
    try {
      const body: unknown = raw ? JSON.parse(raw) : undefined;
      const route = this.routes.find(([method, re]) => method === req.method && re.test(url.pathname));
      if (!route) result = { status: 404, body: { message: '404: Not Found', code: 0 } };
      else if (route[2] && req.headers.authorization !== `Bot ${this.token}`) result = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
      else result = await route[3](req, body, url.pathname.match(route[1])!);
    } catch (e) {
      result = { status: 400, body: { message: `bad request: ${(e as Error).message}`, code: 50109 } };
    }
    this.requests.push({ method: req.method ?? '?', path: url.pathname, status: result.status });
    if (result.body === undefined) res.writeHead(result.status).end();
    else res.writeHead(result.status, { 'content-type': 'application/json' }).end(JSON.stringify(result.body));
  }

  private error(status: number, code: number, message: string, violation = true): { status: number; body: unknown } {
    if (violation) this.violations.push(`${code} ${message}`);
    return { status, body: { code, message } };
  }

  private overwrite(appId: string, scope: string, body: unknown): { status: number; body?: unknown } {
    if (appId !== this.applicationId) return this.error(403, 50001, 'Missing Access');
    if (!Array.isArray(body)) return this.error(400, 50035, 'Invalid Form Body: expected an array');
    const problems = body.flatMap((c, i) => validateCommand(c as Record<string, unknown>).map((p) => `${i}.${p}`));
    if (problems.length) return this.error(400, 50035, `Invalid Form Body: ${problems.join('; ')}`);
    const stored = (body as Record<string, unknown>[]).map((c) => ({ ...c, id: snowflake(), application_id: this.applicationId, version: snowflake(), type: c.type ?? 1, ...(scope === 'global' ? {} : { guild_id: scope }) }));
    this.commands.set(scope, stored);
    return { status: 200, body: stored };
  }

  private findInteraction(appId: string, token: string): InteractionRecord | undefined {
    if (appId !== this.applicationId) return undefined;
    return [...this.interactions.values()].find((i) => i.token === token);
  }

  private callback(id: string, token: string, body: unknown): { status: number; body?: unknown } {
    const record = this.interactions.get(id);
    if (!record || record.token !== token) return this.error(404, 10062, 'Unknown interaction');
    const now = Date.now();
    if (record.acknowledged) return this.error(400, 40060, 'Interaction has already been acknowledged.');
    if (now - record.createdAt > LIMITS.firstCallbackMs) return this.error(404, 10062, `Unknown interaction (first callback after ${now - record.createdAt} ms)`);
    const { type, data } = (body ?? {}) as { type?: number; data?: Record<string, unknown> };
    if (record.type === 4) {
      if (type !== 8) return this.error(400, 50035, 'Invalid Form Body: an autocomplete interaction takes callback type 8');
      const choices = (data?.choices ?? []) as { name?: string; value?: unknown }[];
      if (!Array.isArray(choices) || choices.length > LIMITS.autocompleteChoices) return this.error(400, 50035, 'Invalid Form Body: data.choices: Must be 25 or fewer in length.');
      for (const c of choices) {
        if (!c.name || c.name.length > 100 || String(c.value ?? '').length > 100 || String(c.value ?? '').length < 1) return this.error(400, 50035, 'Invalid Form Body: choice name/value must be 1-100 characters');
      }
    } else if (type === 5) {
      const extra = Object.keys(data ?? {}).filter((k) => k !== 'flags');
      if (extra.length || ((data?.flags as number | undefined) ?? 0) & ~64) return this.error(400, 50035, 'Invalid Form Body: a deferred response takes only the ephemeral flag');
    } else if (type === 4) {
      const problem = validateMessage(data ?? {});
      if (problem) return this.error(400, problem.code, problem.message);
    } else return this.error(400, 50035, `Invalid Form Body: callback type ${type} not valid here`);
    record.callbacks.push({ type: type!, ...(data ? { data } : {}), at: now });
    if (type === 4) record.original = this.message(data ?? {}, record);
    record.touch();
    return { status: 204 };
  }

  private editOriginal(appId: string, token: string, body: unknown): { status: number; body?: unknown } {
    const record = this.findInteraction(appId, token);
    if (!record || !record.acknowledged || record.type === 4) return this.error(404, 10015, 'Unknown Webhook');
    const merged = { content: record.original?.content ?? '', embeds: record.original?.embeds ?? [], ...(body as Record<string, unknown>) };
    const problem = validateMessage(merged);
    if (problem) return this.error(400, problem.code, problem.message);
    const message = this.message({ ...merged, flags: record.ephemeral ? 64 : 0 }, record, record.original?.id);
    record.original = message;
    record.edits.push(message);
    record.touch();
    return { status: 200, body: message };
  }

  private getOriginal(appId: string, token: string): { status: number; body?: unknown } {
    const record = this.findInteraction(appId, token);
    if (!record?.original) return this.error(404, 10008, 'Unknown Message', false);
    return { status: 200, body: record.original };
  }

  private followUp(appId: string, token: string, body: unknown): { status: number; body?: unknown } {
    const record = this.findInteraction(appId, token);
    if (!record || !record.acknowledged || record.type === 4) return this.error(404, 10015, 'Unknown Webhook');
    // Discord: while a deferred response is still "thinking", follow-ups are refused order-wise by us
    if (record.deferred && record.edits.length === 0) this.violations.push('follow-up sent before the deferred response was edited');
    const problem = validateMessage((body ?? {}) as Record<string, unknown>);
    if (problem) return this.error(400, problem.code, problem.message);
    const message = this.message(body as Record<string, unknown>, record);
    record.followUps.push(message);
    record.touch();
    return { status: 200, body: message };
  }

  private channelMessage(channelId: string, body: unknown): { status: number; body?: unknown } {
    if (this.goneChannels.has(channelId)) return this.error(404, 10003, 'Unknown Channel', false);
    if (channelId !== this.channelId) return this.error(403, 50001, 'Missing Access', false);
    const problem = validateMessage((body ?? {}) as Record<string, unknown>);
    if (problem) return this.error(400, problem.code, problem.message);
    const message = this.message(body as Record<string, unknown>);
    this.channelMessages.push(message);
    return { status: 200, body: message };
  }

  private message(data: Record<string, unknown>, record?: InteractionRecord, id?: string): SentMessage {
    return {
      ...this.messageShape({
        id: id ?? snowflake(),
        type: record ? 20 : 0,
        author: this.botUser,
        content: (data.content as string | undefined) ?? '',
        embeds: (data.embeds as Embed[] | undefined) ?? [],
        flags: (data.flags as number | undefined) ?? 0,
      }),
      guild_id: this.guildId,
      ...(record ? { webhook_id: this.applicationId, application_id: this.applicationId, interaction: { id: record.id, type: record.type, name: (record.payload.data as { name: string }).name, user: this.user } } : {}),
    };
  }
}

/** Discord's message rules (content, embed count and sizes); the first breach found. */
export function validateMessage(data: Record<string, unknown>): { code: number; message: string } | undefined {
  const content = (data.content as string | undefined) ?? '';
  const embeds = (data.embeds as Embed[] | undefined) ?? [];
  const bad = (message: string) => ({ code: 50035, message: `Invalid Form Body: ${message}` });
  if (content.length > LIMITS.content) return bad(`content: Must be ${LIMITS.content} or fewer in length (${content.length}).`);
  if (embeds.length > LIMITS.embeds) return bad(`embeds: Must be ${LIMITS.embeds} or fewer in length.`);
  let total = 0;
  for (const [i, e] of embeds.entries()) {
    if ((e.title?.length ?? 0) > LIMITS.title) return bad(`embeds.${i}.title: Must be ${LIMITS.title} or fewer in length.`);
    if ((e.description?.length ?? 0) > LIMITS.description) return bad(`embeds.${i}.description: Must be ${LIMITS.description} or fewer in length (${e.description?.length}).`);
    if ((e.fields?.length ?? 0) > LIMITS.fields) return bad(`embeds.${i}.fields: Must be ${LIMITS.fields} or fewer in length.`);
    for (const [j, f] of (e.fields ?? []).entries()) {
      if (!f.name || f.name.length > LIMITS.fieldName) return bad(`embeds.${i}.fields.${j}.name: Must be between 1 and ${LIMITS.fieldName} in length.`);
      if (!f.value || f.value.length > LIMITS.fieldValue) return bad(`embeds.${i}.fields.${j}.value: Must be between 1 and ${LIMITS.fieldValue} in length.`);
      total += f.name.length + f.value.length;
    }
    if ((e.footer?.text.length ?? 0) > LIMITS.footer) return bad(`embeds.${i}.footer.text: Must be ${LIMITS.footer} or fewer in length.`);
    if ((e.author?.name.length ?? 0) > LIMITS.authorName) return bad(`embeds.${i}.author.name: Must be ${LIMITS.authorName} or fewer in length.`);
    total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
  }
  if (total > LIMITS.embedTotal) return bad(`embeds: Embed size exceeds maximum size of ${LIMITS.embedTotal} (${total}).`);
  if (!content && embeds.length === 0 && !('components' in data && Array.isArray(data.components) && data.components.length)) {
    return { code: 50006, message: 'Cannot send an empty message' };
  }
  return undefined;
}

const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

/** Discord's application-command rules that a bulk overwrite is checked against. */
export function validateCommand(c: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const type = (c.type as number | undefined) ?? 1;
  const name = String(c.name ?? '');
  if (type === 1) {
    if (!NAME.test(name)) problems.push(`name: ${JSON.stringify(name)} does not match ${NAME}`);
    const d = String(c.description ?? '');
    if (d.length < 1 || d.length > 100) problems.push(`${name}.description: must be 1-100 characters`);
    problems.push(...validateOptions(name, (c.options as Record<string, unknown>[] | undefined) ?? [], 0));
  } else if (type === 3 || type === 2) {
    if (name.length < 1 || name.length > 32) problems.push(`name: ${JSON.stringify(name)} must be 1-32 characters`);
    if (c.description) problems.push(`${name}.description: context-menu commands take none`);
    if (c.options) problems.push(`${name}.options: context-menu commands take none`);
  } else problems.push(`${name}.type: ${type} unknown`);
  return problems;
}

function validateOptions(path: string, options: Record<string, unknown>[], depth: number): string[] {
  const problems: string[] = [];
  if (options.length > 25) problems.push(`${path}.options: Must be 25 or fewer in length.`);
  let seenOptional = false;
  const names = new Set<string>();
  for (const o of options) {
    const name = String(o.name ?? '');
    const p = `${path}.${name}`;
    if (!NAME.test(name)) problems.push(`${p}: name does not match ${NAME}`);
    if (names.has(name)) problems.push(`${p}: duplicate name`);
    names.add(name);
    const d = String(o.description ?? '');
    if (d.length < 1 || d.length > 100) problems.push(`${p}.description: must be 1-100 characters`);
    const t = o.type as number;
    if (t === 1 || t === 2) {
      if (depth > 0 && t === 2) problems.push(`${p}: subcommand groups nest only at the top`);
      problems.push(...validateOptions(p, (o.options as Record<string, unknown>[] | undefined) ?? [], depth + 1));
      continue;
    }
    if (![3, 4, 5, 6, 7, 8, 9, 10, 11].includes(t)) problems.push(`${p}.type: ${t} invalid`);
    if (o.required) {
      if (seenOptional) problems.push(`${p}: required options must be placed before non-required options`);
    } else seenOptional = true;
    const choices = o.choices as { name: string; value: unknown }[] | undefined;
    if (choices && choices.length > 25) problems.push(`${p}.choices: Must be 25 or fewer in length.`);
    if (choices && o.autocomplete) problems.push(`${p}: autocomplete cannot be set with choices`);
    if (o.autocomplete && ![3, 4, 10].includes(t)) problems.push(`${p}: autocomplete only on string, integer and number options`);
  }
  if (options.some((o) => o.type === 1 || o.type === 2) && options.some((o) => o.type !== 1 && o.type !== 2)) {
    problems.push(`${path}.options: subcommands cannot be mixed with other options`);
  }
  return problems;
}
