import { describe, expect, it } from 'vitest';
import { indirectIn } from './support/quotes.js';

describe('reported speech: a coordinated clause with a report of its own ends the content', () => {
  it('ends the content before `, and he railed against …`', () => {
    const got = indirectIn('Lena Holt said the real threat to the region is the drought, and she railed against officials for ignoring the wells.');
    expect(got).toContainEqual(['Lena Holt', 'the real threat to the region is the drought']);
  });

  it('ends the content before `but did not recommend …`', () => {
    const got = indirectIn('Mark Ruben said the agency had faulted the mayor for the delays but did not recommend any charges.');
    expect(got.find(([, q]) => q.includes('faulted the mayor'))?.[1]).toBe('the agency had faulted the mayor for the delays');
  });

  it('keeps a belief after `, but she knows` inside the report', () => {
    const got = indirectIn('Anna Berg said she hopes to win the seat, but she knows that the race will be close.');
    expect(got.find(([, q]) => q.includes('hopes to win'))?.[1]).toContain('the race will be close');
  });
});

describe('reported speech: a second verb of position joined to the cue', () => {
  it('ends an object content before `and called for …` and reports the second verb on its own', () => {
    const got = indirectIn('Senator Ana Cole criticized the new trade deals with Canada and called for steep tariffs on steel.');
    expect(got.map(([, q]) => q)).toContain('the new trade deals with Canada');
  });

  it('keeps a coordinated verb inside a reported clause (`said she watched … and thought of …`)', () => {
    const got = indirectIn('Anna Berg said she watched the old plant close and thought of her father.');
    expect(got.find(([, q]) => q.includes('watched'))?.[1]).toContain('thought of her father');
  });

  it('reads `and favors to …` as a plural noun, not a second report', () => {
    const got = indirectIn('Critics accused the minister of hiding her dealings and favors to foreign donors.');
    expect(got.find(([, q]) => q.includes('dealings'))?.[1]).toContain('favors to foreign donors');
  });
});

describe('reported speech: a one-word position', () => {
  it('reports a name alone after a verb of judging (`attacked Trump`)', () => {
    expect(indirectIn('Ana Cole attacked Trump.')).toContainEqual(['Ana Cole', 'Trump']);
  });

  it('reports a person pronoun alone after a verb of taking sides (`backed him`)', () => {
    expect(indirectIn('Most delegates backed him.').map(([, q]) => q)).toContain('him');
  });

  it('reads a name after a speech verb as the speaker, not the content (`said Clinton`)', () => {
    expect(indirectIn('The plan is dead, said Clinton.').map(([, q]) => q)).not.toContain('Clinton');
  });
});

describe('reported speech: a dash before a new report', () => {
  it('ends the content at a dash that opens another speaker’s report', () => {
    const got = indirectIn('Lena Holt told the paper that she was tired of waiting for the council — the mayor also said the plan was late.');
    expect(got).toContainEqual(['Lena Holt', 'that she was tired of waiting for the council']);
  });

  it('keeps a parenthetical between dashes (`— even as he says … —`) inside the content', () => {
    const got = indirectIn('Critics noted that Mr. Holt — even as he says his plan is ready — has proposed little so far.');
    expect(got.find(([, q]) => q.startsWith('that Mr. Holt'))?.[1]).toContain('has proposed little so far');
  });
});

describe('reported speech: a report inside another report’s content', () => {
  it('ends the inner report where the question it sits in ends', () => {
    const got = indirectIn('And when asked who they thought was the closest ally, the vast majority named Canada.');
    expect(got.map(([, q]) => q)).toContain('who they thought was the closest ally');
    expect(got.some(([, q]) => q.includes('was the closest ally, the vast majority'))).toBe(false);
  });
});

describe('reported speech: parallel shares of a poll', () => {
  it('ends one share’s report before `, while 9 percent found …`', () => {
    const got = indirectIn('Forty percent said the mayor had done a good job on housing, while 9 percent found the plan too costly.');
    expect(got).toContainEqual(['Forty percent', 'the mayor had done a good job on housing']);
  });

  it('keeps both shares in one finding when the content holds the first share', () => {
    const got = indirectIn('The survey found that 28 percent of voters backed Mr. Holt, while 23 percent favored Ms. Berg.');
    expect(got.find(([, q]) => q.startsWith('that 28 percent'))?.[1]).toContain('23 percent favored Ms. Berg');
  });
});
