import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { groupStories } from '../src/analysis/group/index.js';
import { clusterBatch } from '../src/analysis/group/batch.js';
import { averageLink, denseMatrix } from '../src/analysis/group/link.js';
import { containment, shingles } from '../src/analysis/group/duplicates.js';
import { NEIGHBOUR_FLOOR, backgroundLevels, neighbourCount, secondOrder, withNeighbours } from '../src/analysis/group/neighbours.js';

const FLOOD_1 = 'Floodwater closes Riverton bridge. The Riverton bridge over the Kell river was closed on Monday after floodwater damaged its supports, county engineer Dana Whitlock said. Repairs will cost $3.5 million.';
const FLOOD_2 = 'Riverton bridge shut after flood damage. County engineer Dana Whitlock said the Riverton bridge across the Kell river would stay closed for six weeks while floodwater damage to its supports is repaired.';
const ORCHESTRA = 'Symphony names conductor. The city symphony orchestra appointed violinist Mira Olsen as principal conductor; Olsen will lead concerts of Brahms and Sibelius next season.';
const ORCHESTRA_WIRE = ORCHESTRA + ' (Wire copy.)';
const STRIKE = 'Dock workers strike at Harwich port. Hundreds of dock workers walked out at Harwich on Friday over pay, halting container ships, union organiser Tom Reyes said.';

const DAY = 24 * 3600 * 1000;

describe('groupStories', () => {
  it('groups articles on one story, keeps other stories apart, marks wire copies', () => {
    const items = [FLOOD_1, ORCHESTRA, FLOOD_2, STRIKE, ORCHESTRA_WIRE].map((t, i) => ({ id: `n${i}`, doc: buildDoc(t), time: i * 3600_000 }));
    const g = new Map(groupStories(items).map((x) => [x.id, x]));
    expect(g.get('n2')!.cluster).toBe(g.get('n0')!.cluster);
    expect(g.get('n1')!.cluster).not.toBe(g.get('n0')!.cluster);
    expect(g.get('n3')!.cluster).not.toBe(g.get('n0')!.cluster);
    expect(g.get('n3')!.cluster).not.toBe(g.get('n1')!.cluster);
    expect(g.get('n4')!.cluster).toBe(g.get('n1')!.cluster);
    expect(g.get('n4')!.duplicateOf).toBe('n1');
    expect(g.get('n2')!.duplicateOf).toBeUndefined();
  });

  it('does not join a story long after its last article', () => {
    const items = [
      { id: 'a', doc: buildDoc(FLOOD_1), time: 0 },
      { id: 'b', doc: buildDoc(FLOOD_2), time: 60 * DAY },
    ];
    const g = groupStories(items);
    expect(g[1]!.cluster).not.toBe(g[0]!.cluster);
    const near = groupStories([{ ...items[0]! }, { ...items[1]!, time: DAY }]);
    expect(near[1]!.cluster).toBe(near[0]!.cluster);
  });
});

describe('clusterBatch', () => {
  it('labels every line and returns them in input order', () => {
    const out = clusterBatch([
      { id: 'x1', text: FLOOD_1 },
      { id: 'x2', text: STRIKE },
      { id: 'x3', text: FLOOD_2 },
    ]);
    expect(out.map((o) => o.id)).toEqual(['x1', 'x2', 'x3']);
    expect(out[0]!.cluster).toBe(out[2]!.cluster);
    expect(out[1]!.cluster).not.toBe(out[0]!.cluster);
  });
});

