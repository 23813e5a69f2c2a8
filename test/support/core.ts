/** A core for tests: in-memory store, silent log, config from explicit values only. */
import { pino } from 'pino';
import { createCore, type Core } from '../../src/app.js';
import { configSchema } from '../../src/config.js';
import type { ChannelRef } from '../../src/core/context.js';

export async function testCore(env: Record<string, string> = {}, opts: { memory?: boolean } = {}): Promise<Core> {
  const config = configSchema.parse({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000', ...env });
  return createCore(config, { memory: opts.memory ?? true, log: pino({ level: 'silent' }) });
}

export const TEST_CHANNEL: ChannelRef = { platform: 'test', id: 'C1' };
export const TEST_USER = { id: 'U1', name: 'tester' };
