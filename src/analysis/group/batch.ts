/**
 * `nutgraf batch cluster`: lines {id, text, title?, time?} in, {id, cluster, duplicateOf?} out.
 * Lines without times are visited in a fixed order derived from their ids (SHA-1), as the
 * scorer's baseline does, so that the file's own order (often grouped already) cannot help.
 */
import { createHash } from 'node:crypto';
import { buildDoc } from '../text/doc.js';
import { groupStories, type GroupAssignment, type GroupOptions } from './index.js';

export interface ClusterBatchLine {
  id: string;
  text: string;
  /** headline, when the source keeps it apart from the text: it counts as the text's first line */
  title?: string;
  /** ISO date or ms since the epoch */
  time?: string | number;
}

export function clusterBatch(lines: readonly ClusterBatchLine[], opts: GroupOptions = {}): GroupAssignment[] {
  const items = lines.map((l) => {
    const time = l.time === undefined ? undefined : typeof l.time === 'number' ? l.time : Date.parse(l.time);
    const text = l.title?.trim() && !l.text.trimStart().startsWith(l.title.trim()) ? `${l.title.trim()}\n\n${l.text}` : l.text;
    return { id: l.id, doc: buildDoc(text), ...(time !== undefined && !Number.isNaN(time) ? { time } : {}) };
  });
  const timed = items.every((i) => i.time !== undefined);
  const ordered = timed ? items : [...items].sort((a, b) => (sha1(a.id) < sha1(b.id) ? -1 : 1));
  const byId = new Map(groupStories(ordered, opts).map((g) => [g.id, g]));
  return lines.map((l) => byId.get(l.id)!);
}

function sha1(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}
