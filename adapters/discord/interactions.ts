/**
 * Handles Discord interactions: slash commands, message context-menu commands and
 * autocomplete, all answered through the core's dispatcher.
 *
 * The 3-second rule: Discord drops an interaction whose first callback is late. Analyses are
 * CPU-bound and run on this thread, so a timer cannot be trusted to fire in time once one has
 * started: anything that may analyse an article is deferred *before* it is dispatched. Commands
 * expected to be instant are answered directly, and deferred anyway if they have not finished
 * within POLICY.instantBudgetMs.
 */
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type { Core } from '../../src/app.js';
import type { CommandDefinition } from '../../src/core/command.js';
import { channelKey, type ChannelRef, type UserRef } from '../../src/core/context.js';
import type { DispatchResult, Invocation } from '../../src/core/dispatcher.js';
import { errorReply } from '../../src/core/reply.js';
import { articleChoices } from './autocomplete.js';
import { fieldForOption, MESSAGE_MENUS, optionsFromInteraction } from './definitions.js';
import { POLICY } from './limits.js';
import { firstLinkInMessage } from './links.js';
import { renderReply } from './render.js';

export interface InteractionOptions {
  /** how long an expected-instant command may run before it is deferred */
  instantBudgetMs?: number;
}

/**
 * A boolean option by this name asks for the answer to be shown to the whole channel
 * (summarise's `public`); it decides whether a deferral is public before the reply exists.
 */
const PUBLIC_OPTION = 'public';

export function channelOf(interaction: Interaction): ChannelRef {
  return { platform: 'discord', id: interaction.channelId ?? `dm:${interaction.user.id}`, ...(interaction.guildId ? { workspace: interaction.guildId } : {}) };
}

function userOf(interaction: Interaction): UserRef {
  return { id: interaction.user.id, name: interaction.user.globalName ?? interaction.user.username };
}

/** Commands that never touch an article or a schedule are expected to answer at once. */
function expectedInstant(command: CommandDefinition): boolean {
  return !command.meta?.articleOptions?.length && !command.meta?.subcommandOption;
}

export function createInteractionHandler(core: Core, opts: InteractionOptions = {}): (interaction: Interaction) => Promise<void> {
  const instantBudgetMs = opts.instantBudgetMs ?? POLICY.instantBudgetMs;
  const log = core.log.child({ adapter: 'discord' });

  const dispatch = (interaction: Interaction, inv: Pick<Invocation, 'command' | 'options' | 'text'>) =>
    core.dispatcher.dispatch({ ...inv, channel: channelOf(interaction), user: userOf(interaction), requestId: interaction.id });

  /**
   * Runs a command and delivers its reply within the interaction's rules. Who sees the answer
   * follows the reply's `visibility` (the asker by default); a deferral has to choose before the
   * reply exists, so it goes by `mode.channel`, the prediction from the options.
   */
  async function answer(interaction: RepliableInteraction, run: () => Promise<DispatchResult>, mode: { channel: boolean; instant: boolean }): Promise<void> {
    let deferred = false;
    const defer = async () => {
      await interaction.deferReply(mode.channel ? {} : { flags: MessageFlags.Ephemeral });
      deferred = true;
    };
    let result: DispatchResult;
    if (mode.instant) {
      const pending = run();
      let timer: NodeJS.Timeout | undefined;
      const slow = new Promise<'slow'>((resolve) => {
        timer = setTimeout(() => resolve('slow'), instantBudgetMs);
      });
      const first = await Promise.race([pending, slow]);
      clearTimeout(timer);
      if (first === 'slow') {
        await defer();
        result = await pending;
      } else result = first;
    } else {
      await defer();
      result = await run();
    }
    const messages = renderReply(result.reply);
    const forChannel = result.reply.visibility === 'channel' && !result.reply.error;
    const flags = (ephemeral: boolean) => (ephemeral ? { flags: MessageFlags.Ephemeral as const } : {});
    if (!deferred) {
      const [head, ...rest] = messages;
      await interaction.reply({ ...head, ...flags(!forChannel) });
      for (const m of rest) await interaction.followUp({ ...m, ...flags(!forChannel) });
    } else if (forChannel && !mode.channel) {
      // deferred privately but the answer is for everyone: post it below, keep the private note short
      await interaction.editReply({ content: 'Posted for the channel below.', embeds: [] });
      for (const m of messages) await interaction.followUp(m);
    } else {
      const [head, ...rest] = messages;
      await interaction.editReply({ content: head?.content ?? '', embeds: head?.embeds ?? [] });
      for (const m of rest) await interaction.followUp({ ...m, ...flags(!mode.channel) });
    }
  }

  async function onSlashCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = core.registry.find(interaction.commandName);
    if (!command) {
      await answer(interaction, () => dispatch(interaction, { command: interaction.commandName, options: {} }), { channel: false, instant: true });
      return;
    }
    const options = optionsFromInteraction(command, interaction.options.data);
    // invalid options are reported at once, to the asker only, with the dispatcher's wording
    const valid = command.options.safeParse(options).success;
    await answer(interaction, () => dispatch(interaction, { command: command.name, options }), {
      channel: valid && options[PUBLIC_OPTION] === true,
      instant: !valid || expectedInstant(command),
    });
  }

  async function onMessageMenu(interaction: MessageContextMenuCommandInteraction): Promise<void> {
    const menu = MESSAGE_MENUS.find((m) => m.name === interaction.commandName);
    const command = menu ? core.registry.find(menu.command) : undefined;
    if (!command) {
      await interaction.reply({ content: 'That is not available on this bot yet.', flags: MessageFlags.Ephemeral });
      return;
    }
    const url = firstLinkInMessage(interaction.targetMessage);
    if (!url) {
      await interaction.reply({ content: 'I found no link in that message. Use this on a message that shares an article link.', flags: MessageFlags.Ephemeral });
      return;
    }
    const field = command.meta?.articleOptions?.[0];
    const inv = field ? { command: command.name, options: { [field]: url } } : { command: command.name, text: url };
    await answer(interaction, () => dispatch(interaction, inv), { channel: false, instant: false });
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = core.registry.find(interaction.commandName);
    const focused = interaction.options.getFocused(true);
    const field = command ? fieldForOption(command, focused.name) : undefined;
    if (!command || !field || !command.meta?.articleOptions?.includes(field)) {
      await interaction.respond([]);
      return;
    }
    await interaction.respond(await articleChoices(core.services.store, channelKey(channelOf(interaction)), String(focused.value)));
  }

  return async (interaction) => {
    try {
      if (interaction.isAutocomplete()) await onAutocomplete(interaction);
      else if (interaction.isChatInputCommand()) await onSlashCommand(interaction);
      else if (interaction.isMessageContextMenuCommand()) await onMessageMenu(interaction);
    } catch (err) {
      log.error({ err, interaction: interaction.id }, 'interaction failed');
      await reportFailure(interaction).catch((e: unknown) => log.warn({ err: e }, 'could not report the failure'));
    }
  };
}

/** Last resort after an adapter-side failure: turn whatever was shown into a short error. */
async function reportFailure(interaction: Interaction): Promise<void> {
  if (!interaction.isRepliable()) return;
  const [message] = renderReply(errorReply(`Something went wrong on my side (ref ${interaction.id}). Please try again.`));
  const content = message?.content ?? 'Something went wrong.';
  if (interaction.deferred || interaction.replied) await interaction.editReply({ content, embeds: [] });
  else await interaction.reply({ content, flags: MessageFlags.Ephemeral });
}
