/**
 * A UserError carries a short message meant for the chat: bad input, unreachable page,
 * unknown reference. Anything else that escapes a command is a bug and is reported as a
 * generic failure with a request id (details in the logs only).
 */
export class UserError extends Error {
  constructor(
    message: string,
    /** a stable machine-readable code for logs and tests */
    readonly code: string = 'bad_input',
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
