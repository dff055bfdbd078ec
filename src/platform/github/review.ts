/**
 * Review mode on GitHub (PRODUCT.md §13): the PR's files with their patches, the finding markers the
 * droid's account already posted (review comments and review bodies), and one review per run
 * (`POST /pulls/{n}/reviews`, event COMMENT) with inline comments on the new side of the diff.
 * The review is created without automatic retries: after an uncertain failure the run's marker is looked
 * up first. A 422 on the inline comments (a line GitHub does not take) posts the same findings in the body.
 */
import type { ChangedFile } from '../../review/diff.js';
import type { InlineComment, ReviewForge, ReviewPost } from '../../review/types.js';
import { markersIn } from '../../review/render.js';
import { call, errorDetail, platformError, statusOf } from './client.js';
import { isUncertain, sleep, type GitHubContext } from './context.js';
import { sameLogin } from './identity.js';

/** GitHub lists at most 3,000 files of a PR */
const MAX_FILE_PAGES = 30;

interface Owned {
  user: { login: string; type?: string } | null;
}

/** only what the droid's own account wrote counts (identity.ts; unknown identity: nothing does) */
function ownedBy(item: Owned, self: string | undefined): boolean {
  return !!item.user && sameLogin(item.user.login, self);
}

const STATUSES = new Set<ChangedFile['status']>(['added', 'modified', 'removed', 'renamed', 'copied', 'changed', 'unchanged']);

function toComment(c: InlineComment): { path: string; line: number; side: 'RIGHT'; start_line?: number; start_side?: 'RIGHT'; body: string } {
  return c.startLine !== undefined && c.startLine < c.line
    ? { path: c.path, line: c.line, side: 'RIGHT', start_line: c.startLine, start_side: 'RIGHT', body: c.body }
    : { path: c.path, line: c.line, side: 'RIGHT', body: c.body };
}

/** Inline comments that GitHub refused, folded into the body so no finding is lost. */
function foldedBody(post: ReviewPost): string {
  const entries = post.comments.map((c) => `#### \`${c.path.replace(/`/g, "'")}:${c.startLine !== undefined ? `${c.startLine}-` : ''}${c.line}\`\n\n${c.body}`);
  return `${post.body}\n\n**Findings** (GitHub did not accept them as inline comments)\n\n${entries.join('\n\n')}`;
}

export function githubReview(ctx: GitHubContext): ReviewForge {
  const { owner, repo } = ctx;
  const findReview = async (number: number, marker: string) => {
    const [reviews, self] = await Promise.all([ctx.octokit.paginate(ctx.octokit.rest.pulls.listReviews, { owner, repo, pull_number: number, per_page: 100 }), ctx.self()]);
    return reviews.find((r) => (r.body ?? '').includes(marker) && ownedBy(r, self));
  };
  const create = async (post: ReviewPost, body: string, comments: InlineComment[]) => {
    const { data } = await ctx.octokit.rest.pulls.createReview({
      owner,
      repo,
      pull_number: post.number,
      commit_id: post.headSha,
      event: 'COMMENT',
      body,
      comments: comments.map(toComment),
      request: { retries: 0 },
    });
    return { url: data.html_url };
  };
  return {
    diff: (number) =>
      call(`list the files of pull request #${number}`, async () => {
        const files: ChangedFile[] = [];
        let page = 0;
        for await (const response of ctx.octokit.paginate.iterator(ctx.octokit.rest.pulls.listFiles, { owner, repo, pull_number: number, per_page: 100 })) {
          for (const f of response.data) {
            const status = STATUSES.has(f.status as ChangedFile['status']) ? (f.status as ChangedFile['status']) : 'changed';
            files.push({ path: f.filename, previousPath: f.previous_filename ?? undefined, status, patch: f.patch ?? undefined });
          }
          page += 1;
          if (page >= MAX_FILE_PAGES) break;
        }
        return files;
      }),
    postedMarkers: (number) =>
      call(`read the earlier reviews of pull request #${number}`, async () => {
        const [comments, reviews, self] = await Promise.all([
          ctx.octokit.paginate(ctx.octokit.rest.pulls.listReviewComments, { owner, repo, pull_number: number, per_page: 100 }),
          ctx.octokit.paginate(ctx.octokit.rest.pulls.listReviews, { owner, repo, pull_number: number, per_page: 100 }),
          ctx.self(),
        ]);
        const keys = new Set<string>();
        for (const item of [...comments, ...reviews]) {
          if (!ownedBy(item, self)) continue;
          for (const key of markersIn(item.body ?? '')) keys.add(key);
        }
        return keys;
      }),
    postReview: (post) =>
      call(`post a review on pull request #${post.number}`, async () => {
        let lastError: unknown;
        let comments = post.comments;
        let body = post.body;
        for (let attempt = 1; attempt <= ctx.waits.createAttempts; attempt += 1) {
          try {
            return await create(post, body, comments);
          } catch (error) {
            lastError = error;
            const status = statusOf(error);
            if (status === 422 && comments.length > 0) {
              ctx.log.warn(`GitHub did not accept the inline comments (${errorDetail(error)}); posting the findings in the review body instead`);
              body = foldedBody(post);
              comments = [];
              continue;
            }
            if (!isUncertain(status)) throw error;
            ctx.log.warn(`posting the review failed (${errorDetail(error)}); checking whether it was posted before retrying`);
            const posted = await findReview(post.number, post.marker);
            if (posted) return { url: posted.html_url };
            await sleep(ctx.waits.retryBaseMs * attempt * attempt);
          }
        }
        throw platformError(lastError, `post a review on #${post.number}, ${ctx.waits.createAttempts} attempts`);
      }),
  };
}
