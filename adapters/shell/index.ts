/**
 * The terminal adapter: the same slash commands users type in Slack, read line by line from
 * stdin (a prompt on a TTY, one command per line when piped), answered on stdout.
 *
 * Pasting a multi-line article: type `/summarise <<` and paste, then end with a line holding
 * only a dot (`.`).
 */
import { createInterface } from 'node:readline';
import { userInfo } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import type { Core } from '../../src/app.js';
import type { ChannelRef } from '../../src/core/context.js';
import { renderForTerminal, styleFor } from './render.js';

export interface ShellOptions {
  input?: Readable;
  output?: Writable;
  channel?: string;
  /** colour and a prompt; defaults to whether stdin/stdout are TTYs */
  interactive?: boolean;
}

const HEREDOC = /^(\/\S+)(.*?)\s*<<\s*$/;

export async function runShell(core: Core, opts: ShellOptions = {}): Promise<void> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const interactive = opts.interactive ?? (Boolean((input as NodeJS.ReadStream).isTTY) && Boolean((output as NodeJS.WriteStream).isTTY));
  const style = styleFor(interactive);
  const channel: ChannelRef = { platform: 'shell', id: opts.channel ?? 'local' };
  const user = { id: safeUserName(), name: safeUserName() };
  const write = (s: string) => output.write(`${s}\n`);

  core.posters.register('shell', {
    post: async (_channel, reply) => {
      write(renderForTerminal(reply, style));
    },
  });

  const rl = createInterface({ input, ...(interactive ? { output, prompt: style.dim('nutgraf> ') } : {}), terminal: interactive });
  if (interactive) {
    write(style.bold('Nutgraf') + style.dim(' — type /help, or /summarise <link | #ref | pasted text>. Ctrl-D to quit.'));
    rl.prompt();
  }
  let heredoc: { command: string; lines: string[] } | undefined;
  for await (const raw of rl) {
    const line = raw.replace(/\r$/, '');
    if (heredoc) {
      if (line.trim() === '.') {
        const { command, lines } = heredoc;
        heredoc = undefined;
        await runLine(`${command} ${lines.join('\n')}`);
      } else heredoc.lines.push(line);
      continue;
    }
    const m = HEREDOC.exec(line.trim());
    if (m) {
      heredoc = { command: `${m[1]}${m[2]}`, lines: [] };
      continue;
    }
    await runLine(line);
  }
  if (heredoc) await runLine(`${heredoc.command} ${heredoc.lines.join('\n')}`);

  async function runLine(line: string): Promise<void> {
    const trimmed = line.trim();
    if (!trimmed) {
      if (interactive) rl.prompt();
      return;
    }
    if (!trimmed.startsWith('/')) {
      write(style.dim('Commands start with a slash: try /help.'));
    } else if (/^\/(quit|exit)$/i.test(trimmed)) {
      rl.close();
      return;
    } else {
      const [, command = '', text = ''] = /^\/(\S+)\s*([\s\S]*)$/.exec(trimmed) ?? [];
      const { reply } = await core.dispatcher.dispatch({ command, text, channel, user, allowFiles: true });
      write(renderForTerminal(reply, style));
    }
    if (interactive) rl.prompt();
  }
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'local';
  }
}
