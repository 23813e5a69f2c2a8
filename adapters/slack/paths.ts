/** Where Slack sends commands, events and interactivity (HTTP mode). */
export const EVENTS_PATH = '/slack/events';
