import { describe, expect, it } from 'vitest';
import { chooseAdapters, ConfigError, loadConfig } from '../src/config.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('defaults to a working terminal bot on SQLite', () => {
    const config = loadConfig({});
    expect(config.DATA_DIR).toBe('./data');
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.FETCH_ALLOW_HOSTS).toEqual([]);
    expect(chooseAdapters(config)).toEqual(['shell']);
  });

  it('names every malformed variable, with what it got', () => {
    const found = problems({ PORT: 'eighty', LOG_LEVEL: 'loud', REDIS_URL: 'not a url' });
    expect(found).toHaveLength(3);
    expect(found.find((p) => p.startsWith('PORT:'))).toContain('"eighty"');
    expect(found.find((p) => p.startsWith('LOG_LEVEL:'))).toContain('"loud"');
    expect(found.find((p) => p.startsWith('REDIS_URL:'))).toBeDefined();
  });

  it('never echoes a secret back', () => {
    const found = problems({ REDIS_URL: 'redis//user:hunter2@host' });
    expect(found.join('\n')).not.toContain('hunter2');
  });

  it('names the missing partner of a platform variable', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1' })[0]).toMatch(/^SLACK_SIGNING_SECRET/);
    expect(problems({ SLACK_SIGNING_SECRET: 's' })[0]).toMatch(/^SLACK_BOT_TOKEN/);
    expect(problems({ DISCORD_TOKEN: 't' })[0]).toMatch(/^DISCORD_APPLICATION_ID/);
  });

  it('parses the allow-list and picks adapters from the variables present', () => {
    const config = loadConfig({ FETCH_ALLOW_HOSTS: ' cms.internal:8080, Wiki.Local ', SLACK_BOT_TOKEN: 'xoxb', SLACK_SIGNING_SECRET: 's', DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1' });
    expect(config.FETCH_ALLOW_HOSTS).toEqual(['cms.internal:8080', 'wiki.local']);
    expect(chooseAdapters(config)).toEqual(['slack', 'discord']);
    expect(chooseAdapters(config, 'shell')).toEqual(['shell']);
    expect(() => chooseAdapters(config, 'irc')).toThrow(ConfigError);
  });
});
