import type { Redactor } from './redact.js';

/**
 * The logger every stage receives. Implementations redact before writing; nothing else in src/
 * writes to stdout/stderr directly (cli.ts prints results through `out`).
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Opens a foldable group (a GitHub log group, a GitLab section); returns the closer. */
  group(title: string): () => void;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  group: () => () => {},
};

/** A logger for the CLI: plain lines on stderr, every line redacted. */
export function streamLogger(
  write: (line: string) => void,
  redactor: Redactor,
  options: { debug?: boolean } = {},
): Logger {
  const emit = (prefix: string, message: string): void => write(redactor.redact(`${prefix}${message}`));
  return {
    debug: (m) => {
      if (options.debug) emit('debug: ', m);
    },
    info: (m) => emit('', m),
    warn: (m) => emit('warning: ', m),
    error: (m) => emit('error: ', m),
    group: (title) => {
      emit('── ', title);
      return () => {};
    },
  };
}
