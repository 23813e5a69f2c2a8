import { z } from 'zod';
import { defineCommand, splitWords } from '../src/core/command.js';
import { channelKey } from '../src/core/context.js';
import type { Reply } from '../src/core/reply.js';
import { UserError } from '../src/core/errors.js';
import type { DigestStatus } from '../src/schedule/service.js';
import { SCHEDULE_EXAMPLES } from '../src/schedule/parse.js';
import { composeDigest, formatTime } from '../src/schedule/compose.js';
import { hasSeconds } from '../src/schedule/slots.js';
import { defaultDigestAnalyses } from '../src/analysis/digest/engines.js';

// The meta is read where commands become platform menus (Discord subcommands): what each action
// does, and that `when`/`timezone` belong to `schedule` only.
const options = z.object({
  action: z
    .enum(['now', 'schedule', 'off', 'status'])
    .describe('now, schedule, off or status')
    .meta({
      choiceDescriptions: {
        now: 'Preview the digest of what was shared since the last one',
        schedule: 'Post a digest here on a schedule',
        off: 'Stop the scheduled digest',
        status: 'Next run, last run and articles waiting',
      },
    }),
  when: z
    .string()
    .optional()
    .describe('daily 09:00 · weekdays 08:30 · mon,thu 17:00 · hourly · or a cron pattern')
    .meta({ subcommands: ['schedule'] }),
  timezone: z
    .string()
    .optional()
    .describe('IANA time zone, e.g. Europe/London (default: UTC or the channel setting)')
    .meta({ subcommands: ['schedule'] }),
});

const ACTION_WORDS: Record<string, 'now' | 'schedule' | 'off' | 'status'> = {
  now: 'now',
  schedule: 'schedule',
  set: 'schedule',
  every: 'schedule',
  off: 'off',
  stop: 'off',
  cancel: 'off',
  status: 'status',
  show: 'status',
};

/** `now` · `status` · `off` · `schedule <when> [zone]`; a bare schedule (`daily 09:00`) also schedules. */
export function parseDigestText(text: string): { action: string; when?: string } {
  const words = splitWords(text);
  if (words.length === 0) return { action: 'status' };
  const action = ACTION_WORDS[words[0]!.toLowerCase()];
  if (!action) return { action: 'schedule', when: words.join(' ') };
  const rest = words.slice(1).join(' ');
  return rest ? { action, when: rest } : { action };
}

function statusReply(status: DigestStatus): Reply {
  const s = status.schedule;
  if (!s) {
    return {
      title: 'No digest scheduled here',
      blocks: [
        { type: 'paragraph', text: `Articles waiting for a digest: ${status.waiting}.` },
        { type: 'note', text: `Schedule one with /digest schedule <when>, e.g. ${SCHEDULE_EXAMPLES}.` },
      ],
    };
  }
  const seconds = hasSeconds(s.cron);
  const fields = [
    { label: 'Schedule', value: s.spec.includes(s.timezone) ? s.spec : `${s.spec} (${s.timezone})` },
    { label: 'Next run', value: status.nextRun ? formatTime(status.nextRun.getTime(), s.timezone, seconds) : s.paused ? 'paused' : 'none' },
    { label: 'Last run', value: status.lastRun ? formatTime(status.lastRun.getTime(), s.timezone, seconds) : 'not yet' },
    { label: 'Articles waiting', value: String(status.waiting) },
  ];
  return {
    title: s.paused ? 'Digest paused' : 'Digest scheduled',
    blocks: [
      { type: 'fields', fields },
      ...(s.paused ? [{ type: 'note' as const, text: `Paused: ${s.pausedReason ?? 'no reason recorded'}. Run /digest schedule again to resume.` }] : []),
    ],
  };
}

export default defineCommand({
  name: 'digest',
  description: 'Channel digests: post one now, schedule them, turn them off, or show the schedule',
  help: [
    'Usage: /digest now · /digest status · /digest off · /digest schedule <when> [time zone]',
    `When: ${SCHEDULE_EXAMPLES}`,
    'A digest covers the articles shared here since the last digest, grouped into stories, with summaries, key quotes and what differs between outlets.',
    '/digest now shows what the next digest would contain, without counting as one.',
  ].join('\n'),
  options,
  parseText: parseDigestText,
  meta: { subcommandOption: 'action' },
  async run(ctx, opts) {
    const digests = ctx.services.digests;
    switch (opts.action) {
      case 'now': {
        if (digests) return digests.preview(ctx.channel);
        // no scheduler in this process (one-shot CLI): everything shared in the channel
        const composed = await composeDigest(ctx.services.store, defaultDigestAnalyses, {
          channelKey: channelKey(ctx.channel),
          since: 0,
          until: Date.now(),
          sinceLabel: 'in this channel',
          silentWhenEmpty: false,
        });
        return composed.reply!;
      }
      case 'status': {
        if (!digests) throw new UserError('Digests are not running in this mode (try the bot in Slack, Discord or the terminal).', 'no_scheduler');
        return statusReply(await digests.status(ctx.channel));
      }
      case 'off': {
        if (!digests) throw new UserError('Digests are not running in this mode.', 'no_scheduler');
        const had = await digests.unschedule(ctx.channel);
        return { title: had ? 'Digest turned off' : 'No digest was scheduled here', blocks: [{ type: 'paragraph', text: had ? 'No more scheduled digests in this channel.' : 'Nothing to turn off.' }] };
      }
      case 'schedule': {
        if (!digests) throw new UserError('Digests are not running in this mode.', 'no_scheduler');
        if (!opts.when?.trim()) throw new UserError(`When should I post it? For example: ${SCHEDULE_EXAMPLES}.`, 'bad_schedule');
        const status = await digests.schedule(ctx.channel, opts.when, opts.timezone, ctx.user.id);
        const reply = statusReply(status);
        return { ...reply, title: 'Digest scheduled' };
      }
    }
  },
});
