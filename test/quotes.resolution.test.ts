import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractQuotes } from '../src/analysis/quotes/index.js';
import { quotesIn, speakerOf } from './support/quotes.js';

describe('speaker resolution to full names', () => {
  it('a pronoun chain stays with the person it started from', () => {
    const text = 'Maria Lopez, the mayor of Springfield, opened the session.\n\n"We will not back down," she said.\n\nShe also said the budget would stay as it is.\n\nShe said the council would vote next week.';
    expect(speakerOf(text, 'not back down')).toBe('Maria Lopez');
    expect(speakerOf(text, 'the budget would stay')).toBe('Maria Lopez');
    expect(speakerOf(text, 'the council would vote')).toBe('Maria Lopez');
  });

  it('a surname after the full name is the earliest full mention', () => {
    const text = 'Jeff J. Brown, author of a book on China, spoke in Beijing.\n\n"It will backfire," Brown told Sputnik.';
    const q = quotesIn(text).find((x) => x.quote.includes('backfire'))!;
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

  it('a pronoun prefers the speaker of the sentence before over its subject', () => {
    const text = 'Lee Sexton, a pollster, has followed Tom Walsh for years.\n\nWalsh, Sexton said, has created a strange zone.\n\n“So afterwards, his fans feel justified,” he said.';
    expect(speakerOf(text, 'his fans feel justified')).toBe('Lee Sexton');
  });

  it('a pronoun prefers the one who reported over a known-gender name inside the report', () => {
    const text = 'Tad Devine met Bernie Sanders in Ohio.\n\nDevine acknowledged that it will be very hard to win unless Sanders wins big in May.\n\n“Yes, we must stipulate that,” he said.';
    expect(speakerOf(text, 'we must stipulate')).toBe('Tad Devine');
  });

  it('the one who asks is not who the answer’s pronoun stands for', () => {
    const text = 'Paul Ryan spoke to Jake Tapper on Sunday.\n\nRyan did not sound confident when Tapper asked whether Republicans would hold the House.\n\n“The one thing you can predict is that it is unpredictable,” he said.';
    expect(speakerOf(text, 'you can predict')).toBe('Paul Ryan');
  });

  it('a pronoun may overrule the gender guessed from a first name of the one who just spoke', () => {
    const text = 'Chrystia Freeland unveiled the budget. Opposition leader Erin O’Toole called it reckless.\n\n“We are borrowing from our children,” O’Toole said. He promised to vote against it.\n\n“Canadians deserve better,” he said.';
    expect(speakerOf(text, 'Canadians deserve better')).toBe('Erin O’Toole');
  });

  it('but not for someone who did not just speak', () => {
    const text = 'Hillary Clinton spoke first.\n\nMr. Obama praised her record at length.\n\n“She knows what it takes,” he said.';
    expect(speakerOf(text, 'She knows what it takes')).not.toBe('Hillary Clinton');
  });

  it('an appositive role stops where the sentence goes on with a verb', () => {
    const text = 'Alex Morgan, a spokesperson for the club, declined to comment on Friday. "I am happy with the deal," Morgan said.';
    const q = quotesIn(text).find((x) => x.quote.includes('happy with the deal'))!;
    expect(q.speaker).toBe('Alex Morgan');
    expect(q.role).toBe('a spokesperson for the club');
  });
});

describe('speaker phrases around the verb', () => {
  it('`NAME of the ORGANISATION said` is the person, with the body kept after the full name', () => {
    const text = 'Bishop Hana Petrova of the Orthodox Diocese of Varna said the church would stay open.\n\n"We will not leave," said Tomas Kral of the Prague Institute.\n\nSen. Ann Lowe of Ohio said the bill was dead.';
    expect(speakerOf(text, 'church would stay')).toBe('Hana Petrova of the Orthodox Diocese of Varna');
    expect(speakerOf(text, 'not leave')).toBe('Tomas Kral of the Prague Institute');
    expect(speakerOf(text, 'bill was dead')).toBe('Ann Lowe of Ohio');
  });

  it('a participle after a comma reports for the clause subject, not the name before the comma', () => {
    expect(speakerOf('Ryan and Hale will meet next week, Sean Price said, adding, "They need to sit down and talk."', 'sit down and talk')).toBe('Sean Price');
    expect(speakerOf('Donald Crane on Thursday stepped up his attacks on Mark Rubin, saying he is "weak on trade, you know that."', 'weak on trade')).toBe('Donald Crane');
  });

  it('participles, relative clauses and places between subject and verb are skipped', () => {
    expect(speakerOf('Crane, speaking at a rally in Wilmington, N.C., warned that Hale opposes the new levy.', 'opposes the new levy')).toBe('Crane');
    expect(speakerOf('Sen. Jeff Moore of Oregon, the only senator to back Hale, said the race was not over.', 'the race was not over')).toBe('Jeff Moore of Oregon');
  });

  it('a leading adverbial is not the subject, and `an Independent` is not a name', () => {
    const q = quotesIn('With Michael Bloom weighing a run as an Independent, a Morning Consult poll found that he would draw votes from Hale.').find((x) => x.quote.includes('draw votes'))!;
    expect(q.speaker).toBe('a Morning Consult poll');
    expect(q.speakerType).not.toBe('person');
  });

  it('a role noun with its owner is an unnamed speaker, not the owner', () => {
    const q = quotesIn('A spokesman for the ministry said talks would resume next week.')[0]!;
    expect(q.speaker).toBe('A spokesman for the ministry');
    expect(q.speakerType).toBe('unnamed');
    expect(speakerOf('A spokeswoman for Ana Silva said the mayor would not run again.', 'would not run again')).not.toBe('Ana Silva');
  });

  it('after a verb, a name inside the reported clause is not the speaker', () => {
    expect(speakerOf('Crane, speaking in Ohio, warned that Hale opposes the plan and would block it.', 'opposes the plan')).not.toBe('Hale');
  });

  it('a question quote ended by the splitter still takes the cue right after it', () => {
    const q = quotesIn('"Who do they think they are?" Donald Crane said of Apple in February.');
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker).toBe('Donald Crane');
  });

  it('a capitalised word that opens the sentence is not a speaker, nor is a capitalised verb a cue', () => {
    const qs = quotesIn('Rather, sources close to her campaign say she stands fully behind the plan. The Islamic State claimed responsibility for that attack on Friday.');
    expect(qs.some((q) => q.speaker === 'Rather')).toBe(false);
    expect(qs.some((q) => q.cue === 'State')).toBe(false);
  });

  it('a demonym that is a surname stays in the name', () => {
    expect(speakerOf('"It is too early to tell," said Mark Cuban, who is also a host on the show.', 'too early to tell')).toBe('Mark Cuban');
  });

  it('a time phrase opening the sentence is not the subject a participle reports for', () => {
    expect(speakerOf('Hours later, Tom Crane returned the compliment to Adelson, telling Reuters, "Sheldon and I have been friends for a long time."', 'friends for a long time')).toBe('Tom Crane');
  });

  it('a described role with its owner after the verb is the unnamed speaker, not the owner', () => {
    const q = quotesIn('"It is not who we are," said a longtime adviser to Crane.')[0]!;
    expect(q.speaker).toBe('a longtime adviser to Crane');
    expect(q.speakerType).toBe('unnamed');
  });

  it('party and state after a name are skipped', () => {
    expect(speakerOf('Senate Majority Leader Mitch Conner, R-Ky., said the party "rejects this view entirely and for good."', 'rejects this view')).toBe('Mitch Conner');
  });
});

describe('a role description named later', () => {
  it('resolves to the person whose title matches, even when the name comes after', () => {
    const text =
      'Norway’s finance minister stated that the country plans to sell part of its oil fund.\n\nThe fund grew last year.\n\nNorwegian Finance Minister Lars Dahl told reporters that no date had been set.';
    const qs = extractQuotes(buildDoc(text));
    const first = qs.find((q) => q.quote.includes('sell part'));
    expect(first?.speaker).toBe('Lars Dahl');
  });

  it('stays unnamed when no later person has that role', () => {
    const text = 'Norway’s finance minister stated that the country plans to sell part of its oil fund.\n\nHealth Minister Eva Lund told reporters that no date had been set.';
    const first = extractQuotes(buildDoc(text)).find((q) => q.quote.includes('sell part'));
    expect(first?.speaker).not.toBe('Eva Lund');
  });
});

describe('interviews and organisations', () => {
  it('an uncued answer after `X asked, “…?”` is not X’s but the other side’s', () => {
    const text = 'Jake Tapper asked, “Would you have told her it was a bad idea?”\n\n“I have no idea. We are old friends,” Sidney Blumenthal said.\n\nTapper asked, “Did you know about the server?”\n\n“No, I never knew about it.”';
    expect(speakerOf(text, 'Did you know')).toBe('Jake Tapper');
    expect(speakerOf(text, 'never knew')).toBe('Sidney Blumenthal');
  });

  it('a question answered in its own paragraph is rhetorical and keeps its speaker', () => {
    const text = 'Paul Manafort spoke in Ohio.\n\n“Can we win Illinois?” Mr. Manafort asked. “I do not know. But we can make her spend money there.”';
    expect(speakerOf(text, 'spend money')).toBe('Paul Manafort');
  });

  it('the question after `X was asked` is not X’s, and the answer is', () => {
    const text = 'Sidney Blumenthal was on the show. Blumenthal was asked, “Would you have told her it was not a good idea?” He answered, “I have no idea.”';
    expect(speakerOf(text, 'Would you have told')).toBeNull();
    expect(speakerOf(text, 'I have no idea')).toBe('Sidney Blumenthal');
  });

  it('a place is never a person, and `the campaign` is not someone whose role names one', () => {
    const text = 'Ana Ruiz, a volunteer for the campaign, met voters in South Carolina on Friday.\n\nThe campaign says the average donation amount was $27.';
    expect(speakerOf(text, 'average donation')).not.toBe('Ana Ruiz');
    expect(speakerOf(text, 'average donation')).not.toBe('South Carolina');
  });
});

describe('age descriptors', () => {
  it('`said the 46-year-old` resolves to the person just named, like a pronoun', () => {
    const qs = quotesIn('Marta Ilic spoke on Monday night.\n\n“He is, and always has been, a fine leader,” said the 46-year-old.');
    const q = qs.find((x) => x.quote.includes('fine leader'));
    expect(q?.speaker).toBe('Marta Ilic');
    expect(q?.speakerMention).toBe('the 46-year-old');
  });
});

describe('what a he/she can stand for', () => {
  it('a capitalised run that is no name is passed over for the person before it', () => {
    const text = 'Senator Tom Reed spoke first. Talks on the Transatlantic Trade pact stalled in May. He said the deal was dead.';
    expect(speakerOf(text, 'the deal was dead')).toBe('Tom Reed');
  });

  it('a run of sentence words is passed over too', () => {
    const text = 'Ana Silva chaired the panel. Activists marched while Progressives Are Celebrating banners hung outside. She said the vote would go ahead.';
    expect(speakerOf(text, 'the vote would go ahead')).toBe('Ana Silva');
  });

  it('with no person to stand for, the pronoun stays unresolved rather than naming a phrase', () => {
    const text = 'Talks on the Transatlantic Trade pact stalled in May. "The deal is dead," he said.';
    expect(speakerOf(text, 'The deal is dead')).toBeNull();
  });

  it('a real name the lexicon does not know still takes the pronoun', () => {
    const text = 'Rakeyia Okafor filmed the stop on her phone. She said the officers never gave a warning.';
    expect(speakerOf(text, 'the officers never gave a warning')).toBe('Rakeyia Okafor');
  });

  it('a name of unknown gender with a role takes the pronoun, which tells the gender', () => {
    const text = 'Quill Zarbo, the town clerk, counted the ballots again. She said the count was final. Tom Reed arrived later. She said the recount was over.';
    expect(speakerOf(text, 'the count was final')).toBe('Quill Zarbo');
    expect(speakerOf(text, 'the recount was over')).toBe('Quill Zarbo');
  });

  it('the word opening the clause is not part of the name (Although Rubio)', () => {
    const text = 'Marco Rubio lost Florida. Although Rubio trailed on Tuesday, he said the fight would go on.';
    expect(speakerOf(text, 'the fight would go on')).toBe('Marco Rubio');
  });
});

describe('quotes introduced by a colon without a speech verb', () => {
  it('the subject of the sentence before the colon is the speaker', () => {
    const text = 'Chris Christie spoke in Manchester.\n\nAnd Mr. Christie gloated: “I told you he would not be ready.”';
    expect(speakerOf(text, 'he would not be ready')).toBe('Chris Christie');
  });

  it('a label with a party bracket, or after a dash, names the speaker', () => {
    expect(speakerOf('Rep. Trey Gowdy (R-S.C.): “Who told you that figure?”', 'Who told you')).toBe('Trey Gowdy');
    expect(speakerOf('The digest ran.\n\nRED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones: “Twenty states lean Republican this year.”', 'Twenty states')).toBe('Jeffrey M. Jones');
  });

  it('an inverted verb before the name is not part of it', () => {
    const text = 'Roger Stone spoke on the radio.\n\nStated Stone:\n\n“I think the stakes are very high for all of us.”';
    expect(speakerOf(text, 'the stakes are very high')).toBe('Roger Stone');
  });

  it('a capitalised common word opening the sentence is no speaker', () => {
    const text = 'The hall echoed with music. Giant screens showed a three-word proclamation: “Over the Top.”';
    expect(quotesIn(text).every((q) => q.speaker === null)).toBe(true);
  });

  it('someone quoting someone else is not the speaker', () => {
    const text = 'Thomas Frank wrote a book.\n\nFrank quotes former adviser Alfred Kahn: “I would love the Teamsters to be worse off.”';
    expect(speakerOf(text, 'Teamsters')).not.toBe('Thomas Frank');
  });
});

describe('title-case headlines', () => {
  it('a headline run is no person a pronoun stands for, but a plain name in it is', () => {
    const text = 'Morton Blackwell Endorses Ted Cruz For President\n\nConservative leader Morton Blackwell wrote a letter on Monday.\n\nHe then listed the qualities he wants:\n\n“Has the candidate a record of leadership?”';
    expect(speakerOf(text, 'record of leadership')).toBe('Morton Blackwell');
    const text2 = 'Hillary Clinton Goes After Donald Trump In Debate\n\nClinton went on the attack.\n\n“Why won’t he release his tax returns?” she said.';
    expect(speakerOf(text2, 'tax returns')).toBe('Hillary Clinton');
  });
});

describe('speakers described before they are named, after the verb', () => {
  it('a role then the name after a comma is the named person, with the role', () => {
    const text = 'The briefing ran long.\n\n“We are not going to comment on that,” said the White House spokesman, Josh Earnest.';
    const q = quotesIn(text).find((x) => x.quote.includes('not going to comment'))!;
    expect(q.speaker).toBe('Josh Earnest');
    expect(q.role).toBe('White House spokesman');
    expect(speakerOf('Freddy joined a fraternity.\n\n“It was his first statement,” said his best friend at Lehigh, Bruce Turry, who remembered him well.', 'first statement')).toBe('Bruce Turry');
  });

  it('a participle may open the role before a full name, and a participle clause after it is no role', () => {
    const q = quotesIn('“I am not going to say it is a mistake,” said retired neurosurgeon Ben Carson, asked about his claims.').find((x) => x.kind === 'direct')!;
    expect(q.speaker).toBe('Ben Carson');
    expect(q.role).toBeNull();
  });

  it('a place before a role noun modifies it: the speaker is the one with that role', () => {
    const text = 'Donald Trump campaigned in Ohio.\n\n“We cannot have a guy like that,” said the New York businessman, who campaigned Monday.';
    expect(speakerOf(text, 'cannot have a guy')).not.toBeNull();
  });

  it('a speech verb opening the sentence puts the speaker after it', () => {
    expect(speakerOf('The museum reopened.\n\nSaid Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”', 'so proud of him')).toBe('Dorothy Poynter');
  });

  it('the one who issued a statement is who speaks through it', () => {
    const text = 'Donald Trump attacked the judge.\n\nMr. Trump, who had said the judge was biased, issued a statement Tuesday saying, “I do not feel that heritage makes anyone partial.”';
    expect(speakerOf(text, 'heritage makes')).toBe('Donald Trump');
  });

  it('an ad or a tweet speaks as written', () => {
    expect(speakerOf('Sanders launched a new ad.\n\nThe ad says “nothing will change until we elect different candidates.”', 'nothing will change')).toBe('The ad');
  });

  it('an indefinite document is an unnamed source as written', () => {
    expect(speakerOf('“Interviewers feel they learn a lot,” concluded a 2013 article in an academic journal.', 'Interviewers feel')).toBe('a 2013 article in an academic journal');
  });

  it('a name before a noun before a full name only modifies it', () => {
    const text = 'Ted Cruz held a fundraiser.\n\n“That is treason,” said Cruz constituent Dan Golvach when asked about it.';
    expect(speakerOf(text, 'That is treason')).toBe('Dan Golvach');
  });

  it('an indefinite description is an unnamed source as written', () => {
    const text = 'Delegates met on Friday.\n\n“I did not care whether they backed Cruz or Kasich,” said one district GOP leader.';
    const q = quotesIn(text).find((x) => x.quote.includes('did not care'))!;
    expect(q.speaker).toBe('one district GOP leader');
    expect(q.speakerType).toBe('unnamed');
    expect(speakerOf('The polls dropped.\n\n“The drop is about the emails,” said a person close to the Clintons.', 'The drop')).toBe('a person close to the Clintons');
  });
});

describe('a surname shared by several people', () => {
  it('goes to the person the article is about, not the relative named once', () => {
    const text = 'Hillary Clinton campaigned in Iowa on Monday.\n\nClinton spoke about jobs. Clinton also spoke about schools.\n\nHer husband, Bill Clinton, stayed in New York.\n\n“We will win this state,” Clinton said.';
    expect(speakerOf(text, 'We will win this state')).toBe('Hillary Clinton');
  });

  it('a capitalised common word before a first name and surname is not part of the name', () => {
    const text = 'Rival Donald Trump spoke in Ohio on Monday.\n\n“It was a great crowd,” he said.';
    expect(speakerOf(text, 'great crowd')).toBe('Donald Trump');
    expect(speakerOf('South Carolina Republican Tim Scott spoke.\n\n“We are ready,” Scott said.', 'We are ready')).toBe('Tim Scott');
  });

  it('a capitalised headline verb after a full name is not part of it', () => {
    expect(speakerOf('Rand Paul Says he will run for the seat.\n\n“I am in,” Paul said.', 'I am in')).toBe('Rand Paul');
    expect(speakerOf('Senator Tom Reed wrote to the governor.\n\n“It was wasted,” Reed said.', 'It was wasted')).toBe('Tom Reed');
  });

  it('prefers a plain name over a headline run that contains the surname', () => {
    const text = 'Donald Trump Tweets About Rally\n\nDonald Trump spoke in Ohio.\n\n“It was a great crowd,” Trump said.';
    expect(speakerOf(text, 'great crowd')).toBe('Donald Trump');
  });
});

describe('organisations and one-word names', () => {
  it('`the ministry` is the ministry named before', () => {
    const text = 'The Ministry of Health said in a statement that it was reviewing the data.\n\n“We take this seriously,” the ministry said.';
    const q = quotesIn(text).find((x) => x.quote.includes('take this seriously'))!;
    expect(q.speaker).toBe('Ministry of Health');
    expect(q.speakerType).toBe('organisation');
  });

  it('a one-word name that is also a company or a place is the person with that surname', () => {
    expect(speakerOf('Ontario Premier Doug Ford met the mayors.\n\n“We are ready,” Ford said.', 'We are ready')).toBe('Doug Ford');
    expect(speakerOf('Rep. Steve Israel spoke on Monday.\n\n“We will win the House,” Israel said.', 'win the House')).toBe('Steve Israel');
  });

  it('a chunk after a comma with no comma closing it before the verb is the subject, not an appositive', () => {
    expect(speakerOf('Regardless, the State Department said that it found no evidence of a leak.', 'found no evidence')).toMatch(/Department/);
    expect(speakerOf('Offstage, the actors agree that the show went well.', 'the show went well')).toBe('actors');
    expect(speakerOf('Ruiz, the governor, said that the show went well.', 'the show went well')).toBe('Ruiz');
  });

  it('`it said` after a quote is the organisation or document that spoke or was named last, never a person', () => {
    expect(speakerOf('Dunmore Mills Inc. reported higher sales on Monday.\n\n“We are pleased with the quarter,” it said in a statement.', 'pleased with the quarter')).toBe('Dunmore Mills Inc');
    expect(speakerOf('The Ministry of Transport issued new rules. The ministry said that ports must report delays.\n\n“We will review them in a year,” it said.', 'review them')).toBe('Ministry of Transport');
    expect(speakerOf('Mary Hale met the press. “We will win,” she said. “It is over,” it said.', 'It is over')).toBeNull();
  });

  it('`the ministry` at the start of a sentence is the ministry named before', () => {
    expect(speakerOf('The Ministry of Transport issued new rules. The ministry said that ports must report delays.', 'ports must report')).toBe('Ministry of Transport');
  });

  it('an I or we inside a quote, read as the subject of a participle report after it, is the quote’s speaker', () => {
    const text = 'The bill stalled. "We want a say in any deal without a vote," Bob Corker said in a telephone interview Wednesday, pointing out that 98 senators voted last year to insist on a review.';
    expect(speakerOf(text, '98 senators voted')).toBe('Bob Corker');
  });

  it('`the report said` after a quote: the noun after a determiner is no verb; notes and columns speak as written', () => {
    expect(speakerOf('“Newcomers are finding work faster than before,” the report said.', 'finding work')).toBe('the report');
    expect(speakerOf('“You are a total loser!” the note says.', 'total loser')).toBe('the note');
  });

  it('a word after a possessive is a noun, not the verb a participle report hangs on', () => {
    expect(speakerOf('Dale Weaver didn’t seem impressed with Sanders’ comments Tuesday, telling reporters, “A lot of people said the mayor should step down.”', 'step down')).toBe('Dale Weaver');
    expect(speakerOf('Vigils were held. One tweet said: “This is very sad. That is about all I can say.”', 'very sad')).toBe('One tweet');
  });

  it('two names joined by and/nor before the verb are both the speakers; a company name with & is not', () => {
    expect(speakerOf('Dora Tran met Paul Rees. “We will win this,” Tran and Rees said.', 'win this')).toBe('Dora Tran and Paul Rees');
    expect(speakerOf('Ted Crane and Chris Hale spoke. Neither Crane nor Hale said that the plan would work.', 'plan would work')).toBe('Ted Crane and Chris Hale');
  });

  it('`the company` stands for the organisation that spoke last; with none, it stays as written', () => {
    expect(speakerOf('Twitter said it had suspended accounts. The company said that it had expanded its teams.', 'expanded its teams')).toBe('Twitter');
    expect(speakerOf('Sales fell. The company said that it had expanded its teams.', 'expanded its teams')).toBe('company');
  });

  it('a title word after an honorific is a surname (Mr. King)', () => {
    expect(speakerOf('Larry King spoke on Monday. "I have never been edited," Mr. King, 82, told me.', 'never been edited')).toBe('Larry King');
  });

  it('a title word or demonym alone is a surname only when the article names such a person', () => {
    expect(speakerOf('Mark Cuban spoke on Sunday. "It is too early to tell," said Cuban, who hosts a TV show.', 'too early')).toBe('Mark Cuban');
    expect(speakerOf('Peter King spoke on Sunday. "It is too early to tell," King said.', 'too early')).toBe('Peter King');
    expect(speakerOf('The talks went on. "It is too early to tell," King said.', 'too early')).toBeNull();
  });

  it('a capitalised run after `the` (a body or a description) is no person a pronoun may stand for', () => {
    const text = 'Hillary Clinton spoke on Sunday. She said the U.S. needed a stronger campaign against the Islamic State. “I think you will hear that from the president,” she said.';
    expect(speakerOf(text, 'hear that from the president')).toBe('Hillary Clinton');
    const text2 = 'Senator Paul Rand spoke on Thursday. It was a reversal for the Wisconsin Republican. He said that the nominee must do more.';
    expect(speakerOf(text2, 'nominee must do more')).toBe('Paul Rand');
  });

  it('a definite description that news writing uses to mention someone again stands for the one just spoken of', () => {
    const text = 'Dan Frump won the primary on Tuesday. “When you win, it is beautiful,” Frump said. The billionaire businessman said that he would win again.';
    expect(speakerOf(text, 'would win again')).toBe('Dan Frump');
    // `the judge` more often brings in someone new: it stays as written
    expect(speakerOf('Dan Frump spoke on Tuesday. The judge said that the case was closed.', 'case was closed')).toBe('judge');
  });

  it('a place alone with no such person speaks as the country (PolNeAR credits countries)', () => {
    expect(speakerOf('“We will answer this,” Israel said on Monday.', 'answer this')).toBe('Israel');
  });
});

describe('a description with an owner before the name', () => {
  it('keeps `Owner’s role, Name,` as the role of the named speaker', () => {
    const q = extractQuotes(buildDoc('Lindgren’s press secretary, Peter Moss, told the paper that the minister regrets the decision.')).find((x) => x.quote.includes('regrets'));
    expect(q?.speaker).toBe('Peter Moss');
    expect(q?.role).toBe('Lindgren’s press secretary');
  });
});
