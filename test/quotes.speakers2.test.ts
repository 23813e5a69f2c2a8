import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractQuotes, type Quote } from '../src/analysis/quotes/index.js';

function quoteWith(text: string, snippet: string): Quote {
  const qs = extractQuotes(buildDoc(text));
  const q = qs.find((x) => x.quote.includes(snippet));
  if (!q) throw new Error(`no quote containing "${snippet}" in ${JSON.stringify(qs.map((x) => x.quote))}`);
  return q;
}

describe('a month word as a surname', () => {
  it('reads a month after a first name as the surname', () => {
    const q = quoteWith('"We will leave on time," Theresa May said on Tuesday.', 'leave on time');
    expect(q.speaker).toBe('Theresa May');
  });

  it('reads a month after an honorific as the surname', () => {
    const q = quoteWith('"The deal is done," Mrs May told reporters.', 'deal is done');
    expect(q.speakerMention).toMatch(/May$/);
  });

  it('keeps a dated month out of the name', () => {
    const q = quoteWith('"We will win," said Julia Hart May 5 in Leeds.', 'We will win');
    expect(q.speaker).toBe('Julia Hart');
  });
});
