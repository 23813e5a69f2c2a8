/**
 * Configuration from the environment, validated once at start-up. A missing or malformed
 * variable is reported by name with what was expected, never as a stack trace.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.url({ protocol: /^(https?|wss?|redis|rediss)$/ }).optional());
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

export const configSchema = z.object({
  DATA_DIR: z.string().trim().min(1).default('./data'),
  REDIS_URL: optionalUrl.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  FETCH_ALLOW_HOSTS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    ),
  FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  FETCH_MAX_BYTES: z.coerce.number().int().min(1024).default(5 * 1024 * 1024),
  ARTICLE_TTL_DAYS: z.coerce.number().min(0.0001).max(3650).default(30),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalUrl.optional(),
  SLACK_COMMAND_PREFIX: z.string().trim().default(''),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_API_URL: optionalUrl.optional(),
  DISCORD_MESSAGE_CONTENT: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  DIGEST_CATCH_UP_HOURS: z.coerce.number().min(0).max(168).default(6),
  DIGEST_SILENT_WHEN_EMPTY: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
});

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration; throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return checkPairs(result.data);
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?');
    const given = env[name];
    const shown = given === undefined ? 'missing' : `got ${JSON.stringify(isSecret(name) ? '***' : given)}`;
    return `${name}: ${issue.message} (${shown})`;
  });
  throw new ConfigError(problems);
}

function checkPairs(config: Config): Config {
  const problems: string[] = [];
  if (config.SLACK_BOT_TOKEN && !config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN) {
    problems.push('SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  if (!config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN)) {
    problems.push('SLACK_BOT_TOKEN: required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set');
  }
  if (config.DISCORD_TOKEN && !config.DISCORD_APPLICATION_ID) {
    problems.push('DISCORD_APPLICATION_ID: required with DISCORD_TOKEN');
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}

function isSecret(name: string): boolean {
  return /TOKEN|SECRET|PASSWORD|REDIS_URL/.test(name);
}

/** Loads ./.env into process.env when present (variables already set win). */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** Which adapters `npm start` runs: the requested ones, else every platform configured, else the terminal. */
export type AdapterName = 'shell' | 'slack' | 'discord';

export function chooseAdapters(config: Config, requested?: string): AdapterName[] {
  if (requested) {
    const names = requested.split(',').map((s) => s.trim()) as AdapterName[];
    for (const n of names) if (!['shell', 'slack', 'discord'].includes(n)) throw new ConfigError([`--adapter: unknown adapter "${n}" (shell, slack or discord)`]);
    return names;
  }
  const chosen: AdapterName[] = [];
  if (config.SLACK_BOT_TOKEN) chosen.push('slack');
  if (config.DISCORD_TOKEN) chosen.push('discord');
  return chosen.length ? chosen : ['shell'];
}

