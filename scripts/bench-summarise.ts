/**
 * Summariser benchmark: ours side by side with the npm summarisers a user would pick instead
 * (ts-textrank, node-summarizer, wink-nlp's sentence importance), each at 3 sentences, on the
 * shared dev articles (cnndm-dev, xsum-dev). Prints ROUGE-1/2/Lsum (the shared scorer's own
 * rouge.mjs, called in place) and the median warm time per article.
 *
 *   npx tsx scripts/bench-summarise.ts [--reps 3] [--sets cnndm,xsum]
 *
 * Skips with a message when ../shared is absent (the data is not in the repository).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildDoc } from '../src/analysis/text/doc.js';
import { summarise } from '../src/analysis/summarise/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedRoot = path.resolve(repoRoot, '../shared');
const SENTENCES = 3;

interface GoldArticle {
  id: string;
  text: string;
  reference: string;
}

type Summariser = (text: string) => string[] | Promise<string[]>;

interface RougeModule {
  rougeScores(reference: string, candidate: string): Record<'rouge1' | 'rouge2' | 'rougeLsum', { fmeasure: number }>;
}

async function competitors(): Promise<[string, Summariser][]> {
  const require = createRequire(import.meta.url);
  const textrank = require('ts-textrank') as typeof import('ts-textrank');
  const trConfig = new textrank.AbsoluteSummarizerConfig(
    SENTENCES,
    new textrank.SorensenDiceSimilarity(),
    new textrank.DefaultTextParser(),
    0.85,
    textrank.Summarizer.SORT_OCCURENCE,
  );
  const trSummarizer = new textrank.Summarizer(trConfig, new textrank.NullLogger());

  const { SummarizerManager } = require('node-summarizer') as {
    SummarizerManager: new (text: string, n: number) => { getSummaryByFrequency(): { summary: string } };
  };

  const winkNLP = require('wink-nlp') as (model: unknown) => WinkNlp;
  const model = require('wink-eng-lite-web-model') as unknown;
  const nlp = winkNLP(model);
  const its = nlp.its;

  return [
    ['ts-textrank', (text) => trSummarizer.summarize(text, 'en')],
    [
      'node-summarizer (frequency)',
      // it returns one string; it joins its sentences with spaces, so split it back for ROUGE-Lsum
      (text) => splitJoined(new SummarizerManager(text, SENTENCES).getSummaryByFrequency().summary),
    ],
    [
      'wink-nlp sentenceWiseImportance',
      (text) => {
        const doc = nlp.readDoc(text);
        const importance = doc.out(its.sentenceWiseImportance) as unknown as { index: number; importance: number }[];
        const top = [...importance].sort((a, b) => b.importance - a.importance).slice(0, SENTENCES).map((x) => x.index);
        return top.sort((a, b) => a - b).map((i) => doc.sentences().itemAt(i).out());
      },
    ],
  ];
}

interface WinkNlp {
  its: { sentenceWiseImportance: unknown };
  readDoc(text: string): {
    out(f: unknown): unknown;
    sentences(): { itemAt(i: number): { out(): string } };
  };
}

function splitJoined(summary: string): string[] {
  return summary.split(/(?<=[.!?]['"’”]?)\s+(?=[A-Z"“‘'])/).filter((s) => s.trim());
}

const ours: Summariser = (text) => summarise(buildDoc(text), { length: SENTENCES }).sentences.map((s) => s.text);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
}

async function measure(name: string, fn: Summariser, articles: GoldArticle[], rouge: RougeModule, reps: number) {
  // warm-up: JIT, lazy model loading, caches
  for (const a of articles.slice(0, 5)) await fn(a.text);
  const r1: number[] = [];
  const r2: number[] = [];
  const rl: number[] = [];
  const times: number[] = [];
  for (const a of articles) {
    let sentences: string[] = [];
    const perRep: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      sentences = await fn(a.text);
      perRep.push(performance.now() - t0);
    }
    times.push(median(perRep));
    const sc = rouge.rougeScores(a.reference, sentences.map((s) => s.replace(/\s+/g, ' ').trim()).join('\n'));
    r1.push(sc.rouge1.fmeasure);
    r2.push(sc.rouge2.fmeasure);
    rl.push(sc.rougeLsum.fmeasure);
  }
  const mean = (xs: number[]) => (100 * xs.reduce((x, y) => x + y, 0)) / Math.max(xs.length, 1);
  return { name, rouge1: mean(r1), rouge2: mean(r2), rougeLsum: mean(rl), msPerArticle: median(times) };
}

function parseArgs(argv: string[]): { reps: number; sets: string[] } {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return { reps: Number(get('--reps') ?? 3), sets: (get('--sets') ?? 'cnndm,xsum').split(',') };
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const rougePath = path.join(sharedRoot, 'tools/eval/rouge.mjs');
  if (!existsSync(rougePath)) {
    console.log(`bench-summarise: skipped: ${sharedRoot} is absent (the dev articles and the ROUGE scorer live there).`);
    return;
  }
  const { reps, sets } = parseArgs(argv);
  const rouge = (await import(pathToFileURL(rougePath).href)) as RougeModule;
  const systems: [string, Summariser][] = [['nutgraf', ours], ...(await competitors())];
  for (const set of sets) {
    const file = path.join(sharedRoot, `eval/summaries/${set}-dev.jsonl`);
    const articles = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as GoldArticle);
    console.log(`\n${set}-dev: ${articles.length} articles, ${SENTENCES} sentences each, median of ${reps} warm runs per article`);
    const rows = [];
    for (const [name, fn] of systems) rows.push(await measure(name, fn, articles, rouge, reps));
    const header = ['system', 'ROUGE-1', 'ROUGE-2', 'ROUGE-Lsum', 'ms/article'];
    const lines = rows.map((r) => [r.name, r.rouge1.toFixed(2), r.rouge2.toFixed(2), r.rougeLsum.toFixed(2), r.msPerArticle.toFixed(2)]);
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
    const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    console.log(fmt(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const l of lines) console.log(fmt(l));
    const best = Math.max(...rows.slice(1).map((r) => r.rouge1));
    console.log(`nutgraf − best npm summariser: ${(rows[0]!.rouge1 - best).toFixed(2)} ROUGE-1`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
