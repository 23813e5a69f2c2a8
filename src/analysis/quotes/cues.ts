/**
 * Reporting cues: the verbs (and a few phrases) that introduce speech, in every inflection we
 * meet in news copy, plus the small word lists the speaker patterns need.
 */

/** lemma → inflected forms (irregular ones spelled out; regular ones generated). */
const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  think: ['think', 'thinks', 'thought'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  quip: ['quip', 'quips', 'quipped'],
  retort: ['retort', 'retorts', 'retorted'],
  speak: ['spoke', 'speaks'],
  post: ['posted', 'posts'],
  testify: ['testify', 'testifies', 'testified'],
  reply: ['reply', 'replies', 'replied'],
  deny: ['deny', 'denies', 'denied'],
  cry: ['cried'],
  predict: ['predict', 'predicts', 'predicted'],
  begin: ['began'],
  tell2: ['informed', 'informs'],
  // manner-of-speaking verbs newsrooms use with a quote (`“Go back to Univision,” Trump barked`)
  snap: ['snapped', 'snaps'],
  // a sign, a message or a statement `reads` what it says (`One banner read “…”`)
  read: ['reads', 'read'],
  // a court's or a tribunal's finding (`The judge ruled that the search was unlawful`): weak, so only
  // with its that-clause; past tense only (`party rules that …` is a noun)
  rule: ['ruled'],
};

/** Regular reporting verbs (base form); -s/-ed/-ing forms are generated. */
const REGULAR = (
  'add note stress claim suggest argue warn insist announce explain state declare assert acknowledge ' +
  'recall respond continue conclude comment remark observe ask answer confirm reveal report ' +
  'promise vow pledge emphasize emphasise contend maintain concede complain urge caution mention ' +
  'agree joke shout scream yell boast brag lament recount estimate allege charge counter ' +
  'reiterate repeat echo demand propose hint signal disclose assure mutter muse wonder ' +
  'explain question exclaim proclaim affirm announce reason plead whisper describe predict tweet ' +
  'bark beam scoff gush interject marvel fume chuckle sigh tease thunder chant ' +
  // speech verbs of hand-annotated news gold that news copy uses with a that-clause (`reassured
  // Canadians that …`, `clarified that …`, `reckons the deal is done`)
  'reassure clarify restate reaffirm reckon advise notify elaborate'
)
  .split(/\s+/)
  .filter(Boolean);

