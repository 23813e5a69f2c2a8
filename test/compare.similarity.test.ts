import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { preparePiece } from '../src/analysis/compare/piece.js';
import { storySimilarity, storyVectors } from '../src/analysis/compare/similarity.js';

const TITLE_A = 'Flood closes Riverton bridge';
const BODY_A = [
  'County engineer Dana Whitlock said on Monday that the structure would stay shut for six weeks.',
  'Repairs will cost $3.5 million. Drivers were told to use the ring road instead.',
].join('\n\n');
const TITLE_B = 'Riverton bridge shut after flood';
const BODY_B = [
  'Officials said the crossing will remain closed while crews inspect its supports, according to the county.',
  'Commuters face longer trips through the weekend.',
].join('\n\n');

describe('story similarity with titles given apart from the texts', () => {
  it('puts a title the text does not repeat in front of the body and opening', () => {
    const a = preparePiece(buildDoc(BODY_A), 'A');
    const withTitle = storyVectors(a, TITLE_A);
    expect(a.vector.has('riverton')).toBe(false);
    expect(withTitle.vector.has('riverton')).toBe(true);
    expect(withTitle.opening.has('riverton')).toBe(true);
  });

  it('scores a pair with separate titles as it scores the same pair with titles at the top of the texts', () => {
    const apart = storySimilarity(preparePiece(buildDoc(BODY_A), 'A'), preparePiece(buildDoc(BODY_B), 'B'), { a: TITLE_A, b: TITLE_B });
    const inline = storySimilarity(
      preparePiece(buildDoc(`${TITLE_A}\n\n${BODY_A}`), 'A'),
      preparePiece(buildDoc(`${TITLE_B}\n\n${BODY_B}`), 'B'),
      { a: TITLE_A, b: TITLE_B },
    );
    // (not identical: a name in a title at the top of a text is boosted as a name, a title given apart is read unboosted)
    expect(Math.abs(apart - inline)).toBeLessThan(0.02);
  });

  it('does not count a title twice when the text already opens with it', () => {
    const doc = buildDoc(`${TITLE_A}\n\n${BODY_A}`);
    const p = preparePiece(doc, 'A');
    expect(storyVectors(p, TITLE_A).vector).toBe(p.vector);
    // a kicker or a date line before the repeated title still counts as repeating it
    const dated = preparePiece(buildDoc(`Local news, 4 March\n\n${TITLE_A}\n\n${BODY_A}`), 'A');
    expect(storyVectors(dated, TITLE_A).vector).toBe(dated.vector);
  });
});

describe('story similarity when one text has no reporting', () => {
  it('compares the headlines alone when a text is only a log-in prompt under its headline', () => {
    const report = preparePiece(buildDoc(`${TITLE_A}\n\n${BODY_A}`), 'A');
    const paywalled = preparePiece(buildDoc(`${TITLE_B}\nYou have reached the limit for free access to our reporting. Subscribers, click below to log in.`), 'B');
    expect(paywalled.story).toHaveLength(0);
    const onTopic = storySimilarity(report, paywalled);
    expect(onTopic).toBeGreaterThan(0.5);
    const offTopic = storySimilarity(report, preparePiece(buildDoc('Symphony names new conductor\nYou have reached the limit for free access to our reporting. Subscribers, click below to log in.'), 'B'));
    expect(offTopic).toBeLessThan(0.1);
    // the same with the title given apart from a text that is nothing but the prompt
    const promptOnly = preparePiece(buildDoc('You have reached the limit for free access to our reporting.'), 'B');
    expect(promptOnly.story).toHaveLength(0);
    expect(storySimilarity(report, promptOnly, { b: TITLE_B })).toBeGreaterThan(0.5);
  });
});

describe('a title with the site name after it', () => {
  it('counts as repeated when the text opens with the title without the site name', () => {
    const p = preparePiece(buildDoc(`${TITLE_A}\n\n${BODY_A}`), 'A');
    expect(storyVectors(p, `${TITLE_A} | The Riverton Courier`).vector).toBe(p.vector);
    expect(storyVectors(p, `${TITLE_A} - County News`).vector).toBe(p.vector);
    // a title the text does not carry, site name or not, is still put in front
    expect(storyVectors(p, 'Mayor names new harbour chief | The Riverton Courier').vector).not.toBe(p.vector);
  });
});
