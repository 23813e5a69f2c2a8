import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractEntities } from '../src/analysis/text/entities.js';

const TEXT = [
  'Harbour Council approves $4.2 million sea wall',
  '',
  'The Harbour Town Council voted on Tuesday to spend $4.2 million on a new sea wall, Mayor Olivia Trent said.',
  '',
  '“We cannot wait for the next storm,” Trent told reporters in Portsmouth. Rates will rise 3.5% from April 1, 2024, and about 120 homes will be protected.',
  '',
  'Prime Minister Rishi Sunak visited Portsmouth in March 2023, when British officials promised help.',
].join('\n');

describe('extractEntities', () => {
  const doc = buildDoc(TEXT);
  const e = extractEntities(doc);

  it('finds people with their role and links a later surname to the full name', () => {
    const trent = e.people.find((p) => p.name === 'Olivia Trent');
    expect(trent).toBeDefined();
    expect(trent!.role).toBe('Mayor');
    expect(trent!.count).toBe(2);
    expect(e.people.map((p) => p.name)).toContain('Rishi Sunak');
  });

  it('finds organisations and places, counting demonyms as the country', () => {
    expect(e.organisations.map((o) => o.name)).toContain('Harbour Town Council');
    const portsmouth = e.places.find((p) => p.key === 'place:portsmouth');
    expect(portsmouth?.count).toBe(2);
    expect(e.places.some((p) => p.key === 'place:united kingdom')).toBe(true);
  });

  it('reads money, percentages and counts with values and units', () => {
    const money = e.numbers.find((n) => n.kind === 'money');
    expect(money?.value).toBe(4_200_000);
    expect(money?.count).toBe(2);
    const pct = e.numbers.find((n) => n.kind === 'percent');
    expect(pct?.value).toBe(3.5);
    const homes = e.numbers.find((n) => n.kind === 'quantity' && n.unit === 'homes');
    expect(homes?.value).toBe(120);
    expect(homes?.approximate).toBe(true);
  });

  it('reads dates with comparable keys', () => {
    const keys = e.dates.map((d) => d.key);
    expect(keys).toContain('date:2024-04-01');
    expect(keys).toContain('date:2023-03');
    expect(keys).toContain('date:weekday:tuesday');
  });

  it('gives offsets into doc.text that slice to the mention, and input offsets via toInput', () => {
    for (const ent of e.all) {
      for (const m of ent.mentions) {
        expect(doc.text.slice(m.start, m.end)).toBe(m.text);
        const [s, t] = doc.toInput(m.start, m.end);
        expect(doc.input.slice(s, t).replace(/\s+/g, ' ')).toBe(m.text);
      }
    }
  });

  it('does not take sentence-initial common words for names', () => {
    expect(e.all.some((x) => /^(the|rates|we)\b/i.test(x.name))).toBe(false);
  });
});