function inflect(base: string): string[] {
  const out = [base];
  if (/(s|sh|ch|x|z)$/.test(base)) out.push(`${base}es`);
  else if (/[^aeiou]y$/.test(base)) out.push(`${base.slice(0, -1)}ies`);
  else out.push(`${base}s`);
  if (base.endsWith('e')) out.push(`${base}d`, `${base.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(base)) out.push(`${base.slice(0, -1)}ied`, `${base}ing`);
  // one short syllable ending vowel + consonant doubles it: `slammed`, `planned`, `admitted`
  else if (/^(?:admit|quip|plan|rebut|commit|[^aeiou]{1,3}[aeiou][bdgmnpt])$/.test(base)) out.push(`${base}${base.at(-1)}ed`, `${base}${base.at(-1)}ing`);
  else out.push(`${base}ed`, `${base}ing`);
  return out;
}

const FORM_TO_LEMMA = new Map<string, string>();
for (const base of REGULAR) for (const f of inflect(base)) FORM_TO_LEMMA.set(f, base);
for (const [lemma, forms] of Object.entries(IRREGULAR)) for (const f of forms) FORM_TO_LEMMA.set(f, lemma.replace(/\d$/, ''));

/** Verbs that take the listener as object before the content: `told reporters that …`. */
export const OBJECT_VERBS = new Set(['tell', 'assure', 'reassure', 'ask', 'warn', 'urge', 'remind', 'inform', 'caution', 'advise', 'notify']);

/** Verbs that report speech only when a quote or a that-clause follows (too often literal otherwise). */
const WEAK = new Set(['rule', 'advise', 'notify', 'read', 'continue', 'describe', 'question', 'answer', 'ask', 'observe', 'repeat', 'echo', 'signal', 'charge', 'counter', 'maintain', 'state', 'report', 'post', 'speak', 'begin', 'put', 'think', 'estimate', 'predict', 'wonder', 'reason', 'snap', 'chime', 'bark', 'beam', 'scoff', 'gush', 'interject', 'marvel', 'fume', 'chuckle', 'sigh', 'tease', 'thunder', 'chant', 'shoot', 'fire', 'hit']);

/**
 * Two-word cues whose first word alone is no report (`shot back`, `fired back`, `put it`,
 * `chimed in`): recognised on the first word when the second follows.
 */
const PHRASAL = new Map<string, string>();
for (const [lemma, forms] of Object.entries({ shoot: ['shot back', 'shoots back'], fire: ['fired back', 'fires back'], hit: ['hit back', 'hits back'], put: ['put it'], chime: ['chimed in', 'chimes in'] })) {
  for (const f of forms) PHRASAL.set(f, lemma);
}

/** The lemma of a reporting verb; `next` (the following word) completes a two-word cue. */
export function reportingLemma(word: string, next?: string): string | undefined {
  const w = word.toLowerCase();
  return FORM_TO_LEMMA.get(w) ?? (next ? PHRASAL.get(`${w} ${next.toLowerCase()}`) : undefined);
}

export function isReportingVerb(word: string, next?: string): boolean {
  return reportingLemma(word, next) !== undefined;
}

/** A reporting verb strong enough to introduce reported speech without quotation marks. */
export function isStrongReportingVerb(word: string): boolean {
  const lemma = reportingLemma(word);
  return lemma !== undefined && !WEAK.has(lemma);
}

/** Adverbs and auxiliaries that may sit between a speaker and the verb (`he also said`, `has said`). */
export const BETWEEN_SPEAKER_AND_VERB = new Set(
  (
    'also later then once earlier previously recently again further repeatedly reportedly quickly simply ' +
    'has have had had already just flatly publicly privately bluntly angrily firmly explicitly specifically ' +
    'told has would will could might may did does do is are am was were had been never often frequently still ' +
    'subsequently even only first initially ultimately finally separately emphatically openly long now not all both each'
  ).split(' '),
);

/** `-ly` words that are nouns or adjectives, not adverbs: `the family said`, `an ally said`. */
const LY_NOT_ADVERB = /^(?:family|ally|rally|assembly|supply|reply|belly|bully|fly|italy|july|only|early|holy|ugly|lonely|elderly|friendly|daily|weekly|monthly|yearly|likely|unlikely)$/;

/** A negated auxiliary, one token in news copy: `Democrats don’t think …`, `she didn't say …`. */
export const NEGATED_AUXILIARY = /^(?:do|does|did|is|are|was|were|has|have|had|wo|would|ca|could|should)n['’]t$/;

/** A word between a subject and its verb: an auxiliary or an adverb (`Clinton immediately posted`). */
export function isBetweenSpeakerAndVerb(word: string): boolean {
  const w = word.toLowerCase();
  return BETWEEN_SPEAKER_AND_VERB.has(w) || NEGATED_AUXILIARY.test(w) || (/^\p{Ll}{3,}ly$/u.test(word) && !LY_NOT_ADVERB.test(w));
}

/** Words that name a person by role: `the official`, `a spokesman`, `the Japanese minister`. */
export const ROLE_NOUNS = new Set(
  (
    'official officials spokesman spokeswoman spokesperson minister ministers ambassador president ' +
    'secretary senator congressman congresswoman representative governor mayor chairman chairwoman chair ' +
    'director chief executive ceo founder co-founder leader leaders aide aides adviser advisor advisers advisors ' +
    'analyst analysts expert experts economist economists professor researcher researchers scientist ' +
    'scientists strategist strategists source sources official lawmaker lawmakers diplomat diplomats ' +
    'officer officers commander general admiral colonel captain lieutenant sergeant envoy candidate nominee ' +
    'author editor reporter columnist writer lawyer attorney attorneys judge prosecutor prosecutors ' +
    'investigator investigators witness witnesses resident residents voter voters supporter supporters ' +
    'critic critics observer observers insider insiders member members manager pollster pollsters ' +
    'campaign campaigns staffer staffers owner doctor doctors police activist activists organizer organiser ' +
    'democrat democrats republican republicans woman man people person friend relative neighbor neighbour ' +
    'student students teacher worker workers employee employees fellow historian consultant partner ' +
    'head counsel administrator commissioner inspector premier chancellor king queen prince pope bishop ' +
    'priest rabbi imam cleric delegate delegates negotiator negotiators trooper agent agents soldier soldiers ' +
    'crowd crowds audience protesters protestors demonstrators'
  ).split(' '),
);

/** Nouns of organisations that speak: `the ministry said`, `the company said`. */
export const ORG_NOUNS = new Set(
  (
    'ministry government administration agency company firm department office committee council commission ' +
    'campaign party group organization organisation union court police military army navy embassy ' +
    'white house pentagon kremlin state board bank university institute team club network newspaper ' +
    'statement report study poll survey spokesperson'
  ).split(' '),
);

/** Pronouns that can be speakers, with their number and gender. */
export const SPEAKER_PRONOUNS: Record<string, 'male' | 'female' | 'plural' | 'first'> = {
  he: 'male',
  she: 'female',
  they: 'plural',
  we: 'first',
  i: 'first',
};

/** Days and times that follow the verb: `said Tuesday`, `said on Monday that`. */
export const TIME_WORDS = /^(?:on\s+|last\s+|this\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|recently|afterwards|afterward|last week|this week|last month|last year|in a statement|in an interview|in a tweet|in a speech|in a post|in (?:a|an|his|her|their|its) (?:written |brief |recent |separate |joint |televised |radio |television |TV |phone |telephone |Facebook |blog |Twitter |video )?(?:statement|interview|tweet|speech|post|letter|op-ed|email|e-mail|memo|column|editorial|press release|news release|video|conference call|podcast|message|filing|remarks|testimony|report)|on (?:Twitter|Facebook|Instagram|television|TV|the radio|CNN|MSNBC|Fox News|Fox|NBC|CBS|ABC|NPR))\b/i;

/**
 * Attribution beyond speech: beliefs, intentions, evaluations and evidence (`Trump believes …`,
 * `the poll shows …`, `Clinton criticized the deal`). Newsroom attribution (and PolNeAR's gold)
 * counts them as reported positions of their subject. They never introduce a direct quote and
 * only frame reported content after their subject, so they are kept apart from the speech verbs.
 * Hand-written; irregular forms spelled out, regular ones inflected like the speech verbs.
 */
const ATTRIBUTION_REGULAR = (
  'believe hope expect want fear feel doubt worry consider view wonder understand remember recognize recognise ' +
  'show indicate reveal suggest conclude determine decide project forecast ' +
  'criticize criticise attack accuse blame praise defend endorse support back oppose reject dismiss denounce ' +
  'condemn slam blast mock question challenge cite describe call label dub applaud welcome tout highlight ' +
  'plan seek decline refuse pledge vow promise threaten propose offer urge encourage demand request recommend ' +
  'discuss address mention refer point talk raise express push favor favour prefer ' +
  'note stress claim argue insist warn acknowledge admit deny confirm announce explain predict estimate ' +
  'decry assail lambaste laud hail congratulate underscore outline portray vouch speculate learn ' +
  'embrace rail lash vote focus side ' +
  'remind nominate identify rebuke thank champion cast unveil chastise scold commend ' +
  'dispute disavow downplay deride reaffirm bash pressure'
)
  .split(/\s+/)
  .filter(Boolean);

const ATTRIBUTION_IRREGULAR = [
  'think thinks thought thinking know knows knew known knowing see sees saw seen find finds found finding',
  'sought seeking seeks speak speaks spoke spoken speaking write writes wrote written',
  'say says said saying tell tells told telling',
].join(' ').split(/\s+/);

const ATTRIBUTION_FORMS = new Set<string>(ATTRIBUTION_IRREGULAR);
for (const base of ATTRIBUTION_REGULAR) for (const f of inflect(base)) ATTRIBUTION_FORMS.add(f);
for (const f of ['referred', 'referring', 'favored', 'favoring', 'favoured', 'favouring', 'labeled', 'labelled']) ATTRIBUTION_FORMS.add(f);

/** Verbs whose content follows a particle: `talked about …`, `called for …`, `pointed out …`. */
export const PARTICLE_AFTER = /^(?:about|of|for|to|out|on|up)$/i;
const PARTICLE_VERBS = new Set(['talk', 'speak', 'refer', 'point', 'call', 'push', 'spoke', 'spoken', 'speaks', 'speaking']);

/**
 * Verbs that frame a position only with their particle, which the content follows: `voted
 * against …`, `focused on …`, `railed against …`, `lashed out at …`, `sided with …`. Without it
 * they are no report (`the votes`, `focus groups`); speech verbs read the particle too
 * (`warned against …`, `joked about …`).
 */
const PARTICLE_OF: Record<string, RegExp> = {
  vote: /^(?:for|against)$/i,
  focus: /^on$/i,
  rail: /^against$/i,
  lash: /^(?:out|at)$/i,
  vouch: /^for$/i,
  side: /^with$/i,
  warn: /^(?:against|about|of)$/i,
  argue: /^(?:against|for)$/i,
  complain: /^(?:about|of)$/i,
  joke: /^about$/i,
  comment: /^(?:on|about)$/i,
  agree: /^with$/i,
};
const PARTICLE_FORMS = new Map<string, RegExp>();
for (const [base, re] of Object.entries(PARTICLE_OF)) for (const f of inflect(base)) PARTICLE_FORMS.set(f, re);
const NEEDS_PARTICLE = new Set(['vote', 'focus', 'rail', 'lash', 'vouch', 'side']);
const NEEDS_PARTICLE_FORMS = new Set<string>();
for (const base of NEEDS_PARTICLE) for (const f of inflect(base)) NEEDS_PARTICLE_FORMS.add(f);

/** The particles this verb form takes before its content (`against` for `voted`), if any. */
export function particleOf(word: string): RegExp | undefined {
  return PARTICLE_FORMS.get(word.toLowerCase());
}

/** Is this a verb that frames nothing without its particle (`voted`, `focused`)? */
export function needsParticle(word: string): boolean {
  return NEEDS_PARTICLE_FORMS.has(word.toLowerCase());
}

export function isAttributionVerb(word: string): boolean {
  return ATTRIBUTION_FORMS.has(word.toLowerCase());
}

/** Does this attribution verb take a particle before its content (`talked about`)? */
export function takesParticle(word: string): boolean {
  const w = word.toLowerCase();
  if (PARTICLE_VERBS.has(w)) return true;
  for (const base of PARTICLE_VERBS) if (inflect(base).includes(w)) return true;
  return false;
}

/** Heads of quantity subjects: `Twenty-four percent said`, `half said`, `a majority of voters believe`. */
export const QUANTITY_HEADS = new Set(
  'percent per cent half third quarter majority minority plurality most respondents'.split(' '),
);

/**
 * Intentions, beliefs and findings (`decided to`, `expects that`, `the report shows`): what follows
 * is not the subject's wording, so a short term quoted in it is the writer's scare quote. Verbs of
 * evaluation and naming (`called it “rigged”`, `slammed the “deal”`) do quote the subject.
 */
const INTENTION = new Set(
  'believe hope expect want fear feel doubt worry consider view understand remember recognize recognise show indicate determine decide project forecast plan seek intend aim think know see find'.split(' '),
);
const INTENTION_FORMS = new Set<string>(['thought', 'knew', 'known', 'saw', 'seen', 'found', 'sought']);
for (const base of INTENTION) for (const f of inflect(base)) INTENTION_FORMS.add(f);

export function isIntentionVerb(word: string): boolean {
  return INTENTION_FORMS.has(word.toLowerCase());
}
