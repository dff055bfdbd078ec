/**
 * The git-data endpoints the droid uses, over the real bare repo behind the git remote
 * (`state.gitDir`): `git/create-ref` (a new branch before the first `pr.sign: api` commit).
 */
import { execFileSync } from 'node:child_process';
import { ghError, type Handler, type HandlerContext, type Reply } from './reply.js';

function run(gitDir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { env: { ...process.env, GIT_DIR: gitDir }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return undefined;
  }
}

function createRef(ctx: HandlerContext): Reply {
  const gitDir = ctx.state.gitDir;
  if (!gitDir) throw new Error('the GitHub fake has no state.gitDir: set it to the bare repo behind the git remote');
  const { ref, sha } = ctx.body as { ref: string; sha: string };
  if (!/^refs\/heads\/[^\s~^:?*[\\]+$/.test(ref) || ref.includes('..')) return ghError(422, `${ref} is not a valid ref name.`);
  if (run(gitDir, ['cat-file', '-e', `${sha}^{commit}`]) === undefined) return ghError(422, 'Object does not exist');
  if (run(gitDir, ['rev-parse', '--verify', '--quiet', ref]) !== undefined) return ghError(422, 'Reference already exists');
  // '' as the old value: create only, never overwrite
  if (run(gitDir, ['update-ref', ref, sha, '']) === undefined) return ghError(422, 'Reference already exists');
  const url = `${ctx.baseUrl}/repos/${ctx.state.owner}/${ctx.state.repo}/git/${ref}`;
  return {
    status: 201,
    body: { ref, node_id: `REF_${Buffer.from(ref).toString('base64')}`, url, object: { type: 'commit', sha, url: `${ctx.baseUrl}/repos/${ctx.state.owner}/${ctx.state.repo}/git/commits/${sha}` } },
  };
}

export const gitHandlers: Record<string, Handler> = {
  'git/create-ref': createRef,
};
