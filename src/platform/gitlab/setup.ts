import type { AuditEvent, Stage } from '../../audit/types.js';
import { SECRET_VAR, verifyVariables } from './relay/signature.js';
import { requestFromGitLabEnv } from './trigger.js';
import { resolveTriggerPhrase } from '../../trigger/phrase.js';
import type { DroidCommand } from '../../trigger/request.js';
import type { Logger } from '../../util/log.js';
import { gitlabForgeOptionsFromEnv } from './env.js';
import { createGitLabForge, type GitLabForge } from './forge.js';
import type { ApiCall } from './http.js';
import type { Ignored, PlatformSetup } from '../types.js';

/**
 * Everything `droid-ci run --platform gitlab` needs from a GitLab job, in one call: the Request from
 * the pipeline's variables, the adapter (token from DROID_GITLAB_TOKEN), the secrets to mask and the
 * droid's own job names (ignored when following CI). Shaped like execute.ts's PlatformSetup / Ignored.
 */
export const DROID_JOB_NAMES = ['droid', 'droid-mr', 'droid-ci-fix'];

export interface GitLabSetupContext {
  log: Logger;
  redactor: { add(secret: string | undefined): string[] };
  audit?: { record(event: AuditEvent): void } | undefined;
}

/** A PlatformSetup whose forge is the GitLab adapter (the relay and doctor use its client too). */
export type GitLabSetup = (PlatformSetup & { platform: 'gitlab'; forge: GitLabForge; secrets: string[]; ownJobNames: string[] }) | Ignored;

export function gitlabSetupFromEnv(
  env: NodeJS.ProcessEnv,
  ctx: GitLabSetupContext,
  options: { command?: DroidCommand | undefined; trigger?: string | undefined } = {},
): GitLabSetup {
  // the token is registered before anything can fail and print
  ctx.redactor.add(env['DROID_GITLAB_TOKEN']);
  ctx.redactor.add(env[SECRET_VAR]);
  const trigger = requestFromGitLabEnv(withTrustedActor(env, ctx.log), {
    command: options.command,
    // the template's `trigger` input (or the relay's) wins; else access.trigger of the checked-out config; else /droid
    trigger: options.trigger ?? resolveTriggerPhrase(env['DROID_TRIGGER'], env['CI_PROJECT_DIR'] ?? process.cwd(), env['DROID_CONFIG']).phrase,
  });
  if (trigger.kind === 'ignore') return { ignored: trigger.reason };
  const forgeOptions = gitlabForgeOptionsFromEnv(env, ctx.log, {
    onCall: ctx.audit ? (call) => ctx.audit!.record(auditEvent(call)) : undefined,
  });
  const forge = createGitLabForge(forgeOptions);
  const own = env['CI_JOB_NAME'] ? [...new Set([...DROID_JOB_NAMES, env['CI_JOB_NAME']])] : DROID_JOB_NAMES;
  return {
    platform: 'gitlab',
    request: trigger.request,
    forge,
    secrets: [forgeOptions.token],
    jobUrl: forgeOptions.jobUrl,
    ownJobNames: own,
  };
}

/**
 * DROID_ACTOR names who asked, but anyone who can start a pipeline (trigger token, API, web form) can
 * set it: it is believed only when the relay signed it (relay/signature.ts). Otherwise it is dropped and
 * the actor is the pipeline's own user (GITLAB_USER_LOGIN), gated as usual.
 */
export function withTrustedActor(env: NodeJS.ProcessEnv, log: Logger): NodeJS.ProcessEnv {
  if (!env['DROID_ACTOR']) return env;
  const verdict = verifyVariables(env);
  if (verdict.signed) return env;
  const user = env['GITLAB_USER_LOGIN'] ?? '(unknown)';
  log.warn(`DROID_ACTOR is ignored: ${verdict.reason}; the actor is the pipeline's user @${user}`);
  const out = { ...env };
  delete out['DROID_ACTOR'];
  return out;
}

/** One audit line per API attempt (method and path only; the path holds no secret). */
export function auditEvent(call: ApiCall): AuditEvent {
  return {
    stage: stageOf(call.path),
    action: 'api.call',
    outcome: call.status > 0 && call.status < 400 ? 'ok' : 'fail',
    detail: { method: call.method, path: `/${call.path}`, status: call.status, attempt: call.attempt },
    durationMs: call.durationMs,
  };
}

function stageOf(path: string): Stage {
  if (/\/notes(\/|$)/.test(path)) return 'report';
  if (/merge_requests/.test(path)) return 'pr';
  if (/pipelines?|jobs/.test(path)) return 'ci';
  if (/members|^users|^user$/.test(path)) return 'gate';
  return 'workspace';
}
