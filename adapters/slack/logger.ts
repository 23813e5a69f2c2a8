/** Bolt's logger interface over the core's pino logger, so Slack's logs join ours. */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  let name = 'bolt';
  const line = (parts: unknown[]) => parts.map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : JSON.stringify(p))).join(' ');
  return {
    debug: (...msg: unknown[]) => log.debug({ lib: name }, line(msg)),
    info: (...msg: unknown[]) => log.info({ lib: name }, line(msg)),
    warn: (...msg: unknown[]) => log.warn({ lib: name }, line(msg)),
    error: (...msg: unknown[]) => log.error({ lib: name }, line(msg)),
    setLevel: (l: LogLevel) => {
      level = l; // pino's own level governs; kept so getLevel answers consistently
    },
    getLevel: () => level,
    setName: (n: string) => {
      name = n;
    },
  };
}
