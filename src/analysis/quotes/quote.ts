/** The output of the who-said-what extractor: one quote or report with its speaker. */
export interface Quote {
  /** the content as in the input (without quotation marks); === doc.input.slice(start, end) */
  quote: string;
  start: number;
  end: number;
  /** resolved full name, organisation, or "unnamed source"; null when nobody is named */
  speaker: string | null;
  /** the words in the text that name the speaker */
  speakerMention: string | null;
  role: string | null;
  /** a description written before the name in apposition (`Carter’s press secretary, Peter Cook`), as written */
  described?: string;
  cue: string | null;
  kind: 'direct' | 'mixed' | 'partial' | 'indirect';
  speakerType: 'person' | 'organisation' | 'unnamed' | 'unknown';
  /** 0-based paragraph index (shown 1-based as ¶n) */
  paragraph: number;
  /**
   * A quote broken by its attribution (`“A,” she said. “B.”`) is one quote in several parts:
   * each part's input offsets. `start`/`end` span them all, so `quote` (the exact slice) then
   * holds the attribution between the parts; `quoteText(q)` gives the parts joined by ` … `.
   */
  parts?: Array<[number, number]>;
  /** the text of each part (input.slice of each of `parts`) */
  partTexts?: string[];
}

/** The words of a quote for display: its parts joined by ` … ` without the attribution between them. */
export function quoteText(q: Pick<Quote, 'quote' | 'partTexts'>): string {
  return q.partTexts && q.partTexts.length > 1 ? q.partTexts.join(' … ') : q.quote;
}
