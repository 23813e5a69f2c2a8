import { describe, expect, it } from 'vitest';
import { quotesIn, indirectIn } from './support/quotes.js';

describe('reported speech: subjects and chains', () => {
  it('does not take an opening adjunct for the content when an object follows the verb', () => {
    const got = indirectIn('After a long night of counting, Rosa Delgado claimed a narrow win in the district race.');
    expect(got).toContainEqual(['Rosa Delgado', 'a narrow win in the district race']);
    expect(got.some(([, q]) => q.startsWith('After a long night'))).toBe(false);
  });

  it('keeps a tail attribution followed by a time or a listener', () => {
    const got = indirectIn('The bridge will reopen before the winter storms arrive, Paula Grant said on Tuesday.');
    expect(got).toContainEqual(['Paula Grant', 'The bridge will reopen before the winter storms arrive']);
  });

  it('reads a name with an appositive as the subject of an attribution verb', () => {
    const got = indirectIn('Tomas Ruiz, a Vermont senator, has opposed the new pipeline across the state.');
    expect(got).toContainEqual(['Tomas Ruiz', 'the new pipeline across the state']);
  });

  it('frames a weak speech verb without a that-clause as a position', () => {
    const got = indirectIn('Helen Park has described the budget as a gift to the rich.');
    expect(got).toContainEqual(['Helen Park', 'the budget as a gift to the rich']);
  });

  it('passes the subject through catenative chains', () => {
    expect(indirectIn('Helen Park is continuing to insist she will publish the full audit next month.')).toContainEqual(['Helen Park', 'she will publish the full audit next month']);
    expect(indirectIn('Older voters were more likely to say the economy was their main worry.')).toContainEqual(['Older voters', 'the economy was their main worry']);
  });
});

describe('reported speech: plain noun phrases as sources', () => {
  it('credits a group or a finding named by a plain noun phrase', () => {
    expect(indirectIn('Several party elders agreed that the nominee needs to give a speech on faith.')).toContainEqual(['Several party elders', 'that the nominee needs to give a speech on faith']);
    expect(indirectIn('The inquiry found that the office almost never searched its own archive.')).toContainEqual(['The inquiry', 'that the office almost never searched its own archive']);
  });

  it('does not read a noun compound as a subject and its verb', () => {
    const got = indirectIn('After the terror attacks in Paris last month, a furor arose over the refugees.');
    expect(got).toEqual([]);
    expect(indirectIn('The morning shows rarely booked women as guests last year.')).toEqual([]);
  });

  it('does not credit the subject of a passive', () => {
    const got = indirectIn('His rhetoric has been widely condemned as fearmongering across the country.');
    expect(got.every(([who]) => who === null)).toBe(true);
  });
});

describe('reported speech: participles, interjections, noun-verbs', () => {
  it('credits `, adding that …` after a quote to the quote’s speaker', () => {
    const text = '"The plant will stay open," Mara Levin said on Monday, adding that the union would vote next week.';
    expect(indirectIn(text)).toContainEqual(['Mara Levin', 'that the union would vote next week']);
    const inverted = '"The plant will stay open," said Mara Levin, adding hopefully that the union would vote next week.';
    expect(indirectIn(inverted)).toContainEqual(['Mara Levin', 'that the union would vote next week']);
  });

  it('reads the subject past an interjection and never swaps subject and content', () => {
    const got = indirectIn('County leaders in Ohio, for instance, noted that the panel was picked by the governor.');
    expect(got).toContainEqual(['County leaders in Ohio', 'that the panel was picked by the governor']);
    expect(got.some(([, q]) => q.startsWith('County leaders'))).toBe(false);
  });

  it('reads a verb that is also a noun cue as a verb', () => {
    expect(indirectIn('Critics charge that the mayor skewed the budget toward his allies.')).toContainEqual(['Critics', 'that the mayor skewed the budget toward his allies']);
  });

  it('reads adverbs such as `long` between subject and verb', () => {
    expect(indirectIn('Farm groups have long complained that the rules ignore small growers.')).toContainEqual(['Farm groups', 'that the rules ignore small growers']);
  });

  it('takes no report from a declined comment', () => {
    expect(indirectIn('The Smith campaign did not respond to a request for comment on Tuesday.')).toEqual([]);
  });
});

