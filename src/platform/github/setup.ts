/**
 * Everything the GitHub platform needs before the run starts, from the runner's environment:
 * inputs (INPUT_*), the event (GITHUB_EVENT_NAME/PATH) -> Request, the token (github_token, or an
 * app installation token minted from app_id + app_private_key), the forge, and — for a comment on a
 * PR or a failed workflow_run — the PR itself, whose head SHA is pinned here.
 * src/platforms/github.ts can re-export `githubSetup` as is.
 */
import type { Ignored, PlatformSetup, PushNotice, SetupContext } from '../types.js';
import { readGitHubEvent } from './event.js';
import { resolveTriggerPhrase } from '../../trigger/phrase.js';
import { requestFromGitHubEvent, withPullRequest, type GitHubTriggerInputs } from './trigger.js';
import { DroidError } from '../../util/errors.js';
import { createGitHubForge, runUrlFromEnv } from './adapter.js';
import { mintInstallationToken } from './app-token.js';
import { githubUrlsFromEnv, waitsFromEnv } from './client.js';

/** Pushes made with the job token start no other workflow (GitHub's rule): said once, with the fix. */
export const JOB_TOKEN_NOTICE: PushNotice = {
  notice:
    'Pushes made with the job token (GITHUB_TOKEN) do not start other workflows, so CI will not run on this branch. Give the action a GitHub App (`app_id` + `app_private_key`) or a token with `contents: write` to have CI run.',
  noCi: 'no CI started: pushes made with the job token do not start workflows',
};

export interface GitHubSetupOverrides {
  /** from the CLI (--command, --ticket, --prompt); win over INPUT_* */
  command?: string | undefined;
  ticket?: string | undefined;
  prompt?: string | undefined;
}

/** An action input as the runner passes it: INPUT_<NAME upper-cased, spaces as _>. */
export function actionInput(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
  return value ? value : undefined;
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(/[,\s]+/).map((s) => s.trim()).filter(Boolean);
}

export async function token(
  env: NodeJS.ProcessEnv,
  repo: string,
  apiUrl: string,
  ctx: SetupContext,
): Promise<{ token: string; secrets: string[]; isJobToken: boolean; identity?: string | undefined }> {
  const appId = actionInput(env, 'app_id') ?? env.DROID_GITHUB_APP_ID;
  const privateKey = actionInput(env, 'app_private_key') ?? env.DROID_GITHUB_APP_PRIVATE_KEY;
  if (privateKey) ctx.redactor.add(privateKey);
  if (appId && privateKey) {
    const minted = await mintInstallationToken({ appId, privateKey, repo, apiUrl });
    ctx.redactor.add(minted.token);
    ctx.log.info(`using a GitHub App installation token (app ${appId}, installation ${minted.installationId})`);
    return { token: minted.token, secrets: [minted.token, privateKey], isJobToken: false, identity: minted.appSlug ? `${minted.appSlug}[bot]` : undefined };
  }
  if (appId || privateKey) {
    throw new DroidError('usage', 'app_id and app_private_key go together: one of them is missing');
  }
  const given = actionInput(env, 'github_token') ?? env.GITHUB_TOKEN ?? env.GH_TOKEN;
  if (!given) {
    throw new DroidError('usage', 'no GitHub token', { hint: 'the action defaults github_token to the job token; outside Actions set GITHUB_TOKEN' });
  }
  ctx.redactor.add(given);
  // a PAT (ghp_/github_pat_) starts workflows; the job token (ghs_, from the runner) does not
  const isJobToken = !/^(ghp_|github_pat_)/.test(given);
  return { token: given, secrets: [given], isJobToken };
}

export async function githubSetup(env: NodeJS.ProcessEnv, ctx: SetupContext, overrides: GitHubSetupOverrides = {}): Promise<PlatformSetup | Ignored> {
  const repo = env.GITHUB_REPOSITORY?.trim();
  if (!repo) throw new DroidError('usage', 'GITHUB_REPOSITORY is not set', { hint: 'run as a step of a GitHub Actions job' });
  const inputs: GitHubTriggerInputs = {
    command: overrides.command ?? actionInput(env, 'command'),
    ticket: overrides.ticket ?? actionInput(env, 'ticket'),
    prompt: overrides.prompt ?? actionInput(env, 'prompt'),
    // the input wins; else access.trigger of the checked-out .droid.yml; else /droid
    triggerPhrase: resolveTriggerPhrase(actionInput(env, 'trigger_phrase'), env.GITHUB_WORKSPACE ?? process.cwd(), actionInput(env, 'config')).phrase,
    labelTrigger: actionInput(env, 'label_trigger'),
    assigneeTrigger: actionInput(env, 'assignee_trigger'),
  };
  const { eventName, payload } = readGitHubEvent(env);
  const trigger = requestFromGitHubEvent({ eventName, payload, inputs });
  if (trigger.kind === 'ignore') return { ignored: trigger.reason };

  const { apiUrl, serverUrl } = githubUrlsFromEnv(env);
  const auth = await token(env, repo, apiUrl, ctx);
  const jobUrl = runUrlFromEnv(env);
  const forge = createGitHubForge({ token: auth.token, repo, apiUrl, serverUrl, runUrl: jobUrl, log: ctx.log, audit: ctx.audit, actor: trigger.request.actor, identity: auth.identity, waits: waitsFromEnv(env) });

  let request = trigger.request;
  const lookup = trigger.needsPullRequest;
  if (lookup) {
    const change =
      lookup.by === 'number' ? await forge.getChangeRequest(lookup.number) : await forge.findChangeRequest({ sourceBranch: lookup.branch });
    if (!change) return { ignored: `no open pull request for ${lookup.by === 'branch' ? lookup.branch : `#${lookup.number}`}: nothing to do` };
    if (change.state !== 'open') return { ignored: `pull request #${change.number} is ${change.state}` };
    request = withPullRequest(request, change, lookup);
    ctx.log.info(`pull request #${change.number}: head ${change.sourceBranch} pinned at ${request.target.kind === 'change' ? request.target.headSha.slice(0, 12) : ''}`);
  }
  return {
    platform: 'github',
    request,
    forge,
    secrets: auth.secrets,
    jobUrl,
    pushNotice: auth.isJobToken ? JOB_TOKEN_NOTICE : undefined,
    ownJobNames: list(env.DROID_OWN_JOB_NAMES ?? env.GITHUB_JOB),
    allowBots: list(actionInput(env, 'allowed_bots')),
  };
}
