import type { Logger } from './log.js';
import type { Redactor } from './redact.js';

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
