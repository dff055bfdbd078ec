import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { CliIo } from '../cli.js';
import { readConfigFile } from '../config/load.js';
import { createEngine } from '../engine/index.js';
import { engineBaseEnv } from '../engine/env.js';
import type { Forge } from '../forge/types.js';
import { Git } from '../git/git.js';
import { probePush } from '../git/probe.js';
import { AuditLog } from '../audit/audit.js';
import { DroidError, describeError } from '../util/errors.js';
import { streamLogger } from '../util/logger.js';
import { Redactor } from '../util/redact.js';

/**
 * `droid-ci doctor`: checks the set-up signals one by one and says what to fix for each:
 * config, engine (binary + key), read the repo, push a branch (--write), open a PR/MR with labels
 * (--write), read CI results. Exit 0 when nothing failed, 1 otherwise.
 */
export type CheckState = 'ok' | 'fail' | 'skip' | 'warn';
export interface Check {
  name: string;
  state: CheckState;
  detail: string;
}

const HELP = `usage: droid-ci doctor [--platform github|gitlab|local] [--write] [--repo DIR] [--config FILE] [--json]

  --write   also push and delete a scratch branch, and open and close a draft PR/MR with the configured labels`;

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
  const platform = values.platform ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : env.GITLAB_CI === 'true' ? 'gitlab' : 'local');
  if (!['github', 'gitlab', 'local'].includes(platform)) throw new DroidError('usage', `unknown platform "${platform}"`);
  const repoRoot = resolve(values.repo ?? env.CI_PROJECT_DIR ?? env.GITHUB_WORKSPACE ?? process.cwd());
  const checks = await runChecks({ platform: platform as 'github' | 'gitlab' | 'local', repoRoot, configPath: values.config ?? '.droid.yml', write: values.write ?? false, env, io });
  if (values.json) io.stdout(JSON.stringify({ ok: !checks.some((c) => c.state === 'fail'), checks }, null, 2));
  else io.stdout(renderChecks(checks));
  return checks.some((c) => c.state === 'fail') ? 1 : 0;
}

export function renderChecks(checks: Check[]): string {
  const icon: Record<CheckState, string> = { ok: '✔', fail: '✘', skip: '–', warn: '!' };
  return checks.map((c) => `${icon[c.state]} ${c.name}: ${c.detail}`).join('\n');
}

export async function runChecks(input: {
  platform: 'github' | 'gitlab' | 'local';
  repoRoot: string;
  configPath: string;
  write: boolean;
  env: NodeJS.ProcessEnv;
  io: CliIo;
}): Promise<Check[]> {
  const { env, repoRoot } = input;
  const checks: Check[] = [];
  const redactor = new Redactor();
  const log = streamLogger((l) => input.io.stderr(l), redactor, { debug: Boolean(env.DROID_DEBUG) });
  const check = async (name: string, fn: () => Promise<[CheckState, string]>): Promise<void> => {
    try {
      const [state, detail] = await fn();
      checks.push({ name, state, detail: redactor.redact(detail) });
    } catch (error) {
      checks.push({ name, state: 'fail', detail: redactor.redact(describeError(error)) });
    }
  };

  let engineName = 'droid';
  await check('config', async () => {
    const loaded = await readConfigFile(repoRoot, input.configPath);
    engineName = loaded.config.engine.use;
    await createEngine(engineName).preflight(engineBaseEnv(env), loaded.config);
    return loaded.found
      ? ['ok', `${input.configPath} is valid (${loaded.config.tests.length} test profile(s)); engine ${engineName} is ready`]
      : ['warn', `no ${input.configPath}: defaults apply and no test profile runs (run \`droid-ci init\`)`];
  });

  if (input.platform === 'local') return checks;
  let forge: Forge | undefined;
  let pushStartsNoWorkflows = false;
  const audit = new AuditLog('doctor', { actor: () => 'doctor', redactor });
  await check('credentials', async () => {
    const ctx = { log, redactor, audit };
    const setup =
      input.platform === 'github'
        ? await (await import('../forge/github/doctor.js')).githubDoctorSetup(env, ctx)
        : await (await import('../forge/gitlab/doctor.js')).gitlabDoctorSetup(env, ctx);
    forge = setup.forge;
    pushStartsNoWorkflows = setup.pushStartsNoWorkflows;
    return ['ok', setup.describe];
  });
  if (!forge) return checks;
  const f: Forge = forge;

  let defaultBranch = '';
  await check('read the repository', async () => {
    defaultBranch = await f.defaultBranch();
    return ['ok', `${f.repo} is visible; default branch ${defaultBranch}`];
  });

  const git = new Git({ cwd: repoRoot, redactor, logger: log });
  await check('push a branch', async () => {
    if (!input.write) return ['skip', 'not tried: run with --write to push and delete a scratch branch'];
    const probe = await probePush(git, f.cloneUrl(), f.gitAuthEnv());
    if (!probe.ok) return ['fail', probe.reason ?? 'push failed'];
    return pushStartsNoWorkflows
      ? ['warn', 'can push, but with the job token: pushes made with it do not start other workflows, so CI will not run on droid branches (use a GitHub App or a PAT)']
      : ['ok', 'pushed and deleted a scratch branch'];
  });

  await check('read CI results', async () => {
    const sha = defaultBranch ? await git.lsRemote(f.cloneUrl(), defaultBranch, { authEnv: f.gitAuthEnv() }) : undefined;
    if (!sha) return ['skip', 'no default branch head to read'];
    const status = await f.ciStatus(sha);
    return ['ok', `CI of ${defaultBranch} (${sha.slice(0, 12)}): ${status.empty ? 'nothing reported' : `${status.state}, ${status.jobs.length} job(s)`}`];
  });
  return checks;
}
