/**
 * Runs the summariser on the shared fixture articles and dev sets (read in place from ../shared,
 * never copied). Checks properties only: verbatim offsets, order, no furniture, no dangling
 * opening. Quality (ROUGE) is measured by the eval script, not here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { summarise } from '../src/analysis/summarise/index.js';
import { summariseBatchLine } from '../src/analysis/summarise/batch.js';
import { isDanglingOpening } from '../src/analysis/summarise/dangling.js';

const shared = path.resolve(__dirname, '..', '../shared');
const present = existsSync(path.join(shared, 'eval/summaries/cnndm-dev.jsonl'));
if (!present) console.warn(`summarise.shared: skipped: ${shared} is absent`);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const FURNITURE = /Share this with|Media playback is|Image copyright|Scroll down for|Read more:/;

describe.skipIf(!present)('summarise on the shared articles (../shared)', () => {
  for (const file of ['japan-nato-office-report.txt', 'japan-nato-office-analysis.txt']) {
    it(`summarises the fixture ${file} verbatim`, () => {
      const input = readFileSync(path.join(shared, 'fixtures/articles', file), 'utf8');
      const s = summarise(buildDoc(input), { length: 'long' });
      expect(s.sentences).toHaveLength(5);
      for (const x of s.sentences) expect(squash(input.slice(x.start, x.end))).toBe(squash(x.text));
      expect(isDanglingOpening(s.sentences[0]!.text)).toBe(false);
    });
  }

  for (const set of ['cnndm-dev', 'xsum-dev']) {
    it(`batch output on ${set} is verbatim, ordered, furniture-free`, () => {
      const lines = readFileSync(path.join(shared, `eval/summaries/${set}.jsonl`), 'utf8').trim().split('\n');
      let dangling = 0;
      for (const line of lines) {
        const { id, text } = JSON.parse(line) as { id: string; text: string };
        const out = summariseBatchLine({ id, text });
        expect(out.id).toBe(id);
        expect(out.summary).toHaveLength(3);
        let last = -1;
        for (const x of out.summary) {
          expect(squash(text.slice(x.start, x.end))).toBe(squash(x.text));
          expect(x.text).not.toMatch(FURNITURE);
          expect(x.start).toBeGreaterThan(last);
          last = x.start;
        }
        if (isDanglingOpening(out.summary[0]!.text)) dangling++;
      }
      expect(dangling / lines.length).toBeLessThanOrEqual(0.02);
    });
  }
});
