import { describe, expect, it } from 'vitest';
import { articleFromText, articleDoc } from '../src/ingest/article.js';
import { replyToPlainText } from '../src/core/reply.js';
import { summarise } from '../src/analysis/summarise/index.js';
import { keyFacts } from '../src/analysis/summarise/facts.js';
import { summariseBatchLine } from '../src/analysis/summarise/batch.js';
import { summaryReply } from '../src/views/summary.js';
import command, { parseSummariseText } from '../commands/summarise.js';

const TEXT = [
  'Harbour Bridge to close to cars',
  '',
  'The city council of Eastbrook voted on Tuesday to close the Harbour Bridge to cars from 1 March 2026, a decision that will cost £4.5 million.',
  '',
  'Council leader Tom Okafor said the bridge, built in 1911, was no longer safe for heavy traffic. Okafor said 12,000 vehicles a day would be diverted.',
  '',
  'Shop owners on Harbour Street fear a 20% fall in trade. Okafor promised a new crossing within two years.',
].join('\n');

describe('summaryReply', () => {
  const article = articleFromText(TEXT, { url: 'https://news.example/bridge' });
  const doc = articleDoc(article);
  const summary = summarise(doc, { length: 'medium' });
  const facts = keyFacts(doc);

  it('quotes each sentence with its paragraph anchor and shows key facts and the footer', () => {
    const reply = summaryReply(article, summary, facts, { format: 'bullets' });
    expect(reply.title).toBe('Harbour Bridge to close to cars');
    const list = reply.blocks.find((b) => b.type === 'list');
    expect(list?.type).toBe('list');
    if (list?.type !== 'list') return;
    expect(list.items).toHaveLength(summary.sentences.length);
    for (const [i, item] of list.items.entries()) {
      expect(item.evidence).toBe(`¶${summary.sentences[i]!.paragraph + 1}`);
      expect(TEXT.replace(/\s+/g, ' ')).toContain(item.text);
    }
    const plain = replyToPlainText(reply);
    expect(plain).toContain('Tom Okafor');
    expect(plain).toContain('https://news.example/bridge');
    expect(plain).toContain('extractive: every sentence is quoted from the article');
  });

  it('renders a paragraph with inline anchors', () => {
    const reply = summaryReply(article, summary, facts, { format: 'paragraph' });
    const para = reply.blocks.find((b) => b.type === 'paragraph');
    expect(para?.type === 'paragraph' && para.text).toMatch(/\[¶\d+\]/);
  });

  it('key facts carry counts and first offsets into the input', () => {
    const okafor = facts.people.find((p) => /Okafor/.test(p.text));
    expect(okafor?.count).toBeGreaterThanOrEqual(2);
    expect(TEXT.slice(okafor!.start, okafor!.end)).toMatch(/Okafor/);
    expect(facts.numbers.some((n) => /4\.5 million/.test(n.text))).toBe(true);
  });

  it('batch line keeps the output contract', () => {
    const out = summariseBatchLine({ id: 'x1', text: TEXT });
    expect(Object.keys(out)).toEqual(['id', 'summary', 'facts']);
    expect(out.summary.length).toBe(3);
    for (const s of out.summary) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('summarise command text parsing', () => {
  it('reads leading option words then the article', () => {
    expect(parseSummariseText('short paragraph https://a.example/x')).toEqual({ article: 'https://a.example/x', length: 'short', format: 'paragraph' });
    expect(parseSummariseText('5 public #3')).toEqual({ article: '#3', length: 5, public: true });
  });

  it('reads trailing option words after a link or reference', () => {
    expect(parseSummariseText('#2 long bullets')).toEqual({ article: '#2', length: 'long', format: 'bullets' });
    expect(parseSummariseText('last short')).toEqual({ article: 'last', length: 'short' });
  });

  it('keeps pasted text whole, even when it ends with an option word', () => {
    const pasted = 'The council met today.\nIt was short';
    expect(parseSummariseText(`long ${pasted}`)).toEqual({ article: pasted, length: 'long' });
    expect(parseSummariseText('2015 was a hard year for the port.').article).toBe('2015 was a hard year for the port.');
  });

  it('validates with its schema and defaults', () => {
    const opts = command.options.parse(parseSummariseText('#1'));
    expect(opts).toEqual({ article: '#1', length: 'medium', format: 'bullets', public: false });
    expect(command.options.parse({ article: '#1', length: '4' }).length).toBe(4);
    expect(command.aliases).toContain('summarize');
  });
});
