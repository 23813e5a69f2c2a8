/**
 * Interactivity: the "Share in channel" button on ephemeral answers, and the "Summarise
 * article" message shortcut.
 */
import type { App, BlockButtonAction, MessageShortcut } from '@slack/bolt';
import type { Core } from '../../src/app.js';
import { channelKey, type ChannelRef } from '../../src/core/context.js';
import { errorReply } from '../../src/core/reply.js';
import type { Answerer } from './answer.js';
import { ResponseUrl, type ChatApi, type ResponseUrlPoster } from './delivery.js';
import { renderMessages, SHARE_ACTION_ID } from './split.js';
import { linksInSlackText, slackTextToPlain } from './text.js';

export const SUMMARISE_SHORTCUT = 'summarise_message';
/** a message without a link is summarised as pasted text when it is at least this long */
const MIN_PASTED_CHARS = 400;

export function registerInteractivity(app: App, core: Core, answerer: Answerer, api: ChatApi): void {
  app.action<BlockButtonAction>(SHARE_ACTION_ID, async ({ ack, body, respond }) => {
    await ack();
    const log = core.log.child({ adapter: 'slack', action: 'share', user: body.user.id });
    const url = new ResponseUrl(respond as unknown as ResponseUrlPoster, api, { channelId: body.channel?.id ?? '', userId: body.user.id }, log);
    const id = body.actions[0]?.value ?? '';
    const kept = await answerer.shares.find(id);
    if (!kept) {
      const gone = errorReply('That answer is no longer kept. Run the command again to share it.');
      await url.deliver(renderMessages(gone), 'ephemeral');
      return;
    }
    if (!(await answerer.shares.claim(id))) return; // a second click on the same button
    await url.deliver(renderMessages(kept.reply, { sharedBy: body.user.id }), 'in_channel', { deleteOriginal: true });
  });

  app.shortcut<MessageShortcut>(SUMMARISE_SHORTCUT, async ({ ack, shortcut, respond }) => {
    await ack();
    const channel: ChannelRef = { platform: 'slack', id: shortcut.channel.id, ...(shortcut.team?.id ? { workspace: shortcut.team.id } : {}) };
    const raw = shortcut.message.text ?? '';
    const [link] = linksInSlackText(raw);
    const pasted = slackTextToPlain(raw).trim();
    if (link) {
      await core.services.articles.noteSharedLink(channelKey(channel), link, shortcut.message.user);
    }
    const text = link ?? (pasted.length >= MIN_PASTED_CHARS ? pasted : '');
    if (!text) {
      const url = new ResponseUrl(respond as unknown as ResponseUrlPoster, api, { channelId: channel.id, userId: shortcut.user.id }, core.log);
      await url.deliver(renderMessages(errorReply('That message has no link to an article (and is too short to summarise as it is).')), 'ephemeral');
      return;
    }
    answerer.start({
      command: 'summarise',
      text,
      visibility: 'ephemeral',
      channel,
      user: { id: shortcut.user.id, name: shortcut.user.name },
      respond: respond as unknown as ResponseUrlPoster,
    });
  });
}