describe('reported speech: content round the attribution, passives', () => {
  it('takes both sides of a parenthetical attribution as one report in two parts', () => {
    const text = 'In the long run, many economists say, the tax could slow the growth of medical spending.';
    const q = quotesIn(text).find((x) => x.kind === 'indirect');
    expect(q?.speaker).toBe('many economists');
    expect(q?.quote).toBe('In the long run, many economists say, the tax could slow the growth of medical spending');
    expect(q?.partTexts).toEqual(['In the long run', 'the tax could slow the growth of medical spending']);
  });

  it('a long description shares its subject with a later `and said`', () => {
    expect(indirectIn('A spokesman for the mayor of the city of Cleveland defended the route and said the police had trained for months.')).toContainEqual(['A spokesman for the mayor of the city of Cleveland', 'the police had trained for months']);
  });

  it('reads long descriptions of sources and documents (the planning for …, a memo filed Thursday)', () => {
    expect(indirectIn('A person familiar with the planning for the meeting says the discussion will focus on unity.')).toContainEqual(['A person familiar with the planning for the meeting', 'the discussion will focus on unity']);
    expect(indirectIn('A court document filed Thursday says that the manager will not be prosecuted.')).toContainEqual(['A court document filed Thursday', 'that the manager will not be prosecuted']);
  });

  it('reads round `, X said,` with a place as speaker and a gerund subject after it', () => {
    expect(indirectIn('The latest test, North Korea said, was its biggest yet.')).toContainEqual(['North Korea', 'The latest test, North Korea said, was its biggest yet']);
    expect(indirectIn('Though that transition was smooth, Ana Ruiz said, replacing the mayor would be much harder.')).toContainEqual(['Ana Ruiz', 'Though that transition was smooth, Ana Ruiz said, replacing the mayor would be much harder']);
    expect(indirectIn('The plan is dead, Ana Ruiz said, adding that the council agreed.')).toContainEqual(['Ana Ruiz', 'The plan is dead']);
  });

  it('a `that` after a clause of its own is a relative, not the start of the report', () => {
    expect(indirectIn('Ana Ruiz says there needs to be a law that requires nominees to release their tax returns.')).toContainEqual(['Ana Ruiz', 'there needs to be a law that requires nominees to release their tax returns']);
    expect(indirectIn('Ana Ruiz said officials have a video that shows the explosion.')).toContainEqual(['Ana Ruiz', 'officials have a video that shows the explosion']);
  });

  it('a short adjunct after the verb, then a pronoun and its verb: the report starts at the pronoun', () => {
    expect(indirectIn('Ana Ruiz said after the convention she would not accept the endorsement.')).toContainEqual(['Ana Ruiz', 'she would not accept the endorsement']);
    expect(indirectIn('Ana Ruiz said as she was leaving the hall.')).toEqual([]);
  });

  it('reads plural sources opened by an adjective (elected officials from both parties say …)', () => {
    expect(indirectIn('Although the mayor lacks a record, elected officials from both parties say she has forged a reputation as a hard worker.')).toContainEqual(['elected officials from both parties', 'she has forged a reputation as a hard worker']);
  });

  it('a long appositive after `, said X` is no content and does not block the tail', () => {
    expect(indirectIn('Its first television ad could start this week, said Brian Baker, a longtime political adviser to the family who oversees the group’s campaign to stop the mayor.')).toContainEqual(['Brian Baker', 'Its first television ad could start this week']);
  });

  it('a dateline is no part of the report, and an adjunct clause after the tail does not block it', () => {
    expect(indirectIn('WASHINGTON ― The plan is an insult to all the city’s workers, top black lawmakers said Friday afternoon, as they bristled at the continued questions about the plan and the mayor’s refusal to apologize.')).toContainEqual(['top black lawmakers', 'The plan is an insult to all the city’s workers']);
  });

  it('`X said that she thinks …` is one report, not a second one for the pronoun', () => {
    expect(indirectIn('Mayor Ana Ruiz said Friday that she thinks the video should be released to the public.')).toEqual([['Ana Ruiz', 'that she thinks the video should be released to the public']]);
  });

  it('`It says …` after a document or body reports with no person as speaker', () => {
    expect(indirectIn('The city sent a letter to the campaign on Thursday. It says the campaign violated state law by using the images.')).toContainEqual([null, 'the campaign violated state law by using the images']);
    expect(indirectIn('The ministry issued a statement. The talks would resume next week, it added.')).toContainEqual([null, 'The talks would resume next week']);
  });

  it('starts a report at the relative pronoun the speaker follows (what X say is …, that X said has …)', () => {
    expect(indirectIn('The order is a rebuke to what Republicans say is a pattern of overreach by the mayor.')).toContainEqual(['Republicans', 'what Republicans say is a pattern of overreach by the mayor']);
    expect(indirectIn('The project was funded by a company that investigators concluded was secretly financed by an oil firm.')).toContainEqual(['investigators', 'that investigators concluded was secretly financed by an oil firm']);
    expect(indirectIn('The attack was what officials called a hate crime against the community.')).toContainEqual(['officials', 'what officials called a hate crime against the community']);
    expect(indirectIn('The fund, which the campaign says includes 2.7 million contributors, is another asset.')).toContainEqual(['campaign', 'which the campaign says includes 2.7 million contributors']);
  });

  it('keeps a report round `, X said,` when a conjunction or an infinitive carries the clause on', () => {
    expect(indirectIn('The effects are hard to predict, many economists say, because there is no precedent for it.')).toContainEqual(['many economists', 'The effects are hard to predict, many economists say, because there is no precedent for it']);
    expect(indirectIn('The argument would be aided, Ana Ruiz said, by the primary calendar.')).toContainEqual(['Ana Ruiz', 'The argument would be aided, Ana Ruiz said, by the primary calendar']);
    expect(indirectIn('It is his job, Ana Ruiz said, to talk to the council about the threat.')).toContainEqual(['Ana Ruiz', 'It is his job, Ana Ruiz said, to talk to the council about the threat']);
  });

  it('ends a report before `, X said, adding …` and `, X said, and …`', () => {
    expect(indirectIn('The plan is dead, Ana Ruiz said, and the council agreed with her.')).toContainEqual(['Ana Ruiz', 'The plan is dead']);
  });

  it('gives a passive expectation its whole clause and no invented speaker', () => {
    const q = quotesIn('The senator is widely expected to endorse the governor next week.').find((x) => x.kind === 'indirect');
    expect(q?.quote).toBe('The senator is widely expected to endorse the governor next week');
    expect(q?.speaker).toBeNull();
  });
});

