import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { engineFingerprint } from '../src/analysis/fingerprint.js';

describe('analysis engine fingerprint (the cache key part that follows the code)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nutgraf-engine-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is stable for the same files and changes when any engine file changes, is added or renamed', () => {
    mkdirSync(join(dir, 'quotes'));
    writeFileSync(join(dir, 'summarise.ts'), 'export const a = 1;\n');
    writeFileSync(join(dir, 'quotes', 'cues.ts'), 'export const said = /said/;\n');
    writeFileSync(join(dir, 'notes.md'), 'not code');
    const first = engineFingerprint(dir);
    expect(first).toMatch(/^[0-9a-f]{12}$/);
    expect(engineFingerprint(dir)).toBe(first);

    writeFileSync(join(dir, 'notes.md'), 'still not code');
    expect(engineFingerprint(dir)).toBe(first);

    writeFileSync(join(dir, 'quotes', 'cues.ts'), 'export const said = /said|told/;\n');
    const edited = engineFingerprint(dir);
    expect(edited).not.toBe(first);

    writeFileSync(join(dir, 'quotes', 'names.ts'), '');
    expect(engineFingerprint(dir)).not.toBe(edited);
  });

  it('hashes the real engine', () => {
    expect(engineFingerprint()).toMatch(/^[0-9a-f]{12}$/);
  });
});
