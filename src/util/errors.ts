/**
 * One error type for everything the user must act on. `kind` decides the CLI exit code
 * (PRODUCT.md §6): usage/config -> 2, platform (forge API, git remote) -> 3, work -> 1.
 * `hint` says what to change; it is printed after the message.
 */
export type ErrorKind = 'usage' | 'config' | 'platform' | 'work' | 'engine' | 'internal';

export class DroidError extends Error {
  readonly kind: ErrorKind;
  readonly hint: string | undefined;

  constructor(kind: ErrorKind, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DroidError';
    this.kind = kind;
    this.hint = options.hint;
  }
}

export function exitCodeFor(error: unknown): number {
  if (!(error instanceof DroidError)) return 1;
  switch (error.kind) {
    case 'usage':
    case 'config':
      return 2;
    case 'platform':
      return 3;
    default:
      return 1;
  }
}

/** The text a user sees for any thrown value: message plus hint, never a stack unless asked. */
export function describeError(error: unknown): string {
  if (error instanceof DroidError) return error.hint ? `${error.message}\n  hint: ${error.hint}` : error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
