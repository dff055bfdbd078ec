import type { CliIo } from '../commands/io.js';
import { describeError, exitCodeFor } from '../util/errors.js';
import { VERSION } from '../util/version.js';

export type { CliIo } from '../commands/io.js';
export { VERSION } from '../util/version.js';

/**
 * `droid-ci` (PRODUCT.md §6): argv -> one subcommand -> exit code.
 * 0 success, 1 the work failed (tests failing, refused), 2 usage or config error, 3 platform/API error.
 */

type Command = (argv: string[], io: CliIo, env: NodeJS.ProcessEnv) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  run: { summary: 'the whole loop: edit, test, commit, push, PR/MR, CI', load: async () => (await import('../commands/run.js')).runCommand },
  test: {
    summary: 'run the test profiles of .droid.yml',
    load: async () => {
      const { testCommand } = await import('../commands/test.js');
      return (argv, io) => testCommand(argv, streamIo(io));
    },
  },
  summarize: { summary: 'summarise a test log (or JUnit XML)', load: async () => wrap((await import('../commands/summarize.js')).summarizeCommand) },
  validate: { summary: 'check .droid.yml', load: async () => wrap((await import('../commands/validate.js')).validateCommand) },
  init: { summary: 'detect test commands and write a starter .droid.yml', load: async () => wrap((await import('../commands/init.js')).initCommand) },
  doctor: { summary: 'check the set-up: repo access, push, PR/MR, CI results', load: async () => (await import('../commands/doctor.js')).doctorCommand },
  'gitlab-relay': { summary: 'serve GitLab Note Hook webhooks and start droid pipelines', load: async () => (await import('../commands/gitlab-relay.js')).gitlabRelayCommand },
};

/** For commands written against stream-like writers: one call per line-terminated chunk. */
function streamIo(io: CliIo): { stdout: { write(text: string): boolean }; stderr: { write(text: string): boolean } } {
  const writer = (emit: (text: string) => void) => ({ write: (text: string) => (emit(text.replace(/\n$/, '')), true) });
  return { stdout: writer(io.stdout), stderr: writer(io.stderr) };
}

function wrap(fn: (argv: string[], io: CliIo) => Promise<number>): Command {
  return (argv, io) => fn(argv, io);
}

export const USAGE = `usage: droid-ci <command> [options]

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(13)} ${c.summary}`)
  .join('\n')}

Run \`droid-ci <command> --help\` for a command's options.`;

export async function cli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(VERSION);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`droid-ci: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await (await command.load())(rest, io, env);
  } catch (error) {
    io.stderr(`droid-ci ${name}: ${describeError(error)}`);
    if (env.DROID_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack);
    return exitCodeFor(error);
  }
}

