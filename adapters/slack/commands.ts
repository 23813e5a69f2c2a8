/**
 * Slash commands: one listener for every command (the registry decides what exists), acked at
 * once, answered in the background through the response_url.
 */
import type { App, SlashCommand } from '@slack/bolt';
import type { Core } from '../../src/app.js';
import type { Answerer } from './answer.js';
import type { ResponseUrlPoster } from './delivery.js';
import { routeSlashCommand } from './names.js';
import { slackTextToPlain, takePublicFlag } from './text.js';

export function registerSlashCommands(app: App, core: Core, answerer: Answerer): void {
  app.command(/.*/, async ({ command, ack, respond }) => {
    // the 200 goes out now; Slack shows operation_timeout if it takes more than 3 s
    await ack();
    answerer.start(jobForSlashCommand(core, command, respond as unknown as ResponseUrlPoster));
  });
}

export function jobForSlashCommand(core: Core, command: SlashCommand, respond: ResponseUrlPoster) {
  const { text, isPublic } = takePublicFlag(slackTextToPlain(command.text ?? ''));
  const route = routeSlashCommand(core.registry, command.command, text, core.config.SLACK_COMMAND_PREFIX);
  return {
    command: route.command,
    text: route.text,
    visibility: isPublic ? ('in_channel' as const) : ('ephemeral' as const),
    channel: { platform: 'slack', id: command.channel_id, workspace: command.team_id },
    user: { id: command.user_id, name: command.user_name },
    respond,
  };
}
