/**
 * Speakers named after a title with `of` or a body before a role (`said chief of staff Katie
 * Telford`, `Minister of Finance Chrystia Freeland said`), and other attribution shapes. Texts
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quotesIn, speakerOf } from './support/quotes.js';

describe('speakers after a title with `of`', () => {
  it('a lower-case title with `of` before a full name after the verb', () => {
    expect(speakerOf('"It is done," said chief of staff Katie Telford.', 'It is done')).toBe('Katie Telford');
    expect(speakerOf('"We are ready," said director of communications Ann Smith.', 'We are ready')).toBe('Ann Smith');
    expect(speakerOf('"Thanks for coming," said master of ceremonies Ali Hassan, a Syrian engineer.', 'Thanks for coming')).toBe('Ali Hassan');
  });

  it('a capitalised title with `of` before a full name, after or before the verb', () => {
    expect(speakerOf('"It is balanced," said Minister of Finance Chrystia Freeland.', 'It is balanced')).toBe('Chrystia Freeland');
    expect(speakerOf('Minister of Finance Chrystia Freeland said the budget was balanced.', 'budget was balanced')).toBe('Chrystia Freeland');
  });

  it('a body and a participle title before a role and a name', () => {
    expect(speakerOf('"They are sore losers," said Oversight ranking Democrat Elijah Cummings (D-Md.).', 'sore losers')).toBe('Elijah Cummings');
  });

  it('a surname before `of` and a body is the speaker, not the body', () => {
    const text = 'Drew Heiserman leads the caucus.\n\n"It was too early," said Heiserman of the CORE Teachers.';
    expect(speakerOf(text, 'too early')).toBe('Drew Heiserman');
  });

  it('two roles joined by `and` before the name', () => {
    const text = 'The firm lobbied for the company in New York and Florida, said lobbyist and GOP strategist Charlie Black, his former partner.';
    expect(speakerOf(text, 'lobbied for the company')).toBe('Charlie Black');
  });

  it('`said X of Y` with one-word names is the speaker X', () => {
    expect(speakerOf('Clinton met Sanders. "He is a friend," said Clinton of Sanders.', 'He is a friend')).toBe('Clinton');
  });

  it('a capitalised title after `the`, before or after the verb, is its holder', () => {
    const text = 'Mary Simon, the Governor General, spoke at Rideau Hall.\n\n"Reconciliation is a long journey," the Governor General said.\n\n"We must walk it together," said the Governor General.';
    expect(speakerOf(text, 'long journey')).toBe('Mary Simon');
    expect(speakerOf(text, 'walk it together')).toBe('Mary Simon');
    const pm = 'Mark Carney, the Prime Minister, spoke in Halifax. "We are ready for this," the Prime Minister said.';
    expect(speakerOf(pm, 'ready for this')).toBe('Mark Carney');
  });

  it('a name with an appositive, then `said` and a short clause, is the speaker (no tail `…, said Ford`)', () => {
    const text = 'Bonnie Crombie, leader of the Ontario Liberals, said Ford had failed.';
    expect(speakerOf(text, 'Ford had failed')).toBe('Bonnie Crombie');
    expect(speakerOf('John Smith, acting director of the agency, said Clinton was wrong.', 'Clinton was wrong')).toBe('John Smith');
    // (a real tail stays one)
    expect(speakerOf('The economy is slowing, said Tiff Macklem, the governor.', 'economy is slowing')).toBe('Tiff Macklem');
  });

  it('a relative clause that reports keeps the person as speaker and `who` as the mention', () => {
    const qs = quotesIn('Charles Barkley, who said he usually votes Democratic, praised John Kasich on Tuesday.');
    const q = qs.find((x) => x.quote.includes('usually votes'))!;
    expect(q.speaker).toBe('Charles Barkley');
    expect(q.speakerMention).toBe('who');
  });
});
