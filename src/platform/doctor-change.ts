/**
 * `droid-ci doctor --write`'s PR/MR probe, and the reviewers check.
 * Probe: one empty commit on a scratch branch `droid/doctor-probe-<random>`, a DRAFT PR/MR titled
 * "[droid doctor] probe" with the configured labels (no reviewers requested: that would notify
 * people), read back to see the labels stuck, then closed and the branch deleted — also on failure.
 */
import { randomBytes } from 'node:crypto';
import type { DroidConfig } from '../config/types.js';
import type { ChangeRequest, Forge } from './types.js';
import type { Git } from '../git/git.js';
import { describeError } from '../util/errors.js';
import type { Check, DoctorPlatform } from './doctor-types.js';

export const PROBE_TITLE = '[droid doctor] probe';
const PROBE_BODY = 'Opened by `droid-ci doctor --write` to check that the droid can open a pull/merge request with its labels. It is closed and its branch deleted right away; nothing to review.';

function withFix(platform: DoctorPlatform, step: Parameters<DoctorPlatform['fix']>[0], error: unknown): string {
  const fix = platform.fix(step, error);
  // a specific fix replaces the error's generic hint
  return fix ? `${error instanceof Error ? error.message : String(error)}\n  fix: ${fix}` : describeError(error);
}

/** Opens, checks and closes the probe PR/MR. `parent` is the commit the probe branch starts from. */
export async function probeChangeRequest(input: {
  platform: DoctorPlatform;
  git: Git;
  parent: string;
  targetBranch: string;
  labels: string[];
}): Promise<Omit<Check, 'name'>> {
  const { platform, git } = input;
  const forge = platform.forge;
  const remote = forge.cloneUrl();
  const authEnv = forge.gitAuthEnv();
  const branch = `droid/doctor-probe-${randomBytes(4).toString('hex')}`;
  const kind = forge.traits.changeNoun.long;
  let change: ChangeRequest | undefined;
  let pushed = false;
  let result: Omit<Check, 'name'>;
  try {
    const sha = await git.emptyCommitOn(input.parent, `${PROBE_TITLE}\n\n${PROBE_BODY}`);
    const report = await git.pushCommit(remote, sha, branch, { authEnv });
    pushed = report.refs[0]?.flag === 'new';
    if (!pushed) {
      const why = [report.refs[0]?.reason ?? 'rejected', ...report.remoteMessages].join('\n');
      return { state: 'fail', detail: `could not push the probe branch ${branch}: ${why}\n  fix: ${platform.fix('push', undefined) ?? 'check that the token may push'}` };
    }
    const upserted = await forge.upsertChangeRequest({
      sourceBranch: branch,
      targetBranch: input.targetBranch,
      title: PROBE_TITLE,
      body: PROBE_BODY,
      draft: true,
      labels: input.labels,
      reviewers: [],
      teamReviewers: [],
    });
    change = upserted.change;
    result = await checkLabels(platform, change.number, input.labels, upserted.warnings, kind);
  } catch (error) {
    result = pushed
      ? { state: 'fail', detail: `could not open a draft ${kind}: ${withFix(platform, 'change', error)}` }
      : { state: 'fail', detail: `could not push the probe branch ${branch}: ${withFix(platform, 'push', error)}` };
  }
  const leftovers: string[] = [];
  if (change) leftovers.push(await closeProbe(forge, change, kind));
  if (pushed) leftovers.push(await deleteProbeBranch(git, remote, branch, authEnv));
  const left = leftovers.filter(Boolean);
  if (left.length === 0) return result;
  return { state: result.state === 'ok' ? 'warn' : result.state, detail: `${result.detail}\n${left.join('\n')}` };
}