describe('reported positions with particles', () => {
  it('reads the content after the particle of `voted against`, `railed against`, `sided with`', () => {
    expect(indirectIn('Senator Lena Ortiz voted against the pipeline bill in committee.')).toContainEqual(['Lena Ortiz', 'the pipeline bill in committee']);
    expect(indirectIn('Mayor Tom Reyes railed against the new parking fees downtown.')).toContainEqual(['Tom Reyes', 'the new parking fees downtown']);
  });

  it('takes no report from the noun or from a verb without its particle', () => {
    expect(indirectIn('The campaign held focus groups with voters in Cleveland last week.')).toEqual([]);
    expect(indirectIn('Lena Ortiz won the most votes in the first round of the election.')).toEqual([]);
  });

  it('inflects short verbs with a doubled consonant', () => {
    expect(indirectIn('Tom Reyes slammed the proposal as reckless and divisive.')).toContainEqual(['Tom Reyes', 'the proposal as reckless and divisive']);
  });
});

describe('noun cues', () => {
  it('reads a position noun with its preposition and ends the content at the sentence verb', () => {
    expect(indirectIn('Mayor Tom Reyes spoke first. Reyes’s support for the new stadium is well known.')).toContainEqual(['Tom Reyes', 'the new stadium']);
    expect(indirectIn('Ana Ruiz spoke on Monday. Ruiz’s decision to leave the race surprised donors.')).toContainEqual(['Ana Ruiz', 'to leave the race']);
  });

  it('reads more nouns with a that-clause', () => {
    const got = indirectIn('Ana Ruiz spoke on Monday. Ruiz’s concern that the clinic would close was shared by many.');
    expect(got.some(([who, q]) => who === 'Ana Ruiz' && q.startsWith('that the clinic would close'))).toBe(true);
  });

  it('takes no topic from a time or a manner', () => {
    expect(indirectIn('Ana Ruiz spoke on Monday. Ruiz’s remarks on Tuesday night were brief.')).toEqual([]);
  });
});

describe('passive reports', () => {
  it('takes the whole clause of a passive charge or view, with the by-agent as source', () => {
    const a = quotesIn('Three city commissioners were charged with taking bribes from developers.').find((x) => x.kind === 'indirect');
    expect(a?.quote).toBe('Three city commissioners were charged with taking bribes from developers');
    expect(a?.speaker).toBeNull();
    const b = quotesIn('In some cases, the companies have been criticized by Nora Diaz for not removing the posts.').find((x) => x.kind === 'indirect');
    expect(b?.quote).toBe('the companies have been criticized by Nora Diaz for not removing the posts');
    expect(b?.speaker).toBe('Nora Diaz');
  });

  it('keeps the appositive of the subject', () => {
    const q = quotesIn('Ivan Petrov, then prime minister, was widely regarded as the favourite.').find((x) => x.kind === 'indirect');
    expect(q?.quote).toBe('Ivan Petrov, then prime minister, was widely regarded as the favourite');
  });

  it('reads no report from a plain passive', () => {
    expect(indirectIn('The minimum wage has been raised several times over the years.')).toEqual([]);
  });
});

