/**
 * `npm run eval [-- summaries|quotes|quotes-train|compare|clusters]`: runs the bot's batch mode on the shared
 * development sets and scores the output with the shared scorers (called in place, so the figures
 * are the ones anyone else measures). Prints each scorer's table, then one summary table.
 */
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { runBatch, type BatchCommand } from '../src/cli/batch.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SHARED = resolve(ROOT, '../shared');
const TOOLS = join(SHARED, 'tools/eval');
const OUT = mkdtempSync(join(tmpdir(), 'nutgraf-eval-'));

interface Task {
  name: string;
  gold: string;
  batch: BatchCommand;
  scorer: string;
  /** scorer variants: extra arguments per run */
  runs: string[][];
  /** run only when named on the command line (larger sets for tuning, not the headline figures) */
  optIn?: boolean;
}

const TASKS: Task[] = [
  { name: 'summaries', gold: 'eval/summaries/cnndm-dev.jsonl', batch: 'summarise', scorer: 'score-summaries.mjs', runs: [['--lead3']] },
  { name: 'summaries', gold: 'eval/summaries/xsum-dev.jsonl', batch: 'summarise', scorer: 'score-summaries.mjs', runs: [['--lead3']] },
  { name: 'quotes', gold: 'eval/quotes/polnear-dev.jsonl', batch: 'quotes', scorer: 'score-quotes.mjs', runs: [['--baseline'], ['--kinds', 'direct,mixed']] },
  { name: 'quotes-train', gold: 'eval/quotes/polnear-train.jsonl', batch: 'quotes', scorer: 'score-quotes.mjs', runs: [[]], optIn: true },
  { name: 'compare', gold: 'eval/compare/semeval-headtail.jsonl', batch: 'compare', scorer: 'score-compare.mjs', runs: [['--tfidf']] },
  { name: 'clusters', gold: 'eval/clusters/ecbplus.jsonl', batch: 'cluster', scorer: 'score-clusters.mjs', runs: [['--baseline']] },
];

async function predict(task: Task): Promise<{ file: string; ms: number }> {
  const file = join(OUT, `${task.batch}-${task.gold.split('/').pop()}`);
  const started = performance.now();
  const out = createWriteStream(file);
  const stats = await runBatch(task.batch, createReadStream(join(SHARED, task.gold)), out, {});
  await new Promise<void>((r) => out.end(r));
  if (stats.errors) console.warn(`  ${stats.errors} of ${stats.lines} lines failed in batch ${task.batch}`);
  return { file, ms: performance.now() - started };
}

function score(task: Task, pred: string, args: string[]): Record<string, unknown> | undefined {
  const r = spawnSync(process.execPath, [join(TOOLS, task.scorer), join(SHARED, task.gold), pred, ...args], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    return undefined;
  }
  const last = r.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Record<string, unknown>;
}

/** The two fixture articles: their quotes, for the hand checklist (score-seeds) when it is present. */
async function fixtureQuotes(): Promise<void> {
  const files = ['japan-nato-office-report.txt', 'japan-nato-office-analysis.txt'];
  const { quotesBatchLine } = await import('../src/analysis/quotes/batch.js');
  const preds = files.map((f) => {
    const text = readFileSync(join(SHARED, 'fixtures/articles', f), 'utf8');
    const line = quotesBatchLine({ id: f, text }) as { quotes: { quote: string; speaker: string | null; kind: string }[] };
    const file = join(OUT, `quotes-${f}.jsonl`);
    writeFileSync(file, `${JSON.stringify(line)}\n`);
    console.log(`\n${f}: ${line.quotes.length} quotes`);
    const bySpeaker = new Map<string, number>();
    for (const q of line.quotes) bySpeaker.set(q.speaker ?? '(none)', (bySpeaker.get(q.speaker ?? '(none)') ?? 0) + 1);
    for (const [speaker, n] of [...bySpeaker].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${speaker}`);
    return file;
  });
  const checklist = ['eval/seeds.json', 'eval/quotes/seeds.json', 'fixtures/seeds.json'].map((p) => join(SHARED, p)).find(existsSync);
  if (checklist) {
    const r = spawnSync(process.execPath, [join(TOOLS, 'score-seeds.mjs'), checklist, ...preds], { encoding: 'utf8' });
    process.stdout.write(r.stdout + r.stderr);
  } else {
    console.log('  (the fixtures\' hand checklist is held back; score-seeds runs when it is present)');
  }
}

async function main(): Promise<void> {
  if (!existsSync(TOOLS)) {
    console.log(`../shared is absent (looked in ${SHARED}): nothing to evaluate.`);
    return;
  }
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const summary: string[][] = [];
  for (const task of TASKS.filter((t) => (only.length === 0 && !t.optIn) || only.includes(t.name))) {
    console.log(`\n━━ ${task.name}: ${task.gold} ━━`);
    const { file, ms } = await predict(task);
    for (const args of task.runs) {
      const result = score(task, file, args);
      if (result) summary.push([task.gold.split('/').pop()!, args.join(' ') || '-', headline(task, result), `${(ms / 1000).toFixed(1)} s`]);
    }
    if (task.name === 'quotes') await fixtureQuotes();
  }
  console.log('\n━━ summary ━━');
  for (const row of summary) console.log(`${row[0]!.padEnd(26)} ${row[1]!.padEnd(22)} ${row[2]!.padEnd(70)} ${row[3]}`);
  console.log(`\npredictions kept in ${OUT}`);
}

function headline(task: Task, r: Record<string, unknown>): string {
  const n = (k: string, digits = 3) => (typeof r[k] === 'number' ? (r[k] as number).toFixed(digits) : '?');
  const base = (r.baseline ?? {}) as Record<string, unknown>;
  const b = (k: string, digits = 3) => (typeof base[k] === 'number' ? (base[k] as number).toFixed(digits) : '?');
  switch (task.scorer) {
    case 'score-summaries.mjs':
      return `R1 ${n('rouge1', 2)} R2 ${n('rouge2', 2)} RL ${n('rougeLsum', 2)} faithful ${n('faithful')} dangling ${n('dangling')} (Lead-3 R1 ${b('rouge1', 2)})`;
    case 'score-quotes.mjs':
      return `F1@.3 ${n('f1_03')} F1@.8 ${n('f1_08')} speaker ${n('speaker_resolved_acc')} e2e ${n('e2e_f1')}${r.baseline ? ` (naive F1@.3 ${b('f1_03')})` : ''}`;
    case 'score-compare.mjs':
      return `Pearson ${n('pearson_overall_flipped')} Spearman ${n('spearman_overall_flipped')} (TF-IDF ${b('pearson_overall_flipped')})`;
    default:
      return `B3-F1 ${n('bcubed_f1')} P ${n('bcubed_p')} R ${n('bcubed_r')} clusters ${String(r.clusters)} (baseline ${b('bcubed_f1')})`;
  }
}

await main();
