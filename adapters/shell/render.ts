/**
 * Renders a Reply for a terminal: colour on a TTY, plain text when piped.
 */
import pc from 'picocolors';
import type { Block, Reply } from '../../src/core/reply.js';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  cyan(s: string): string;
  yellow(s: string): string;
}

const PLAIN: Style = { bold: (s) => s, dim: (s) => s, red: (s) => s, cyan: (s) => s, yellow: (s) => s };
// forced on: the adapter itself decides when colour is wanted (a TTY), not picocolors' detection
const colours = pc.createColors(true);
const COLOUR: Style = { bold: colours.bold, dim: colours.dim, red: colours.red, cyan: colours.cyan, yellow: colours.yellow };

export function styleFor(colour: boolean): Style {
  return colour ? COLOUR : PLAIN;
}

export function renderForTerminal(reply: Reply, style: Style = PLAIN, width = 100): string {
  const out: string[] = [];
  if (reply.title) out.push(style.bold(reply.title));
  for (const block of reply.blocks) out.push(renderBlock(block, style, width));
  if (reply.footer) out.push(style.dim(reply.footer));
  const text = out.filter(Boolean).join('\n\n');
  return reply.error ? style.red(`✗ ${text}`) : text;
}

function evidence(e: string | undefined, style: Style): string {
  return e ? ` ${style.dim(`[${e}]`)}` : '';
}

function renderBlock(b: Block, style: Style, width: number): string {
  switch (b.type) {
    case 'heading':
      return style.cyan(style.bold(b.text));
    case 'paragraph':
      return wrap(b.text, width) + evidence(b.evidence, style);
    case 'list':
      return b.items
        .map((it, i) => {
          const bullet = b.ordered ? `${i + 1}.` : '•';
          const tag = it.tag ? `${style.yellow(it.tag)} ` : '';
          return indent(wrap(`${tag}${it.text}`, width - 3) + evidence(it.evidence, style), `${bullet} `, '  ');
        })
        .join('\n');
    case 'quote': {
      const body = indent(wrap(`“${b.text}”`, width - 4), '  │ ', '  │ ');
      const by = b.attribution ? `\n    — ${b.attribution}` : '';
      const tag = b.tag ? ` ${style.dim(`(${b.tag})`)}` : '';
      return body + by + tag + evidence(b.evidence, style);
    }
    case 'fields':
      return b.fields.map((f) => `${style.bold(`${f.label}:`)} ${f.value}`).join('\n');
    case 'links':
      return b.links.map((l) => `${l.label}: ${style.cyan(l.url)}`).join('\n');
    case 'note':
      return style.dim(wrap(b.text, width));
    case 'divider':
      return style.dim('─'.repeat(Math.min(width, 40)));
  }
}

function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const words = line.split(' ');
      const lines: string[] = [];
      let current = '';
      for (const w of words) {
        if (current && current.length + 1 + w.length > width) {
          lines.push(current);
          current = w;
        } else current = current ? `${current} ${w}` : w;
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}

function indent(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((l, i) => (i === 0 ? first : rest) + l)
    .join('\n');
}
