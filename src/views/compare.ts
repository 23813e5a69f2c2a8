/**
 * A comparison as a platform-neutral Reply: verdict and figures, then both report, only in A /
 * only in B, conflicts, voices and word choice. Every line carries its evidence anchor (A¶3,
 * "A¶3 ≈ B¶5"); texts are the pieces' own words, clipped, never paraphrased. Lists are capped
 * with a note of how many were left out (the full lists are in --json).
 */
import { articleLabel, type Article } from '../ingest/article.js';
import type { Block, Reply, ReplyItem } from '../core/reply.js';
import type { Comparison, DetailDifference, SpanRef } from '../analysis/compare/index.js';

export interface CompareViewOptions {
  both?: number;
  only?: number;
  conflicts?: number;
  wordChoice?: number;
  maxChars?: number;
}

const DEFAULTS: Required<CompareViewOptions> = { both: 5, only: 5, conflicts: 5, wordChoice: 5, maxChars: 220 };

export function compareReply(a: Article, b: Article, c: Comparison, opts: CompareViewOptions = {}): Reply {
  const o = { ...DEFAULTS, ...opts };
  const clip = (t: string) => clipText(t, o.maxChars);
  const pct = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
  const blocks: Block[] = [
    {
      type: 'fields',
      fields: [
        { label: 'A', value: articleLabel(a) },
        { label: 'B', value: articleLabel(b) },
        { label: 'Verdict', value: `${c.verdict} · ${c.similarity.toFixed(2)}` },
        { label: 'Overlap', value: `entities ${pct(c.overlap.entities)} · places ${pct(c.overlap.places)} · time ${pct(c.overlap.time)}` },
      ],
    },
  ];
  if (c.lengthNote) blocks.push({ type: 'note', text: c.lengthNote });

  section(blocks, 'Both report', c.both.length, o.both, c.both.slice(0, o.both).map((x) => ({
    text: `A: ${clip(x.a.text)} | B: ${clip(x.b.text)}${differs(x.differs)}`,
    evidence: x.evidence,
  })));
  section(blocks, 'Only in A', c.onlyA.length, o.only, c.onlyA.slice(0, o.only).map((x) => ({ text: clip(x.ref.text), evidence: x.evidence, tag: x.tag })));
  section(blocks, 'Only in B', c.onlyB.length, o.only, c.onlyB.slice(0, o.only).map((x) => ({ text: clip(x.ref.text), evidence: x.evidence, tag: x.tag })));
  section(blocks, 'Conflicts', c.conflicts.length, o.conflicts, c.conflicts.slice(0, o.conflicts).map((x) => ({
    text: `A: ${x.a.text} vs B: ${x.b.text} (${x.kind})`,
    evidence: x.evidence,
    tag: x.class,
  })));

  const voices: ReplyItem[] = [];
  const counts = (list: Comparison['voices']['a']) => list.map((v) => `${v.speaker} ×${v.quotes}`).join(', ');
  if (c.voices.a.length) voices.push({ text: `A quotes: ${counts(c.voices.a)}`, evidence: 'A' });
  if (c.voices.b.length) voices.push({ text: `B quotes: ${counts(c.voices.b)}`, evidence: 'B' });
  if (c.voices.onlyA.length) voices.push({ text: `Only A quotes: ${c.voices.onlyA.join(', ')}` });
  if (c.voices.onlyB.length) voices.push({ text: `Only B quotes: ${c.voices.onlyB.join(', ')}` });
  for (const r of c.voices.renderedDifferently.slice(0, 3)) {
    voices.push({ text: `${r.speaker}, quoted differently: A “${clip(r.a.text)}” | B “${clip(r.b.text)}”`, evidence: r.evidence });
  }
  section(blocks, 'Voices', voices.length, voices.length, voices);

  section(blocks, 'Word choice differs', c.wordChoice.length, o.wordChoice, c.wordChoice.slice(0, o.wordChoice).map((w) => ({
    text: `${w.kind === 'term' ? 'terms' : `${w.kind}, ${w.subject}`}: A ${spans(w.a)} | B ${spans(w.b)}`,
    evidence: w.evidence,
    tag: w.kind,
  })));

  return {
    title: 'Compare',
    blocks,
    summary: `${c.verdict} · ${c.similarity.toFixed(2)}: ${c.both.length} shared, ${c.onlyA.length} only in A, ${c.onlyB.length} only in B, ${c.conflicts.length} conflicts`,
    footer: 'Every line is the pieces’ own words; A¶n = paragraph n of A. Full lists: --json.',
  };
}

function section(blocks: Block[], title: string, total: number, cap: number, items: ReplyItem[]): void {
  if (items.length === 0) return;
  blocks.push({ type: 'heading', text: title }, { type: 'list', items });
  if (total > cap) blocks.push({ type: 'note', text: `${total - cap} more not shown.` });
}

function differs(list: readonly DetailDifference[]): string {
  const parts = list
    .filter((d) => d.a.length || d.b.length)
    .map((d) => `${d.kind}: A ${spans(d.a)} / B ${spans(d.b)}`);
  return parts.length ? ` (differs: ${parts.join('; ')})` : '';
}

function spans(list: readonly SpanRef[]): string {
  if (list.length === 0) return '—';
  return [...new Set(list.map((s) => `“${s.text.replace(/\s+/g, ' ')}”`))].join(', ');
}


function clipText(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')} …`;
}