describe('verbs that report only in some uses', () => {
  it('takes no report from spoke without a topic, raised money, go back or found himself', () => {
    expect(indirectIn('Ana Ruiz spoke in Phoenix on Wednesday night before a large crowd.')).toEqual([]);
    expect(indirectIn('Ana Ruiz has raised $2.3 million through the end of June.')).toEqual([]);
    expect(indirectIn('Ana Ruiz found herself in the awkward position of defending the deal.')).toEqual([]);
  });

  it('keeps them with a topic or a concern', () => {
    expect(indirectIn('Ana Ruiz spoke about the cost of housing in the city.')).toContainEqual(['Ana Ruiz', 'the cost of housing in the city']);
    expect(indirectIn('Ana Ruiz raised concerns about the cost of the new stadium.')).toContainEqual(['Ana Ruiz', 'concerns about the cost of the new stadium']);
  });

  it('reads a bare verb after one name as a noun compound', () => {
    expect(indirectIn('Truck attack in the port city kills at least eighty people.')).toEqual([]);
  });
});

describe('adjuncts after a speech verb', () => {
  it('reads where or how it was said as no content', () => {
    const text = '"We will win this state," Ana Ruiz said at a town hall in Buffalo on Thursday.';
    expect(indirectIn(text)).toEqual([]);
    expect(indirectIn('"We will win this state," Ana Ruiz said, naming a few counties.')).toEqual([]);
  });

  it('finds the that-clause after an adjunct', () => {
    expect(indirectIn('Ana Ruiz says at a campaign stop in Toledo, Ohio, that the plant will reopen in May.')).toContainEqual(['Ana Ruiz', 'that the plant will reopen in May']);
  });

  it('reads `said, CLAUSE` and `agreed with`', () => {
    expect(indirectIn('Still, Ana Ruiz said, officials have to decide who gets extra scrutiny.')).toContainEqual(['Ana Ruiz', 'Still, Ana Ruiz said, officials have to decide who gets extra scrutiny']);
    expect(indirectIn('Ana Ruiz largely agreed with the mayor about the budget.')).toContainEqual(['Ana Ruiz', 'the mayor about the budget']);
  });

  it('does not read a listener or a pronoun after a tail verb as the speaker', () => {
    const got = indirectIn('The novelist Mario Rivas, one of the signatories, told an audience in Houston that the campaign was dangerous.');
    expect(got.some(([, q]) => q.startsWith('The novelist'))).toBe(false);
  });
});

describe('content boundaries', () => {
  it('keeps both coordinated clauses of `said A and that B`', () => {
    expect(indirectIn('Ana Ruiz said she appreciated the apology and that she wanted to move forward.')).toContainEqual(['Ana Ruiz', 'she appreciated the apology and that she wanted to move forward']);
  });

  it('takes a one-word opening before a parenthetical attribution', () => {
    const q = quotesIn('Recently, Ana Ruiz said, she has realized that the state is not as hospitable.').find((x) => x.kind === 'indirect');
    expect(q?.partTexts).toEqual(['Recently', 'she has realized that the state is not as hospitable']);
  });
});

describe('stance adjectives', () => {
  it('reads `is confident that` and `remain skeptical about` as positions of the subject', () => {
    expect(indirectIn('Campaign aides are increasingly confident that Ana Ruiz will win the state.')).toContainEqual(['Campaign aides', 'that Ana Ruiz will win the state']);
    expect(indirectIn('Many farmers remain skeptical about the new water rules.')).toContainEqual(['Many farmers', 'the new water rules']);
  });

  it('needs a copula before the adjective', () => {
    expect(indirectIn('A confident that the plan works memo circulated.')).toEqual([]);
  });
});

describe('light-verb idioms', () => {
  it('reads the idiom as the cue and the rest as the content', () => {
    expect(indirectIn('Ana Ruiz also took a swipe at the governor over the budget.')).toContainEqual(['Ana Ruiz', 'the governor over the budget']);
    expect(indirectIn('Ana Ruiz voiced concern about the cost of the stadium.')).toContainEqual(['Ana Ruiz', 'the cost of the stadium']);
    const q = quotesIn('Ana Ruiz made it clear that she would not run again.').find((x) => x.kind === 'indirect');
    expect(q?.cue).toBe('made it clear');
    expect(q?.quote).toBe('that she would not run again');
  });

  it('needs the whole idiom', () => {
    expect(indirectIn('Ana Ruiz took a seat at the back of the hall.')).toEqual([]);
  });
});