async function checkLabels(platform: DoctorPlatform, number: number, labels: string[], warnings: string[], kind: string): Promise<Omit<Check, 'name'>> {
  const opened = `opened draft ${kind} #${number}`;
  if (labels.length === 0) return { state: 'ok', detail: `${opened} (no labels configured), closed it and deleted its branch` };
  let found: string[] | undefined;
  try {
    found = (await platform.forge.getChangeRequest(number)).labels;
  } catch (error) {
    return { state: 'fail', detail: `${opened} but could not read it back: ${withFix(platform, 'change', error)}` };
  }
  if (found === undefined) return { state: 'warn', detail: `${opened}; its labels could not be read back, so whether ${labels.join(', ')} stuck is unknown` };
  const have = new Set(found.map((l) => l.toLowerCase()));
  const missing = labels.filter((l) => !have.has(l.toLowerCase()));
  if (missing.length === 0) return { state: 'ok', detail: `${opened} with labels ${labels.join(', ')}, closed it and deleted its branch` };
  const why = warnings.length > 0 ? ` (${warnings.join('; ')})` : '';
  return { state: 'fail', detail: `${opened} but labels ${missing.join(', ')} did not stick${why}\n  fix: ${platform.fix('labels', undefined) ?? 'check the token can create and add labels'}` };
}

async function closeProbe(forge: Forge, change: ChangeRequest, kind: string): Promise<string> {
  if (!forge.closeChangeRequest) return `this adapter cannot close ${kind}s: close #${change.number} (${change.url}) by hand`;
  try {
    await forge.closeChangeRequest(change.number);
    return '';
  } catch (error) {
    return `could not close the probe ${kind} #${change.number}: close ${change.url} by hand (${describeError(error)})`;
  }
}

async function deleteProbeBranch(git: Git, remote: string, branch: string, authEnv: Record<string, string>): Promise<string> {
  try {
    const deleted = await git.deleteRemoteBranch(remote, branch, { authEnv });
    return deleted.refs[0]?.flag === 'deleted' ? '' : `could not delete the probe branch ${branch}: delete it by hand`;
  } catch (error) {
    return `could not delete the probe branch ${branch}: delete it by hand (${describeError(error)})`;
  }
}

/**
 * The configured reviewers (pr.reviewers.rules[].users) must be collaborators with at least write
 * access (GitHub) or members with at least the Developer role (GitLab); nobody is requested here.
 */
export async function checkReviewers(forge: Forge, config: DroidConfig): Promise<Omit<Check, 'name'>> {
  const { rules, codeowners } = config.pr.reviewers;
  const users = [...new Set(rules.flatMap((r) => r.users).map((u) => u.replace(/^@/, '')))];
  const teams = [...new Set(rules.flatMap((r) => r.teams))];
  const notes: string[] = [];
  if (teams.length > 0) notes.push(forge.platform === 'gitlab' ? `teams (${teams.join(', ')}) are a GitHub feature: GitLab ignores them` : `teams (${teams.join(', ')}) are not checked`);
  if (codeowners) notes.push('owners from CODEOWNERS are not checked');
  if (users.length === 0) return { state: 'skip', detail: ['no reviewers configured in pr.reviewers.rules', ...notes].join('; ') };
  const unfit: string[] = [];
  for (const login of users) {
    const access = await forge.actorAccess(login);
    if (access.blocked) unfit.push(`${login} (blocked)`);
    else if (!['write', 'maintain', 'admin'].includes(access.level)) unfit.push(`${login} (${access.level === 'none' ? 'no access' : `${access.level} access`})`);
  }
  const need = forge.platform === 'gitlab' ? 'members with at least the Developer role' : 'collaborators with at least write access';
  if (unfit.length === 0) return { state: 'ok', detail: [`${users.join(', ')} can review (${need}); none was requested`, ...notes].join('; ') };
  return {
    state: 'warn',
    detail: [`cannot be requested as reviewers: ${unfit.join(', ')}`, ...notes].join('; ') + `\n  fix: reviewers must be ${need}: add them to ${forge.repo} or remove them from pr.reviewers in .droid.yml`,
  };
}