describe('averageLink', () => {
  // items 0–2 are one tight group, 3–4 another; 5 is alike to nobody
  const S = [
    [1, 0.8, 0.7, 0.1, 0.1, 0],
    [0.8, 1, 0.9, 0.1, 0.2, 0],
    [0.7, 0.9, 1, 0.2, 0.1, 0],
    [0.1, 0.1, 0.2, 1, 0.6, 0],
    [0.1, 0.2, 0.1, 0.6, 1, 0.1],
    [0, 0, 0, 0, 0.1, 1],
  ];
  const matrix = denseMatrix(6, (i, j) => S[i]![j]!);

  it('merges groups whose average similarity reaches the threshold, labelled by their earliest item', () => {
    expect(averageLink(matrix, 0.5)).toEqual([0, 0, 0, 3, 3, 5]);
  });

  it('judges a group by the average of its pairs, not its closest pair', () => {
    // 3–4 (0.6) merges at 0.55, but {0,1,2} vs {3,4} averages ~0.13: they stay apart even at 0.15
    expect(averageLink(matrix, 0.15)).toEqual([0, 0, 0, 3, 3, 5]);
    expect(new Set(averageLink(matrix, 0.05)).size).toBeLessThan(3);
    expect(averageLink(matrix, 0.95)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('asks more of a merge between single items than between groups (size slack)', () => {
    // a pair at 0.6 joins at threshold 0.5; with slack 0.2 a 1×1 merge needs 0.7, so 3 and 4 stay
    // apart, while {0,1,2} still forms: 1–2 (0.9) and then 0 with {1,2} (0.75 ≥ 0.5 + 0.2/√2)
    expect(averageLink(matrix, 0.5, 0.2)).toEqual([0, 0, 0, 3, 4, 5]);
    expect(averageLink(matrix, 0.5, 0)).toEqual([0, 0, 0, 3, 3, 5]);
  });
});

describe('duplicates', () => {
  it('finds a republished copy with an extra line, not a rewrite of the same story', () => {
    expect(containment(shingles(ORCHESTRA), shingles(ORCHESTRA_WIRE))).toBe(1);
    expect(containment(shingles(FLOOD_1), shingles(FLOOD_2))).toBeLessThan(0.3);
    expect(containment(shingles('too short'), shingles(FLOOD_1))).toBe(0);
  });
});

describe('groupStories without times', () => {
  it('gives the same groups whatever order the articles come in', () => {
    const texts = [FLOOD_1, ORCHESTRA, FLOOD_2, STRIKE, ORCHESTRA_WIRE];
    const run = (order: number[]) => {
      const g = groupStories(order.map((i) => ({ id: `n${i}`, doc: buildDoc(texts[i]!) })));
      const byId = new Map(g.map((x) => [x.id, x.cluster]));
      return texts.map((_, i) => texts.map((__, j) => byId.get(`n${i}`) === byId.get(`n${j}`)));
    };
    expect(run([4, 3, 2, 1, 0])).toEqual(run([0, 1, 2, 3, 4]));
  });
});

describe('second-order similarity', () => {
  it('brings together two articles that share their nearest neighbour, not ones linked by a weak third', () => {
    // 0 and 1 share little directly but are both close to 2; 3 is weakly alike to 0 and to 4
    const S = [
      [1, 0.15, 0.6, 0.05, 0],
      [0.15, 1, 0.6, 0, 0],
      [0.6, 0.6, 1, 0, 0],
      [0.05, 0, 0, 1, 0.05],
      [0, 0, 0, 0.05, 1],
    ];
    const m = secondOrder(denseMatrix(5, (i, j) => S[i]![j]!), 2, NEIGHBOUR_FLOOR);
    expect(m.at(0, 1)).toBeGreaterThan(0.25);
    expect(m.at(0, 4)).toBe(0);
    expect(m.at(3, 4)).toBe(0); // below the floor: no neighbours, only themselves
    const mixed = withNeighbours(denseMatrix(5, (i, j) => S[i]![j]!), 2, 0.5);
    expect(averageLink(mixed, 0.4)).toEqual([0, 0, 0, 3, 4]);
    expect(averageLink(denseMatrix(5, (i, j) => S[i]![j]!), 0.4)).toEqual([0, 1, 0, 3, 4]);
  });

  it('fits the number of neighbours to how large the collection\'s stories are', () => {
    // stories of `size` items, strongly alike within, weakly across
    const blocks = (stories: number, size: number) =>
      denseMatrix(stories * size, (i, j) => (Math.floor(i / size) === Math.floor(j / size) ? 0.5 : 0.05));
    expect(neighbourCount(blocks(6, 3), 2, 5)).toBe(2);
    expect(neighbourCount(blocks(3, 11), 2, 5)).toBe(5);
    expect(neighbourCount(blocks(3, 11), 2, 4)).toBe(4);
    expect(neighbourCount(blocks(4, 7), 2, 5)).toBe(3);
    // stories of six: five strong links each, three neighbours
    expect(neighbourCount(blocks(5, 6), 2, 5)).toBe(3);
  });

  it('does not let two loosely alike articles inflate each other as nearest neighbours', () => {
    // 0 and 1 are each other's nearest at 0.2, below the floor: no second-order similarity
    const S = [
      [1, 0.2, 0.05],
      [0.2, 1, 0.05],
      [0.05, 0.05, 1],
    ];
    expect(secondOrder(denseMatrix(3, (i, j) => S[i]![j]!), 2, NEIGHBOUR_FLOOR).at(0, 1)).toBe(0);
    // with a floor below their similarity, the pair's profile cosine is about twice it
    expect(secondOrder(denseMatrix(3, (i, j) => S[i]![j]!), 2, 0.1).at(0, 1)).toBeGreaterThan(0.35);
  });
  it('asks more of neighbours where every article is somewhat alike to every other (one beat)', () => {
    // 24 articles, each pair 0.06 alike (shared background); 0 and 1 more (0.3)
    const beat = denseMatrix(24, (i, j) => (i + j === 1 ? 0.3 : 0.06));
    const levels = backgroundLevels(beat);
    expect(levels.every((x) => x === 0.06)).toBe(true);
    expect(withNeighbours(beat, 2, 0.5).at(0, 1)).toBeGreaterThan(0.4);
    // 0.3 − 2 · 0.06 falls under the floor: the pair is only as alike as it is directly
    expect(withNeighbours(beat, 2, 0.5, levels).at(0, 1)).toBeCloseTo(0.15, 5);
    // the same pair among unrelated articles keeps its neighbours
    const sparse = denseMatrix(24, (i, j) => (i + j === 1 ? 0.3 : 0));
    expect(withNeighbours(sparse, 2, 0.5, backgroundLevels(sparse)).at(0, 1)).toBeGreaterThan(0.4);
    // one story filling the collection is not background; a handful of articles has none
    expect(Math.max(...backgroundLevels(denseMatrix(24, () => 0.5)))).toBeLessThan(0.1);
    expect(backgroundLevels(denseMatrix(6, () => 0.06))).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('clusterBatch titles', () => {
  it('reads a separate title as the first line of the text', () => {
    // the bodies alone say nothing about which story: only the titles do
    const out = clusterBatch([
      { id: 't1', title: 'Floodwater closes Riverton bridge over the Kell river', text: 'Officials said more details would follow.' },
      { id: 't2', title: 'Riverton bridge over the Kell river shut by floodwater', text: 'The announcement came late in the day.' },
      { id: 't3', title: 'Symphony orchestra names violinist Mira Olsen conductor', text: 'A statement is expected later.' },
    ]);
    expect(out[1]!.cluster).toBe(out[0]!.cluster);
    expect(out[2]!.cluster).not.toBe(out[0]!.cluster);
    const untitled = clusterBatch([
      { id: 't1', text: 'Officials said more details would follow.' },
      { id: 't2', text: 'The announcement came late in the day.' },
    ]);
    expect(untitled[1]!.cluster).not.toBe(untitled[0]!.cluster);
  });
});
