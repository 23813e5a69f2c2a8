import { describe, expect, it } from 'vitest';
import { quotesReply, groupBySpeaker } from '../src/views/quotes.js';
import { replyToPlainText } from '../src/core/reply.js';
import { parseQuotesText } from '../commands/quotes.js';
import type { Quote } from '../src/analysis/quotes/index.js';
import type { Article } from '../src/ingest/article.js';

const article: Article = { id: 'a1', text: 'x', title: 'Harbour storm' };

function q(speaker: string | null, quote: string, paragraph: number, kind: Quote['kind'] = 'direct', role: string | null = null): Quote {
  return { quote, start: 0, end: quote.length, speaker, speakerMention: speaker, role, cue: 'said', kind, speakerType: speaker ? 'person' : 'unknown', paragraph };
}

describe('quotesReply', () => {
  it('groups by speaker with role and count, each quote with kind and ¶ anchor', () => {
    const reply = quotesReply(article, [
      q('Tom Reed', 'The walls held', 1, 'direct', 'harbour master'),
      q('Ana Silva', 'the pier was old', 2, 'indirect'),
      q('Tom Reed', 'We will rebuild', 4),
    ]);
    const text = replyToPlainText(reply);
    expect(text).toContain('Tom Reed, harbour master · 2 quotes');
    expect(text).toContain('Ana Silva · 1 quote');
    expect(text).toContain('(direct) The walls held [¶2]');
    expect(text).toContain('(indirect) the pier was old [¶3]');
    expect(text.indexOf('Tom Reed')).toBeLessThan(text.indexOf('Ana Silva'));
  });

  it('keeps one group for a person named with and without an affiliation, shown in full', () => {
    const org = { ...q('Bank of England', 'rates will hold', 3), speakerType: 'organisation' as const };
    const groups = groupBySpeaker([q('Ted Cruz', 'a line', 0), q('Ted Cruz of Texas', 'b line', 1), org, q('Ted Cruz', 'c line', 2)]);
    expect(groups.map((g) => [g.name, g.quotes.length])).toEqual([
      ['Ted Cruz of Texas', 3],
      ['Bank of England', 1],
    ]);
  });

  it('leaves reported speech nobody reports (narration) out of the chat answer, keeps unattributed direct quotes', () => {
    const text = replyToPlainText(
      quotesReply(article, [q('Tom Reed', 'The walls held', 1), q(null, 'the plan can be seen as a step forward', 2, 'indirect'), q(null, 'Nobody saw it coming', 3)]),
    );
    expect(text).not.toContain('a step forward');
    expect(text).toContain('Nobody saw it coming');
    expect(text).toContain('Tom Reed');
  });

  it('puts unattributed quotes last', () => {
    const groups = groupBySpeaker([q(null, 'a line', 0), q('Tom Reed', 'b line', 1)]);
    expect(groups.map((g) => g.name)).toEqual(['Tom Reed', 'Unattributed']);
  });

  it('folds long lists with a note on how many more and where to get them', () => {
    const many = Array.from({ length: 30 }, (_, i) => q(`Person ${i % 3}`, `quote number ${i}`, i));
    const reply = quotesReply(article, many, { perSpeaker: 3, total: 8 });
    const text = replyToPlainText(reply);
    expect((text.match(/quote number/g) ?? []).length).toBe(8);
    expect(text).toContain('+7 more from Person 0');
    expect(text).toContain('22 more not shown');
    expect(text).toContain('--json');
  });

  it('shows a quote broken by its attribution as its parts joined, without the attribution', () => {
    const input = '“We lost the plot,” Reyes said. “Next week we fix it.”';
    const broken: Quote = {
      ...q('Dana Reyes', input.slice(1, 53), 0),
      start: 1,
      end: 53,
      parts: [[1, 17], [33, 53]],
      partTexts: [input.slice(1, 17), input.slice(33, 53)],
    };
    const text = replyToPlainText(quotesReply(article, [broken]));
    expect(text).toContain('(direct) We lost the plot … Next week we fix it. [¶1]');
    expect(text).not.toContain('Reyes said');
  });

  it('says so when there are no quotes', () => {
    expect(replyToPlainText(quotesReply(article, []))).toContain('No quotes');
  });
});

describe('parseQuotesText', () => {
  it('takes the article as typed and an optional speaker filter', () => {
    expect(parseQuotesText('  #2 ')).toEqual({ article: '#2' });
    expect(parseQuotesText('speaker:Brown last')).toEqual({ article: 'last', speaker: 'Brown' });
  });
});
