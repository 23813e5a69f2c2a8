/**
 * Slack's limits, as data in one place: the renderer and splitter read them, and the test
 * stand-in enforces the same numbers, so a change here is a change everywhere.
 * Source: Block Kit reference and `chat.postMessage` / response_url documentation.
 */
export const SLACK_LIMITS = {
  /** blocks in one message */
  blocksPerMessage: 50,
  /** a section's text object (mrkdwn, after escaping) */
  sectionText: 3000,
  /** fields in one section, and the length of each */
  sectionFields: 10,
  fieldText: 2000,
  /** header block: plain text */
  headerText: 150,
  /** elements in one context block, and the length of each text element */
  contextElements: 10,
  contextText: 3000,
  /** the message's top-level `text` (Slack truncates past this) */
  messageText: 40_000,
  /** elements in an actions block; a button's label and value */
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /** uses of one response_url, and how long it lives */
  responseUrlUses: 5,
  responseUrlLifetimeMs: 30 * 60 * 1000,
  /** the HTTP 200 (or Socket Mode ack) must arrive within this */
  ackDeadlineMs: 3000,
} as const;

/**
 * Our own budget, not Slack's: Slack collapses long messages behind "Show more", and a part
 * that stays under this many characters of block text reads as one screenful. Well inside
 * every payload limit.
 */
export const MESSAGE_CHAR_BUDGET = 12_000;
