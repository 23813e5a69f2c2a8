/**
 * Slash commands: one listener for every command (the registry decides what exists), acked at
 * once, answered in the background through the response_url.
 */
import type { App, SlashCommand } from '@slack/bolt';
import type { Core } from '../../src/app.js';
import type { Answerer, Job } from './answer.js';
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

export function jobForSlashCommand(core: Core, command: SlashCommand, respond: ResponseUrlPoster): Job {
  const route = routeSlashCommand(core.registry, command.command, slackTextToPlain(command.text ?? ''), core.config.SLACK_COMMAND_PREFIX);
  // a command that declares its own `public` option reads the word itself (and sets the reply's
  // visibility); for the others the adapter takes it off the text
  const declared = core.registry.find(route.command);
  const ownFlag = Boolean(declared && 'public' in declared.options.shape);
  const { text, isPublic } = ownFlag ? { text: route.text, isPublic: false } : takePublicFlag(route.text);
  return {
    command: route.command,
    text,
    visibility: isPublic ? 'in_channel' : 'ephemeral',
    channel: { platform: 'slack', id: command.channel_id, workspace: command.team_id },
    user: { id: command.user_id, name: command.user_name },
    respond,
  };
}
