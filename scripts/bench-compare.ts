/**
 * Compare: time to compare two ~5,000-word pieces (issue budget ≤ 250 ms), first (the first call
 * in the process after the start-up warm-up the bot runs) and warm (median), beside plain TF-IDF cosine — the peer a user would reach for,
 * taken from the shared scorer's own implementation when it is present. Story grouping time for
 * the ECB+ dev file beside the scorer's single-pass baseline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildDoc } from '../src/analysis/text/doc.js';
import { compareDocs } from '../src/analysis/compare/index.js';
import { clusterBatch } from '../src/analysis/group/batch.js';
import { median } from './bench-util.js';

const SHARED = resolve(fileURLToPath(new URL('../', import.meta.url)), '../shared');

/** Two long pieces: news articles concatenated up to ~5,000 words each. */
function longPieces(): [string, string] {
  const file = join(SHARED, 'eval/quotes/polnear-train.jsonl');
  const texts = existsSync(file)
    ? readFileSync(file, 'utf8').trim().split('\n').slice(0, 60).map((l) => (JSON.parse(l) as { text: string }).text)
    : Array.from({ length: 60 }, (_, i) => `Paragraph ${i}. The council met on Tuesday to discuss the harbour bridge and the budget for ${i} schools. “We will decide soon,” said Maria Lopez, the mayor.`.repeat(20));
  const build = (from: number) => {
    const parts: string[] = [];
    let words = 0;
    for (let i = from; words < 5000 && i < texts.length; i += 2) {
      parts.push(texts[i]!);
      words += texts[i]!.split(/\s+/).length;
    }
    return parts.join('\n\n');
  };
  return [build(0), build(1)];
}

export async function main(): Promise<void> {
  console.log('\n## Compare: two ~5,000-word pieces');
  const [a, b] = longPieces();
  const words = (s: string) => s.split(/\s+/).length;
  // the bot warms its engines at start-up (src/main.ts), so a user's first comparison comes after it
  const { warmAnalyses } = await import('../src/analysis/warm.js');
  warmAnalyses();
  const t0 = performance.now();
  compareDocs(buildDoc(a), buildDoc(b));
  const cold = performance.now() - t0;
  const warm: number[] = [];
  const warmCpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    // a fresh Doc each time: text-layer caches would flatter the figure
    const t = performance.now();
    const u = process.cpuUsage();
    compareDocs(buildDoc(`${a} `), buildDoc(`${b} `));
    const used = process.cpuUsage(u);
    warm.push(performance.now() - t);
    warmCpu.push((used.user + used.system) / 1000);
  }
  console.log(`pieces: ${words(a)} + ${words(b)} words`);
  // (CPU time beside the clock: on a machine shared with other work the clock counts the waits too)
  console.log(`${'system'.padEnd(36)} ${'first ms'.padStart(9)} ${'warm median ms'.padStart(15)} ${'warm CPU ms'.padStart(12)}`);
  console.log(`${'nutgraf compare (full report)'.padEnd(36)} ${cold.toFixed(1).padStart(9)} ${median(warm).toFixed(1).padStart(15)} ${median(warmCpu).toFixed(1).padStart(12)}`);
  const tfidfPath = join(SHARED, 'tools/eval/tfidf.mjs');
  if (existsSync(tfidfPath)) {
    const tfidf = (await import(pathToFileURL(tfidfPath).href)) as { tfidfVectors(d: string[]): unknown[]; cosine(x: unknown, y: unknown): number };
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      const [va, vb] = tfidf.tfidfVectors([a, b]);
      tfidf.cosine(va, vb);
      times.push(performance.now() - t);
    }
    console.log(`${'TF-IDF cosine (similarity only)'.padEnd(36)} ${'-'.padStart(9)} ${median(times).toFixed(1).padStart(15)}`);
  }

  const ecb = join(SHARED, 'eval/clusters/ecbplus.jsonl');
  if (existsSync(ecb)) {
    const lines = readFileSync(ecb, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
    const t = performance.now();
    clusterBatch(lines);
    console.log(`\n## Story grouping: ${lines.length} ECB+ articles in ${((performance.now() - t) / 1000).toFixed(2)} s`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
