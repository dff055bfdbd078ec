/**
 * `droid-ci init [--dir <repo>] [--force] [--print]`: detects the repo's test commands (what its CI runs first,
 * then its manifests) and fixers, and writes a starter
 * `.droid.yml` (commented, valid). Refuses to replace an existing file without --force.
 * Exit codes: 0 written (or printed), 2 usage error or a file already there.
 */
import { lstat, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { detectRepo } from '../config/detect.js';
import { DEFAULT_CONFIG_FILE, loadConfig } from '../config/load.js';
import { renderStarterConfig } from '../config/starter.js';
import { DroidError, describeError, exitCodeFor } from '../util/errors.js';
import type { CommandIo } from './validate.js';

export { detectProfiles, detectProfilesWithReasons, detectRepo } from '../config/detect.js';

export const INIT_USAGE = `usage: droid-ci init [--dir <repo>] [--force] [--print]
  --dir DIR   the repo root (default: the current directory)
  --force     replace an existing ${DEFAULT_CONFIG_FILE}
  --print     print the proposed file on stdout instead of writing it`;

export async function initCommand(argv: string[], io: CommandIo, cwd: string = process.cwd()): Promise<number> {
  try {
    const { values } = parseInitArgs(argv);
    if (values.help) {
      io.stdout(INIT_USAGE);
      return 0;
    }
    const root = path.resolve(cwd, values.dir ?? '.');
    const info = await stat(root).catch(() => undefined);
    if (!info?.isDirectory()) throw new DroidError('usage', `--dir ${values.dir ?? root}: not a directory`);

    const { profiles: detected, notes } = await detectRepo(root);
    const text = renderStarterConfig(detected);
    // the starter must pass our own validation; if not, that is a bug here, not the user's
    loadConfig({ text, file: DEFAULT_CONFIG_FILE });

    if (values.print) {
      io.stdout(text);
      return 0;
    }
    const target = path.join(root, DEFAULT_CONFIG_FILE);
    const existing = await lstat(target).catch(() => undefined);
    if (existing && !values.force) {
      throw new DroidError('usage', `${DEFAULT_CONFIG_FILE} already exists in ${root}`, {
        hint: 'use --force to replace it, or --print to see the proposal',
      });
    }
    // never write through a symlink someone left in place of the config
    if (existing) await unlink(target);
    await writeFile(target, text, { flag: 'wx', mode: 0o644 });

    io.stdout(`wrote ${path.relative(cwd, target) || target}`);
    if (detected.length === 0) {
      io.stdout('no test command found: add one under `tests:` (see the example in the file)');
    } else {
      for (const { profile, reason } of detected) {
        io.stdout(`  ${profile.name}: ${profile.command} (in ${profile.path}; found ${reason})`);
        if (profile.fix) io.stdout(`    fix: ${profile.fix}`);
      }
    }
    for (const note of notes) io.stdout(`  note: ${note}`);
    io.stdout('Check the commands, run `droid-ci validate`, then commit the file.');
    return 0;
  } catch (error) {
    io.stderr(`droid-ci init: ${describeError(error)}`);
    return exitCodeFor(error);
  }
}

function parseInitArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        dir: { type: 'string' },
        force: { type: 'boolean', default: false },
        print: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new DroidError('usage', (error as Error).message, { hint: INIT_USAGE });
  }
}
