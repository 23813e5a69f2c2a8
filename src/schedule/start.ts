/**
 * Starts the digest scheduler for this process. (Placeholder until the scheduler lands: no
 * digests are run.)
 */
import type { Core } from '../app.js';

export async function startDigests(_core: Core): Promise<{ stop(): Promise<void> }> {
  return { stop: async () => {} };
}
