import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.js';

const said = (text: string) => quotesIn(text).map((q) => [q.speakerMention, q.quote, q.kind]);

describe('anonymous sourcing: an unnamed source with an aside before the verb', () => {
  it('reads the source before a who-clause', () => {
    expect(said('The source, who spoke on condition of anonymity, said talks between the two sides had stalled.')).toEqual([
      ['The source', 'talks between the two sides had stalled', 'indirect'],
    ]);
    expect(said('A senior official, who was not authorized to speak publicly, said the two sides were close to a deal.')).toEqual([
      ['A senior official', 'the two sides were close to a deal', 'indirect'],
    ]);
  });

  it('reads the source before a long participle aside', () => {
    const q = quotesIn('The official, speaking on condition of anonymity because he was not authorized to discuss the talks, said the two sides were close.');
    expect(q.map((x) => [x.speakerMention, x.quote])).toEqual([['The official', 'the two sides were close']]);
  });

  it('reads a body before a which-clause, but not a thing', () => {
    expect(said('The ministry, which oversees the program, said the two sides were close to a deal.').map(([m]) => m)).toEqual(['The ministry']);
    expect(said('The plan, which was announced Monday, said the two sides would meet again soon.')).toEqual([]);
  });
});

describe('speech verbs of hand-annotated news', () => {
  it('reads reassure, clarify, restate, reckon and elaborate with their clause', () => {
    expect(said('The minister reassured Canadians that the vaccine was safe.')).toEqual([['The minister', 'that the vaccine was safe', 'indirect']]);
    expect(said('Health officials clarified that the rules still apply.')).toEqual([['Health officials', 'that the rules still apply', 'indirect']]);
    expect(said('Ford restated that the deal was done.')).toEqual([['Ford', 'that the deal was done', 'indirect']]);
    expect(said('Ford reckons the deal is done.')).toEqual([['Ford', 'the deal is done', 'indirect']]);
    expect(said('The minister elaborated that the plan would take two years.')).toEqual([['The minister', 'that the plan would take two years', 'indirect']]);
  });

  it('reads advise only with a that-clause, not as giving advice', () => {
    expect(said('Ford advised residents that the roads were closed.')).toEqual([['Ford', 'that the roads were closed', 'indirect']]);
    expect(said('The firm advised the company on its merger with a rival bank.')).toEqual([]);
  });
});

describe('an aside between commas is no role', () => {
  it('keeps the title and drops `meanwhile` / `for her part`', () => {
    const text = 'Federal Health Minister Patty Hajdu, meanwhile, urged Canadians to get their shots.\n\n"It is the best protection we have," she told reporters.\n\nSenator Ana Ruiz, for her part, said the plan was too slow.';
    const q = quotesIn(text);
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Patty Hajdu', 'Federal Health Minister'],
      ['Patty Hajdu', 'Federal Health Minister'],
      ['Ana Ruiz', 'Senator'],
    ]);
  });
});

describe('police ranks in Canadian copy', () => {
  it('does not end a sentence at `Cpl.` or `Const.`', () => {
    const q = quotesIn('RCMP Cpl. Ana Cole said the driver had fled the scene. Const. Mark Lee said officers were searching the area.');
    expect(q.map((x) => [x.speaker, x.quote])).toEqual([
      ['Ana Cole', 'the driver had fled the scene'],
      ['Mark Lee', 'officers were searching the area'],
    ]);
  });
});

describe('summoned, not reported', () => {
  it('reads no report in `were called to the scene`, but keeps `called for`', () => {
    expect(quotesIn('Police were called to the house at 2 a.m. on Sunday. Officers were called to the scene shortly after midnight.')).toEqual([]);
    expect(quotesIn('Smith called for an immediate ceasefire in the region.').map((q) => [q.speaker, q.quote])).toEqual([['Smith', 'an immediate ceasefire in the region']]);
  });
});

describe('a quote that runs on over paragraphs', () => {
  it('is one quote while each paragraph reopens it without closing it; a closed one ends it', () => {
    const text = 'Dana Reyes spoke at the rally.\n\n“We have the volunteers and the money,” Reyes said. “We will win this state.\n\n“And then we will win the next one.\n\n“It will not be easy.”\n\n“Nobody said it would be.”';
    const direct = quotesIn(text).filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.partTexts ?? [q.quote])).toEqual([
      ['We have the volunteers and the money', 'We will win this state.', 'And then we will win the next one.', 'It will not be easy.'],
      ['Nobody said it would be.'],
    ]);
    expect(direct.map((q) => q.speaker)).toEqual(['Dana Reyes', 'Dana Reyes']);
  });
});
