/**
 * `npm start`: runs the bot. Slack when its variables are set, Discord when its variables are
 * set (both at once is fine), otherwise — or with `--adapter shell` — the terminal adapter.
 */
import { parseArgs } from 'node:util';
import { ConfigError, chooseAdapters, loadConfig, loadDotEnv, type AdapterName } from './config.js';
import { createCore, type Core } from './app.js';
import { createLogger } from './log.js';

export interface Running {
  stop(): Promise<void>;
}

async function startAdapter(name: AdapterName, core: Core): Promise<Running | 'foreground'> {
  switch (name) {
    case 'slack':
      return (await import('../adapters/slack/index.js')).startSlack(core);
    case 'discord':
      return (await import('../adapters/discord/index.js')).startDiscord(core);
    case 'shell':
      return 'foreground';
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { adapter: { type: 'string' }, channel: { type: 'string' } }, allowPositionals: false });
  loadDotEnv();
  const config = loadConfig();
  const adapters = chooseAdapters(config, values.adapter);
  // in the terminal, info logs would interleave with answers: warnings only, unless asked for
  const quietShell = adapters.includes('shell') && !process.env.LOG_LEVEL;
  const core = await createCore(config, quietShell ? { log: createLogger('warn') } : {});
  const { warmAnalyses } = await import('./analysis/warm.js');
  core.log.debug({ ms: Math.round(warmAnalyses()) }, 'analyses warmed up');
  const { startDigests } = await import('./schedule/start.js');
  const digests = await startDigests(core);
  const running: Running[] = [digests];
  let shell = false;
  for (const name of adapters) {
    const r = await startAdapter(name, core);
    if (r === 'foreground') shell = true;
    else running.push(r);
  }
  const stop = async () => {
    for (const r of running.reverse()) await r.stop().catch((err: unknown) => core.log.warn({ err }, 'stopping failed'));
    await core.close();
  };
  if (shell) {
    const { runShell } = await import('../adapters/shell/index.js');
    await runShell(core, values.channel ? { channel: values.channel } : {});
    await stop();
    return;
  }
  core.log.info({ adapters }, 'nutgraf running');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      core.log.info({ signal }, 'shutting down');
      void stop().then(() => process.exit(0));
    });
  }
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) {
    process.stderr.write(`nutgraf: ${e.message}\nSee .env.example for every variable.\n`);
    process.exit(2);
  }
  process.stderr.write(`nutgraf: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
