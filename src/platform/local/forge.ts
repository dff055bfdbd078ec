import { basename } from 'node:path';
import { githubCoAuthor, loginOf } from '../../git/trailers.js';
import { DroidError } from '../../util/errors.js';
import { GITHUB_LIMITS } from '../limits.js';
import { localReview } from './review.js';
import type { ChangeRequest, CommentRef, CommentTarget, Forge, ForgeTraits, UpsertResult } from '../types.js';

/**
 * `--platform local` (and every dry run): a forge with no network. The droid's branch stays in this
 * repository, the PR/MR it would open is written to `.droid/pr.md`, a comment to `.droid/comment-….md`;
 * the person running it owns the repository, and there is no CI to follow.
 */
export const LOCAL_TRAITS: ForgeTraits = {
  pushes: false,
  returnsToStart: true,
  changeNoun: { short: 'PR', long: 'pull request' },
  // the body is written for a PR that will most likely be opened on GitHub: its lengths are the strictest
  limits: GITHUB_LIMITS,
  coAuthor: (actor) => githubCoAuthor(loginOf(actor)),
};

export interface LocalForgeOptions {
  repoRoot: string;
  /** the run's artifact writer (`<repo>/.droid`: redacted, never through a link) */
  files: { writeArtifact(name: string, content: string): Promise<string> };
  /** the branch the run started on (undefined on a detached HEAD) */
  currentBranch(): Promise<string | undefined>;
  /** `git diff base...head` of this repository (a local review reads it) */
  diffPatch(base: string, head: string): Promise<string>;
}

export function createLocalForge(options: LocalForgeOptions): Forge {
  const write = (name: string, content: string): Promise<string> => options.files.writeArtifact(name, content);
  return {
    platform: 'local',
    traits: LOCAL_TRAITS,
    repo: basename(options.repoRoot),
    defaultBranch: async () => (await options.currentBranch()) ?? 'HEAD',
    // a run on one's own machine: the person owns the repository
    actorAccess: async (login) => ({ login, level: 'admin', isBot: false, blocked: false }),
    findChangeRequest: async () => undefined,
    getChangeRequest: async (number) => {
      throw new DroidError('usage', `a local run has no pull request #${number}`, { hint: 'run on the branch itself, or with --platform github / gitlab' });
    },
    upsertChangeRequest: async (spec, existing): Promise<UpsertResult> => {
      const file = await write('pr.md', `# ${spec.title}\n\n${spec.body}`);
      const change: ChangeRequest = {
        number: 0,
        url: file,
        sourceBranch: spec.sourceBranch,
        targetBranch: spec.targetBranch,
        title: spec.title,
        body: spec.body,
        draft: spec.draft,
        state: 'open',
        headSha: existing?.headSha ?? '',
        author: 'local',
        labels: spec.labels,
      };
      return { action: existing ? 'updated' : 'created', change, warnings: [] };
    },
    upsertComment: async (target: CommentTarget, body: string): Promise<CommentRef> => {
      const file = await write(`comment-${target.kind}-${target.number}.md`, body);
      return { id: 0, url: file, target };
    },
    ciStatus: async () => ({ state: 'success', jobs: [], empty: true }),
    jobLog: async () => '',
    gitAuthEnv: () => ({}),
    cloneUrl: () => options.repoRoot,
    jobUrl: () => undefined,
    // a review of the current branch against --base, written to .droid/review.md
    review: localReview({ diff: (base) => options.diffPatch(base, 'HEAD'), write }),
  };
}
