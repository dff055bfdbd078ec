import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';
import type { CliIo } from './io.js';
import { DroidError } from '../util/errors.js';
import type { DroidCommand } from '../trigger/request.js';
import { executeRun, exitCodeForOutcome } from '../run/execute.js';
import { detectPlatform, loadPlatform } from '../platform/index.js';
import type { Ignored, PlatformSetup, SetupContext } from '../platform/types.js';
import { splitEngineArgs } from '../engine/args.js';
import { defaultInstallDir } from '../engine/install.js';
import { humanOutcome, jsonOutcome } from '../report/cli.js';

/**
 * `droid-ci run`: the whole loop. `--platform local` needs no forge: the branch and commits are made in
 * the local repo and the PR body is written to .droid/pr.md and printed (a review of the current branch
 * goes to .droid/review.md). `--platform gitlab` reads the
 * pipeline's variables; `--platform github` reads the runner's event, as the action does.
 */
const HELP = `usage: droid-ci run [--platform local|github|gitlab] [options]

  --platform P       local (default outside CI), github (GITHUB_ACTIONS), gitlab (GITLAB_CI)
  --ticket KEY       ticket key, e.g. PROJ-123 (local; default LOCAL-<time>)
  --title TEXT       ticket title (local; default the first line of --prompt)
  --prompt TEXT      what to do (local; for a review: what to focus on)
  --command C        fix (default), plan, test, ci-fix, review
                     review: a read-only review of a merge request's diff (gitlab: one thread per finding
                     plus a summary note; review.auto decides merge request pipelines) or, locally, of the
                     current branch against --base, written to .droid/review.md (exit 1 on a finding at
                     or above review.fail_on)
  --base BRANCH      the branch a local review compares with (default main)
  --engine E         override engine.use: droid, claude, codex, command, fix-commands
  --engine-args A    extra arguments for the engine's CLI (split like shell words; quotes group)
  --config FILE      config path in the repo (default .droid.yml)
  --repo DIR         the repository (default the current directory)
  --dry-run          make the branch and commit locally, push nothing, open nothing
  --json             print the outcome as JSON`;

const COMMANDS: DroidCommand[] = ['fix', 'plan', 'test', 'ci-fix', 'review'];

export async function runCommand(argv: string[], io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: joinEngineArgs(argv),
      options: {
        platform: { type: 'string' },
        ticket: { type: 'string' },
        title: { type: 'string' },
        prompt: { type: 'string' },
        command: { type: 'string' },
        base: { type: 'string' },
        engine: { type: 'string' },
        'engine-args': { type: 'string' },
        config: { type: 'string' },
        repo: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new DroidError('usage', (error as Error).message, { hint: 'see `droid-ci run --help`' });
  }
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const platform = await loadPlatform(detectPlatform(values.platform, env));
  const command = (values.command ?? 'fix') as DroidCommand;
  if (!COMMANDS.includes(command)) throw new DroidError('usage', `unknown command "${values.command}"`, { hint: `use one of ${COMMANDS.join(', ')}` });
  const repoRoot = resolve(values.repo ?? env.CI_PROJECT_DIR ?? env.GITHUB_WORKSPACE ?? process.cwd());
  const common = {
    repoRoot,
    configPath: values.config ?? '.droid.yml',
    dryRun: values['dry-run'] ?? false,
    engineOverride: values.engine,
    engineArgs: splitEngineArgs(values['engine-args'] ?? ''),
    // the GitLab template sets DROID_INSTALL_ENGINE=true; on a person's machine nothing is installed
    engineInstall: env.DROID_INSTALL_ENGINE === 'true' ? { dir: env.DROID_ENGINE_DIR || defaultInstallDir(env, tmpdir()), version: env.DROID_ENGINE_VERSION || undefined, env } : undefined,
    env,
  };

  const options = { command: values.command ? command : undefined, ticket: values.ticket, title: values.title, prompt: values.prompt, base: values.base, repoRoot };
  const makeSetup = (ctx: SetupContext): Promise<PlatformSetup | Ignored> => platform.setup(env, ctx, options);
  const outcome = await executeRun(makeSetup, common, (line) => io.stderr(line));
  if (values.json) io.stdout(JSON.stringify(jsonOutcome(outcome), null, 2));
  else io.stdout(humanOutcome(outcome));
  return exitCodeForOutcome(outcome);
}

/**
 * `--engine-args "--model x"`: parseArgs refuses a value that starts with a dash as ambiguous, yet every
 * engine argument does (the GitLab template passes them this way): bind the next word to the option.
 */
function joinEngineArgs(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const value = argv[i + 1];
    if (arg === '--engine-args' && value !== undefined) {
      out.push(`--engine-args=${value}`);
      i += 1;
    } else out.push(arg);
  }
  return out;
}
