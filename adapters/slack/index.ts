/**
 * The Slack adapter's wiring: a Bolt App on the HTTP receiver (PORT, `/slack/events` for
 * commands, events and interactivity) or on Socket Mode when SLACK_APP_TOKEN is set, with the
 * slash commands, link collection, share button, message shortcut and digest poster.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, type Receiver } from '@slack/bolt';
import type { Core } from '../../src/app.js';
import { ConfigError } from '../../src/config.js';
import { Answerer, type AnswererOptions } from './answer.js';
import { dropReplays } from './replay.js';
import { registerSlashCommands } from './commands.js';
import { registerInteractivity } from './interactivity.js';
import { registerLinkCollection } from './events.js';
import { slackPoster } from './poster.js';
import { boltLogger } from './logger.js';
import type { ChatApi } from './delivery.js';
import { EVENTS_PATH } from './paths.js';

export { EVENTS_PATH } from './paths.js';

export interface SlackOptions extends AnswererOptions {
  /** interface the HTTP receiver listens on (all by default) */
  host?: string;
  /** Web API retries (Bolt's default when absent); tests use 0 */
  apiRetries?: number;
}

export interface SlackRunning {
  /** the HTTP port actually listened on (HTTP mode) */
  port?: number;
  mode: 'http' | 'socket';
  stop(): Promise<void>;
}

export async function startSlack(core: Core, opts: SlackOptions = {}): Promise<SlackRunning> {
  const { config } = core;
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new ConfigError(['SLACK_BOT_TOKEN: required for the Slack adapter']);
  const log = core.log.child({ adapter: 'slack' });
  const logger = boltLogger(log);
  const clientOptions = {
    ...(config.SLACK_API_URL ? { slackApiUrl: withTrailingSlash(config.SLACK_API_URL) } : {}),
    ...(opts.apiRetries !== undefined ? { retryConfig: { retries: opts.apiRetries } } : {}),
  };

  const socketMode = Boolean(config.SLACK_APP_TOKEN);
  let receiver: Receiver;
  if (config.SLACK_APP_TOKEN) {
    receiver = new SocketModeReceiver({ appToken: config.SLACK_APP_TOKEN, logger, installerOptions: { clientOptions } });
  } else {
    if (!config.SLACK_SIGNING_SECRET) throw new ConfigError(['SLACK_SIGNING_SECRET: required for Slack over HTTP (or set SLACK_APP_TOKEN for Socket Mode)']);
    receiver = new HTTPReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET,
      endpoints: EVENTS_PATH,
      logger,
      customRoutes: [{ path: '/healthz', method: 'GET', handler: (_req, res) => void res.writeHead(200).end('ok') }],
    });
  }
  const app = new App({ token, receiver, logger, clientOptions });
  app.error(async (err) => {
    log.error({ err }, 'slack request failed');
  });

  app.use(dropReplays(core.kv, log));
  const api = app.client as unknown as ChatApi;
  const answerer = new Answerer(core, api, opts);
  registerSlashCommands(app, core, answerer);
  registerInteractivity(app, core, answerer, api);
  registerLinkCollection(app, core);
  core.posters.register('slack', slackPoster(api));

  let port: number | undefined;
  if (socketMode) {
    await app.start();
  } else {
    const server = (await app.start({ port: config.PORT, ...(opts.host ? { host: opts.host } : {}) })) as Server;
    port = (server.address() as AddressInfo).port;
  }
  log.info({ mode: socketMode ? 'socket' : 'http', ...(port !== undefined ? { port, path: EVENTS_PATH } : {}) }, 'slack adapter listening');

  return {
    mode: socketMode ? 'socket' : 'http',
    ...(port !== undefined ? { port } : {}),
    async stop() {
      await app.stop();
      await answerer.drain();
    },
  };
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