describe('gerunds and progressives', () => {
  it('credits a gerund after a preposition to the main subject', () => {
    expect(indirectIn('Ana Ruiz won the state by arguing that the plant should stay open.')).toContainEqual(['Ana Ruiz', 'that the plant should stay open']);
  });

  it('reads a progressive past an adverb', () => {
    expect(indirectIn('Ana Ruiz is now talking about immigration in a new way.')).toContainEqual(['Ana Ruiz', 'immigration in a new way']);
  });

  it('continues a participle after `and`', () => {
    const got = indirectIn('The mayor, Ana Ruiz, spoke for an hour, praising the firefighters and accusing the council of neglect.');
    expect(got.some(([, q]) => q === 'the council of neglect')).toBe(true);
  });
});

describe('relative clauses with attribution verbs', () => {
  it('credits a comma relative to its noun and ends the content at its comma', () => {
    expect(indirectIn('Ana Ruiz, who has criticized the stadium deal, voted no on Tuesday.')).toContainEqual(['Ana Ruiz', 'the stadium deal']);
  });
});

describe('inverted attribution inside the sentence', () => {
  it('takes both sides of `A, said X, role, B`', () => {
    const q = quotesIn('Part of the problem, said Ana Ruiz, a geologist at the university, is the ground itself.').find((x) => x.kind === 'indirect');
    expect(q?.speaker).toBe('Ana Ruiz');
    expect(q?.partTexts).toEqual(['Part of the problem', 'is the ground itself']);
  });

  it('keeps a plain tail with a role', () => {
    expect(indirectIn('The plan will fail, said Ana Ruiz, a professor at the university.')).toContainEqual(['Ana Ruiz', 'The plan will fail']);
  });
});

describe('nouns that look like verbs', () => {
  it('takes no report from `percent support`, `broad support` or `the March states`', () => {
    expect(indirectIn('Ana Ruiz leads the field with 36 percent support in the latest count.')).toEqual([]);
    expect(indirectIn('The campaign made plans to organize in the March states.')).toEqual([]);
  });

  it('reads `see` as a view only with `as`, `that` or a question word', () => {
    expect(indirectIn('So far, Ana Ruiz has seen mixed results after raising money for candidates.')).toEqual([]);
    expect(indirectIn('Many voters see Ana Ruiz as a steady hand on the budget.')).toContainEqual(['Many voters', 'Ana Ruiz as a steady hand on the budget']);
  });
});

describe('tails with beliefs, findings and plain sources', () => {
  it('reads `…, the records show` and `…, his team believes` as tails', () => {
    expect(indirectIn('The mayor had to lend his campaign thousands of dollars last month, fundraising records show.')).toContainEqual(['fundraising records', 'The mayor had to lend his campaign thousands of dollars last month']);
    expect(indirectIn('A win there would go a long way toward ending the race, his team believes.').map(([, q]) => q)).toContain('A win there would go a long way toward ending the race');
  });

  it('reads a plain noun phrase with `close to him` as the source of a tail', () => {
    expect(indirectIn('The senator will rethink how he deals with colleagues, a source close to him said.')).toContainEqual(['a source close to him', 'The senator will rethink how he deals with colleagues']);
  });

  it('keeps an attribution verb with an object out of the tail', () => {
    expect(indirectIn('In 2015, Ana Ruiz supported the housing bill.')).toContainEqual(['Ana Ruiz', 'the housing bill']);
  });
});

describe('relatives with which and auxiliaries', () => {
  it('credits `, which found that …` to the noun it hangs on', () => {
    expect(indirectIn('The audit, which found that the agency ignored warnings, was released Monday.')).toContainEqual(['The audit', 'that the agency ignored warnings']);
  });

  it('reads `, who has said …` past the auxiliary', () => {
    expect(indirectIn('Ana Ruiz, who has said the plan is flawed, voted no on Tuesday.')).toContainEqual(['Ana Ruiz', 'the plan is flawed']);
  });
});

describe('polls and outlets in an adjunct', () => {
  it('reads `In a … poll, CLAUSE` and `CLAUSE in the latest … poll`', () => {
    expect(indirectIn('In a county poll released Monday, 50 percent of voters chose Ana Ruiz.')).toContainEqual(['a county poll released Monday', '50 percent of voters chose Ana Ruiz']);
    expect(indirectIn('Ana Ruiz leads the mayor by nine points in the latest county poll.')).toContainEqual(['the latest county poll', 'Ana Ruiz leads the mayor by nine points']);
  });

  it('reads `As the Post reported, CLAUSE`', () => {
    expect(indirectIn('As The Valley Post reported, the council had already spent the money.')).toContainEqual(['The Valley Post', 'the council had already spent the money']);
  });

  it('takes no source from a place after `in`', () => {
    expect(indirectIn('Ana Ruiz spoke to farmers in Iowa on Monday.')).toEqual([]);
  });
});

