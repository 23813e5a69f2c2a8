/**
 * The `--json` / batch line of the quotes analysis: offsets index the input as given.
 */
import type { Doc } from '../text/doc.js';
import type { Quote } from './index.js';

export interface QuoteJson {
  id: string;
  quotes: Array<Pick<Quote, 'quote' | 'start' | 'end' | 'speaker' | 'speakerMention' | 'role' | 'cue' | 'kind' | 'parts'>>;
}

export function quotesToJson(id: string, doc: Doc, quotes: Quote[]): QuoteJson {
  void doc; // offsets already index doc.input
  return {
    id,
    quotes: quotes.map((q) => ({
      quote: q.quote,
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      speakerMention: q.speakerMention,
      role: q.role,
      cue: q.cue,
      kind: q.kind,
      ...(q.parts ? { parts: q.parts } : {}),
    })),
  };
}
