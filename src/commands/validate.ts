/**
 * `droid-ci validate [--config <file>] [--dir <repo>] [--json]`: checks `.droid.yml` and prints every problem
 * with file:line:column, then checks it against the checkout (each profile's `path` is a folder of the repo). Exit codes: 0 valid (or no file: the defaults apply), 2 invalid or usage error.
 */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError, DEFAULT_CONFIG_FILE, readConfigFile } from '../config/load.js';
import { checkAgainstRepo } from '../config/repo-checks.js';
import type { DroidConfig } from '../config/types.js';
import { DroidError, describeError, exitCodeFor } from '../util/errors.js';

/** What a command prints through: each call is one line or block (the CLI adds the newline). */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const VALIDATE_USAGE = `usage: droid-ci validate [--config <file>] [--dir <repo>] [--json]
  --config FILE   the config file, relative to the repo (default ${DEFAULT_CONFIG_FILE})
  --dir DIR       the repo root (default: the current directory)
  --json          print {valid, found, file, problems | config} as JSON on stdout
exit codes: 0 valid (or no config file: the defaults apply), 2 not valid or usage error`;

interface ValidateArgs {
  config: string | undefined;
  dir: string;
  json: boolean;
  help: boolean;
}

function parseValidateArgs(argv: string[], cwd: string): ValidateArgs {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { config: { type: 'string' }, dir: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
      strict: true,
      allowPositionals: false,
    });
    return { config: values.config, dir: values.dir ?? cwd, json: values.json ?? false, help: values.help ?? false };
  } catch (error) {
    throw new DroidError('usage', (error as Error).message, { hint: VALIDATE_USAGE });
  }
}

export async function validateCommand(argv: string[], io: CommandIo, cwd: string = process.cwd()): Promise<number> {
  let args: ValidateArgs;
  try {
    args = parseValidateArgs(argv, cwd);
  } catch (error) {
    io.stderr(`droid-ci validate: ${describeError(error)}`);
    return exitCodeFor(error);
  }
  if (args.help) {
    io.stdout(VALIDATE_USAGE);
    return 0;
  }
  const file = args.config ?? DEFAULT_CONFIG_FILE;
  try {
    const dirInfo = await stat(args.dir).catch(() => undefined);
    if (!dirInfo?.isDirectory()) throw new DroidError('usage', `--dir ${args.dir}: not a directory`, { hint: 'pass the repository root (default: the current directory)' });
    const loaded = await readConfigFile(args.dir, file);
    if (!loaded.found && args.config !== undefined) {
      throw new DroidError('config', `no config file at ${file}`, { hint: 'check --config (it is relative to the repo root), or run `droid-ci init`' });
    }
    if (loaded.text !== undefined) {
      const problems = await checkAgainstRepo(loaded.config, loaded.text, file, args.dir);
      if (problems.length > 0) throw new ConfigError(file, problems);
    }
    if (args.json) {
      io.stdout(JSON.stringify({ valid: true, found: loaded.found, file, config: loaded.config }, null, 2));
    } else if (!loaded.found) {
      io.stdout(`no ${file} here: the defaults apply (no test profiles). Run \`droid-ci init\` to write one.`);
    } else {
      io.stdout(`${file} is valid: ${summary(loaded.config)}`);
    }
    if (loaded.found && loaded.config.tests.length === 0) {
      io.stderr(`warning: ${file} has no test profiles: the droid cannot check its edits and \`droid-ci test\` has nothing to run; add one under \`tests:\` (\`droid-ci init --print\` proposes some)`);
    }
    return 0;
  } catch (error) {
    if (args.json) {
      const problems = error instanceof ConfigError ? error.problems : [{ file, line: 0, column: 0, message: describeError(error) }];
      io.stdout(JSON.stringify({ valid: false, found: true, file, problems }, null, 2));
    } else {
      io.stderr(describeError(error));
    }
    return exitCodeFor(error);
  }
}

function summary(config: DroidConfig): string {
  const count = config.tests.length;
  const profiles = count === 0 ? 'no test profiles' : `${count} test profile${count === 1 ? '' : 's'} (${config.tests.map((t) => t.name).join(', ')})`;
  return `${profiles}; engine ${config.engine.use}, up to ${config.engine.max_iterations} iteration${config.engine.max_iterations === 1 ? '' : 's'}`;
}