describe('say and tell with plain sources', () => {
  it('reads a gerund clause after `said`', () => {
    expect(indirectIn('Manny Ortega said seeing so many officers at the parade was a welcome sight.')).toContainEqual(['Manny Ortega', 'seeing so many officers at the parade was a welcome sight']);
  });

  it('reads long descriptions and shares as sources of `say`', () => {
    expect(indirectIn('A state official familiar with the investigation said that charging anyone would be difficult.')).toContainEqual(['A state official familiar with the investigation', 'that charging anyone would be difficult']);
    expect(indirectIn('On economic issues, 42% say they are liberal.')).toContainEqual(['42%', 'they are liberal']);
  });
});

describe('quantifiers and respondents as sources', () => {
  it('reads `Some said` and `those surveyed say`', () => {
    expect(indirectIn('Some said they had cringed at the comparison.')).toContainEqual(['Some', 'they had cringed at the comparison']);
    expect(indirectIn('By big margins, those surveyed say the economy should come first.')).toContainEqual(['those surveyed', 'the economy should come first']);
  });
});

describe('a second verb sharing the subject', () => {
  it('reads `X did A and said B` with a demonstrative object and a plain subject', () => {
    expect(indirectIn('Ana Ruiz brought that down in five years, and said she was fine with the plan.')).toContainEqual(['Ana Ruiz', 'she was fine with the plan']);
    expect(indirectIn('Other former officers chafed at the criticism and said asking for help was the right call.')).toContainEqual(['Other former officers', 'asking for help was the right call']);
  });
});

describe('more adjuncts after the verb and before the subject', () => {
  it('reads `said just after midnight on TV` and `said, according to the Post` as no content', () => {
    expect(indirectIn('"It is plagiarism," Ana Ruiz said just after midnight on the local news.')).toEqual([]);
    expect(indirectIn('"When does it stop?" the judge said, according to the Valley Post.')).toEqual([]);
  });

  it('reads a dated opening as an adjunct, not the content of a tail', () => {
    const got = indirectIn('On Dec. 7 on the radio, Ana Ruiz said the local forces must lead the fight.');
    expect(got.some(([, q]) => q.startsWith('On Dec. 7'))).toBe(false);
    expect(got).toContainEqual(['Ana Ruiz', 'the local forces must lead the fight']);
  });
});

describe('media adjuncts between the verb and the content', () => {
  it('skips `in a Facebook post on Tuesday` and reaches a far `that`', () => {
    expect(indirectIn('Ana Ruiz wrote in a Facebook post on Tuesday the plan was dead.')).toContainEqual(['Ana Ruiz', 'the plan was dead']);
    expect(indirectIn('Ana Ruiz said in a statement released by her office on Tuesday that the plan was dead.')).toContainEqual(['Ana Ruiz', 'that the plan was dead']);
  });
});

describe('impersonal passives', () => {
  it('reports the that-clause of `It was widely reported that …` with no speaker', () => {
    const q = quotesIn('It was widely reported that the mayor paid a million dollars for the jet.').find((x) => x.kind === 'indirect');
    expect(q?.quote).toBe('that the mayor paid a million dollars for the jet');
    expect(q?.speaker).toBeNull();
  });
});

describe('polls in general', () => {
  it('takes no source from `in the polls`', () => {
    expect(indirectIn('The former governor has struggled to gain traction and sits at single digits in the polls.')).toEqual([]);
  });
});

describe('irregular first verbs', () => {
  it('shares the subject of an irregular past verb (`left early but said`)', () => {
    expect(indirectIn('Ana Ruiz left early but said she was fine with the plan.')).toContainEqual(['Ana Ruiz', 'she was fine with the plan']);
  });
});

describe('listeners after told', () => {
  it('reads a listener up to its head noun and no further', () => {
    expect(indirectIn('"We are a team," Ana Ruiz told a cheering throng of supporters in Tampa.')).toEqual([]);
    expect(indirectIn('Ana Ruiz told the crowd the deal was unfair to workers.')).toContainEqual(['Ana Ruiz', 'the deal was unfair to workers']);
  });
});

