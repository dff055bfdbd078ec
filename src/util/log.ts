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
