import { tmpdir } from 'node:os';
import { prepareArtifactDir, writeFileNoFollow } from '../util/safe-fs.js';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { splitEngineArgs } from '../engine/args.js';
import { defaultInstallDir } from '../engine/install.js';
import { roundCost, usageJson, usageLine } from '../engine/usage.js';
import { executeRun, type CommonOptions } from '../run/execute.js';
import { githubSetup } from '../platform/github/platform.js';
import { annotateFailures, stopCommandsWrap, writeJobSummary } from '../platform/github/report.js';
import { jobSummaryMarkdown, type JobSummaryInput } from '../report/job-summary.js';
import type { RunOutcome } from '../run/types.js';
import { describeError } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { Redactor } from '../util/redact.js';

/**
 * The GitHub Action entry (`uses: factory/droid@v1`): inputs + event -> executeRun -> outputs, job summary,
 * annotations. The only place that calls core.setFailed. Honest status: `error` and `tests-failing` fail
 * the step with the reason; `refused` and `no-changes` pass with a notice.
 */

/** Every form of a secret the run learns is masked in the job log as well as redacted by us. */
class ActionsRedactor extends Redactor {
  /** forms already sent to the runner: each secret is registered once, not once per place that knows it */
  private readonly masked = new Set<string>();
  override add(secret: string | undefined): string[] {
    const forms = super.add(secret);
    for (const form of forms) {
      if (this.masked.has(form)) continue;
      this.masked.add(form);
      core.setSecret(form);
    }
    return forms;
  }
}

