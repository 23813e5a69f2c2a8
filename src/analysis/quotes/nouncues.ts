/**
 * Nouns that report a position of their possessor: with a that-clause (`Clinton's claim that …`)
 * or with the preposition that opens their content (`his support for …`, `her decision to …`).
 */
/** Nouns of saying and believing that take a that-clause: `his argument that …`, `Clinton's claim that …`. */
export const NOUN_CUE = /^(?:claim|claims|argument|arguments|assertion|assertions|suggestion|suggestions|insistence|contention|belief|beliefs|view|warning|warnings|promise|pledge|vow|accusation|accusations|allegation|allegations|charge|comments?|remarks?|statement|prediction|boast|complaints?|concerns?|fears?|hopes?|assurances?|admission|acknowledgment|acknowledgement|announcement|conclusion|findings?|message|theory|expectations?|criticism|complaint|threat|threats)$/;

/**
 * Nouns of positions with the preposition that opens their content: `his support for the ban`,
 * `Clinton's criticism of Trump`, `their opposition to the deal`, `his call for a boycott`
 * (noun → the prepositions, space-separated).
 */
const NOUN_PARTICLE = new Map<string, string>(
  Object.entries({
    support: 'for',
    criticism: 'of',
    criticisms: 'of',
    call: 'for',
    calls: 'for',
    attack: 'on',
    attacks: 'on',
    opposition: 'to',
    endorsement: 'of',
    praise: 'for of',
    defense: 'of',
    defence: 'of',
    decision: 'to',
    refusal: 'to',
    promise: 'to',
    promises: 'to',
    pledge: 'to',
    vow: 'to',
    threat: 'to',
    proposal: 'to for',
    plan: 'to for',
    plans: 'to for',
    push: 'for',
    demand: 'for that',
    demands: 'for that',
    position: 'on',
    stance: 'on',
    views: 'on',
    comments: 'on about',
    remarks: 'on about',
    denunciation: 'of',
    condemnation: 'of',
    rejection: 'of',
    embrace: 'of',
  }),
);

/** Does this noun take `next` as the preposition before its content? */
export function nounParticle(noun: string, next: string | undefined): boolean {
  // (a Map: a word like `constructor` must not find Object.prototype's members)
  const preps = NOUN_PARTICLE.get(noun);
  return preps !== undefined && next !== undefined && preps.split(' ').includes(next.toLowerCase());
}
