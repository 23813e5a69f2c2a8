import { describe, expect, it } from 'vitest';
import { quotesIn, quoteWith } from './support/quotes.js';

describe('`went on` after a quote', () => {
  it('credits the subject of a bare `went on` with the quote before it', () => {
    const text = 'Maria Lopez spoke to reporters. “We will not back down,” Lopez said. “This is a lot of nonsense,” she went on.';
    expect(quoteWith(text, 'lot of nonsense').speaker).toBe('Maria Lopez');
  });

  it('reads `went on,` before an adjunct as the cue too', () => {
    const text = '“You know, it happens, right?” Trump went on, as if nobody had heard.';
    expect(quoteWith(text, 'it happens').speakerMention).toBe('Trump');
  });

  it('takes no `went on to …` for a cue', () => {
    const text = '“It is the best show on television,” Trump went on to promote his program.';
    expect(quoteWith(text, 'best show').speaker).toBeNull();
  });
});

describe('names joined before a verb', () => {
  const intro = 'Ben Carson, Carly Fiorina and Mike Huckabee spoke on Monday. ';

  it('credits every name of a list of three after the quote', () => {
    const q = quoteWith(`${intro}“We will not go there at all,” Carson, Fiorina and Huckabee said.`, 'go there');
    expect(q.speaker).toBe('Ben Carson and Carly Fiorina and Mike Huckabee');
  });

  it('credits two joined names before a lead cue, not only the second', () => {
    expect(quoteWith(`${intro}Fiorina and Huckabee said: “We will not attend the debate.”`, 'attend').speaker).toBe('Carly Fiorina and Mike Huckabee');
  });

  it('credits a list of three before a lead cue', () => {
    expect(quoteWith(`${intro}Carson, Fiorina and Huckabee told reporters, “We will not attend the debate.”`, 'attend').speaker).toBe('Ben Carson and Carly Fiorina and Mike Huckabee');
  });

  it('still starts a new clause at `and` after a verb', () => {
    expect(quoteWith('Fiorina laughed and Huckabee said: “This is a total disaster for them.”', 'disaster').speakerMention).toBe('Huckabee');
  });
});

describe('a bare `May` before a reporting verb', () => {
  const intro = 'Theresa May met the press on Monday. ';

  it('reads `May said` after a quote as the surname', () => {
    expect(quoteWith(`${intro}“We will leave on time,” May said.`, 'leave on time').speaker).toBe('Theresa May');
  });

  it('reads `May told` before a quote as the surname', () => {
    expect(quoteWith(`${intro}May told reporters: “The deal is done and dusted now.”`, 'dusted').speaker).toBe('Theresa May');
  });

  it('leaves a lowercase modal alone', () => {
    expect(quoteWith(`${intro}“We may say nothing at all about it,” he said.`, 'say nothing').speakerMention).toBe('he');
  });
});

describe('a modal or preposition as a surname', () => {
  it('reads `Will wrote` after a quote as George Will', () => {
    const text = 'George Will is a columnist. “This might hasten the eclipse of the outsiders,” Will wrote.';
    expect(quoteWith(text, 'hasten').speaker).toBe('George Will');
  });

  it('keeps a function-word surname after a first name in the person index', () => {
    const text = 'Al From helped found the council. “We needed Wall Street for investment,” From said.';
    expect(quoteWith(text, 'Wall Street').speaker).toBe('Al From');
  });

  it('takes no title-case modal for a surname', () => {
    const text = 'Bernie Will Win. “The party is in trouble this year,” Sanders said.';
    expect(quoteWith(text, 'party is in trouble').speaker).toBe('Sanders');
  });
});
