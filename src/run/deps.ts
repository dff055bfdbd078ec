import { mkdtemp, rm } from 'node:fs/promises';
import { prepareArtifactDir, writeFileNoFollow } from '../util/safe-fs.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/load.js';
import { defaultConfig } from '../config/schema.js';
import type { DroidConfig } from '../config/types.js';
import { createEngine } from '../engine/index.js';
import { buildPrompt, filesFromFailures } from '../edit/prompt.js';
import type { Forge } from '../platform/types.js';
import { computeReviewers } from '../publish/reviewers.js';
import { affectedProfiles } from '../profiles/affected.js';
import { runProfiles } from '../profiles/run.js';
import { rerunFirstFrom } from '../profiles/rerun.js';
import { summarizeText } from '../profiles/summary/index.js';
import type { Audit } from '../audit/types.js';
import type { Deps, RunGit } from './types.js';
import type { Request } from '../trigger/request.js';
import type { Logger } from '../util/log.js';
import type { Redactor } from '../util/redact.js';
import { engineBaseEnv } from '../engine/env.js';
import { redactedEngine } from '../engine/redacted.js';
import { openSandbox, type Sandbox } from '../sandbox/index.js';
import { ticketSecretNames, ticketSystemFor } from '../tickets/index.js';
import type { TicketSource } from '../tickets/stage.js';

/**
 * Wires the real stages into the Deps bundle run() takes. The only place that knows every module;
 * run.ts itself stays free of I/O.
 */
/** the variables the engines read their keys from by default (engine.api_key_env adds its own) */
const ENGINE_KEY_VARS = ['FACTORY_API_KEY', 'ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'CLAUDE_CODE_OAUTH_TOKEN', 'OPENAI_API_KEY'];

export interface DepsInput {
  request: Request;
  git: RunGit;
  forge?: Forge | undefined;
  audit: Audit;
  log: Logger;
  redactor: Redactor;
  env: NodeJS.ProcessEnv;
  artifactDir: string;
  /** secret values the run holds (tokens, keys): dropped from test environments even under innocent names */
  secrets: string[];
}

export interface OwnedDeps extends Deps {
  /** removes the run's scratch folders */
  cleanup(): Promise<void>;
}

export async function createDeps(input: DepsInput): Promise<OwnedDeps> {
  const { request, git, audit, log, redactor, env } = input;
  const scratchRoot = await mkdtemp(join(tmpdir(), 'droid-run-'));
  const engineEnv = engineBaseEnv(env);
  let sandbox: Promise<Sandbox> | undefined;
  let tickets: { source: TicketSource } | undefined;
  return {
    forge: input.forge,
    git,
    audit,
    log,
    redactor,
    engineEnv,
    createEngine: (name, config) => {
      // the engine's key is a secret of this run even on --platform local: masked in every message
      // (a model API may echo it in an error), log line and audit entry
      for (const variable of ENGINE_KEY_VARS.concat(config.engine.api_key_env.trim())) redactor.add(engineEnv[variable]?.trim());
      return redactedEngine(createEngine(name), redactor);
    },
    openSandbox: (config) => (sandbox ??= openSandbox({ mode: config.sandbox.mode, user: config.sandbox.user, workdir: git.root, env, log })),
    parseConfig: (text, file): DroidConfig => (text === undefined ? defaultConfig() : loadConfig({ text, file })),
    runProfiles: async (profiles, config, previous = []) =>
      runProfiles(profiles, {
        sandbox: await sandbox?.catch(() => undefined),
        rerunFirst: rerunFirstFrom(previous),
        repoRoot: git.root,
        env,
        concurrency: config.tests_concurrency,
        log,
        scrub: {
          secretValues: [...input.secrets, ...ticketSecretNames(config.tickets).flatMap((name) => env[name]?.trim() || [])],
          dropNames: [...(config.engine.api_key_env ? [config.engine.api_key_env] : []), ...ticketSecretNames(config.tickets)],
        },
        onResult: (r) =>
          audit.record({
            stage: 'test',
            action: 'command.run',
            outcome: r.summary.kind === 'all-pass' && r.exitCode === 0 ? 'ok' : 'fail',
            durationMs: r.durationMs,
            detail: { profile: r.name, path: r.path, exit_code: r.exitCode ?? -1, timed_out: r.timedOut, failed: r.summary.failed },
          }),
      }),
    affected: affectedProfiles,
    summarizeLog: (text) => summarizeText(text, {}),
    // the prompt leaves for a model provider: a run secret pasted into a ticket or note is redacted first
    // one ticket client per run; its token joins the redaction set when it is built
    ticketSystem: (config) => (tickets ??= { source: ticketSystemFor(config.tickets, env, { log, redactor, audit }) }).source,
    buildPrompt: async ({ request: current, config, iteration, lastResults, agentsMd, heldBack, plan }) =>
      redactor.redact(
        buildPrompt({
          request: current ?? request,
          config,
          iteration,
          lastResults,
          agentsMd,
          heldBack,
          plan,
          files: await filesFromFailures(git.root, lastResults),
        }),
      ),
    reviewers: ({ config, codeowners, changed, exclude }) =>
      computeReviewers({
        changedFiles: changed,
        rules: config.pr.reviewers.rules,
        codeowners: config.pr.reviewers.codeowners ? codeowners : undefined,
        exclude,
      }),
    scratchDir: async (label) => mkdtemp(join(scratchRoot, `${label}-`)),
    writeArtifact: async (name, content) => {
      // never through a link the engine left (.droid itself or the file): util/safe-fs.ts
      await prepareArtifactDir(input.artifactDir);
      const file = join(input.artifactDir, name);
      await writeFileNoFollow(file, redactor.redact(content));
      return file;
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    cleanup: async () => {
      await (await sandbox?.catch(() => undefined))?.close();
      await rm(scratchRoot, { recursive: true, force: true });
    },
  };
}
