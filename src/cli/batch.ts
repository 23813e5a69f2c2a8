/**
 * `nutgraf batch <command> < in.jsonl > out.jsonl`: one output line per input line, in the JSON
 * formats of the engines, for archives and evaluation. Lines are read and answered one at a
 * time (memory stays flat over any number of lines; `cluster` is the exception, since grouping
 * needs every article), and a bad line yields `{"id","error"}` instead of stopping the run.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { SingleBar } from 'cli-progress';

type LineHandler = (line: Record<string, unknown>) => unknown;

export const BATCH_COMMANDS = ['summarise', 'summarize', 'quotes', 'compare', 'cluster'] as const;
export type BatchCommand = (typeof BATCH_COMMANDS)[number];

async function handlerFor(command: BatchCommand, options: BatchOptions): Promise<LineHandler> {
  switch (command) {
    case 'summarise':
    case 'summarize': {
      const { summariseBatchLine } = await import('../analysis/summarise/batch.js');
      return (line) => summariseBatchLine(textLine(line), options.length ?? 3);
    }
    case 'quotes': {
      const { quotesBatchLine } = await import('../analysis/quotes/batch.js');
      return (line) => quotesBatchLine(textLine(line));
    }
    case 'compare': {
      const { compareBatchLine } = await import('../analysis/compare/batch.js');
      return (line) => compareBatchLine(pairLine(line));
    }
    case 'cluster':
      throw new Error('cluster is handled as a whole');
  }
}

export interface BatchOptions {
  length?: number;
  progress?: boolean;
}

export interface BatchStats {
  lines: number;
  errors: number;
}

export async function runBatch(command: BatchCommand, input: Readable, output: Writable, options: BatchOptions = {}): Promise<BatchStats> {
  const bar = options.progress ? new SingleBar({ format: `${command} {value} lines | {errors} errors | {duration}s`, stream: process.stderr }) : undefined;
  bar?.start(0, 0, { errors: 0 });
  const stats: BatchStats = { lines: 0, errors: 0 };
  const write = (obj: unknown) => new Promise<void>((resolve) => (output.write(`${JSON.stringify(obj)}\n`) ? resolve() : output.once('drain', resolve)));
  // the readline interface is created only once nothing else is awaited before the loop starts:
  // lines it reads before the loop's iterator exists would be lost
  if (command === 'cluster') {
    const { clusterBatch } = await import('../analysis/group/batch.js');
    const rl = createInterface({ input, crlfDelay: Infinity });
    const good: TextLine[] = [];
    for await (const raw of rl) {
      if (!raw.trim()) continue;
      stats.lines++;
      try {
        good.push(textLine(parseLine(raw)));
      } catch (e) {
        stats.errors++;
        await write({ id: idOf(raw), error: messageOf(e) });
      }
    }
    for (const row of clusterBatch(good)) await write(row);
    return stats;
  }

  const handle = await handlerFor(command, options);
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const raw of rl) {
    if (!raw.trim()) continue;
    stats.lines++;
    let result: unknown;
    try {
      result = handle(parseLine(raw));
    } catch (e) {
      stats.errors++;
      result = { id: idOf(raw), error: messageOf(e) };
    }
    await write(result);
    bar?.update(stats.lines, { errors: stats.errors });
  }
  bar?.stop();
  return stats;
}

function parseLine(raw: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new Error('not valid JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('expected a JSON object');
  return value as Record<string, unknown>;
}

interface TextLine {
  id: string;
  text: string;
  title?: string;
  time?: string | number;
}

interface PairLine {
  id: string;
  a_text: string;
  b_text: string;
  a_title?: string;
  b_title?: string;
}

function idOfLine(line: Record<string, unknown>): string {
  const id = line.id;
  if (typeof id !== 'string' && typeof id !== 'number') throw new Error('missing "id"');
  return String(id);
}

/** `{"id","text"}` plus the optional `title` and `time` (ISO date or epoch ms; or `date`, `meta.title`, `meta.date`) the engines use. */
function textLine(line: Record<string, unknown>): TextLine {
  const id = idOfLine(line);
  if (typeof line.text !== 'string') throw new Error('missing "text" (a string)');
  if (!line.text.trim()) throw new Error('empty "text"');
  return {
    id,
    text: line.text,
    ...optionalTitle(line.title ?? metaOf(line, 'meta')?.title),
    ...optionalTime(line.time ?? line.date ?? metaOf(line, 'meta')?.date),
  };
}

/**
 * Corpora give a piece's title and date either beside the text (`title`, `time`/`date`) or in a
 * metadata object (`meta`, `a_meta`, `b_meta`, as BASIL does); both are read.
 */
function withKey<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function metaOf(line: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const meta = line[key];
  return meta && typeof meta === 'object' && !Array.isArray(meta) ? (meta as Record<string, unknown>) : undefined;
}

function optionalTitle(value: unknown): { title?: string } {
  return typeof value === 'string' && value.trim() ? { title: value } : {};
}

function optionalTime(value: unknown): { time?: string | number } {
  return typeof value === 'string' || typeof value === 'number' ? { time: value } : {};
}

/** `{"id","a_text","b_text"}` plus the optional `a_title` and `b_title` (or `a_meta.title`, `b_meta.title`). */
function pairLine(line: Record<string, unknown>): PairLine {
  const id = idOfLine(line);
  if (typeof line.a_text !== 'string' || typeof line.b_text !== 'string') throw new Error('missing "a_text" or "b_text"');
  return {
    id,
    a_text: line.a_text,
    b_text: line.b_text,
    ...withKey('a_title', optionalTitle(line.a_title ?? metaOf(line, 'a_meta')?.title).title),
    ...withKey('b_title', optionalTitle(line.b_title ?? metaOf(line, 'b_meta')?.title).title),
  };
}

function idOf(raw: string): string | null {
  const m = /"id"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(raw);
  return m ? m[1]! : null;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
