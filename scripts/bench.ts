/**
 * `npm run bench`: speed (and, where a peer exists, quality beside it) of every part that has a
 * budget. Medians of warm runs; benchmarks, not timed tests. Sections: summarise vs the npm
 * summarisers, quotes vs compromise and the naive regex, compare and grouping, Slack ack latency.
 */
const sections: [string, () => Promise<{ main(argv?: string[]): Promise<void> }>][] = [
  ['summarise', () => import('./bench-summarise.js')],
  ['quotes', () => import('./bench-quotes.js')],
  ['compare', () => import('./bench-compare.js')],
  ['slack', () => import('./bench-slack.js')],
];

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const [name, load] of sections) {
  if (only.length && !only.includes(name)) continue;
  await (await load()).main([]);
}
