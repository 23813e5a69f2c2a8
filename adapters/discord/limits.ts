/**
 * Discord's limits, as data in one place: the renderer, the splitter, the command builder and
 * the autocomplete all read them from here, and the tests' stand-in enforces the same numbers.
 * Source: Discord API v10 documentation (messages, embeds, application commands, interactions).
 */
export const MESSAGE_LIMITS = {
  /** message content, in characters */
  content: 2000,
  embedsPerMessage: 10,
  /** title + description + field names and values + footer + author name, over all embeds */
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
} as const;

export const COMMAND_LIMITS = {
  name: 32,
  description: 100,
  optionsPerCommand: 25,
  choicesPerOption: 25,
  choiceName: 100,
  choiceValue: 100,
  /** command names and option names: lowercase letters, digits, - and _ */
  namePattern: /^[-_\p{Ll}\p{N}]{1,32}$/u,
} as const;

export const INTERACTION_LIMITS = {
  /** the first callback (reply, defer, autocomplete) must reach Discord within this */
  firstResponseMs: 3000,
  /** after which the interaction token (edits, follow-ups) stops working */
  tokenLifetimeMs: 15 * 60_000,
  autocompleteChoices: 25,
} as const;

/** Our own policy within those limits. */
export const POLICY = {
  /**
   * A command expected to be instant still gets deferred if it has not answered by then,
   * leaving the rest of the 3 s for the defer callback to travel.
   */
  instantBudgetMs: 1500,
  /** a reply longer than this many messages is cut, with a note saying so */
  maxMessages: 5,
  /** links recorded from one channel message (MessageContent intent only) */
  linksPerMessage: 5,
} as const;
