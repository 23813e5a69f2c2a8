/**
 * The few Block Kit shapes Nutgraf sends, typed narrowly (each is a valid Bolt `KnownBlock`).
 */
export interface TextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
  emoji?: boolean;
  verbatim?: boolean;
}

export interface SectionBlock {
  type: 'section';
  text?: TextObject;
  fields?: TextObject[];
}

export interface HeaderBlock {
  type: 'header';
  text: TextObject & { type: 'plain_text' };
}

export interface ContextBlock {
  type: 'context';
  elements: TextObject[];
}

export interface DividerBlock {
  type: 'divider';
}

export interface ButtonElement {
  type: 'button';
  text: TextObject & { type: 'plain_text' };
  action_id: string;
  value: string;
  style?: 'primary' | 'danger';
}

export interface ActionsBlock {
  type: 'actions';
  block_id?: string;
  elements: ButtonElement[];
}

export type SlackBlock = SectionBlock | HeaderBlock | ContextBlock | DividerBlock | ActionsBlock;

/** One message as sent: blocks plus the plain `text` fallback (notifications, screen readers, old clients). */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export function mrkdwn(text: string): TextObject {
  // verbatim: Slack does not turn bare URLs or #names in article text into links or mentions
  return { type: 'mrkdwn', text, verbatim: true };
}

export function plain(text: string): TextObject & { type: 'plain_text' } {
  return { type: 'plain_text', text, emoji: true };
}