describe('reported speech: introductory phrases, progressive auxiliaries, nested frames', () => {
  it('never takes a name inside an introductory phrase for the subject', () => {
    const got = quotesIn('By linking the harbour and the floods in Eastern Europe, the engineers are basically confirming that the dam will fail within a decade.');
    const q = got.find((x) => x.quote.includes('the dam will fail'));
    expect(q?.speakerMention).toBe('the engineers');
    expect(got.some((x) => x.speakerMention === 'Eastern Europe')).toBe(false);
  });

  it('reads the subject past a progressive `are`', () => {
    const q = quotesIn('The regulators are now warning that household energy prices will rise again in the spring.').find((x) => x.kind === 'indirect');
    expect(q?.speakerMention).toBe('The regulators');
    expect(q?.quote).toBe('that household energy prices will rise again in the spring');
  });

  it('ends a report in an `even though` clause at the comma that closes it', () => {
    const q = quotesIn('Even though the ferry plan was regarded as far too costly, the council has decided to keep the old route running.').find((x) => x.cue === 'regarded');
    expect(q?.quote).toBe('the ferry plan was regarded as far too costly');
    expect(q?.speaker).toBeNull();
  });

  it('gives quoted words to the named speaker after them, not to a described group inside the sentence', () => {
    const q = quotesIn('By now the officials are confirming that ‘the whole treaty is dead in the water’, suggested Jane Roe.').find((x) => x.quote.includes('dead in the water'));
    expect(q?.speaker).toBe('Jane Roe');
    expect(q?.kind).toBe('mixed');
  });

  it('a name with a short appositive between commas reports what follows, even a name and its past-tense verb', () => {
    const got = indirectIn('Mr. Halvorsen, the pollster, said Ms. Quist envisioned a plan that divided the rural vote.');
    expect(got).toContainEqual(['Halvorsen', 'Ms. Quist envisioned a plan that divided the rural vote']);
  });

  it('reads a source described by a participle or a prepositional `to the` before `said`', () => {
    expect(indirectIn('People briefed on the plan said that the deal reflected a change of heart.')).toContainEqual(['People briefed on the plan', 'that the deal reflected a change of heart']);
    expect(indirectIn('The deputy head of Norway’s delegation to the summit said the fishing quotas should be cut.').map(([, q]) => q)).toContain('the fishing quotas should be cut');
  });

  it('keeps a source whole across `and` inside its prepositional phrase, and past a focus adverb', () => {
    expect(indirectIn('Experts on Iran and nonproliferation said the test was a warning to its neighbours.')).toContainEqual(['Experts on Iran and nonproliferation', 'the test was a warning to its neighbours']);
    expect(indirectIn('In Scotland, the cities of Perth and Dundee said they would light their bridges in purple.')).toContainEqual(['the cities of Perth and Dundee', 'they would light their bridges in purple']);
    expect(indirectIn('Even the organizer of the march said the rules raised the risk of clashes.').map(([, q]) => q)).toContain('the rules raised the risk of clashes');
  });

  it('reads a subject with a relative clause, also one that reports on its own', () => {
    expect(indirectIn('The judges who heard the appeal said the statute was unclear on that point.').map(([, q]) => q)).toContain('the statute was unclear on that point');
    expect(indirectIn('Lindqvist, who said he usually votes Green, said one candidate he likes is the mayor of Oslo.')).toContainEqual(['Lindqvist', 'one candidate he likes is the mayor of Oslo']);
  });

  it('gives a participle after a tail attribution to the one named in it', () => {
    const got = indirectIn('The minister cannot say that “from his view,” Okafor added, saying it should be up to the courts.');
    expect(got).toContainEqual(['Okafor', 'it should be up to the courts']);
  });

  it('reports the question in `Asked whether …, X said` for an unnamed asker (or the one named after `by`), not as the answer', () => {
    const qs = quotesIn('Asked whether he would run again in the fall, Halvorsen said no.');
    expect(qs.map((q) => [q.speaker, q.quote, q.speakerMention])).toEqual([[null, 'whether he would run again in the fall', null]]);
    expect(indirectIn('Asked by a reporter to respond to the criticism, Quist said nothing.')).toContainEqual(['a reporter', 'to respond to the criticism']);
  });

  it('reads the object of `reported` as its report (a filing or an announcement), not `reported to`', () => {
    expect(indirectIn('The ferry company reported having $2.5 million in cash at the end of March.')).toContainEqual(['ferry company', 'having $2.5 million in cash at the end of March']);
    expect(indirectIn('The ferry company reported to the regulator on Monday.')).toEqual([]);
  });

  it('a participle phrase or a verbless prepositional phrase before `, X said` is no report', () => {
    expect(quotesIn('Holding open a heavy ledger, Brandt said, “I want you to read this.”').map((q) => q.quote)).toEqual(['I want you to read this.']);
    expect(quotesIn('On a more conciliatory note, Brandt has said the council deserves respect.').map((q) => q.quote)).toEqual(['the council deserves respect']);
    expect(quotesIn('On the budget, the plan is far too weak, Brandt said.').map((q) => q.quote)).toEqual(['On the budget, the plan is far too weak']);
  });

  it('skips a capitalised dateline before the subject', () => {
    expect(indirectIn('ST. PAUL — Governor Anna Lindqvist claimed the deal was a disaster for farmers.')).toContainEqual(['Anna Lindqvist', 'the deal was a disaster for farmers']);
  });

  it('a subordinate clause after a comma (`…, after half said so`) is no tail attribution of what comes before', () => {
    const got = indirectIn('Seven in 10 say the mayor is at least somewhat decisive, after half said so in the spring poll.');
    expect(got.some(([, q]) => q.startsWith('Seven in 10'))).toBe(false);
    expect(got.some(([sp, q]) => sp === 'Seven in 10' && q.startsWith('the mayor is'))).toBe(true);
  });

  it('a subject never runs back over another speech verb (`Kiedis said his band wrote …`)', () => {
    const got = indirectIn('Last week, Brandt said his band wrote a host of new songs for the album.');
    expect(got.some(([sp]) => (sp ?? '').includes('said'))).toBe(false);
  });

  it('`radio show`, `talk shows` are nouns, no cue', () => {
    expect(quotesIn('Speaking on radio show Morning Mix last week, Brandt said his band wrote new songs.').some((q) => q.cue === 'show')).toBe(false);
  });

  it('what was written, or where and when, is no report of `wrote`', () => {
    expect(indirectIn('Brandt wrote the letter on Feb. 2 to the ministry’s legal adviser.')).toEqual([]);
    expect(indirectIn('The analyst Ola Brandt wrote this week that the Senate race could shift quickly.').map(([, q]) => q)).toContain('that the Senate race could shift quickly');
  });

  it('`with/left N percent (of voters) saying …`: the share before the participle reports', () => {
    expect(indirectIn('The riots have left 62 percent of residents saying relations with the police are growing worse.')).toContainEqual(['62 percent of residents', 'relations with the police are growing worse']);
  });

  it('an aside between dashes before the verb is no subject', () => {
    const got = indirectIn('The council members — including Ingrid Brandt — said the ferry plan was dead for good.');
    expect(got.some(([sp, q]) => sp === 'Ingrid Brandt' && q.includes('ferry plan'))).toBe(false);
    expect(got.map(([, q]) => q)).toContain('the ferry plan was dead for good');
  });
});

