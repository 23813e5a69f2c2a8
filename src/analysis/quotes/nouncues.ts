/**
 * Nouns that report a position of their possessor: with a that-clause (`Clinton's claim that …`)
 * or with the preposition that opens their content (`his support for …`, `her decision to …`).
 */
/** Nouns of saying and believing that take a that-clause: `his argument that …`, `Clinton's claim that …`. */
export const NOUN_CUE = /^(?:claim|claims|argument|arguments|assertion|assertions|suggestion|suggestions|insistence|contention|belief|beliefs|view|warning|warnings|promise|pledge|vow|accusation|accusations|allegation|allegations|charge|comments?|remarks?|statement|prediction|boast|complaints?|concerns?|fears?|hopes?|assurances?|admission|acknowledgment|acknowledgement|announcement|conclusion|findings?|message|theory|expectations?|criticism|complaint|threat|threats)$/;

/**
 * Nouns of positions with the preposition that opens their content: `his support for the ban`,
 * `Clinton's criticism of Trump`, `their opposition to the deal`, `his call for a boycott`.
 */
const NOUN_PARTICLE: Record<string, RegExp> = {
  support: /^for$/i,
  criticism: /^of$/i,
  criticisms: /^of$/i,
  call: /^for$/i,
  calls: /^for$/i,
  attack: /^on$/i,
  attacks: /^on$/i,
  opposition: /^to$/i,
  endorsement: /^of$/i,
  praise: /^(?:for|of)$/i,
  defense: /^of$/i,
  defence: /^of$/i,
  decision: /^to$/i,
  refusal: /^to$/i,
  promise: /^to$/i,
  promises: /^to$/i,
  pledge: /^to$/i,
  vow: /^to$/i,
  threat: /^to$/i,
  proposal: /^(?:to|for)$/i,
  plan: /^(?:to|for)$/i,
  plans: /^(?:to|for)$/i,
  push: /^for$/i,
  demand: /^(?:for|that)$/i,
  demands: /^(?:for|that)$/i,
  position: /^on$/i,
  stance: /^on$/i,
  views: /^on$/i,
  comments: /^(?:on|about)$/i,
  remarks: /^(?:on|about)$/i,
  denunciation: /^of$/i,
  condemnation: /^of$/i,
  rejection: /^of$/i,
  embrace: /^of$/i,
};

/** Does this noun take `next` as the preposition before its content? */
export function nounParticle(noun: string, next: string | undefined): boolean {
  const re = NOUN_PARTICLE[noun];
  return !!re && next !== undefined && re.test(next);
}
