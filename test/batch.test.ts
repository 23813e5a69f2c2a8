import { describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { runBatch } from '../src/cli/batch.js';

async function batch(command: 'compare' | 'cluster', lines: unknown[]): Promise<Record<string, unknown>[]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await runBatch(command, Readable.from(lines.map((l) => `${JSON.stringify(l)}\n`)), out);
  return Buffer.concat(chunks).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

const A = 'The Riverton council voted on Monday to close the old bridge after engineers found cracks in two of its piers. Repairs will take a year, the council said.';
const B = 'Engineers found cracks in the piers of the old Riverton bridge, and it will stay shut for a year. Drivers face a detour of twelve miles through Ashford.';

describe('nutgraf batch: where corpora keep titles and dates', () => {
  it('reads a pair\'s titles from a_meta / b_meta (as BASIL lines give them) like a_title / b_title', async () => {
    const [flat, meta, none] = await batch('compare', [
      { id: 'flat', a_text: A, b_text: B, a_title: 'Riverton bridge closed for a year', b_title: 'Cracked piers shut Riverton bridge' },
      { id: 'meta', a_text: A, b_text: B, a_meta: { title: 'Riverton bridge closed for a year' }, b_meta: { title: 'Cracked piers shut Riverton bridge' } },
      { id: 'none', a_text: A, b_text: B },
    ]);
    expect(meta!.similarity).toBe(flat!.similarity);
    expect(none!.similarity).not.toBe(flat!.similarity);
  });

  it('takes a line\'s date from meta.date or date, and ignores one it cannot read', async () => {
    const rows = await batch('cluster', [
      { id: 'a', text: A, meta: { date: '2024-03-04', title: 'Riverton bridge closed' } },
      { id: 'b', text: B, date: '2024-03-04' },
      { id: 'c', text: A, date: 'not a date' },
    ]);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rows.every((r) => typeof r.cluster === 'string' && !('error' in r))).toBe(true);
  });
});
