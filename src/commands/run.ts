import { usageJson, usageLine } from '../engine/usage.js';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';
import type { CliIo } from '../entry/cli.js';
import { DroidError } from '../util/errors.js';
import type { DroidCommand, Request } from '../trigger/request.js';
import { executeRun, exitCodeForOutcome, type Ignored, type PlatformSetup, type SetupContext } from '../run/execute.js';
import type { RunOutcome } from '../run/types.js';
import { profilePassed } from '../profiles/types.js';
import { formatDuration } from '../report/body.js';
import { splitEngineArgs } from '../engine/args.js';
import { defaultInstallDir } from '../engine/install.js';
import { Git } from '../git/git.js';

/**
 * `droid-ci run`: the whole loop. `--platform local` needs no forge: the branch and commits are made in
 * the local repo and the PR body is written to .droid/pr.md and printed (a review of the current branch
 * goes to .droid/review.md). `--platform gitlab` reads the pipeline's variables; `--platform github`
 * reads the runner's event, as the action does.
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
  const platform = values.platform ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : env.GITLAB_CI === 'true' ? 'gitlab' : 'local');
  if (platform !== 'local' && platform !== 'github' && platform !== 'gitlab') {
    throw new DroidError('usage', `unknown platform "${platform}"`, { hint: 'use --platform local, github or gitlab' });
  }
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

  const makeSetup = async (ctx: SetupContext): Promise<PlatformSetup | Ignored> => {
    if (platform === 'local') return { platform, request: command === 'review' ? await localReviewRequest(values, repoRoot, env) : await localRequest(values, command, env) };
    if (platform === 'gitlab') {
      const { gitlabSetup } = await import('../platform/gitlab/platform.js');
      return gitlabSetup(env, ctx, { command: values.command ? command : undefined });
    }
    const { githubSetup } = await import('../platform/github/platform.js');
    return githubSetup(env, ctx, { command: values.command ? command : undefined, ticket: values.ticket, prompt: values.prompt });
  };
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

async function localRequest(
  values: { ticket?: string | undefined; title?: string | undefined; prompt?: string | undefined },
  command: DroidCommand,
  env: NodeJS.ProcessEnv,
): Promise<Request> {
  const prompt = values.prompt ?? '';
  // one ticket (and so one branch) per run: two runs with the same prompt must not share a branch
  const key = values.ticket ?? `LOCAL-${new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}`;
  if (!/^[A-Za-z0-9][A-Za-z0-9._#!/-]{0,63}$/.test(key)) {
    throw new DroidError('usage', `--ticket "${key}" is not a ticket key`, { hint: 'use letters, digits, "-", "_", "." (e.g. PROJ-123)' });
  }
  const title = values.title ?? (prompt.split('\n')[0]?.slice(0, 120) || `${command} ${key}`);
  return {
    command,
    ticket: { key, title, body: prompt },
    instructions: prompt,
    actor: env.DROID_ACTOR || env.USER || env.LOGNAME || 'local',
    actorIsBot: false,
    target: { kind: 'ticket' },
    source: { event: 'cli' },
  };
}

/**
 * A local review: the current branch is the "merge request", `--base` (default main) its target. Local
 * git only; a detached HEAD has no branch to review.
 */
async function localReviewRequest(values: { base?: string | undefined; prompt?: string | undefined; ticket?: string | undefined; title?: string | undefined }, repoRoot: string, env: NodeJS.ProcessEnv): Promise<Request> {
  const git = new Git({ cwd: repoRoot });
  const head = await git.currentBranch();
  if (!head) throw new DroidError('usage', 'a local review needs a branch: HEAD is detached', { hint: 'check out the branch to review (git switch <branch>)' });
  const base = values.base ?? 'main';
  const baseName = await git.checkBranchName(base).catch(() => undefined);
  if (!baseName || !(await git.resolveCommit(`refs/heads/${base}`))) {
    throw new DroidError('usage', `--base "${base}" is not a local branch`, { hint: 'name the branch the current one would merge into, e.g. --base main' });
  }
  if (base === head) throw new DroidError('usage', `the current branch is the base (${base}): nothing to review`, { hint: 'check out the branch to review, or pass --base' });
  const prompt = values.prompt ?? '';
  return {
    command: 'review',
    ticket: { key: values.ticket ?? head.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 64), title: values.title ?? `Review of ${head}`, body: '' },
    instructions: prompt,
    actor: env.DROID_ACTOR || env.USER || env.LOGNAME || 'local',
    actorIsBot: false,
    target: { kind: 'change', number: 0, headBranch: head, headSha: await git.revParse('HEAD'), baseBranch: base, fromFork: false },
    source: { event: 'cli' },
  };
}

export function jsonOutcome(outcome: RunOutcome): Record<string, unknown> {
  return {
    conclusion: outcome.conclusion,
    message: outcome.message,
    branch: outcome.branch ?? null,
    commit: outcome.commit ?? null,
    iterations: outcome.iterations,
    tests_passed: outcome.testsPassed ?? null,
    tests: outcome.tests.map((t) => ({
      name: t.name,
      command: t.command,
      path: t.path,
      passed: profilePassed(t),
      exit_code: t.exitCode,
      timed_out: t.timedOut,
      duration_ms: t.durationMs,
      summary: { kind: t.summary.kind, runner: t.summary.runner, passed: t.summary.passed, failed: t.summary.failed, failures: t.summary.failures },
    })),
    pr: outcome.pr ?? null,
    pr_file: outcome.prFile ?? null,
    plan: outcome.plan ?? null,
    held_back: outcome.heldBack,
    patch_file: outcome.patchFile ?? null,
    warnings: outcome.warnings,
    ci: outcome.ci ?? null,
    usage: usageJson(outcome.usage),
    budget_reached: outcome.budgetReached ?? null,
    findings: outcome.review ? outcome.review.findings : null,
    review: outcome.review
      ? { findings: outcome.review.findings, inline: outcome.review.inline, outside_diff: outcome.review.outsideDiff, duplicates: outcome.review.duplicates, failing: outcome.review.failing, fail_on: outcome.review.failOn, url: outcome.review.url ?? null }
      : null,
  };
}

function humanOutcome(outcome: RunOutcome): string {
  const lines = [`conclusion: ${outcome.conclusion}`, outcome.message];
  if (outcome.branch) lines.push(`branch: ${outcome.branch}${outcome.commit ? ` @ ${outcome.commit.slice(0, 12)}` : ''}`);
  for (const t of outcome.tests) {
    lines.push(`  ${profilePassed(t) ? 'PASS' : 'FAIL'} ${t.name} (${t.summary.passed} passed, ${t.summary.failed} failed, ${formatDuration(t.durationMs)})`);
  }
  if (outcome.heldBack.length) lines.push(`held back (protected paths): ${outcome.heldBack.join(', ')}`);
  if (outcome.review) lines.push(`findings: ${outcome.review.findings}${outcome.review.url ? ` (${outcome.review.url})` : ''}`);
  if (outcome.usage) lines.push(`usage: ${usageLine(outcome.usage)}`);
  for (const w of outcome.warnings) lines.push(`warning: ${w}`);
  if (outcome.pr && outcome.prFile) lines.push('', `── ${outcome.prFile} ──`, `# ${outcome.pr.title}`, '', outcome.pr.body);
  else if (outcome.pr?.url) lines.push(`pull request: ${outcome.pr.url}`);
  if (outcome.plan) lines.push('', outcome.plan);
  return lines.join('\n');
}
