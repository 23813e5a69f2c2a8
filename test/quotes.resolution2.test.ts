/**
 * Speaker resolution to full names in Canadian news style: pronouns to the nearest compatible
 * person, surnames to the earliest full name, role nouns (`the premier`, `the minister`) to the
 * person named with that role before. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { jsonSpeakerOf, quotesIn, speakerOf } from './support/quotes.js';

describe('resolution to full names, Canadian news style', () => {
  it('a woman and a man alternating with he and she, in quotes', () => {
    const text = 'Chrystia Freeland met Pierre Poilievre in the House on Tuesday.\n\n"This budget is responsible," she said.\n\n"It is a disaster for families," he said.\n\n"We will not cut health transfers," she added.\n\nHe said the Conservatives would vote against it.';
    expect(speakerOf(text, 'This budget is responsible')).toBe('Chrystia Freeland');
    expect(speakerOf(text, 'disaster for families')).toBe('Pierre Poilievre');
    expect(speakerOf(text, 'not cut health transfers')).toBe('Chrystia Freeland');
    expect(speakerOf(text, 'the Conservatives would vote')).toBe('Pierre Poilievre');
  });

  it('a doctor with an appositive role, then the surname', () => {
    const text = 'Dr. Theresa Tam, Canada\'s chief public health officer, urged caution on Friday.\n\n"The virus is still circulating," Tam said.\n\nTam said vaccination rates were rising.';
    expect(speakerOf(text, 'still circulating')).toBe('Theresa Tam');
    expect(speakerOf(text, 'vaccination rates were rising')).toBe('Theresa Tam');
  });

  it('the surname with an honorific resolves to the full name', () => {
    const text = 'Dr. Bonnie Henry, British Columbia\'s provincial health officer, spoke in Victoria.\n\n"We are not out of the woods," Dr. Henry said.';
    expect(speakerOf(text, 'out of the woods')).toBe('Bonnie Henry');
  });

  it('`the premier` after `Ontario Premier Doug Ford`', () => {
    const text = 'Ontario Premier Doug Ford announced new funding for hospitals on Monday.\n\n"We are getting it done," the premier said.\n\nThe premier said the money would flow this spring.';
    expect(speakerOf(text, 'getting it done')).toBe('Doug Ford');
    expect(speakerOf(text, 'the money would flow')).toBe('Doug Ford');
  });

  it('`the minister` is the minister named before, not another person named since', () => {
    const text = 'Health Minister Mark Holland tabled the bill on Thursday. Opposition critic Stephen Ellis called it a cash grab.\n\n"This is about patients," the minister said.';
    expect(speakerOf(text, 'about patients')).toBe('Mark Holland');
  });

  it('`the mayor` after a name with a city and role after it', () => {
    const text = 'Olivia Chow, the mayor of Toronto, defended the tax increase.\n\n"Toronto cannot wait," the mayor said.';
    expect(speakerOf(text, 'Toronto cannot wait')).toBe('Olivia Chow');
  });

  it('two people with the same surname: first names and the full name decide', () => {
    const text = 'Justin Trudeau spoke in Ottawa. His brother, Alexandre Trudeau, spoke in Montreal.\n\n"I am proud of our record," Justin Trudeau said.\n\n"Our father would have approved," Alexandre Trudeau said.';
    expect(speakerOf(text, 'proud of our record')).toBe('Justin Trudeau');
    expect(speakerOf(text, 'father would have approved')).toBe('Alexandre Trudeau');
  });

  it('an organisation speaks as itself', () => {
    const text = 'Statistics Canada said the unemployment rate rose to 6.4 per cent in May.\n\nThe agency said the increase was driven by young workers.';
    expect(speakerOf(text, 'unemployment rate rose')).toBe('Statistics Canada');
  });

  it('`the Bank of Canada said` is the bank', () => {
    const text = 'The Bank of Canada said on Wednesday it would hold its key rate at five per cent.';
    expect(speakerOf(text, 'hold its key rate')).toBe('Bank of Canada');
  });

  it('a pronoun after a quote whose speaker is named after it', () => {
    const text = '"We need more nurses," said Danielle Smith, the Alberta premier. She said the province would hire 1,000 more by fall.';
    expect(speakerOf(text, 'more nurses')).toBe('Danielle Smith');
    expect(speakerOf(text, 'hire 1,000 more')).toBe('Danielle Smith');
  });

  it('`the premier` after `Premier X` in a different paragraph and a man in between', () => {
    const text = 'B.C. Premier David Eby unveiled the housing plan in Vancouver.\n\nHousing advocate Tom Nguyen said the plan came too late.\n\n"We have listened," the premier said.';
    expect(speakerOf(text, 'We have listened')).toBe('David Eby');
  });

  it('`the prime minister` after `Prime Minister X`', () => {
    const text = 'Prime Minister Mark Carney met U.S. President Donald Trump at the White House.\n\n"We had a constructive conversation," the prime minister told reporters.';
    expect(speakerOf(text, 'constructive conversation')).toBe('Mark Carney');
  });

  it('a pronoun skips an organisation and takes the person', () => {
    const text = 'Lisa Raitt, a former Conservative minister, criticized the Liberal Party on Sunday. She said the party had lost touch with voters.';
    expect(speakerOf(text, 'lost touch')).toBe('Lisa Raitt');
  });

  it('`he` after a woman quoted by full name goes to the man named just before her (same surname)', () => {
    const text = 'Karen Wong, a nurse in Surrey, described her shifts. Her husband, David Wong, drives a cab.\n\n"We barely see each other," Karen Wong said.\n\nHe said he works nights.';
    expect(speakerOf(text, 'barely see each other')).toBe('Karen Wong');
    expect(speakerOf(text, 'he works nights')).toBe('David Wong');
  });

  it('`the chief` after `Police Chief X`', () => {
    const text = 'Toronto Police Chief Myron Demkiw addressed the board on Thursday.\n\n"Our officers are stretched thin," the chief said.';
    expect(speakerOf(text, 'stretched thin')).toBe('Myron Demkiw');
  });

  it('a spokesperson for an organisation is the named person', () => {
    const text = 'Air Canada spokesperson Peter Fitzpatrick said the airline would refund the fares.';
    expect(speakerOf(text, 'refund the fares')).toBe('Peter Fitzpatrick');
  });

  it('the JSON speaker carries the role after the full name', () => {
    const text = 'Dr. Theresa Tam, Canada\'s chief public health officer, spoke on Friday.\n\n"Stay home if you are sick," Tam said.';
    expect(jsonSpeakerOf(text, 'Stay home')).toMatch(/^Theresa Tam/);
  });

  it('she after a man and a woman in one sentence goes to the woman', () => {
    const text = 'Finance Minister Dominic LeBlanc and Treasury Board President Anita Anand met with unions. "We are at the table," she said.';
    expect(speakerOf(text, 'at the table')).toBe('Anita Anand');
  });

  it('`Ford said` after `Ontario Premier Doug Ford` and a bare surname quote', () => {
    const text = 'Ontario Premier Doug Ford said Monday the province would sue.\n\n"We will see them in court," Ford said.';
    expect(speakerOf(text, 'see them in court')).toBe('Doug Ford');
  });

  it('the minister after two ministers, with the portfolio', () => {
    const text = 'Immigration Minister Marc Miller and Housing Minister Sean Fraser spoke in Halifax.\n\n"Caps are temporary," the immigration minister said.\n\n"We need more homes," the housing minister said.';
    expect(speakerOf(text, 'Caps are temporary')).toBe('Marc Miller');
    expect(speakerOf(text, 'more homes')).toBe('Sean Fraser');
  });

  it('`the doctor` is the person named with `Dr.` before', () => {
    const text = 'Dr. Kieran Moore, Ontario\'s chief medical officer of health, said cases were rising.\n\n"Please wear a mask indoors," the doctor said.';
    expect(speakerOf(text, 'wear a mask')).toBe('Kieran Moore');
  });

  it('a capitalised title after `the` is the one who holds it', () => {
    const text = 'Mary Simon, the Governor General, spoke at Rideau Hall on Monday. The Governor General said reconciliation was a long journey.';
    expect(speakerOf(text, 'reconciliation was a long journey')).toBe('Mary Simon');
  });

  it('`Back in 2003, Mr. X …, telling …` is Mr. X, not `Back`', () => {
    const text = 'Stephen Harper led the party then. Back in 2003, Mr. Harper praised the plan, telling CBC: "It is a good plan and I support it."';
    expect(speakerOf(text, 'good plan')).toBe('Stephen Harper');
  });

  it('an accented first name tells the gender (Mélanie), so `he` goes to the man named with her', () => {
    const text = 'Mélanie Joly, the foreign affairs minister, spoke with her U.S. counterpart, Marco Rubio. "We had a frank conversation," Joly said. He said the talks were productive.';
    expect(speakerOf(text, 'frank conversation')).toBe('Mélanie Joly');
    expect(speakerOf(text, 'talks were productive')).toBe('Marco Rubio');
  });

  it('a double first name tells the gender of its first part (Yves-François)', () => {
    const text = 'Bloc Québécois Leader Yves-François Blanchet met Elizabeth May in Ottawa. "Quebecers will not accept this," he said.';
    expect(speakerOf(text, 'Quebecers will not accept')).toBe('Yves-François Blanchet');
  });

  it('a government body named like a person is an organisation: `it said` and `the agency said` stand for it', () => {
    const text = 'Statistics Canada said the economy grew 0.3 per cent in March. It said the growth was broad-based.\n\n"Goods-producing industries led the gains," the agency said.';
    expect(speakerOf(text, 'economy grew')).toBe('Statistics Canada');
    expect(speakerOf(text, 'growth was broad-based')).toBe('Statistics Canada');
    expect(speakerOf(text, 'Goods-producing')).toBe('Statistics Canada');
  });

  it('`the Ontario MP` is the MP named before', () => {
    const text = 'Conservative MP Michael Barrett said the government was hiding documents. The Ontario MP said the RCMP should investigate.';
    expect(speakerOf(text, 'RCMP should investigate')).toBe('Michael Barrett');
  });

  it('a surname two people share is the one named in full just before', () => {
    const text = 'Karen Wong spoke first about the flood. Then David Wong spoke.\n\n"I am tired too," Wong said.';
    expect(speakerOf(text, 'I am tired too')).toBe('David Wong');
  });

  it('`they` is the group named just before, as written', () => {
    const text = 'Many Conservative voters were angry after the vote. They said the party had betrayed its base.';
    expect(speakerOf(text, 'betrayed its base')).toBe('Many Conservative voters');
  });

  it('`they` with no group near stays unresolved rather than taking a person', () => {
    const text = 'Doug Ford spoke at Queen\'s Park. They said the deal was off.';
    expect(speakerOf(text, 'the deal was off')).toBeNull();
  });

  it('a party leader named only by name before is `the Conservative leader`', () => {
    const text = 'Pierre Poilievre spoke in Ottawa on Monday. "We will not back down," Poilievre told reporters. The Conservative leader said the tax must go.';
    expect(speakerOf(text, 'the tax must go')).toBe('Pierre Poilievre');
  });

  it('but `the band leader` is someone else, not the one just named', () => {
    const text = 'Pierre Poilievre spoke at the rally. The band leader said the crowd was the biggest of the year.';
    expect(speakerOf(text, 'the crowd was the biggest')).not.toBe('Pierre Poilievre');
  });

  it('`he` after a woman who just spoke goes to the man named with her, even after `and`', () => {
    const text = 'Lisa Raitt and Jason Kenney spoke at the event. "We need unity," Raitt said. He said the party was ready.';
    expect(speakerOf(text, 'We need unity')).toBe('Lisa Raitt');
    expect(speakerOf(text, 'the party was ready')).toBe('Jason Kenney');
  });

  it('a body named `NOUN of …` speaks under its whole name', () => {
    expect(speakerOf('The Assembly of First Nations said the budget fell short on housing.', 'budget fell short')).toBe('Assembly of First Nations');
    expect(speakerOf('The Federation of Canadian Municipalities said cities needed more money.', 'cities needed more money')).toBe('Federation of Canadian Municipalities');
    expect(speakerOf('The Ministry of Health said the clinics would open in June.', 'clinics would open')).toBe('Ministry of Health');
  });

  it('a he or she in an opening clause stands for the subject named after its comma', () => {
    const text = 'Mark Holland spoke in Ottawa on Monday. In what she called "a fair and final offer to the province," Finance Minister Chrystia Freeland announced $2 billion for transit.';
    expect(speakerOf(text, 'final offer')).toBe('Chrystia Freeland');
  });
});
