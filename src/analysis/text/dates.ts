/**
 * Dates as written in news copy: "May 10", "May 10th, 2023", "10 May", "May 2023", "2023-05-10",
 * weekdays, years in context, and relative expressions ("yesterday", "earlier this week").
 * Each gets a key that two articles can compare: "date:2023-05-10", "date:?-05-10",
 * "date:weekday:tuesday", "date:relative:yesterday".
 */

export interface DateParts {
  year?: number;
  /** 1–12 */
  month?: number;
  day?: number;
  weekday?: string;
  relative?: string;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  key: string;
  parts: DateParts;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[89]|20)\\d\\d)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => DateParts }[] = [
  { re: /\b((?:1[89]|20)\d\d)-(\d\d)-(\d\d)\b/g, parts: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  // "May 10", "May 10th, 2023"
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}(?![\\d,.]*\\d)(?:,?\\s+${YEAR})?\\b`, 'g'),
    parts: (m) => ({ month: MONTHS[m[1]!.toLowerCase()]!, day: +m[2]!, ...(m[3] ? { year: +m[3] } : {}) }),
  },
  // "10 May", "10th of May 2023"
  {
    re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?\\b`, 'g'),
    parts: (m) => ({ day: +m[1]!, month: MONTHS[m[2]!.toLowerCase()]!, ...(m[3] ? { year: +m[3] } : {}) }),
  },
  // "May 2023", "in March 2022"
  { re: new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'g'), parts: (m) => ({ month: MONTHS[m[1]!.toLowerCase()]!, year: +m[2]! }) },
  // "in March", "last September" (not "May" alone: too often the verb)
  {
    re: /\b(?:in|since|until|by|last|next|this|early|late|mid-?|during)\s+(January|February|March|April|June|July|August|September|October|November|December)\b/g,
    parts: (m) => ({ month: MONTHS[m[1]!.toLowerCase()]! }),
  },
  { re: new RegExp(`\\b${WEEKDAY}\\b`, 'g'), parts: (m) => ({ weekday: m[1]!.toLowerCase() }) },
  // a year in context: "in 2023", "2019's", "since 1990"
  { re: /\b(?:in|since|by|until|of|from|to|before|after|early|late|mid-?)\s+((?:1[89]|20)\d\d)\b(?![\d,])/g, parts: (m) => ({ year: +m[1]! }) },
  {
    re: /\b(yesterday|today|tomorrow|tonight|(?:earlier|later) this (?:week|month|year)|(?:last|next|this) (?:week|month|year|weekend)|(?:last|this) (?:morning|afternoon|evening|night))\b/gi,
    parts: (m) => ({ relative: m[1]!.toLowerCase() }),
  },
];

export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let start = m.index;
      let end = m.index + m[0].length;
      // keep only the date itself when a preposition led the match ("in 2023" → "2023")
      const lead = /^(?:in|since|until|by|of|from|to|before|after|during)\s+/i.exec(m[0]);
      if (lead) start += lead[0].length;
      if (overlaps(found, start, end)) continue;
      const p = parts(m);
      if (p.day !== undefined && (p.day < 1 || p.day > 31)) continue;
      found.push({ start, end, text: text.slice(start, end), key: dateKey(p), parts: p });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function overlaps(found: readonly DateMention[], start: number, end: number): boolean {
  return found.some((d) => start < d.end && end > d.start);
}

export function dateKey(p: DateParts): string {
  if (p.relative) return `date:relative:${p.relative}`;
  if (p.weekday) return `date:weekday:${p.weekday}`;
  const pad = (n: number | undefined) => (n === undefined ? '?' : String(n).padStart(2, '0'));
  if (p.month === undefined && p.day === undefined) return `date:${p.year}`;
  return `date:${p.year ?? '?'}-${pad(p.month)}${p.day !== undefined ? `-${pad(p.day)}` : ''}`;
}
