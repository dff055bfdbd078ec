import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { CliIo } from './io.js';
import { detectPlatform, loadPlatform } from '../platform/index.js';
import type { PlatformName } from '../platform/types.js';
import type { DroidConfig } from '../config/types.js';
import { readConfigFile } from '../config/load.js';
import { createEngine } from '../engine/index.js';
import { engineBaseEnv } from '../engine/env.js';
import { Git } from '../git/git.js';
import { probePush } from '../git/probe.js';
import { AuditLog } from '../audit/audit.js';
import { DroidError, describeError } from '../util/errors.js';
import { streamLogger, type Logger } from '../util/log.js';
import { openSandbox } from '../sandbox/index.js';
import { Redactor } from '../util/redact.js';
import { checkReviewers, probeChangeRequest } from '../platform/doctor-change.js';
import type { Check, CheckState, DoctorPlatform, DoctorStep } from '../platform/doctor-types.js';

export type { Check, CheckState } from '../platform/doctor-types.js';

/**
 * `droid-ci doctor`: checks the set-up signals one by one and says what to fix for each:
 * config, engine (binary + key), credentials, read the repo, push a branch (--write), open a PR/MR
 * with labels (--write), reviewers, read CI results. Exit 0 when no check failed, 1 otherwise, 2 usage.
 */
const HELP = `usage: droid-ci doctor [--platform github|gitlab|local] [--write] [--repo DIR] [--config FILE] [--engine NAME] [--json]

Checks the set-up and says what to fix: config, engine (CLI and key), credentials, read the
repository, push a branch, open a PR/MR with the configured labels, reviewers, read CI results.

  --write   also push and delete a scratch branch droid/doctor-probe-*, and open and close a
            draft PR/MR "[droid doctor] probe" with the configured labels (nobody is requested)
  --engine  check this engine instead of engine.use (as \`run --engine\`)
  --json    print { ok, checks: [{ name, state, detail }] }
exit: 0 no check failed, 1 a check failed, 2 usage`;

export async function doctorCommand(argv: string[], io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        platform: { type: 'string' },
        write: { type: 'boolean' },
        repo: { type: 'string' },
        config: { type: 'string' },
        engine: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new DroidError('usage', (error as Error).message, { hint: 'see `droid-ci doctor --help`' });
  }
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const platform = detectPlatform(values.platform, env);
  const repoRoot = resolve(values.repo ?? env.CI_PROJECT_DIR ?? env.GITHUB_WORKSPACE ?? process.cwd());
  const checks = await runChecks({ platform, repoRoot, configPath: values.config ?? '.droid.yml', write: values.write ?? false, env, io, engineOverride: values.engine });
  const ok = !checks.some((c) => c.state === 'fail');
  if (values.json) io.stdout(JSON.stringify({ ok, checks }, null, 2));
  else io.stdout(renderChecks(checks));
  return ok ? 0 : 1;
}

export function renderChecks(checks: Check[]): string {
  const icon: Record<CheckState, string> = { ok: '✔', fail: '✘', skip: '–', warn: '!' };
  return checks.map((c) => `${icon[c.state]} ${c.name}: ${c.detail}`).join('\n');
}

type Outcome = [CheckState, string];

function failWith(platform: DoctorPlatform, step: DoctorStep, error: unknown): Outcome {
  const fix = platform.fix(step, error);
  // a specific fix replaces the error's generic hint
  return ['fail', fix ? `${error instanceof Error ? error.message : String(error)}\n  fix: ${fix}` : describeError(error)];
}

export async function runChecks(input: {
  platform: PlatformName;
  repoRoot: string;
  configPath: string;
  write: boolean;
  env: NodeJS.ProcessEnv;
  io: CliIo;
  /** the engine a run would use instead of engine.use (the action's `engine` input, `run --engine`) */
  engineOverride?: string | undefined;
}): Promise<Check[]> {
  const { env, repoRoot } = input;
  const checks: Check[] = [];
  const redactor = new Redactor();
  const log = streamLogger((l) => input.io.stderr(l), redactor, { debug: Boolean(env.DROID_DEBUG) });
  const check = async (name: string, fn: () => Promise<Outcome>): Promise<CheckState> => {
    let outcome: Outcome;
    try {
      outcome = await fn();
    } catch (error) {
      outcome = ['fail', describeError(error)];
    }
    checks.push({ name, state: outcome[0], detail: redactor.redact(outcome[1]) });
    return outcome[0];
  };

  let config: DroidConfig | undefined;
  await check('config', async () => {
    const loaded = await readConfigFile(repoRoot, input.configPath);
    config = loaded.config;
    return loaded.found
      ? ['ok', `${input.configPath} is valid (${loaded.config.tests.length} test profile(s))`]
      : ['warn', `no ${input.configPath}: defaults apply and no test profile runs\n  fix: run \`droid-ci init\` and commit ${input.configPath}`];
  });

  await check('engine', async () => {
    if (!config) return ['skip', 'not checked: fix the config first'];
    const name = input.engineOverride ?? config.engine.use;
    await createEngine(name).preflight(engineBaseEnv(env), config);
    const ready = `${name} is ready (CLI found${name === 'command' || name === 'fix-commands' ? '' : ', key present'})`;
    // the isolation boundary (PRODUCT.md §10) is part of "can the engine run here"
    const sandbox = await openSandbox({ mode: config.sandbox.mode, user: config.sandbox.user, workdir: repoRoot, env, log });
    await sandbox.close();
    if (sandbox.warning) {
      const fix = config.sandbox.mode === 'off' ? 'set `sandbox.mode: auto`' : 'run the job as root or give the runner passwordless sudo, with util-linux (setpriv, unshare) installed';
      return ['warn', `${ready}\n  ${sandbox.warning}\n  fix: ${fix}`];
    }
    if (!sandbox.pidNamespace) return ['warn', `${ready}\n  ${sandbox.describe}: the host's /proc stays visible\n  fix: allow unshare (CAP_SYS_ADMIN) in the job's container`];
    log.debug(`sandbox: ${sandbox.describe}`);
    return ['ok', ready];
  });

  const probes = (await loadPlatform(input.platform)).doctor;
  if (!probes) return checks;
  let platform: DoctorPlatform | undefined;
  const audit = new AuditLog('doctor', { actor: () => 'doctor', redactor });
  await check('credentials', async () => {
    const ctx = { log, redactor, audit };
    platform = await probes(env, ctx);
    return [platform.credentials.state, platform.credentials.detail];
  });
  const p: DoctorPlatform | undefined = platform;
  const rest = ['read the repository', 'push a branch', 'open a PR/MR', 'reviewers', 'read CI results'];
  const skipRest = (from: number, why: string): Check[] => {
    for (const name of rest.slice(from)) checks.push({ name, state: 'skip', detail: `not tried: ${why}` });
    return checks;
  };
  if (!p) return skipRest(0, 'no usable credentials');
  await probeForge(p, config, input, { check, skipRest, log, redactor });
  return checks;
}