/** core's logger, redacted; text with `::` is wrapped so it cannot issue workflow commands. */
function actionsLogger(redactor: Redactor): Logger {
  const safe = (message: string): string => {
    const text = redactor.redact(message);
    return text.includes('::') ? stopCommandsWrap(text).trimEnd() : text;
  };
  return {
    debug: (m) => core.debug(safe(m)),
    info: (m) => core.info(safe(m)),
    warn: (m) => core.warning(safe(m)),
    error: (m) => core.error(safe(m)),
    group: (title) => {
      core.startGroup(safe(title));
      return () => core.endGroup();
    },
  };
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<RunOutcome> {
  const redactor = new ActionsRedactor();
  const runEnv: NodeJS.ProcessEnv = { ...env };
  const factoryKey = core.getInput('factory_api_key');
  if (factoryKey) {
    redactor.add(factoryKey);
    // handed to the droid engine only: test commands never see it (profiles/env.ts drops *_API_KEY)
    runEnv.FACTORY_API_KEY = factoryKey;
  }
  for (const name of ['github_token', 'app_private_key']) redactor.add(core.getInput(name));
  const signingKey = core.getInput('signing_key');
  if (signingKey) {
    redactor.add(signingKey);
    // read by the commit step only (git/sign.ts); engines and test commands never get it (profiles/env.ts drops *_KEY)
    runEnv.DROID_SIGNING_KEY = signingKey;
  }
  const repoRoot = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const common: CommonOptions = {
    repoRoot,
    configPath: core.getInput('config') || '.droid.yml',
    dryRun: core.getInput('dry_run') === 'true',
    engineOverride: core.getInput('engine') || undefined,
    engineArgs: splitEngineArgs(core.getInput('engine_args')),
    engineInstall:
      core.getInput('install_engine') === 'false' ? undefined : { dir: defaultInstallDir(env, tmpdir()), version: core.getInput('engine_version') || undefined, env },
    env: runEnv,
    logger: actionsLogger,
    redactor,
  };
  if (core.getInput('command') === 'doctor') {
    const { runChecks, renderChecks } = await import('../commands/doctor.js');
    const checks = await runChecks({ platform: 'github', repoRoot, configPath: common.configPath, write: false, engineOverride: common.engineOverride, env: runEnv, io: { stdout: (s) => core.info(s), stderr: (s) => core.info(redactor.redact(s)) } });
    core.info(renderChecks(checks));
    const failed = checks.filter((c) => c.state === 'fail');
    const outcome: RunOutcome = { conclusion: failed.length ? 'error' : 'no-changes', message: failed.length ? failed.map((c) => `${c.name}: ${c.detail}`).join('; ') : 'doctor: every check passed', iterations: 0, tests: [], heldBack: [], warnings: checks.filter((c) => c.state === 'warn').map((c) => c.detail) };
    await report(outcome, repoRoot, redactor, env);
    return outcome;
  }
  core.debug(`inputs: config=${common.configPath} dry_run=${common.dryRun} engine=${common.engineOverride ?? '(config)'} command=${core.getInput('command') || '(event)'}`);
  const outcome = await executeRun((ctx) => githubSetup(runEnv, ctx), common, (line) => core.info(line));
  await report(outcome, repoRoot, redactor, env);
  return outcome;
}

async function report(outcome: RunOutcome, repoRoot: string, redactor: Redactor, env: NodeJS.ProcessEnv): Promise<void> {
  // one summary, redacted once: written to .droid/summary.md (the summary_file output) and the job summary
  const summaryInput: JobSummaryInput = redactor.redactValue({
    title: `Droid${outcome.branch ? `: ${outcome.branch}` : ''}`,
    conclusion: outcome.conclusion,
    results: outcome.tests,
    change: outcome.pr?.number && outcome.pr.url ? { number: outcome.pr.number, url: outcome.pr.url } : undefined,
    branch: outcome.branch,
    isolationWarning: outcome.isolationWarning,
    usage: outcome.usage ? usageLine(outcome.usage) : undefined,
    notes: [outcome.message, ...outcome.warnings, ...(outcome.heldBack.length ? [`Held back (protected paths): ${outcome.heldBack.join(', ')}`] : [])],
  });
  const artifactDir = join(repoRoot, '.droid');
  const summaryFile = join(artifactDir, 'summary.md');
  try {
    await prepareArtifactDir(artifactDir);
    await writeFileNoFollow(summaryFile, jobSummaryMarkdown(summaryInput));
  } catch (error) {
    core.warning(`could not write ${summaryFile}: ${describeError(error)}`);
  }
  if (env.GITHUB_STEP_SUMMARY) {
    await writeJobSummary(summaryInput, env).catch((e: unknown) => core.warning(`could not write the job summary: ${describeError(e)}`));
  }
  annotateFailures(summaryInput.results, { workspace: repoRoot });

  core.setOutput('conclusion', outcome.conclusion);
  core.setOutput('branch_name', outcome.branch ?? '');
  core.setOutput('pr_number', outcome.pr?.number?.toString() ?? '');
  core.setOutput('pr_url', outcome.pr?.url ?? '');
  core.setOutput('commit_sha', outcome.commit ?? '');
  core.setOutput('tests_passed', outcome.testsPassed === undefined ? '' : String(outcome.testsPassed));
  core.setOutput('summary_file', summaryFile);
  core.setOutput('audit_log', outcome.auditLog ?? '');
  core.setOutput('findings', outcome.review ? String(outcome.review.findings) : '');
  core.setOutput('cost_usd', outcome.usage?.costUsd === undefined ? '' : String(roundCost(outcome.usage.costUsd)));
  core.setOutput('usage', outcome.usage ? JSON.stringify(usageJson(outcome.usage)) : '');

  const message = redactor.redact(outcome.message);
  if (outcome.conclusion === 'review-posted' && outcome.review && outcome.review.failing > 0) {
    core.setFailed(message);
    return;
  }
  switch (outcome.conclusion) {
    case 'error':
    case 'tests-failing':
      core.setFailed(message);
      break;
    case 'refused':
    case 'no-changes':
      core.notice(message);
      break;
    default:
      core.info(message);
  }
}

/** Entry for dist/index.js: never throws; an unexpected error fails the step with a redacted message. */
export async function main(): Promise<void> {
  try {
    await runAction();
  } catch (error) {
    core.setOutput('conclusion', 'error');
    core.setFailed(describeError(error));
  }
}
