/**
 * The analysis engine's fingerprint: a hash of every source file under src/analysis. Cached
 * analyses are keyed by it, so an instance running changed analysis code never answers from an
 * older engine's output, even when the package version was not bumped (several instances share
 * one Redis cache, and deploys rarely bump versions).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENGINE_DIR = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .filter((file) => /\.[cm]?[jt]s$/.test(file))
    .sort();
}

/** 12 hex digits of a SHA-256 over the engine's file paths and contents. */
export function engineFingerprint(dir: string = ENGINE_DIR): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(dir)) hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 12);
}
