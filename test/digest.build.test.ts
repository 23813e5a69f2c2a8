import { describe, expect, it } from 'vitest';
import { buildDigest, type DigestAnalyses, type DigestItem } from '../src/analysis/digest/build.js';
import { defaultDigestAnalyses, groupForDigest } from '../src/analysis/digest/engines.js';
import { digestReply, emptyDigestReply } from '../src/views/digest.js';
import { replyToPlainText } from '../src/core/reply.js';
import { fixtureArticles } from './support/schedule-fixtures.js';

const { heraldFerry, gazetteFerry, library } = fixtureArticles();

function item(ref: number, article = [heraldFerry, gazetteFerry, library][ref - 1], sharedAt = ref * 1000): DigestItem {
  return { ref, sharedAt, ...(article ? { article, title: article.title!, url: article.url!, site: article.site! } : {}) };
}

/** Stand-ins: first sentence as summary, fixed grouping, recorded difference calls. */
function standIns(groups: number[][]): DigestAnalyses & { differenceCalls: string[] } {
  const differenceCalls: string[] = [];
  return {
    differenceCalls,
    summarise: (a) => {
      const end = a.text.indexOf('.') + 1;
      return [{ text: a.text.slice(0, end), start: 0, end }];
    },
    quotes: (a) => (a === library ? [{ speaker: 'Maya Ferreira', text: 'People asked for it', start: 0, end: 0 }] : []),
    group: () => groups,
    differences: (lead, other) => {
      differenceCalls.push(`${lead.site}→${other.site}`);
      return [`other outlet line`];
    },
  };
}

describe('buildDigest (stand-in analyses)', () => {
  it('groups into stories, biggest first, with differences only where several outlets covered it', () => {
    const analyses = standIns([[0, 1], [2]]);
    const d = buildDigest([item(1), item(2), item(3)], analyses);
    expect(d.stories.map((s) => s.items.map((i) => i.ref))).toEqual([[1, 2], [3]]);
    expect(d.stories[0]!.outlets).toEqual(['Island Herald', 'Coast Gazette']);
    expect(d.stories[0]!.differences).toEqual([{ ref: 2, outlet: 'Coast Gazette', text: 'other outlet line' }]);
    expect(d.stories[1]!.differences).toEqual([]);
    expect(analyses.differenceCalls).toEqual(['Island Herald→Coast Gazette']);
    expect(d.stories[1]!.quotes).toEqual([{ speaker: 'Maya Ferreira', text: 'People asked for it', start: 0, end: 0, ref: 3 }]);
  });

  it('keeps a link that was never fetched as its own story, and caps stories into an overflow list', () => {
    const link: DigestItem = { ref: 4, url: 'https://example.org/unfetched', sharedAt: 5000 };
    const d = buildDigest([item(1), item(2), item(3), link], standIns([[0], [1], [2]]), { stories: 2, quotesPerStory: 3, differencesPerStory: 3 });
    expect(d.itemCount).toBe(4);
    expect(d.stories).toHaveLength(2);
    // all stories have one article: the most recently shared come first
    expect(d.stories.map((s) => s.leadRef)).toEqual([4, 3]);
    expect(d.stories[0]!.summary).toEqual([]);
    expect(d.overflow.map((i) => i.ref)).toEqual([2, 1]);
    const text = replyToPlainText(digestReply(d, { sinceLabel: 'since Mon 2 Mar 09:00' }));
    // every article is linked, shown or overflowed
    for (const url of [heraldFerry.url, gazetteFerry.url, library.url, link.url]) expect(text).toContain(url);
    expect(text).toContain('Also shared (2)');
  });

  it('the empty digest says since when', () => {
    const r = emptyDigestReply({ sinceLabel: 'since Mon 2 Mar 09:00', slotLabel: 'Scheduled digest for Tue 3 Mar 09:00 (UTC)' });
    expect(replyToPlainText(r)).toContain('Nothing new since Mon 2 Mar 09:00.');
  });
});

describe('buildDigest (engines)', () => {
  it('puts the two ferry pieces in one story and the library piece in another', () => {
    const groups = groupForDigest([heraldFerry, gazetteFerry, library].map((article, i) => ({ article, time: i * 60_000 }))).map((g) => [...g].sort());
    expect(groups).toContainEqual([0, 1]);
    expect(groups).toContainEqual([2]);
  });

  it('shows verbatim summary sentences and quotes with named speakers, and what the second outlet adds', () => {
    const d = buildDigest([item(1), item(2), item(3)], defaultDigestAnalyses);
    const ferry = d.stories.find((s) => s.items.length === 2)!;
    expect(ferry.headline).toBe('Island ferry service cut to three sailings a day');
    expect(ferry.summary.length).toBeGreaterThanOrEqual(1);
    expect(ferry.summary.length).toBeLessThanOrEqual(2);
    for (const s of ferry.summary) expect(heraldFerry.text.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text.replace(/\s+/g, ' '));
    expect(ferry.quotes.length).toBeGreaterThan(0);
    for (const q of ferry.quotes) {
      const source = q.ref === 1 ? heraldFerry : gazetteFerry;
      expect(source.text.slice(q.start, q.end)).toBe(q.text);
      expect(q.speaker).toMatch(/^(Dana Whitlock|Ruth Okafor|Tomas Lind)$/);
    }
    // the same Whitlock quote appears in both pieces: shown once
    expect(ferry.quotes.filter((q) => q.text.startsWith('We cannot keep running')).length).toBe(1);
    const differences = ferry.differences.map((x) => x.text).join('\n');
    expect(ferry.differences.every((x) => x.outlet === 'Coast Gazette' && x.ref === 2)).toBe(true);
    expect(differences).toContain('also quotes Tomas Lind');
    // a sentence only the Gazette has, verbatim
    const only = /only here: “([^”]+)”/.exec(differences)?.[1];
    expect(only && gazetteFerry.text.replace(/\s+/g, ' ').includes(only)).toBe(true);
    expect(differences).not.toContain(gazetteFerry.title);
    // the headline is not repeated as a summary sentence
    expect(ferry.summary.map((s) => s.text)).not.toContain(ferry.headline);

    const text = replyToPlainText(digestReply(d, { sinceLabel: 'since Mon 2 Mar 09:00' }));
    expect(text).toContain('Digest: 3 articles since Mon 2 Mar 09:00');
    expect(text).toContain('— Dana Whitlock');
  });
});
