/** Where the shared evaluation material is, and a skip reason when it is absent. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = resolve(REPO_ROOT, '../shared');
export const HAVE_SHARED = existsSync(resolve(SHARED, 'fixtures/articles'));
export const SHARED_MISSING = `../shared is absent (expected at ${SHARED}): skipping tests that read the shared fixtures`;

export function sharedPath(...parts: string[]): string {
  return resolve(SHARED, ...parts);
}

if (!HAVE_SHARED) console.warn(SHARED_MISSING);
