import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runShell } from '../adapters/shell/index.js';
import { renderForTerminal, styleFor } from '../adapters/shell/render.js';
import { testCore } from './support/core.js';
import { REPO_ROOT } from './support/paths.js';
import { asPastedText, HARBOUR_STORY, LIBRARY_STORY } from './support/texts.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'nutgraf-shell-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const harbourFile = join(dir, 'harbour.txt');
writeFileSync(harbourFile, asPastedText('Harbour bridge to close to cars', HARBOUR_STORY));

async function shell(lines: string[]): Promise<string> {
  const core = await testCore();
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (c: Buffer) => (out += c.toString()));
  const done = runShell(core, { input, output, interactive: false });
  input.end(`${lines.join('\n')}\n`);
  await done;
  await core.close();
  return out;
}

describe('terminal adapter (piped)', () => {
  it('runs one command per line and keeps the channel context between them', async () => {
    const out = await shell([`/summarise ${harbourFile}`, '/articles', '/summarise short #1', '/summarise #7', 'hello']);
    expect(out).toContain('Harbour bridge to close to cars');
    expect(out).toMatch(/#1 Harbour bridge to close to cars/);
    expect(out).toContain('There is no #7');
    expect(out).toContain('Commands start with a slash');
    expect(out).not.toMatch(/\u001b\[/); // plain when piped
  });

  it('takes a pasted multi-line article between `<<` and a lone dot', async () => {
    const out = await shell(['/summarise <<', ...LIBRARY_STORY, '.', '/articles']);
    expect(out).toContain('Riverside');
    expect(out).toMatch(/#1 /);
  });

  it('renders with colour on a TTY and plain otherwise', () => {
    const reply = { title: 'T', blocks: [{ type: 'paragraph' as const, text: 'x', evidence: '¶1' }] };
    expect(renderForTerminal(reply, styleFor(false))).toBe('T\n\nx [¶1]');
    expect(renderForTerminal(reply, styleFor(true))).toContain('\u001b[');
  });
});

describe('npm start and the CLI, as processes', () => {
  const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
  const env = { ...process.env, DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' };

  it('npm start with no tokens is the terminal bot, driven by piped stdin', async () => {
    const child = execFile(tsx, ['src/main.ts'], { cwd: REPO_ROOT, env });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stdin!.end(`/help\n/summarise ${harbourFile}\n`);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toContain('/summarise');
    expect(out).toContain('Port Avery');
  });

  it('exits with a readable message naming a malformed variable', async () => {
    const e = await run(tsx, ['src/main.ts'], { cwd: REPO_ROOT, env: { ...env, PORT: 'eighty' } }).catch((err: { code: number; stderr: string }) => err);
    expect((e as { code: number }).code).toBe(2);
    expect((e as { stderr: string }).stderr).toMatch(/PORT: .*"eighty"/);
    expect((e as { stderr: string }).stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('nutgraf batch answers every line, with an error line for a bad one', async () => {
    const input = [
      JSON.stringify({ id: 'h', text: asPastedText('Harbour', HARBOUR_STORY) }),
      '{not json',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'l', text: LIBRARY_STORY.join('\n\n') }),
    ].join('\n');
    const child = execFile(join(REPO_ROOT, 'bin/nutgraf.mjs'), ['batch', 'summarise'], { cwd: REPO_ROOT, env });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stdin!.end(input);
    await new Promise((resolve) => child.on('close', resolve));
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; error?: string; summary?: { text: string; start: number; end: number }[] });
    expect(lines.map((l) => l.id)).toEqual(['h', null, 'no-text', 'l']);
    expect(lines[1]!.error).toBe('not valid JSON');
    expect(lines[2]!.error).toMatch(/text/);
    const source = asPastedText('Harbour', HARBOUR_STORY);
    for (const s of lines[0]!.summary!) expect(source.slice(s.start, s.end)).toBe(s.text);
  });
});
