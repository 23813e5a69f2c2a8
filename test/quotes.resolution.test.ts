import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractQuotes, type Quote } from '../src/analysis/quotes/index.js';

function quotes(text: string): Quote[] {
  return extractQuotes(buildDoc(text));
}

/** The resolved speaker of the quote containing `snippet`. */
function speakerOf(text: string, snippet: string): string | null {
  const qs = quotes(text);
  const q = qs.find((x) => x.quote.includes(snippet));
  if (!q) throw new Error(`no quote containing "${snippet}" in ${JSON.stringify(qs.map((x) => x.quote))}`);
  return q.speaker;
}

describe('speaker resolution to full names', () => {
  it('a pronoun chain stays with the person it started from', () => {
    const text = 'Maria Lopez, the mayor of Springfield, opened the session.\n\n"We will not back down," she said.\n\nShe also said the budget would stay as it is.\n\nShe said the council would vote next week.';
    expect(speakerOf(text, 'not back down')).toBe('Maria Lopez');
    expect(speakerOf(text, 'the budget would stay')).toBe('Maria Lopez');
    expect(speakerOf(text, 'the council would vote')).toBe('Maria Lopez');
  });

  it('a surname after the full name is the earliest full mention', () => {
    const text = 'Jeff J. Brown, author of a book on China, spoke in Beijing.\n\n"It will backfire," Brown told Sputnik.';
    const q = quotes(text).find((x) => x.quote.includes('backfire'))!;
    expect(q.speaker).toBe('Jeff J. Brown');
    expect(q.speakerMention).toBe('Brown');
    expect(q.role).toBe('author of a book on China');
  });

  it('a surname met before the full name still resolves to it', () => {
    const text = 'Hale had warned of this for years.\n\nThe analyst, Rosa Hale, said the market was overheated.\n\n"Prices cannot keep rising," Hale said.';
    expect(speakerOf(text, 'Prices cannot keep rising')).toBe('Rosa Hale');
  });

  it('a title-only reference is the person who holds that title', () => {
    const text = 'Health Minister Sara Kim and Finance Minister Paul Ortiz clashed on Monday.\n\nThe health minister said hospitals needed more money.\n\nThe finance minister said the budget was already tight.';
    expect(speakerOf(text, 'hospitals needed more money')).toBe('Sara Kim');
    expect(speakerOf(text, 'the budget was already tight')).toBe('Paul Ortiz');
  });

  it('Mr. and Ms. tell two people with the same surname apart', () => {
    const text = 'Dana White, a nurse, came with her brother, Carl White, a teacher. "We grew up here," Ms. White said. "I stayed," Mr. White said.';
    expect(speakerOf(text, 'We grew up here')).toBe('Dana White');
    expect(speakerOf(text, 'I stayed')).toBe('Carl White');
  });

  it('first names tell two people with the same surname apart', () => {
    const text = 'Bill Clinton spoke in Ohio. Hillary Clinton spoke in Iowa.\n\nMrs. Clinton said later that trade mattered most. Mr. Clinton said that he agreed with every word.';
    expect(speakerOf(text, 'trade mattered most')).toBe('Hillary Clinton');
    expect(speakerOf(text, 'he agreed with every word')).toBe('Bill Clinton');
  });

  it('a woman and a man alternating: each pronoun takes the person of its gender', () => {
    const text = 'Lena Fox spoke after Mark Stone. She said the vote had been rigged. He said it had not been rigged at all. She said she would appeal the result. He said he would fight the appeal.';
    expect(speakerOf(text, 'the vote had been rigged')).toBe('Lena Fox');
    expect(speakerOf(text, 'it had not been rigged')).toBe('Mark Stone');
    expect(speakerOf(text, 'she would appeal')).toBe('Lena Fox');
    expect(speakerOf(text, 'he would fight')).toBe('Mark Stone');
  });

  it('a pronoun prefers the subject of the sentence before over a name after a preposition', () => {
    const text = 'Senator Tom Reed wrote to Governor Paul Hale on Friday. He said the bridge money had been wasted.';
    expect(speakerOf(text, 'the bridge money')).toBe('Tom Reed');
  });

  it('a pronoun prefers the subject of the sentence before over a later object', () => {
    const text = 'Tom Reed praised Paul Hale for the deal. He said the harbour would reopen in May.';
    expect(speakerOf(text, 'the harbour would reopen')).toBe('Tom Reed');
  });

  it('a pronoun agrees with a name of known gender before one of unknown gender', () => {
    const text = 'Casey Quinn met Ana Silva in Seoul. She said the talks were going well.';
    expect(speakerOf(text, 'the talks were going well')).toBe('Ana Silva');
  });

  it('an appositive role stops where the sentence goes on with a verb', () => {
    const text = 'Alex Morgan, a spokesperson for the club, declined to comment on Friday. "I am happy with the deal," Morgan said.';
    const q = quotes(text).find((x) => x.quote.includes('happy with the deal'))!;
    expect(q.speaker).toBe('Alex Morgan');
    expect(q.role).toBe('a spokesperson for the club');
  });
});