describe('a closing `according to X` over a report', () => {
  it('credits the whole clause, inner report included, to X alone', () => {
    const got = indirectIn('The mayor told her that it was not that simple, according to an account she gave to the Valley Post.');
    expect(got).toEqual([['an account she gave to the Valley Post', 'The mayor told her that it was not that simple']]);
  });
});

describe('`, saying …` after a plain noun phrase', () => {
  it('reports for a subject whose head speaks, not for any noun phrase', () => {
    expect(indirectIn('The justice criticized the plan, saying she did not want to contemplate the effects.')).toContainEqual(['The justice', 'she did not want to contemplate the effects']);
    expect(indirectIn('The plan drew fire in the valley, saying little about taxes or schools.')).toEqual([]);
  });

  it('takes a participle after the determiner for part of the subject and a person-noun suffix for its head', () => {
    expect(indirectIn('The retired surgeon criticized the plan, saying it would hurt the town.')).toContainEqual(['retired surgeon', 'it would hurt the town']);
  });
});

describe('a report told again inside a longer one', () => {
  it('keeps only the outer report when the inner one takes up most of its words', () => {
    expect(indirectIn('Ana Ruiz said the council had announced that the bridge would close for repairs in May.')).toEqual([['Ana Ruiz', 'the council had announced that the bridge would close for repairs in May']]);
  });
});

describe('`according to X` after an opening conjunction', () => {
  it('reads `But, according to X, …` as an opening attribution', () => {
    expect(indirectIn('But, according to the county survey, most of the farmers remain undecided about the plan.')).toContainEqual(['county survey', 'most of the farmers remain undecided about the plan']);
  });

  it('keeps a name that only modifies the noun after it in the source (`the Democratic chairs`)', () => {
    expect(indirectIn('Small pockets of activists still back the mayor, according to the Republican chairs.')).toContainEqual(['the Republican chairs', 'Small pockets of activists still back the mayor']);
  });
});

describe('a name inside an opening adjunct', () => {
  it('credits the subject after `Led by X,`, not X', () => {
    expect(indirectIn('Led by Ana Ruiz, the rally denounced the plan as a costly mistake.')).toContainEqual(['the rally', 'the plan as a costly mistake']);
  });
});
