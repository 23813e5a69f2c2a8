/**
 * One pino logger for the process. Tokens never reach it (redaction below covers the places a
 * platform object could carry one); article text is logged only at debug level by callers.
 */
import { pino, type Logger } from 'pino';

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'nutgraf' },
      redact: {
        paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'botToken', 'signingSecret', 'appToken'],
        censor: '[redacted]',
      },
    },
    destination ?? pino.destination(2),
  );
}
