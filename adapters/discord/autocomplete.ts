/**
 * Autocomplete for article options: the channel's shared articles (newest first) as
 * "#3 · Title" choices whose value is the ref, filtered by what has been typed. A typed link
 * is offered back as itself so it can be chosen too.
 */
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { ChannelStore } from '../../src/store/channel.js';
import { COMMAND_LIMITS, INTERACTION_LIMITS } from './limits.js';
import { truncate } from './split.js';

export async function articleChoices(store: ChannelStore, channelKey: string, typed: string): Promise<ApplicationCommandOptionChoiceData<string>[]> {
  const query = typed.trim().toLowerCase();
  const choices: ApplicationCommandOptionChoiceData<string>[] = [];
  if (/^https?:\/\/\S+$/i.test(typed.trim()) && typed.trim().length <= COMMAND_LIMITS.choiceValue) {
    choices.push({ name: truncate(typed.trim(), COMMAND_LIMITS.choiceName), value: typed.trim() });
  }
  const entries = (await store.listArticles(channelKey)).slice().reverse();
  for (const e of entries) {
    if (choices.length >= INTERACTION_LIMITS.autocompleteChoices) break;
    const label = e.title ?? e.url ?? 'pasted text';
    const haystack = `#${e.ref} ${label} ${e.url ?? ''} ${e.site ?? ''}`.toLowerCase();
    if (query && !haystack.includes(query)) continue;
    choices.push({ name: truncate(`#${e.ref} · ${label}`, COMMAND_LIMITS.choiceName), value: `#${e.ref}` });
  }
  return choices;
}
