import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analysis/text/doc.js';
import { extractQuotes, quoteText, type Quote } from '../src/analysis/quotes/index.js';
import { quotesBatchLine } from '../src/analysis/quotes/batch.js';

function quotes(text: string): Quote[] {
  return extractQuotes(buildDoc(text));
}

function find(qs: Quote[], snippet: string): Quote {
  const q = qs.find((x) => x.quote.includes(snippet));
  if (!q) throw new Error(`no quote containing "${snippet}" in ${JSON.stringify(qs.map((x) => x.quote))}`);
  return q;
}

describe('quote marks', () => {
  it('finds straight and curly double quotes with offsets into the input', () => {
    const text = 'Maria Lopez, mayor of Springfield, spoke on Monday.\n\n"We will not back down on the budget," Lopez said.\n\n“The council has the votes,” she added.';
    const qs = quotes(text);
    const a = find(qs, 'We will not back down');
    expect(text.slice(a.start, a.end)).toBe(a.quote);
    expect(a.quote.startsWith('We')).toBe(true);
    expect(a.speaker).toBe('Maria Lopez');
    expect(a.kind).toBe('direct');
    const b = find(qs, 'The council has the votes');
    expect(b.speaker).toBe('Maria Lopez');
    expect(b.speakerMention).toBe('she');
  });

  it('reads curly single quotes as the primary mark and leaves apostrophes alone', () => {
    const text = "Harbour master Tom Reed described the storm in detail.\n\n‘The harbour's walls held, but the '90s pier did not’, Reed said.";
    const q = find(quotes(text), "harbour's walls");
    expect(q.quote).toBe("The harbour's walls held, but the '90s pier did not");
    expect(q.speaker).toBe('Tom Reed');
  });

  it("reads two apostrophes as a double quote, with a single quote nested at its end", () => {
    const text = "Senator Dana Whitfield spoke in Ohio.\n\n''We were told, 'It is a special case,''' Ms. Whitfield said. ''It never was.''\n\nShe left at noon.";
    const qs = quotes(text);
    const q = find(qs, 'We were told');
    expect(q.speaker).toBe('Dana Whitfield');
    expect(q.kind).toBe('direct');
    expect(quoteText(q)).toContain("'It is a special case");
    expect(quoteText(q)).toContain('It never was.');
    expect(q.quote.startsWith('We')).toBe(true);
  });

  it('reads guillemets', () => {
    const q = find(quotes('Economist Paul Martin was cautious. «Inflation will fall slowly this year», Martin said.'), 'Inflation');
    expect(q.speaker).toBe('Paul Martin');
  });

  it('keeps a nested quote inside the outer one', () => {
    const qs = quotes('Ana Silva, a teacher, was blunt. "They told us \'wait and see\' for a year," Silva said.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.quote).toContain("'wait and see'");
  });

  it('follows a quote over several paragraphs', () => {
    const text = 'Union leader Kate Moss spoke after the vote.\n\n"We asked for a fair deal and we got nothing at all.\n\n"So the strike goes ahead on Monday morning," Moss said.';
    const qs = quotes(text);
    expect(find(qs, 'We asked for a fair deal').speaker).toBe('Kate Moss');
    expect(find(qs, 'So the strike goes ahead').speaker).toBe('Kate Moss');
  });

  it('joins quotes broken by hard line wraps, offsets still in the input', () => {
    const text =
      'The minister of the interior, Carl Berg, was asked about the plan on the\nradio on Sunday morning and did not hold back at all in his answer to it.\n' +
      '"We are already in discussions with the other\nparties, but nothing is final yet," Berg said on\nthe programme in the studio that morning again.\n' +
      'The opposition said the plan was not a plan at all and would fail next\nyear when the money runs out for all the towns in the country.\n';
    const q = find(quotes(text), 'We are already in discussions');
    expect(q.quote.replace(/\s+/g, ' ')).toBe('We are already in discussions with the other parties, but nothing is final yet');
    expect(text.slice(q.start, q.end)).toBe(q.quote);
    expect(q.speaker).toBe('Carl Berg');
  });
});

describe('speaker patterns', () => {
  it('“…,” said X, ROLE', () => {
    const q = find(quotes('"Prices will keep rising for a while," said Jane Doe, chief economist at Acme Bank.'), 'Prices');
    expect(q.speaker).toBe('Jane Doe');
    expect(q.role).toContain('chief economist at Acme Bank');
  });

  it('X said: “…”', () => {
    const q = find(quotes('Police chief Ali Khan said: "The road will stay closed until Friday."'), 'The road');
    expect(q.speaker).toBe('Ali Khan');
    expect(q.kind).toBe('direct');
  });

  it('X told an outlet “…”: the speaker is X, not the outlet', () => {
    const q = find(quotes('Senator Ruth Ames told CNN "we have the votes to pass it this week".'), 'we have the votes');
    expect(q.speaker).toBe('Ruth Ames');
  });

  it('“…,” X told Y, echoing Z: the speaker is the subject', () => {
    const text = 'Analyst Mark Stone had warned of this. Researcher Lena Fox agreed.\n\n"The plan was never about safety," Fox told Reuters, echoing Stone.';
    expect(find(quotes(text), 'never about safety').speaker).toBe('Lena Fox');
  });

  it('a quote broken by its attribution is one quote in two parts', () => {
    const text = 'Coach Dana Reyes met the press.\n\n“We lost the plot,” Reyes said. “Next week we fix it.”\n\n“Nobody is safe,” she said, “not even me.”';
    const qs = quotes(text);
    expect(qs).toHaveLength(2);
    const [a, b] = qs as [Quote, Quote];
    // the JSON contract: `quote` is exactly the input between start and end; the pieces are in `parts`
    expect(a.quote).toBe(text.slice(a.start, a.end));
    expect(a.quote).toBe('We lost the plot,” Reyes said. “Next week we fix it.');
    expect(a.parts?.map(([s, e]) => text.slice(s, e))).toEqual(['We lost the plot', 'Next week we fix it.']);
    expect(quoteText(a)).toBe('We lost the plot … Next week we fix it.');
    expect(b.parts).toHaveLength(2);
    expect(b.speaker).toBe('Dana Reyes');
  });

  it('a floating quote paragraph is a quote of its own that inherits the speaker before it', () => {
    const text = '"The first phase is done," said engineer Omar Haddad.\n\n"The second phase starts in spring and will take two years."';
    const q = find(quotes(text), 'The second phase');
    expect(q.speaker).toBe('Omar Haddad');
    expect(q.quote).toBe('The second phase starts in spring and will take two years.');
    expect(q.parts).toBeUndefined();
  });

  it('organisations and unnamed sources are speakers, marked as such', () => {
    const qs = quotes('The ministry said the border would reopen next week. A senior official said talks had stalled over the weekend.');
    const org = find(qs, 'border would reopen');
    expect(org.speakerType).toBe('organisation');
    const anon = find(qs, 'talks had stalled');
    expect(anon.speaker).toBe('A senior official');
    expect(anon.speakerType).toBe('unnamed');
  });
});

describe('resolution', () => {
  it('resolves surnames to the earliest full mention and pronouns to the nearest person', () => {
    const text = 'Jeff J. Brown, author of a book on China, spoke first.\n\n‘It is a plan to contain China’, Brown said.\n\n‘It will not work’, he stressed.';
    const qs = quotes(text);
    expect(find(qs, 'contain China').speaker).toBe('Jeff J. Brown');
    expect(find(qs, 'contain China').role).toContain('author of a book on China');
    expect(find(qs, 'will not work').speaker).toBe('Jeff J. Brown');
  });

  it('resolves a descriptor like "the Japanese official" to the person named before', () => {
    const text = 'Japanese Foreign Minister Yoshimasa Hayashi told CNN that talks were under way. ‘No details are final yet’, the Japanese official said.';
    const q = find(quotes(text), 'No details');
    expect(q.speaker).toBe('Yoshimasa Hayashi');
    expect(q.role).toContain('Foreign Minister');
    expect(q.speakerMention).toBe('the Japanese official');
  });

  it('does not mix up two people with the same surname', () => {
    const text = 'Bill Clinton spoke in the morning. Hillary Clinton spoke later in the day.\n\n"We will win this state," Hillary Clinton said.';
    expect(find(quotes(text), 'We will win').speaker).toBe('Hillary Clinton');
  });

  it('takes the role from a title pre-modifier', () => {
    const q = find(quotes('Lieutenant General Francesco Diella visited Tokyo. ‘These talks matter to NATO’, Diella told her hosts.'), 'These talks');
    expect(q.speaker).toBe('Francesco Diella');
    expect(q.role).toBe('Lieutenant General');
  });
});

describe('mixed, partial and indirect speech', () => {
  it('a quoted fragment inside reported speech is a mixed quote of the reporter', () => {
    const text = 'Ambassador Koji Tomita told reporters that the country was ‘working’ towards opening such an office.';
    const q = find(quotes(text), 'working');
    expect(q.kind).toBe('mixed');
    expect(q.speaker).toBe('Koji Tomita');
    expect(q.quote).toContain('towards opening');
  });

  it.each([
    ['Mayor Paul Grant said that the bridge would close in May.', 'the bridge would close', 'Paul Grant'],
    ['Paul Grant told the council the bridge would close in May for repairs.', 'bridge would close', 'Paul Grant'],
    ['According to Paul Grant, the bridge will close in May for repairs.', 'bridge will close', 'Paul Grant'],
    ['The bridge will close in May for repairs, Paul Grant warned.', 'bridge will close', 'Paul Grant'],
    ['The bridge will close in May for repairs, said Paul Grant.', 'bridge will close', 'Paul Grant'],
  ])('indirect: %s', (text, snippet, speaker) => {
    const q = find(quotes(text), snippet);
    expect(q.kind).toBe('indirect');
    expect(q.speaker).toBe(speaker);
  });

  it('does not attribute scare quotes, titles or emphasis', () => {
    const text =
      'The plan points to a so-called “NATO of the Far East” in the region. The book “The Long Road” sold well. It was a “success”, in a way.';
    expect(quotes(text)).toEqual([]);
  });
});

describe('batch line', () => {
  it('gives the JSON shape of --json with input offsets', () => {
    const text = 'Judge Amy Park ruled on Friday.\n\n"The law is clear on this point," Park said.';
    const line = quotesBatchLine({ id: 'x1', text });
    expect(line.id).toBe('x1');
    expect(line.quotes[0]).toMatchObject({ quote: 'The law is clear on this point', speaker: 'Amy Park', speakerMention: 'Park', cue: 'said', kind: 'direct' });
    expect(Object.keys(line.quotes[0]!).sort()).toEqual(['cue', 'end', 'kind', 'quote', 'role', 'speaker', 'speakerMention', 'start']);
  });

  it('every quote is exactly input.slice(start, end), a broken quote too, with its parts listed', () => {
    const text = 'Mayor Ana Silva spoke on Monday.\n\n“The walls held,” Silva said, “and the  pier\nwill be rebuilt.”\n\nShe said the council would pay.';
    const line = quotesBatchLine({ id: 'x2', text });
    expect(line.quotes.length).toBeGreaterThanOrEqual(2);
    for (const q of line.quotes) expect(q.quote).toBe(text.slice(q.start, q.end));
    const broken = line.quotes.find((q) => q.parts)!;
    expect(broken.parts!.map(([a, b]) => text.slice(a, b))).toEqual(['The walls held', 'and the  pier\nwill be rebuilt.']);
    expect(broken).not.toHaveProperty('partTexts');
  });

  it('a person named by a description keeps it as written after the full name', () => {
    const text = 'Gov. Tom Reyes signed the bill on Monday.\n\n“This is a good day,” the governor said.\n\n“We will see,” Reyes said.';
    const line = quotesBatchLine({ id: 'x3', text });
    expect(line.quotes.find((q) => q.quote.includes('good day'))!.speaker).toBe('Tom Reyes, the governor');
    expect(line.quotes.find((q) => q.quote.includes('We will see'))!.speaker).toBe('Tom Reyes');
  });

  it('a description written before the name in apposition follows the full name', () => {
    const line = quotesBatchLine({ id: 'x5', text: 'In a statement, her senior policy adviser, Jacob Sullens, said: “The deal is essential.”\n\n“We are done,” said the harbour spokesman, Tom Wells.' });
    expect(line.quotes.find((q) => q.quote.includes('essential'))!.speaker).toBe('Jacob Sullens, her senior policy adviser');
    expect(line.quotes.find((q) => q.quote.includes('We are done'))!.speaker).toBe('Tom Wells, the harbour spokesman');
  });

  it('an organisation named by a description keeps it too', () => {
    const line = quotesBatchLine({ id: 'x4', text: 'The Ministry of Ports met on Monday. The ministry said that fees would rise.' });
    expect(line.quotes[0]!.speaker).toBe('Ministry of Ports, the ministry');
  });
});

describe('attribution beyond speech', () => {
  it('beliefs, findings and evaluations report their subject’s position', () => {
    const text = 'Senator Ruth Okafor believes the new levy will hurt small farms.\n\nA county survey shows that most growers oppose the levy.';
    const qs = quotes(text);
    const belief = find(qs, 'the new levy will hurt small farms');
    expect(belief.speaker).toBe('Ruth Okafor');
    expect(belief.kind).toBe('indirect');
    expect(belief.cue).toBe('believes');
    expect(find(qs, 'most growers oppose the levy').cue).toBe('shows');
  });

  it('a participle after a comma reports for the sentence’s subject', () => {
    const text = 'Mayor Ian Holt rejected the audit on Monday, saying the figures were out of date.';
    const qs = quotes(text);
    const q = find(qs, 'the figures were out of date');
    expect(q.speaker).toBe('Ian Holt');
    expect(q.cue).toBe('saying');
    expect(find(qs, 'the audit on Monday').quote).not.toContain('saying');
  });

  it('does not take a verb used as a noun for a cue', () => {
    const text = 'The support for the plan collapsed after the vote in the council chamber.';
    expect(quotes(text)).toHaveLength(0);
  });
});

describe('names across full stops and linking words', () => {
  it('a middle initial does not end the speaker, and organisation names run through "of"', () => {
    const qs = quotes('The plan is a disaster for the city, said Representative Charles B. Rangel of New York. The Federal Bureau of Prisons said it would review the policy.');
    expect(find(qs, 'disaster for the city').speaker).toBe('Charles B. Rangel of New York');
    const org = find(qs, 'review the policy');
    expect(org.speaker).toBe('Federal Bureau of Prisons');
    expect(org.speakerType).toBe('organisation');
  });
});

describe('mixed quotes span their reported clause', () => {
  it('a quoted fragment after a cue takes the clause from the cue to the sentence end', () => {
    const text = 'Governor Alma Ruiz spoke in Fresno. Ruiz says the tax plan “may not raise a dime” for the schools.';
    const q = find(quotes(text), 'may not raise a dime');
    expect(q.kind).toBe('mixed');
    expect(q.quote).toBe('the tax plan “may not raise a dime” for the schools');
    expect(q.speaker).toBe('Alma Ruiz');
  });
});

describe('sentences that open before their quote', () => {
  it('a condition before `, X said, “…”` is part of the mixed report', () => {
    const q = find(quotes('Mayor Alma Ruiz spoke in Fresno. If the bill passes, Ruiz said, “the schools will close by June.”'), 'schools will close');
    expect(q.kind).toBe('mixed');
    expect(q.quote.startsWith('If the bill passes')).toBe(true);
    expect(q.speaker).toBe('Alma Ruiz');
  });
  it('a subject round the attribution joins a quote that runs on (X’s plan, Y said, “is …” to …)', () => {
    const q = find(quotes('The club’s heavy investment in its facilities, Ana Tanzer said, “is a perfect example of adapting” to the economics of golf.'), 'perfect example');
    expect(q.kind).toBe('mixed');
    expect(q.quote.startsWith('The club’s heavy investment')).toBe(true);
  });
  it('a mixed report round `, X said, that “…”` is one, and one after a relative starts at the pronoun', () => {
    const q = find(quotes('It’s a reminder, Ana Rogers said, that “what matters in this life is more than winning.”'), 'what matters');
    expect(q.kind).toBe('mixed');
    expect(q.quote.startsWith('It’s a reminder')).toBe(true);
    const r = find(quotes('Ana Rogers backed the tax, which she described as “making sure that companies pay their fair share.”'), 'fair share');
    expect(/^(?:which|the tax)/.test(r.quote)).toBe(true);
  });
  it('a concession with its own clause before `, X said, “…”` is part of the report, a participle scene is not', () => {
    const q = find(quotes('While confidence is at its highest in years, Ana Ruiz said, “this has done nothing for wages.”'), 'nothing for wages');
    expect(q.kind).toBe('mixed');
    expect(q.quote.startsWith('While confidence')).toBe(true);
    expect(find(quotes('While campaigning in Iowa, Ana Ruiz said, “this has done nothing for wages.”'), 'nothing for wages').kind).toBe('direct');
  });
  it('a subject before a quote that goes on in lower case is part of it', () => {
    const q = find(quotes('The tax program, known as the levy, “has been a disaster for farmers,” Ruiz said.'), 'has been a disaster');
    expect(q.kind).toBe('mixed');
    expect(q.quote.startsWith('The tax program')).toBe(true);
  });
  it('a quote the sentence goes on after is mixed up to the attribution', () => {
    const q = find(quotes('“We’re extremely happy” about the decision, Ana Ruiz said on Tuesday.'), 'extremely happy');
    expect(q.kind).toBe('mixed');
    expect(q.quote).toBe('We’re extremely happy” about the decision');
    const r = find(quotes('Ana Ruiz spoke in Fresno. Ruiz said, “We have three weeks to go” until the caucuses.'), 'three weeks');
    expect(r.kind).toBe('mixed');
    expect(r.quote.endsWith('until the caucuses')).toBe(true);
    const d = find(quotes('“We have three weeks to go,” Ana Ruiz said.'), 'three weeks');
    expect(d.kind).toBe('direct');
  });
  it('a short quote sentence right after an attribution goes on with the quote before it, list items do not', () => {
    const q = find(quotes('“It’s taxing on campaign resources,” Ana Ruiz said. “Big time.”'), 'taxing');
    expect(q.quote.endsWith('Big time.')).toBe(true);
    expect(quotes('He named “Game of Thrones,” “Billions” and “Taken” as favourites.').some((x) => x.quote.includes('Billions') && x.kind === 'direct')).toBe(false);
  });
  it('a scene before `X yelled, “…”` is no report of its own', () => {
    const qs = quotes('But six minutes into the event, when another man was led away, Ana Ruiz yelled, “Out, out!”');
    expect(qs.some((q) => q.kind === 'indirect')).toBe(false);
    expect(quotes('With her husband standing by her side, Ana Ruiz has told her supporters that she would win.').some((q) => q.quote.startsWith('With her husband'))).toBe(false);
  });
  it('what follows the attribution of a quote is no report (“…,” X said, in another shot at …)', () => {
    const qs = quotes('“Let me be very, very clear. As president, I will not be neutral,” Ana Ruiz said, in another shot aimed at the governor.');
    expect(qs.some((q) => q.kind === 'indirect')).toBe(false);
    expect(find(qs, 'not be neutral').kind).toBe('direct');
  });
  it('a scene-setting adjunct stays outside the direct quote', () => {
    const q = find(quotes('In an interview on Tuesday, Ruiz said, “the schools will close by June.”'), 'schools will close');
    expect(q.kind).toBe('direct');
    const r = find(quotes('A few minutes later, Ruiz said, “the schools will close by June.”'), 'schools will close');
    expect(r.kind).toBe('direct');
  });
});

describe('reported speech inside reported speech', () => {
  it('keeps both the outer report and the one nested in its content', () => {
    const qs = quotes('Analyst Joan Pike said the minister told the committee that the budget was balanced.');
    const outer = find(qs, 'the minister told the committee');
    expect(outer.speaker).toBe('Joan Pike');
    expect(outer.cue).toBe('said');
    const inner = qs.find((q) => q.cue === 'told');
    expect(inner?.quote).toBe('that the budget was balanced');
    expect(inner?.speakerMention).toBe('the minister');
  });
});

describe('credits after a dash', () => {
  it('a vox pop credited after a dash takes that name', () => {
    const text = 'Readers wrote in about the closure.\n\n“The library was the heart of this town and now it is gone.” ― Nora Billings.';
    const q = find(quotes(text), 'heart of this town');
    expect(q.speaker).toBe('Nora Billings');
    expect(q.kind).toBe('direct');
  });
});

describe('scare quotes are nobody’s words', () => {
  it('an intention with short quoted terms is emitted once, cut before the first term', () => {
    const text =
      'The city council has decided to rebuild the pier citing storm damage and referring to its old partner, the port authority, who expects that the town would use its ‘local wisdom’ to defend the ‘historic waterfront’.';
    const qs = quotes(text);
    expect(qs.filter((q) => q.quote.includes('local wisdom') || q.quote.includes('historic waterfront'))).toEqual([]);
    const keys = qs.map((q) => `${q.start}:${q.end}:${q.speaker}`);
    expect(new Set(keys).size).toBe(keys.length);
    const q = find(qs, 'to rebuild the pier');
    expect(q.quote.endsWith('the port authority')).toBe(true);
    expect(q.kind).toBe('indirect');
  });

  it('a so-called term inside reported speech is cut off, not attributed', () => {
    const text = 'Analyst Mary Stone said that the alliance, led from Brussels, plans a so-called “shield of the east” in the region.';
    const qs = quotes(text);
    expect(qs.filter((q) => q.quote.includes('shield of the east'))).toEqual([]);
    expect(find(qs, 'the alliance').speaker).toBe('Mary Stone');
  });

  it('a speech verb still makes a single quoted word the speaker’s (mixed)', () => {
    const q = find(quotes('Ambassador Ken Ito told reporters that the country was ‘working’ towards a deal.'), 'working');
    expect(q.kind).toBe('mixed');
    expect(q.speaker).toBe('Ken Ito');
  });
});

describe('content ends where its sentence ends', () => {
  it('reported content stops at a closing mark and full stop before a byline', () => {
    const text = '“The long report went on for pages. According to the paper’s sources, it is the northern bloc that is behind the new plan”. -Anna Berg, City News\n\nThe vote is next week.';
    const q = find(quotes(text), 'northern bloc');
    expect(q.quote.endsWith('behind the new plan')).toBe(true);
  });
});

describe('dedupe', () => {
  it('never emits the same span twice for one speaker', () => {
    const text = 'Mayor Jim Hale said the budget would ‘balance itself’ and that the town had a ‘golden future’ ahead of it.';
    const keys = quotes(text).map((q) => `${q.start}:${q.end}:${q.speaker}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('reported speech: sources and clause edges', () => {
  it('according to a document or poll: the source as written', () => {
    const q = find(quotes('Rents rose by a fifth in two years, according to a new survey by the housing office.'), 'Rents rose');
    expect(q.speaker).toBe('a new survey by the housing office');
    expect(q.kind).toBe('indirect');
  });

  it('according to X in mid-sentence: the content goes round the source, in two parts', () => {
    const q = find(quotes('At the root of the dispute, according to Lena Ford, a former mediator, was a promise that the mayor broke.'), 'At the root');
    expect(q.speaker).toBe('Lena Ford');
    expect(q.partTexts).toEqual(['At the root of the dispute', 'was a promise that the mayor broke']);
  });

  it('a second reporting verb after `and` shares the subject and ends the first content', () => {
    const qs = quotes('Carla Diaz tweeted a photo of the flooded street and said the drains had failed again.');
    expect(find(qs, 'flooded street').quote).toBe('a photo of the flooded street');
    const q = find(qs, 'drains had failed');
    expect(q.speaker).toBe('Carla Diaz');
  });

  it('an adverbial before the comma is not the content of the verb after it', () => {
    const qs = quotes('Despite criticising the budget for months, Senator Paul Grant said he would vote for it on Friday.');
    const q = find(qs, 'he would vote');
    expect(q.speaker).toBe('Paul Grant');
    expect(qs.some((x) => x.quote.includes('Despite criticising'))).toBe(false);
  });

  it('a report inside a subordinate clause ends where the main clause begins', () => {
    const q = find(quotes('While Omar Haddad said that reporters should stay neutral, he seemed uneasy about the question.'), 'stay neutral');
    expect(q.quote).toBe('that reporters should stay neutral');
  });
});

describe('headline attributions', () => {
  it('`Name: claim` in a title is the named person’s claim, resolved to the full name', () => {
    const text = 'Hale: Harbour Tax Will Sink Small Fishing Firms.\n\nOn Monday, Mayor Jim Hale spoke to the press about the plan.';
    const q = find(quotes(text), 'Harbour Tax');
    expect(q.speaker).toBe('Jim Hale');
    expect(q.quote).toBe('Harbour Tax Will Sink Small Fishing Firms');
  });

  it('a section label is not a source', () => {
    const qs = quotes('Analysis: The harbour tax will sink small fishing firms.\n\nThe council votes on Friday.');
    expect(qs.some((q) => q.quote.includes('harbour tax'))).toBe(false);
    const latest = quotes('The Latest: Harbour tax vote delayed to next week.\n\nThe council votes on Friday.');
    expect(latest.some((q) => q.quote.includes('Harbour tax'))).toBe(false);
  });
});

describe('shares of a group and impressions', () => {
  it('a share of a group is the speaker, and a second clause with its own verb ends the first content', () => {
    const qs = quotes('Three-quarters of the voters said they were worried about prices, and more than 4 in 10 said the mayor would handle it best.');
    const a = find(qs, 'worried about prices');
    expect(a.speaker).toBe('Three-quarters of the voters');
    expect(a.quote).toBe('they were worried about prices');
    expect(find(qs, 'handle it best').quote).toBe('the mayor would handle it best');
  });

  it('seemed to / appeared confident that report the subject’s position', () => {
    const qs = quotes('Mayor Jim Hale spoke on Monday. Hale seemed to suggest that the tax would stay. He appeared on television later.');
    expect(find(qs, 'to suggest that the tax').speaker).toBe('Jim Hale');
    expect(qs.some((q) => q.quote.includes('on television'))).toBe(false);
  });
});

describe('coordinated verbs inside a relative clause', () => {
  it('a verb after `and` in a which-clause does not take the sentence subject', () => {
    const qs = quotes('The city council is also paying for the new pier, which can be seen as a gift to the port and confirms the town’s plans to grow.');
    expect(qs.some((q) => q.quote.includes('plans to grow') && q.speaker === 'city council')).toBe(false);
  });
});

describe('direct quote boundaries and lead cues', () => {
  it('a party-state bracket after the name does not hide the speaker', () => {
    const q = find(quotes('Gov. Tom Marlow (R-OH), said, “We are ready to rent a covered wagon and go west.”'), 'covered wagon');
    expect(q.speaker).toBe('Tom Marlow');
    expect(q.kind).toBe('direct');
  });

  it('an adverb between the subject and the verb is skipped', () => {
    const q = find(quotes('Dana Whitfield had previously said, “We will see,” when asked about the fund.'), 'We will see');
    expect(q.speaker).toBe('Dana Whitfield');
    expect(q.kind).toBe('direct');
    expect(q.quote).toBe('We will see');
  });

  it('an opening curly mark typed as the closer after a comma still closes the quote', () => {
    const q = find(quotes('“The reality is that the firewall could crack here,“ said Jim Pell, a congressman.'), 'firewall');
    expect(q.speaker).toBe('Jim Pell');
    expect(q.quote).toBe('The reality is that the firewall could crack here');
  });

  it('X said “A” and the sentence goes on: the clause is the report, with a quoted part', () => {
    const q = find(quotes('Mayor Ann Cole said “it makes me angry” every time she reads about the closures.'), 'makes me angry');
    expect(q.kind).toBe('mixed');
    expect(q.quote).toContain('every time she reads about the closures');
    expect(q.speaker).toBe('Ann Cole');
  });

  it('a verb after `to … and` is a second infinitive, not a report by the subject', () => {
    const qs = quotes('A delegation from the Cooperative Security Division (CSD), led by General Mara Voss, traveled to Tokyo to meet officials and discuss the ongoing cooperation on defence.');
    expect(qs.find((q) => q.quote.includes('ongoing cooperation'))).toBeUndefined();
  });

  it('a place or party before a role noun after the verb modifies the role; the person is the name after it', () => {
    const a = find(quotes('“This is just a scripted show and we are all props,” said Virginia delegate Beau Correll.'), 'scripted show');
    expect(a.speaker).toBe('Beau Correll');
    const b = find(quotes('“The distraction gets you off message,” said Republican party boss Reince Priebus.'), 'distraction');
    expect(b.speaker).toBe('Reince Priebus');
  });

  it('manner-of-speaking verbs with a quote, and an adjunct with a comma before the colon', () => {
    expect(find(quotes('“Go back to your seat,” Trump barked as a guard moved in.'), 'Go back').speaker).toBe('Trump');
    expect(find(quotes('Megyn Kelly responded pointedly, with a smile: “Can happen when you are 45.”'), 'Can happen').speaker).toBe('Megyn Kelly');
  });
});

describe('subjects with an appositive, and participle reports', () => {
  it('a name with an appositive or relative clause before the verb is the subject, not a tail speaker after it', () => {
    const a = find(quotes('Erin Murphy, a former aide who travelled with her in 2011, said the senator’s trip was more important than the minister’s.'), 'trip was more important');
    expect(a.speaker).toBe('Erin Murphy');
    expect(a.quote.startsWith('the senator')).toBe(true);
    const b = find(quotes('Derek Mitchell, who served as ambassador to Laos until this year, said the minister reached out to the senator in 2009.'), 'reached out');
    expect(b.speaker).toBe('Derek Mitchell');
    expect(b.quote).not.toContain('ambassador');
  });

  it('a real tail attribution after an appositive stays one', () => {
    const q = find(quotes('Clinton, who won the primary, will face Trump in November, said Jones.'), 'face Trump');
    expect(q.speaker).toBe('Jones');
  });

  it('content stops before `, citing …`, which is a report of its own by the same subject', () => {
    const qs = quotes('Foreign policy analysts said geopolitical factors have lifted the country’s appeal, citing the strategic importance of its borders.');
    const a = find(qs, 'geopolitical factors');
    expect(a.quote).not.toContain('citing');
    expect(find(qs, 'strategic importance').speaker).toBe('Foreign policy analysts');
  });
});

describe('coordinated subjects', () => {
  it('two named subjects joined by `and` are both the speaker, each resolved to the full name', () => {
    const qs = quotes('Senator Ada Grant and Senator Tom Lyle wrote to the agency in May. Ms. Grant and Mr. Lyle said the program was rife with fraud.');
    expect(find(qs, 'rife with fraud').speaker).toBe('Ada Grant and Tom Lyle');
  });

  it('a lone first name before `and` shares the surname after it', () => {
    expect(find(quotes('David and Jeanne Hallam said the book took ten years to write.'), 'ten years').speaker).toBe('David Hallam and Jeanne Hallam');
  });

  it('a clause before `and` is not a conjunct of the subject', () => {
    expect(find(quotes('Trump won Ohio and Smith said the result was a surprise to him.'), 'surprise').speaker).toBe('Smith');
  });

  it('an `and` inside the appositive does not cut the subject', () => {
    expect(find(quotes('Kevin Brady, chairman of the House Ways and Means Committee, said the plan would cut taxes for everyone.'), 'cut taxes').speaker).toBe('Kevin Brady');
  });
});

describe('questions and requests', () => {
  it('asked whether/how …: the content starts at the question word; the asker is the subject', () => {
    const q = find(quotes('Nora Tandy, a council member, asked whether the committee had a plan for the shortfall.'), 'committee had a plan');
    expect(q.speaker).toBe('Nora Tandy');
    expect(q.quote.startsWith('whether')).toBe(true);
  });

  it('urged/called on X to …: the content is the object and its infinitive', () => {
    const a = find(quotes('Senator Ben Sayers called on Governor Rick Pell (R) to resign over the water crisis.'), 'to resign');
    expect(a.speaker).toBe('Ben Sayers');
    expect(a.quote.startsWith('Governor Rick Pell')).toBe(true);
    const b = find(quotes('Pastor Carl Elton asked the congregation to stand in silence for a minute.'), 'congregation');
    expect(b.speaker).toBe('Carl Elton');
  });

  it('a passive ask names no asker', () => {
    expect(quotes('The mayor was asked whether he would run again next year.').find((q) => q.quote.includes('run again'))).toBeUndefined();
  });

  it('a finite verb after `and` ends the request and shares its subject', () => {
    const qs = quotes('In his speech, Senator Tom Gray urged Republicans to join the climate coalition, and criticized the party’s lack of environmental awareness.');
    expect(find(qs, 'climate coalition').quote).not.toContain('criticized');
    expect(find(qs, 'lack of environmental awareness').speaker).toBe('Tom Gray');
  });

  it('a quote after `and <adverb> says,` belongs to the subject of the verb before `and`', () => {
    const qs = quotes('Rae Scott urges her husband to come out of the car and repeatedly says, "Don\'t you do it," until the shots are heard.');
    expect(find(qs, 'Don\'t you do it').speaker).toBe('Rae Scott');
    const me = quotes('When my mother mentioned the devil to me, I laughed and said, "I don\'t believe in the devil."');
    expect(find(me, 'believe in the devil').speaker).not.toBe('my mother');
  });
});

describe('reports in a relative clause', () => {
  it('`X, who said …, verb` reports for X, and the content ends at the relative clause', () => {
    const q = find(quotes('Dale Horner, a retired teacher from Dayton, who said he usually votes for Democrats, took a seat near the stage.'), 'usually votes');
    expect(q.speaker).toBe('Dale Horner');
    expect(q.quote).toBe('he usually votes for Democrats');
    expect(q.kind).toBe('indirect');
  });

  it('a restrictive relative (no comma) is left to the main verb: the group is not a speaker by it', () => {
    const qs = quotes('Ms. Reyes won easily among voters who said the economy mattered most to them.');
    // never a clause read as the speaker (`Ms. Reyes won easily among voters`)
    expect(qs.filter((q) => /\bwon\b|\bamong\b/.test(q.speakerMention ?? ''))).toEqual([]);
  });
});

describe('more direct-quote cues', () => {
  it('`shot back` / `fired back` are cues only with their particle', () => {
    const a = find(quotes('After the senator criticized her, Mayor Ann Voss shot back, “I chose to do my job.”'), 'chose to do my job');
    expect(a.speaker).toBe('Ann Voss');
    expect(a.kind).toBe('direct');
    const b = find(quotes('“That is a desperate attack,” Governor Lee Marsh fired back.'), 'desperate attack');
    expect(b.speaker).toBe('Lee Marsh');
  });

  it('a crowd chanting is the speaker; a subordinate clause after the quote is not its attribution', () => {
    const q = find(quotes('Outside the arena the crowd chanted, “Lock them up!” as Senator Ray Dunn walked in.'), 'Lock them up');
    expect(q.speakerMention).toBe('the crowd');
    expect(q.speaker).not.toBe('Ray Dunn');
  });

  it('a sentence that is only `Adding, “…”` continues the report before it', () => {
    const qs = quotes('Carl Maher said the report was damaging. Adding, “Like all of these scandals, the truth is never that bad.”');
    const q = find(qs, 'the truth is never that bad');
    expect(q.speaker).toBe('Carl Maher');
    expect(q.kind).toBe('direct');
  });

  it('`“A,” she said, adding, “B.”` is two quotes, not one broken quote', () => {
    const qs = quotes('Spokeswoman Jo Hale confirmed the news. "They are not part of the campaign," she said, adding, "We are grateful for their support."');
    const a = find(qs, 'not part of the campaign');
    const b = find(qs, 'grateful for their support');
    expect(a).not.toBe(b);
    expect(a.quote).not.toContain('grateful');
    expect(b.speaker).toBe('Jo Hale');
  });

  it('`As X, ROLE, recently put it, “…”`: the name, not the organisation in the role', () => {
    const q = find(quotes("As Steven Roth, a tax lawyer and senior fellow at the Urban Policy Center, recently put it, ''Did he lower his taxes legally?''"), 'lower his taxes');
    expect(q.speaker).toBe('Steven Roth');
  });

  it('`… while chanting, “…”` never takes the name just before it', () => {
    const qs = quotes('Protesters marched for hours after the shooting of Keith Lamont, circling the stadium while chanting, "Hands up, don\'t shoot."');
    expect(qs.filter((q) => q.speaker === 'Keith Lamont')).toEqual([]);
  });
});

describe('documents as sources', () => {
  it('`according to a NAME poll/survey/data`: the document is the source, not the outlet that owns it', () => {
    const a = find(quotes('Ms. Reyes leads by 12 points, according to a Daily Ledger/KTV News survey released on Thursday.'), 'leads by 12 points');
    expect(a.speaker).toBe('a Daily Ledger/KTV News survey released on Thursday');
    const b = find(quotes('According to the FBI data, violent crime fell sharply in 2015.'), 'violent crime fell');
    expect(b.speaker).toBe('the FBI data');
  });

  it('`according to NAME` alone is still the named source', () => {
    const q = find(quotes('According to Senator Ann Voss, the bill will pass next week.'), 'bill will pass');
    expect(q.speaker).toBe('Ann Voss');
  });
});

describe('documents as subjects', () => {
  it('a subject headed by a poll/letter/report is the source as written, not a name inside it', () => {
    const a = find(quotes('A Feb. 1 letter from the Veterans League obtained by The Daily Ledger warns that any further contact will go through lawyers.'), 'further contact');
    expect(a.speaker).toBe('A Feb. 1 letter from the Veterans League obtained by The Daily Ledger');
    expect(a.speakerType).toBe('unnamed');
    const b = find(quotes('A Harbor Times/KTV poll released Saturday shows that Ms. Reyes leads the field.'), 'leads the field');
    expect(b.speaker).toBe('A Harbor Times/KTV poll released Saturday');
  });
});

describe('noun cues', () => {
  it("`X's claim that …` / `his argument that …`: the possessor reports the that-clause", () => {
    const qs = quotes("Senator Ann Voss dismissed Mr. Trump's claim that the election was rigged against him.");
    const q = qs.find((x) => x.cue === 'claim');
    expect(q?.speaker).toBe('Trump');
    expect(q?.quote).toBe('that the election was rigged against him');
    // the outer report keeps its own speaker
    expect(find(qs, "Mr. Trump's claim").speaker).toBe('Ann Voss');
  });

  it('`the claim that …` names nobody, so it is not attributed', () => {
    expect(quotes('Economists rejected the claim that tariffs would lower prices.').filter((q) => q.cue === 'claim')).toEqual([]);
  });

  it('a noun-cue report is never the speaker an uncued quote paragraph inherits', () => {
    const qs = quotes('Dana Ruiz chairs the panel.\n\nMr. Cole\'s claim that nearly all of his files were "in the system" is his lawyers\' estimate.\n\n"I have never heard anyone else cite that figure at all."');
    expect(qs.find((q) => q.cue === 'claim')?.speaker).toBe('Cole');
    expect(find(qs, 'never heard anyone else').speaker).not.toBe('Cole');
  });
});

describe('introductions ending in a colon without a speech verb', () => {
  it('`X released the following statement:` introduces the quote paragraph after it', () => {
    const q = find(quotes('When the mayor died, Governor Lena Price released the following statement:\n\n“We offer our condolences to the family and friends of the mayor.”'), 'offer our condolences');
    expect(q.speaker).toBe('Lena Price');
  });

  it('`Here’s X in <time>:` credits the quote to X', () => {
    const q = find(quotes('Here’s Senator Ruth Kane in December 1992: “Our new direction must rest on an understanding of the new economy.”'), 'new direction');
    expect(q.speaker).toBe('Ruth Kane');
  });

  it('`said Del. NAME`: a title the sentence splitter took for a full stop goes on into the name', () => {
    expect(find(quotes('Democrats objected. "It is destroying this committee," said Del. Stacey Plaskow. Democrats noted the vote.'), 'destroying').speaker).toBe('Stacey Plaskow');
    expect(find(quotes('"It is over," said Cruz. Trump left.'), 'It is over').speaker).toBe('Cruz');
  });

  it('a clause of only a name and a past-tense verb after the quote attributes it, whatever the verb', () => {
    expect(find(quotes('Sean Hanley asked. “Would it be negotiable?” Hanley pressed. “Maybe,” Tom Drum said.'), 'negotiable').speaker).toBe('Sean Hanley');
    expect(find(quotes('“What sport is he talking about?” reacted Tom Drum. Earlier, he spoke.'), 'What sport').speaker).toBe('Tom Drum');
    expect(find(quotes('“We are here,” John Smith walked away from the car.'), 'We are here').speaker).toBeNull();
  });

  it('a credit after a hyphen, in the quote’s paragraph or on a short line of its own', () => {
    expect(find(quotes('"Almost all new income is going to the top 1 percent." - Bernard Sands. The claim is old.'), 'new income').speaker).toBe('Bernard Sands');
    expect(find(quotes('We review claims.\n\n"Almost all new income is going to the top 1 percent."\n\n- Bernard Sands.\n\nThe claim is old.'), 'new income').speaker).toBe('Bernard Sands');
  });

  it('a report going on after the quote, then `, said NAME`: the name after the verb speaks', () => {
    const q = find(quotes('Strategists are skeptical. "He can assert it, but it seems extremely unlikely" that Sands can catch Corbin, said Steve Elmer, a campaign manager.'), 'extremely unlikely');
    expect(q.speaker).toBe('Steve Elmer');
    expect(find(quotes('“We will win,” Joe Smith, a spokesman, said.'), 'We will win').speaker).toBe('Joe Smith');
  });

  it('a colon introduction whose subject carries a party tag between commas', () => {
    const q = find(quotes('Scott Walden spoke. Senate Majority Leader Mitch McCall, R-Ky., delivered a blunt message to Trump: "It is time to quit attacking people."'), 'quit attacking');
    expect(q.speaker).toBe('Mitch McCall');
  });

  it('a colon introduction whose subject opens with role words before the name', () => {
    const q = find(quotes('Trump posted a photo. Former Republican presidential candidate Jed Barsh broke down what was wrong with it to a Dutch newspaper: “What he did was so insensitive.”'), 'so insensitive');
    expect(q.speaker).toBe('Jed Barsh');
  });

  it('a colon introduction without a speech verb reads its subject after the last dash', () => {
    const q = find(quotes('Ann Mills interviewed Ben Sand. As Mills tried to discuss the polls — especially the bad ones — Sand responded with a phrase of his own: “Do not moan to me about the polls.”'), 'moan to me');
    expect(q.speaker).toBe('Ben Sand');
  });

  it('a name after a spaced dash labels the quote, even after a clause with a verb; two names both speak', () => {
    expect(find(quotes('Pollsters agree - Nora Vance: “One lesson was simple: keep on calling voters as late as possible.”'), 'keep on calling').speaker).toBe('Nora Vance');
    expect(find(quotes('WHAT INSPIRES VOTERS - Lea Moss and Tim Garza: “We found that the strongest traits were the same.”'), 'strongest traits').speaker).toBe('Lea Moss and Tim Garza');
  });
});

describe('an adjunct before the comma, a clause after the verb', () => {
  it('reads the clause after said as the report, not the adjunct before the comma', () => {
    const qs = quotes('In the deposition, Mr. Trump said his net worth could change with his mood.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.quote).toBe('his net worth could change with his mood');
    expect(qs[0]!.speaker).toBe('Trump');
  });

  it('keeps a tail attribution whose verb is followed by a time adjunct', () => {
    const qs = quotes('The plan is dead, Smith said this week after the vote was lost.');
    expect(qs.map((q) => q.quote)).toEqual(['The plan is dead']);
    const qs2 = quotes('Prices will keep rising through the winter, the minister said on Tuesday.');
    expect(qs2.map((q) => q.quote)).toEqual(['Prices will keep rising through the winter']);
  });
});

describe('an age between the name and the verb', () => {
  it('reads Name, 69, said <clause> as the person reporting the clause', () => {
    const qs = quotes('Mr. Regalado, 69, said he had been flooded with angry email for weeks.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.quote).toBe('he had been flooded with angry email for weeks');
    expect(qs[0]!.speaker).toBe('Regalado');
  });
});

describe('plural roles as speakers', () => {
  it('reads a plural role noun as an unnamed group of speakers, never one person of that role', () => {
    const text = 'Senator Ann Reed voted no on Monday. Several senators said they are willing to wait for a new bill.';
    const q = find(quotes(text), 'willing to wait');
    expect(q.speaker).toBe('Several senators');
    expect(q.speakerType).toBe('unnamed');
  });

  it('does not resolve "the senators" to the one senator the article named', () => {
    const text = 'Senator Ann Reed voted no on Monday. The senators said the bill would be rewritten over the summer.';
    const q = find(quotes(text), 'the bill would be rewritten');
    expect(q.speaker).not.toBe('Ann Reed');
  });
});

describe('shares written as "N in M"', () => {
  it('reads "Two in three said …" as an unnamed share of people', () => {
    const q = find(quotes('Two in three said they are less likely to vote in November.'), 'less likely to vote');
    expect(q.speaker).toBe('Two in three');
    expect(q.speakerType).toBe('unnamed');
  });
});

describe('records as sources', () => {
  it('reads plural records with no article (the FBI statistics, the reports) as the source of what they show', () => {
    const q = find(quotes('Last year’s FBI statistics show that the numbers in the tweet are wrong.'), 'the numbers in the tweet');
    expect(q.speaker).toBe('Last year’s FBI statistics');
    expect(q.speakerType).toBe('unnamed');
  });
});

describe('quote paragraphs that go on', () => {
  it('an uncued quote paragraph after a quote is a quote of its own with the same speaker', () => {
    const text = 'Dana Reyes spoke at the rally.\n\n“We will win this state,” Reyes said.\n\n“And then we will win the next one.”\n\n“It will not be easy.”\n\nThe crowd cheered.';
    const direct = quotes(text).filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.quote)).toEqual(['We will win this state', 'And then we will win the next one.', 'It will not be easy.']);
    expect(direct.map((q) => q.speaker)).toEqual(['Dana Reyes', 'Dana Reyes', 'Dana Reyes']);
    for (const q of direct) expect(text.slice(q.start, q.end)).toBe(q.quote);
  });

  it('inside one paragraph, a quote broken by its attribution stays one quote in parts', () => {
    const text = 'Dana Reyes spoke at the rally.\n\n“We will win this state,” Reyes said. “And then we will win the next one.”';
    const direct = quotes(text).filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(1);
    expect(direct[0]!.partTexts).toEqual(['We will win this state', 'And then we will win the next one.']);
  });

  it('a quote paragraph with its own (unread) attribution or a lead is not joined', () => {
    const text = 'Dana Reyes spoke at the rally.\n\n“We will win this state,” Reyes said.\n\nHer rival had a reply: “Nobody in this state believes that.”';
    const direct = quotes(text).filter((q) => q.kind === 'direct');
    expect(direct.some((q) => q.quote.includes('win this state') && !q.quote.includes('Nobody'))).toBe(true);
  });
});

describe('a quote broken by a long attribution', () => {
  it('stays one quote when the attribution carries a clause of its own', () => {
    const text = 'The banker spoke.\n\n“We need Chapter 9,” said Ana Ruiz, referring to the bankruptcy chapter used by cities. “Give us the tool.”';
    const direct = quotes(text).filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(1);
    expect(direct[0]!.partTexts).toEqual(['We need Chapter 9', 'Give us the tool.']);
    expect(direct[0]!.speaker).toBe('Ana Ruiz');
  });
});

describe('quote paragraphs after a mixed quote', () => {
  it('an uncued quote paragraph after a report with a quoted part is a direct quote by the same speaker', () => {
    const text = 'Ana Ruiz spoke to voters.\n\nRuiz said leaders “who panic in a crisis only make it worse.”\n\n“And that is why steady leadership matters so much now.”';
    const qs = quotes(text).filter((q) => q.kind !== 'indirect');
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([['mixed', 'Ana Ruiz'], ['direct', 'Ana Ruiz']]);
    expect(qs[1]!.quote).toBe('And that is why steady leadership matters so much now.');
  });
});

describe('vox pops credited after a dash, several to a paragraph', () => {
  it('each quote takes the name after its own dash', () => {
    const text = 'Readers sent their views.\n\n“The debate was a mess.” ― Ana Ruiz\n“Nobody answered the question on jobs.”― Tom Hale \n“I will vote anyway.” ― Rosa Lind.';
    const qs = quotes(text).filter((q) => q.kind === 'direct');
    expect(qs.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Tom Hale', 'Rosa Lind']);
  });
});

describe('titles in quotation marks', () => {
  it('a book, a show or a film named in quotes is no quote', () => {
    const qs = quotes('In his 2002 book, “Make Your Kid a Millionaire,” Kevin McKinley suggested looking at card statements.\n\nSanders told MSNBC’s “Morning Joe” that nobody would question her intelligence.\n\n“Orange Is the New Black” star Dascha Polanco spoke about Hollywood.');
    expect(qs.filter((q) => q.kind === 'direct')).toHaveLength(0);
  });

  it('a quote in title case with a cue of its own is still a quote', () => {
    const qs = quotes('“We Will Make America Great Again,” Trump told the crowd.');
    expect(qs.filter((q) => q.kind === 'direct')).toHaveLength(1);
  });
});

describe('subheads and titles as subjects', () => {
  it('a short quote alone in its paragraph with nobody to say it is a subhead', () => {
    const qs = quotes('The board fired her in 2005.\n\n‘A change warrior.’\n\nShe has revisited the merger many times since.');
    expect(qs.filter((q) => q.kind === 'direct')).toHaveLength(0);
  });

  it('a quote paragraph in capitals is a banner, even after a quote', () => {
    const qs = quotes('“We will work with whoever wins,” said Prime Minister David Cameron.\n\n“DIVISIVE, STUPID AND WRONG”\n\nCameron met the press later.');
    expect(qs.some((q) => q.quote.includes('DIVISIVE'))).toBe(false);
  });

  it('a title that is the subject of its sentence is no quote', () => {
    const qs = quotes('The senator likes many shows.\n\n“The Walking Dead” is an AMC drama that follows a zombie apocalypse.\n\n“Tales From the Crypt,” an HBO series that first aired in 1989, will be resurrected.');
    expect(qs.filter((q) => q.kind === 'direct')).toHaveLength(0);
  });
});

describe('attribution in the sentence after a full stop', () => {
  it('`“….” Trump said.` is attributed; `“….” Trump said the plan …` is not', () => {
    const a = quotes('Donald Trump spoke in Florida.\n\n“Russia, if you are listening, I hope you find the emails.” Trump said. Clinton disagreed.');
    expect(find(a, 'Russia, if you').speaker).toBe('Donald Trump');
    const b = quotes('Donald Trump spoke in Florida.\n\n“We will see.” Trump said the plan would fail because nobody funded it.');
    expect(find(b, 'We will see').speaker).toBeNull();
  });
});

describe('a quote that goes on after `said … that`', () => {
  it('is a mixed report of the whole clause', () => {
    const qs = quotes('Spokeswoman Jessica Ditto said via email that, “Of course Mr. Trump is going to defend himself” against what the campaign sees as a coordinated attack.');
    const q = qs.find((x) => x.kind === 'mixed')!;
    expect(q.quote).toContain('against what the campaign sees');
    expect(q.speaker).toBe('Jessica Ditto');
  });
});

describe('a broken quote whose attribution has a number in it', () => {
  it('stays one quote', () => {
    const direct = quotes('Banks were criticised.\n\n“Every time you say that,” Tester said, referring to the 1 percent excuse, “you give ammunition to the people who want to break up the big banks.”').filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(1);
    expect(direct[0]!.partTexts).toHaveLength(2);
  });
});

describe('a broken quote by an unnamed speaker', () => {
  it('stays one quote when the second piece follows the attribution', () => {
    const direct = quotes('The researchers published a paper.\n\n“These results should make us rethink trade,” they argued. “We must act.”').filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(1);
    expect(direct[0]!.partTexts).toEqual(['These results should make us rethink trade', 'We must act.']);
  });
});

describe('a broken quote with the verb before the speaker', () => {
  it('`“A,” said the senator, “B.”` is one quote', () => {
    const direct = quotes('Marco Rubio spoke about abortion.\n\n"It is a difficult issue," said the Florida senator, "because it puts in conflict two competing rights."').filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(1);
    expect(direct[0]!.partTexts).toHaveLength(2);
  });
});

describe('sentence ends and abbreviations', () => {
  it('does not end a sentence at run-together initials or at Del. before a name', async () => {
    const { splitSentences } = await import('../src/analysis/text/segment.js');
    expect(splitSentences('Rep. G.K. Halvorsen spoke first. Then Del. Maria Quist replied.').length).toBe(2);
    expect(splitSentences('The law was written by officials in the U.K. The vote came later.').length).toBe(2);
  });
});
