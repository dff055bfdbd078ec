import { resolve as resolvePath } from 'node:path';
import type { RunContext, TrustedSetup } from '../run/types.js';
import type { Request } from '../trigger/request.js';
import { DroidError } from '../util/errors.js';
import { branchHead } from '../git/work-branch.js';
import { loadConfig } from './load.js';
import { defaultConfig } from './schema.js';

/** The steering files read from the trusted ref; the first CODEOWNERS found wins (GitHub's order). */
const STEERING = ['AGENTS.md', '.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'];

/**
 * The config stage (PRODUCT.md §1.2): `.droid.yml`, AGENTS.md and CODEOWNERS come from the target
 * branch (never from the PR's head, which its author controls). A work tree with uncommitted changes
 * stops here: the droid commits every change it finds.
 */
export async function readTrustedSetup(request: Request, ctx: RunContext): Promise<TrustedSetup> {
  const { git, forge, settings } = ctx;
  const dirty = await git.dirtyFiles();
  if (dirty.length > 0) {
    throw new DroidError('usage', `the work tree has uncommitted changes (${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', …' : ''})`, {
      hint: 'commit or stash them first: the droid commits every change it finds in the work tree',
    });
  }
  const startBranch = await git.currentBranch();
  let targetBranch: string;
  let trustedRef: string;
  if (!forge.traits.pushes) {
    // the person's own checkout: the branch they are on is the target, as it is now
    targetBranch = request.target.kind === 'change' ? request.target.baseBranch : (startBranch ?? 'HEAD');
    trustedRef = await git.headSha();
  } else {
    targetBranch = request.target.kind === 'change' ? request.target.baseBranch : await forge.defaultBranch();
    trustedRef = await targetHead(ctx, targetBranch);
  }
  const configText = await git.showFile(trustedRef, settings.configPath);
  const config = configText === undefined ? defaultConfig() : loadConfig({ text: configText, file: settings.configPath });
  ctx.audit.useFile?.(resolvePath(git.root, config.audit.file));
  await git.ignore(config.audit.file);
  ctx.audit.record({ stage: 'config', action: 'config.read', outcome: 'ok', detail: { file: settings.configPath, found: configText !== undefined, ref: targetBranch } });
  let targetSha = trustedRef;
  if (request.target.kind === 'ticket' && config.pr.target_branch && config.pr.target_branch !== targetBranch) {
    targetBranch = config.pr.target_branch;
    targetSha = await targetHead(ctx, targetBranch);
  }
  const [agentsMd, ...owners] = await Promise.all(STEERING.map((path) => git.showFile(trustedRef, path)));
  const codeowners = owners.find((text) => text !== undefined);
  return { config, trustedRef, targetBranch, targetSha, agentsMd, codeowners, startBranch };
}

async function targetHead(ctx: RunContext, branch: string): Promise<string> {
  const sha = await branchHead(ctx, branch);
  if (sha) return sha;
  if (ctx.forge.traits.pushes) throw new DroidError('platform', `branch "${branch}" does not exist on the remote`, { hint: 'check pr.target_branch in .droid.yml' });
  throw new DroidError('config', `pr.target_branch "${branch}" is not a local branch`, { hint: 'create it or change pr.target_branch' });
}
