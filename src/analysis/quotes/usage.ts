/**
 * Uses of reporting verbs that report nothing: `spoke in Phoenix`, `raised $2 million`, `go back`,
 * `found himself`, nouns that look like verbs (`36 percent support`, `Truck attack`), and a
 * declined comment (`did not respond to a request for comment`).
 */
import type { Token } from './names.js';

/**
 * Verbs that report only in some of their uses: `spoke` with no topic (`spoke in Phoenix`, `spoke
 * to the crowd`), `raised` money, `go back`, `found himself`, and a bare verb after a singular
 * name (`Clinton support 27 percent`, `Truck attack in France`), which is a noun compound.
 */
export function notAReport(toks: Token[], vi: number, lower: string, prev: string): boolean {
  const next = toks[vi + 1]?.text.toLowerCase() ?? '';
  if (/^(?:spoke|speak|speaks|spoken|speaking)$/.test(lower) && !/^(?:about|of|out|up|against|that)$/.test(next)) return true;
  if (/^(?:raise|raises|raised|raising)$/.test(lower) && !/^(?:concerns?|questions?|doubts?|objections?|the|alarms?|fears?|worries|eyebrows|issues?|the possibility|suspicions?|criticism)$/.test(next)) return true;
  if (/^(?:raise|raises|raised|raising)$/.test(lower) && next === 'the' && !/^(?:issue|possibility|question|prospect|specter|spectre|alarm)$/i.test(toks[vi + 2]?.text ?? '')) return true;
  if (/^(?:back|backs|backed)$/.test(lower) && /^(?:go|goes|went|gone|going|come|comes|came|coming|fight|fights|fighting|fought|is|are|was|were|be|been|get|gets|got|bring|brought|pull|pulled|step|stepped|look|looked|looking|hold|held|push|pushed|roll|rolled|scale|scaled|dial|walk|walked|hit|fire|fired|shot|shoot|strike|struck|turn|turned|way|’s|'s|right|far|date|dates|dating|head|headed|way|sit|sat|stand|stood)$/.test(prev)) return true;
  // `36 percent support`, `broad support among …`: the noun after a quantity or an adjective
  if (/^(?:support|supports|backing|plan|plans|attack|attacks|call|calls|push|view|views|hope|hopes|fear|fears|claim|claims|comment|comments|report|reports|demand|demands|offer|offers|praise|criticism|vote|votes)$/.test(lower) && /^(?:percent|per|cent|points?|broad|local|strong|public|popular|bipartisan|financial|military|political|grassroots|widespread|overwhelming|solid|tepid|lukewarm|enough|more|less|little|much|no|voter|party|union|his|her|their|its|our|my|your|some|any|such|this|these|new|first|initial|early|latest|recent|early|growing|broad-based|much-needed|\d[\d.,%]*)$/i.test(prev)) return true;
  // `radio show`, `talk shows`: the noun after a medium or a genre
  if (/^(?:show|shows)$/.test(lower) && /^(?:radio|tv|talk|television|news|game|morning|cable|reality|late-night|cooking|awards?|trade|road|art|fashion|stage|variety|comedy|chat|panel|web|sunday|evening|network)$/i.test(prev)) return true;
  // `states` reports only formally, with a that-clause; `see` a view only with `as`/`that`/a question word
  if (/^(?:state|states|stated)$/.test(lower) && next !== 'that') return true;
  // `read` frames what a sign or a message says only before its quoted wording (`a banner read, “…”`)
  if (/^(?:read|reads)$/.test(lower) && !/^[“"‘]$/.test(/^[,:]$/.test(next) ? toks[vi + 2]?.text ?? '' : next)) return true;
  if (/^(?:see|sees|saw|seen|seeing)$/.test(lower) && !/^(?:that|as|how|what|whether|why|it|him|her|them|this|himself|herself|themselves|itself)$/.test(next) && !toks.slice(vi + 1, vi + 6).some((t) => /^as$/i.test(t.text))) return true;
  if (/^(?:find|finds|found)$/.test(lower) && /^(?:himself|herself|themselves|itself|myself|ourselves|a|it|them|him|her|time|ways?|success)$/.test(next)) return true;
  // a bare verb after one capitalised name (no `and`, no auxiliary): a noun compound or a headline
  // (`Data show that …`: a that-clause after it makes the word a verb)
  if (/^\p{Lu}\p{Ll}*[^s]$/u.test(toks[vi - 1]?.text ?? '') && next !== 'that' && !/(?:s|ed|ing)$/.test(lower) && !/^(?:say|said|think|thought|believe|want|know|see|tell|told|hope|fear|expect|agree|argue|claim|insist|predict|feel|worry|wonder)$/.test(lower) && !/^(?:wrote|spoke|found|sought|saw|knew|began|gave|made|took|held|put|read|hit|cut|met|led|set|shot|felt|meant|kept|won|lost|left|got|came|went|drew|grew|sent|spent|brought|bought|taught|caught|fought|understood|stood|ran|rose|chose|broke|spoken|written|seen|known|shown|given|taken|done|gone)$/.test(lower) && /^\p{Ll}/u.test(toks[vi]!.text) && !/^(?:and|&)$/i.test(toks[vi - 2]?.text ?? '') && !/^(?:I|We|They|You)$/.test(toks[vi - 1]!.text)) return true;
  return false;
}

/** Verbs whose negation is a declined comment (`did not respond`, `has not commented`). */
export const NON_RESPONSE = /^(?:respond|responded|reply|replied|comment|commented|return|returned|answer|answered)$/;
