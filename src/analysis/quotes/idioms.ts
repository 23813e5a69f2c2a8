/**
 * Light-verb idioms that frame a position like a reporting verb: `took a swipe at …`, `paid
 * tribute to …`, `made it clear that …`, `weighed in on …`, `voiced concern about …`. The cue is
 * the whole idiom; the content starts after it (a `that` is kept, as with `said that`).
 */
import type { Token } from './names.js';

const TAKE = 'take|takes|took|taken|taking';
const MAKE = 'make|makes|made|making';
const IDIOMS: RegExp[] = [
  new RegExp(`^(?:${TAKE}) (?:a |another |repeated |several |more )?(?:\\S+ )?(?:swipes?|shots?|aim|jabs?|digs?|potshots?) at$`, 'i'),
  /^(?:pay|pays|paid|paying) (?:\S+ )?tribute to$/i,
  new RegExp(`^(?:${MAKE}) (?:it )?(?:very |abundantly |crystal |perfectly )?clear(?: that)?$`, 'i'),
  new RegExp(`^(?:${MAKE}) (?:the|a|his|her|their|its) (?:\\S+ )?(?:case|argument|point|pitch|claim) (?:for|that|against)$`, 'i'),
  /^(?:weigh|weighs|weighed|weighing) in on$/i,
  /^(?:voice|voices|voiced|voicing|express|expresses|expressed|expressing) (?:his |her |their |its |some |deep |strong |serious |grave )?(?:concerns?|support|opposition|doubts?|frustration|skepticism|scepticism|confidence|hope|regret|dismay|outrage|anger|sympathy|disappointment|reservations) (?:about|for|over|that|with|in|at|to|regarding)$/i,
  /^(?:come|comes|came|coming) out (?:against|for|in favor of|in favour of|in support of)$/i,
  /^(?:heap|heaps|heaped|heaping) (?:\S+ )?praise on$/i,
  /^(?:pour|pours|poured|pouring) cold water on$/i,
  /^(?:sound|sounds|sounded|sounding) the alarm (?:about|over|on)$/i,
  /^(?:call|calls|called|calling|draw|draws|drew|drawing) attention to$/i,
  /^(?:speak|speaks|spoke|spoken|speaking|talk|talks|talked|talking) (?:at length|publicly|openly|often|frequently|repeatedly|passionately|candidly) (?:about|of)$/i,
];

/** The index of the last token of an idiom starting at toks[vi], or -1. */
export function idiomEnd(toks: readonly Token[], vi: number): number {
  const first = toks[vi]!.text;
  if (!/^(?:take|takes|took|taken|taking|pay|pays|paid|paying|make|makes|made|making|weigh|weighs|weighed|weighing|voice|voices|voiced|voicing|express|expresses|expressed|expressing|come|comes|came|coming|heap|heaps|heaped|heaping|pour|pours|poured|pouring|sound|sounds|sounded|sounding|call|calls|called|calling|draw|draws|drew|drawing|speak|speaks|spoke|spoken|speaking|talk|talks|talked|talking)$/i.test(first)) return -1;
  let phrase = first;
  for (let k = vi + 1; k < Math.min(toks.length, vi + 7); k++) {
    if (!/^[\p{L}'’-]+$/u.test(toks[k]!.text)) return -1;
    phrase += ` ${toks[k]!.text}`;
    if (IDIOMS.some((re) => re.test(phrase))) {
      // `made it clear that`: prefer the longer match when `that` follows
      if (/clear$/i.test(phrase) && /^that$/i.test(toks[k + 1]?.text ?? '')) return k + 1;
      return k;
    }
  }
  return -1;
}