type CheckFn = (name: string, fn: () => Promise<Outcome>) => Promise<CheckState>;

/** The forge half of doctor: read the repository, push a branch, open a PR/MR, reviewers, CI results. */
async function probeForge(
  p: DoctorPlatform,
  config: DroidConfig | undefined,
  input: { repoRoot: string; configPath: string; write: boolean },
  tools: { check: CheckFn; skipRest: (from: number, why: string) => Check[]; log: Logger; redactor: Redactor },
): Promise<void> {
  const { check, skipRest, log, redactor } = tools;
  const repoRoot = input.repoRoot;
  const forge = p.forge;

  let defaultBranch = '';
  const read = await check('read the repository', async () => {
    try {
      defaultBranch = await forge.defaultBranch();
    } catch (error) {
      return failWith(p, 'read', error);
    }
    return ['ok', `${forge.repo} is visible; default branch ${defaultBranch}`];
  });
  if (read === 'fail') {
    skipRest(1, 'the repository cannot be read');
    return;
  }

  const git = new Git({ cwd: repoRoot, redactor, logger: log });
  const remote = forge.cloneUrl();
  // droid's PRs/MRs go to pr.target_branch (default: the default branch): the probe does too
  const target = config?.pr.target_branch || defaultBranch;
  let headSha: string | undefined;
  const push = await check('push a branch', async () => {
    try {
      headSha = await git.lsRemote(remote, target, { authEnv: forge.gitAuthEnv() });
    } catch (error) {
      return ['fail', `git cannot read ${remote} with these credentials: ${describeError(error)}`];
    }
    if (!headSha && target !== defaultBranch) return ['fail', `pr.target_branch "${target}" does not exist on ${remote}\n  fix: set pr.target_branch in ${input.configPath} to an existing branch, or remove it to use ${defaultBranch}`];
    if (!input.write) return ['skip', `not tried (run with --write to push and delete a scratch branch droid/doctor-probe-*); git can read ${remote} with these credentials`];
    const probe = await probePush(git, remote, forge.gitAuthEnv());
    if (!probe.ok) return ['fail', `${probe.reason ?? 'push failed'}\n  fix: ${p.fix('push', undefined) ?? 'check that the token may push'}`];
    if (probe.leftBranch) return ['warn', `pushed a scratch branch but could not delete it: delete ${probe.leftBranch} by hand`];
    return ['ok', `pushed and deleted a scratch branch on ${remote}`];
  });

  await check('open a PR/MR', async () => {
    if (!input.write) return ['skip', 'not tried (run with --write to open and close a draft PR/MR with the configured labels)'];
    if (push === 'fail') return ['skip', 'not tried: pushing a branch failed'];
    if (!config) return ['skip', 'not tried: fix the config first'];
    const parent = (headSha && (await git.resolveCommit(headSha))) || (await git.headSha());
    const probed = await probeChangeRequest({ platform: p, git, parent, targetBranch: target, labels: config.pr.labels });
    return [probed.state, probed.detail];
  });

  await check('reviewers', async () => {
    if (!config) return ['skip', 'not checked: fix the config first'];
    try {
      const result = await checkReviewers(forge, config);
      return [result.state, result.detail];
    } catch (error) {
      return ['warn', `could not check the reviewers' access: ${describeError(error)}`];
    }
  });

  await check('read CI results', async () => {
    if (!headSha) return ['skip', `no head of ${target} to read the CI of`];
    try {
      const status = await forge.ciStatus(headSha);
      const what = `CI of ${target} (${headSha.slice(0, 12)}): ${status.empty ? 'nothing reported yet' : `${status.state}, ${status.jobs.length} job(s)`}`;
      const withLog = status.jobs.find((j) => j.logAvailable);
      if (withLog) await forge.jobLog(withLog);
      return ['ok', withLog ? `${what}; the log of "${withLog.name}" can be read` : what];
    } catch (error) {
      return failWith(p, 'ci', error);
    }
  });
}
