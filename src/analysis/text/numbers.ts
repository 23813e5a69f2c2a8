/**
 * Numbers that carry facts: money ("$5.5 billion", "£3m", "2 million yen"), percentages
 * ("12%", "3.5 per cent") and counts with a unit ("320 troops", "at least 14 people").
 * Bare numbers without a unit are left out: they are rarely what a story turns on.
 */
import { STOP_WORDS, stemOf } from './terms.js';

export type NumberKind = 'money' | 'percent' | 'quantity';

export interface NumberMention {
  kind: NumberKind;
  start: number;
  end: number;
  text: string;
  /** in base units: "$5.5 billion" → 5_500_000_000 */
  value: number;
  /** currency code, '%', or the counted noun as written */
  unit?: string;
  /** "about", "nearly", "more than", "at least", "up to"… */
  approximate: boolean;
  /** kind + unit (stemmed) + value: equal keys are the same figure */
  key: string;
  /** kind + unit only: what a figure is a figure of, to find the same quantity stated differently */
  quantityKey: string;
}

const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
const CURRENCY_SIGN: Record<string, string> = { $: 'USD', 'us$': 'USD', us: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', 'a$': 'AUD', 'c$': 'CAD', 'hk$': 'HKD', 'nz$': 'NZD' };
const CURRENCY_WORD: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', yen: 'JPY',
  yuan: 'CNY', renminbi: 'CNY', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', rupee: 'INR', rupees: 'INR',
  hryvnia: 'UAH', hryvnias: 'UAH', won: 'KRW', francs: 'CHF', franc: 'CHF',
};
const APPROX = /(?:about|around|roughly|nearly|almost|approximately|some|more than|over|less than|under|at least|up to|as many as|as much as|an estimated|close to)\s+$/i;

const NUM = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const SCALE_WORD = '(?:\\s?(thousand|million|billion|trillion|bn|mn|mln|tn)\\b|(k|m|b)\\b)?';

const MONEY_SIGN = new RegExp(`(US\\$|A\\$|C\\$|HK\\$|NZ\\$|\\$|€|£|¥)\\s?${NUM}${SCALE_WORD}`, 'gi');
const MONEY_WORD = new RegExp(`\\b${NUM}${SCALE_WORD}\\s+(?:US\\s)?(dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|roubles?|rubles?|rupees?|hryvnias?|won|francs?)\\b`, 'gi');
const PERCENT = new RegExp(`\\b${NUM}\\s?(%|per\\s?cent\\b|percent\\b|percentage points?\\b)`, 'gi');
const COUNT = new RegExp(`\\b${NUM}(?:\\s(thousand|million|billion|trillion))?(?:\\s|-)([a-z][a-z\\-]+)`, 'g');

function parseNumber(digits: string, scale: string | undefined): number {
  const base = Number(digits.replace(/,/g, ''));
  return scale ? base * (SCALE[scale.toLowerCase()] ?? 1) : base;
}

export function findNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  const push = (kind: NumberKind, start: number, end: number, value: number, unit: string | undefined) => {
    if (found.some((f) => start < f.end && end > f.start)) return;
    const approximate = APPROX.test(text.slice(Math.max(0, start - 24), start));
    const unitKey = unit ? (kind === 'quantity' ? stemOf(unit) : unit) : '';
    found.push({
      kind,
      start,
      end,
      text: text.slice(start, end),
      value,
      ...(unit ? { unit } : {}),
      approximate,
      key: `${kind}:${unitKey}:${value}`,
      quantityKey: `${kind}:${unitKey}`,
    });
  };
  for (const m of matches(MONEY_SIGN, text)) {
    const sign = m[1]!.toLowerCase();
    push('money', m.index, m.index + m[0].length, parseNumber(m[2]!, m[3] ?? m[4]), CURRENCY_SIGN[sign] ?? 'USD');
  }
  for (const m of matches(MONEY_WORD, text)) {
    push('money', m.index, m.index + m[0].length, parseNumber(m[1]!, m[2] ?? m[3]), CURRENCY_WORD[m[4]!.toLowerCase()]);
  }
  for (const m of matches(PERCENT, text)) {
    const points = /point/i.test(m[2]!);
    push('percent', m.index, m.index + m[0].length, Number(m[1]!.replace(/,/g, '')), points ? 'points' : '%');
  }
  for (const m of matches(COUNT, text)) {
    const noun = m[3]!;
    // "2023 the", "10 of", years and clock times are not counts of things
    if (STOP_WORDS.has(noun) || /^(?:am|pm|a\.m|p\.m|percent|per)$/.test(noun)) continue;
    if (/^(?:1[89]|20)\d\d$/.test(m[1]!) && !m[2]) continue;
    const end = m.index + m[0].length;
    push('quantity', m.index, end, parseNumber(m[1]!, m[2]), noun);
  }
  return found.sort((a, b) => a.start - b.start);
}

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}
