/**
 * Quotes: our engine side by side with what a user might reach for instead — compromise's
 * `.quotations()` and the naive double-quote regex of the shared scorer — on the PolNeAR dev
 * articles: F1 (from the shared scorer) and time per 1,000 words (median over articles, warm).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractQuotes, quotesToJson } from '../src/analysis/quotes/index.js';
import { median, timeIt } from './bench-util.js';

const SHARED = resolve(fileURLToPath(new URL('../', import.meta.url)), '../shared');
const GOLD = join(SHARED, 'eval/quotes/polnear-dev.jsonl');

interface Pred {
  id: string;
  quotes: { quote: string; start: number; end: number; speaker: string | null; kind?: string }[];
}
type System = (id: string, text: string) => Pred;

const SYSTEMS: [string, System][] = [
  [
    'nutgraf',
    (id, text) => {
      const doc = buildDoc(text);
      return quotesToJson(id, doc, extractQuotes(doc)) as Pred;
    },
  ],
  [
    'compromise .quotations()',
    (id, text) => ({
      id,
      quotes: (nlp(text).quotations().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]).map((q) => ({
        quote: text.slice(q.offset.start, q.offset.start + q.offset.length),
        start: q.offset.start,
        end: q.offset.start + q.offset.length,
        speaker: null,
        kind: 'direct',
      })),
    }),
  ],
];

export async function main(): Promise<void> {
  console.log('\n## Quotes (polnear-dev): quality and time per 1,000 words');
  if (!existsSync(GOLD)) {
    console.log(`skipped: ${GOLD} is absent`);
    return;
  }
  const articles = readFileSync(GOLD, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; text: string });
  const dir = mkdtempSync(join(tmpdir(), 'nutgraf-bench-quotes-'));
  const rows: string[] = [];
  for (const [name, system] of SYSTEMS) {
    const perKWords: number[] = [];
    const preds: Pred[] = [];
    for (const a of articles) {
      const words = a.text.split(/\s+/).length;
      preds.push(system(a.id, a.text));
      perKWords.push((timeIt(() => system(a.id, a.text), 3) * 1000) / words);
    }
    const file = join(dir, `${name.replace(/\W+/g, '-')}.jsonl`);
    writeFileSync(file, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const r = spawnSync(process.execPath, [join(SHARED, 'tools/eval/score-quotes.mjs'), GOLD, file], { encoding: 'utf8' });
    const s = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
    rows.push(row(name, s.f1_03, s.f1_08, s.speaker_resolved_acc, median(perKWords)));
  }
  const baseline = spawnSync(process.execPath, [join(SHARED, 'tools/eval/score-quotes.mjs'), GOLD, '--baseline', '--write-baseline', join(dir, 'naive.jsonl')], { encoding: 'utf8' });
  if (baseline.status === 0) {
    const r = spawnSync(process.execPath, [join(SHARED, 'tools/eval/score-quotes.mjs'), GOLD, join(dir, 'naive.jsonl')], { encoding: 'utf8' });
    const s = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
    rows.push(row('naive regex (scorer baseline)', s.f1_03, s.f1_08, s.speaker_resolved_acc, NaN));
  }
  console.log(`${'system'.padEnd(32)} ${'F1@0.3'.padStart(7)} ${'F1@0.8'.padStart(7)} ${'speaker'.padStart(8)} ${'ms/1k words'.padStart(12)}`);
  for (const r of rows) console.log(r);
}

function row(name: string, f3?: number, f8?: number, sp?: number, ms?: number): string {
  const pct = (x?: number) => (typeof x === 'number' ? (x * 100).toFixed(1) : '-').padStart(7);
  return `${name.padEnd(32)} ${pct(f3)} ${pct(f8)} ${pct(sp).padStart(8)} ${(ms !== undefined && !Number.isNaN(ms) ? ms.toFixed(2) : '-').padStart(12)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
