/**
 * The two fixture articles (read from ../shared, never copied here) as the first real pair:
 * both report Hayashi's May 10 statement; only the report quotes Brown, Burchill and Diella and
 * gives the $320 billion figure; only the analysis mentions AUKUS, the $5.5 billion aid, Macron
 * and Stoltenberg.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { compareDocs } from '../src/analysis/compare/index.js';
import { compareReply } from '../src/views/compare.js';
import { replyToPlainText } from '../src/core/reply.js';
import { articleFromText } from '../src/ingest/article.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(path.resolve(repoRoot, '../shared'), 'fixtures/articles');
const present = existsSync(path.join(dir, 'japan-nato-office-report.txt'));
if (!present) console.warn(`compare fixtures skipped: ${dir} is absent (the shared folder sits beside the repository)`);

describe.skipIf(!present)('compare: the Japan–NATO fixture pair', () => {
  const textA = present ? readFileSync(path.join(dir, 'japan-nato-office-report.txt'), 'utf8') : '';
  const textB = present ? readFileSync(path.join(dir, 'japan-nato-office-analysis.txt'), 'utf8') : '';
  const c = present ? compareDocs(buildDoc(textA), buildDoc(textB)) : undefined!;
  const onlyText = (items: typeof c.onlyA) => items.map((x) => x.ref.text).join('\n');

  it('calls them the same story', () => {
    expect(c.verdict).toBe('same story');
  });

  it('both report Hayashi’s May 10 statement', () => {
    const hit = c.both.find((x) => /Hayashi/.test(x.a.text) && /Hayashi/.test(x.b.text) && /May 10/.test(x.a.text + x.b.text));
    expect(hit, 'an aligned pair naming Hayashi').toBeDefined();
    expect(textA.slice(hit!.a.start, hit!.a.end).replace(/\s+/g, ' ')).toBe(hit!.a.text);
    expect(textB.slice(hit!.b.start, hit!.b.end).replace(/\s+/g, ' ')).toBe(hit!.b.text);
    expect(c.voices.both.some((s) => /Hayashi/.test(s))).toBe(true);
  });

  it('only the report quotes Brown, Burchill and Diella and gives $320 billion', () => {
    for (const name of ['Brown', 'Burchill', 'Diella']) {
      expect(c.voices.onlyA.some((s) => s.includes(name)), name).toBe(true);
      expect(c.voices.b.some((v) => v.speaker.includes(name))).toBe(false);
    }
    expect(onlyText(c.onlyA)).toContain('$320 billion');
  });

  it('only the analysis mentions AUKUS, the $5.5 billion aid, Macron and Stoltenberg', () => {
    const b = onlyText(c.onlyB);
    for (const s of ['AUKUS', '$5.5 billion', 'Macron', 'Stoltenberg']) expect(b, s).toContain(s);
    expect(onlyText(c.onlyA)).not.toMatch(/AUKUS|Stoltenberg|Macron/);
  });

  it('ranks the figures and voices only one piece gives among the first five shown in chat', () => {
    expect(onlyText(c.onlyB.slice(0, 5))).toMatch(/\$5\.5 billion/);
    expect(onlyText(c.onlyB.slice(0, 5))).toMatch(/Macron/);
    expect(onlyText(c.onlyA.slice(0, 6))).toMatch(/\$320 billion/);
  });

  it('renders a reply whose every list line carries an evidence anchor', () => {
    const reply = compareReply(articleFromText(textA), articleFromText(textB), c);
    for (const b of reply.blocks) if (b.type === 'list') for (const it of b.items) if (it.text.startsWith('A:') || it.tag) expect(it.evidence).toMatch(/[AB]¶\d+/);
    const plain = replyToPlainText(reply);
    expect(plain).toMatch(/same story · 0\.\d\d/);
    expect(plain).toContain('Only in B');
  });
});
