import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { AuditLog } from '../audit/audit.js';
import { exporterConfig, telemetryFromEnv } from '../audit/telemetry.js';
import { VERSION } from '../util/version.js';
import { engineBaseEnv } from '../engine/env.js';
import { createLocalForge } from '../platform/local/forge.js';
import { openRunFiles, type OwnedRunFiles } from '../util/run-files.js';
import type { Ignored, PlatformSetup, SetupContext } from '../platform/types.js';
import { DEFAULT_IDENTITY } from '../git/git.js';
import { openWorkspace } from '../git/workspace.js';
import { run } from './run.js';
import { junitXml } from '../report/junit.js';
import type { RunContext, RunOutcome } from './types.js';
import { exitCodeFor, DroidError, describeError } from '../util/errors.js';
import type { EngineInstall } from '../engine/install.js';
import { streamLogger, type Logger } from '../util/log.js';
import { Redactor } from '../util/redact.js';

/**
 * Runs one request end to end on a platform: builds the redactor, logger, workspace, audit log and
 * telemetry, wires the Deps, calls run() and cleans up. Shared by the action (main.ts) and `droid-ci run`.
 */
export interface CommonOptions {
  repoRoot: string;
  configPath: string;
  dryRun: boolean;
  engineOverride?: string | undefined;
  engineArgs: string[];
  /** install the engine's CLI when missing */
  engineInstall?: EngineInstall | undefined;
  env: NodeJS.ProcessEnv;
  logger?: ((redactor: Redactor) => Logger) | undefined;
  redactor?: Redactor | undefined;
}

export async function executeRun(
  makeSetup: (ctx: SetupContext) => Promise<PlatformSetup | Ignored>,
  common: CommonOptions,
  logLine: (line: string) => void,
): Promise<RunOutcome> {
  const { env, repoRoot } = common;
  const redactor = common.redactor ?? new Redactor();
  const log = common.logger ? common.logger(redactor) : streamLogger(logLine, redactor, { debug: Boolean(env.DROID_DEBUG) });
  const runId = makeRunId(env);
  const artifactDir = resolve(repoRoot, '.droid');
  let actor = 'unknown';
  const telemetry = await telemetryFromEnv(env, { runId, repo: env.GITHUB_REPOSITORY ?? env.CI_PROJECT_PATH ?? repoRoot, version: VERSION });
  // the telemetry backend's credentials are secrets like any other
  for (const value of Object.values(exporterConfig(env)?.headers ?? {})) redactor.add(value);
  const audit = new AuditLog(runId, { actor: () => actor, redactor, telemetry });
  /** a failure before run() starts: one audit line, spans flushed, an error outcome (not a throw) */
  const failedStart = async (stage: 'trigger' | 'workspace', error: unknown): Promise<RunOutcome> => {
    if (!audit.file) audit.useFile(join(artifactDir, 'audit.jsonl'));
    audit.record({ stage, action: 'setup', outcome: 'fail', detail: { error: redactor.redact(describeError(error)) } });
    await audit.close();
    const message = redactor.redact(describeError(error));
    log.debug(`run stopped: ${message}`); // the surface prints the outcome's message once
    return { conclusion: 'error', message, errorKind: error instanceof DroidError ? error.kind : 'internal', iterations: 0, tests: [], heldBack: [], warnings: [] };
  };
  let setup: PlatformSetup | Ignored;
  try {
    setup = await makeSetup({ log, redactor, audit });
  } catch (error) {
    return failedStart('trigger', error);
  }
  if ('ignored' in setup) {
    log.info(setup.ignored);
    await audit.close();
    return { conclusion: 'no-changes', message: setup.ignored, iterations: 0, tests: [], heldBack: [], warnings: [] };
  }
  for (const secret of setup.secrets ?? []) redactor.add(secret);
  redactor.add(env.DROID_SIGNING_KEY);
  const request = setup.request;
  actor = request.actor;
  telemetry?.setAttributes(redactor.redactValue({ 'droid.platform': setup.platform, 'droid.ticket': request.ticket.key }));
  log.debug(`request: ${JSON.stringify({ command: request.command, ticket: request.ticket.key, actor: request.actor, target: request.target })}`);
  let ctx: RunContext;
  let files: OwnedRunFiles;
  try {
    const git = await openWorkspace({
      root: repoRoot,
      authEnv: setup.forge?.gitAuthEnv(),
      remoteUrl: setup.forge?.cloneUrl(),
      artifactDir,
      redactor,
      log,
      identity: { name: env.DROID_GIT_NAME || DEFAULT_IDENTITY.name, email: env.DROID_GIT_EMAIL || DEFAULT_IDENTITY.email },
      signingKey: env.DROID_SIGNING_KEY,
      signingTempDir: env.RUNNER_TEMP,
      apiCommits: setup.forge?.apiCommits,
    });
    files = await openRunFiles(artifactDir, redactor);
    // no forge: the run stays in this repository; a dry run publishes there too (.droid/pr.md)
    const local = createLocalForge({ repoRoot, files, currentBranch: () => git.currentBranch(), diffPatch: (base, head) => git.diffPatch(base, head) });
    const forge = setup.forge ?? local;
    ctx = {
      forge,
      publisher: common.dryRun ? local : forge,
      git,
      settings: {
        runId,
        configPath: common.configPath,
        dryRun: common.dryRun,
        engineOverride: common.engineOverride,
        engineArgs: common.engineArgs,
        artifactDir,
        jobUrl: setup.jobUrl,
        pushNotice: setup.pushNotice,
        allowBots: setup.allowBots ?? [],
        ownJobNames: setup.ownJobNames ?? [],
        engineInstall: common.engineInstall,
      },
      env,
      engineEnv: engineBaseEnv(env),
      secrets: setup.secrets ?? [],
      files,
      audit,
      log,
      redactor,
    };
  } catch (error) {
    return failedStart('workspace', error);
  }
  try {
    const outcome = await run(request, ctx);
    if (!audit.file) audit.useFile(join(artifactDir, 'audit.jsonl'));
    // every run leaves .droid/junit.xml: GitLab's `artifacts: reports: junit:` and other test views read it
    await files.writeArtifact('junit.xml', junitXml(outcome.tests, { root: repoRoot })).catch((e: unknown) => log.warn(`could not write .droid/junit.xml: ${describeError(e)}`));
    return { ...outcome, auditLog: audit.file };
  } finally {
    if (!audit.file) audit.useFile(join(artifactDir, 'audit.jsonl'));
    await files.cleanup();
    await audit.close();
  }
}

export function makeRunId(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_RUN_ID) return `gh-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  if (env.CI_JOB_ID) return `gl-${env.CI_PIPELINE_ID ?? '0'}-${env.CI_JOB_ID}`;
  return `local-${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}-${randomBytes(3).toString('hex')}`;
}

export function exitCodeForOutcome(outcome: RunOutcome): number {
  switch (outcome.conclusion) {
    case 'pr-opened':
    case 'pr-updated':
    case 'no-changes':
    case 'plan-posted':
      return 0;
    case 'review-posted':
      return outcome.review && outcome.review.failing > 0 ? 1 : 0;
    case 'tests-failing':
    case 'refused':
      return 1;
    case 'error':
      return exitCodeFor(new DroidError(outcome.errorKind ?? 'internal', outcome.message));
  }
}
