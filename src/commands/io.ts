/** Where a `droid-ci` command writes: one call per line-terminated chunk. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
