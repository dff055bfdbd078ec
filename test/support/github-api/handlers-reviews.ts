/**
 * Pull request reviews: the PR's files (from `state.pullFiles`), creating a review with inline comments,
 * listing reviews and review comments. Like GitHub, a comment on a line outside the diff (new side: an
 * added or context line of a hunk) is refused with 422, and so is a multi-line comment whose
 * start_line is not in the same hunk; nothing of a refused review is kept.
 */
import { execFileSync } from 'node:child_process';
import { notFound, now, paginate, validationFailed, type Handler, type HandlerContext } from './reply.js';
import { userJson } from './shapes.js';
import { nextId, type FakePull, type FakePullFile, type FakeReview, type FakeReviewComment, type FakeState } from './state.js';

function findPull(ctx: HandlerContext): FakePull | undefined {
  const number = Number(ctx.params.pull_number);
  return ctx.state.pulls.find((p) => p.number === number);
}

/** new-side line ranges of each hunk, and the lines inside them */
function hunksOf(patch: string | undefined): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const line of (patch ?? '').split('\n')) {
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!m) continue;
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0) out.push({ start, end: start + count - 1 });
  }
  return out;
}

/** The files of a PR as GitHub computes them: `git diff base...head` in the bare repo (renames found). */
export function gitPullFiles(gitDir: string, base: string, head: string): FakePullFile[] {
  const git = (args: string[]): string => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const range = `${base}...${head}`;
  const files: FakePullFile[] = [];
  const statuses: Record<string, FakePullFile['status']> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };
  for (const row of git(['diff', '--no-color', '--name-status', '-M', range]).split('\n').filter(Boolean)) {
    const [code = 'M', first = '', second] = row.split('\t');
    const filename = second ?? first;
    const raw = git(['diff', '--no-color', '-M', range, '--', ...(second ? [first, second] : [first])]);
    const at = raw.indexOf('\n@@');
    const patch = at >= 0 ? raw.slice(at + 1).replace(/\n$/, '') : undefined;
    const lines = (patch ?? '').split('\n');
    files.push({
      filename,
      status: statuses[code[0] ?? 'M'] ?? 'modified',
      previous_filename: second ? first : undefined,
      additions: lines.filter((l) => l.startsWith('+')).length,
      deletions: lines.filter((l) => l.startsWith('-')).length,
      patch,
    });
  }
  return files;
}

function filesOf(state: FakeState, pull: FakePull): FakePullFile[] {
  return state.pullFiles ? state.pullFiles(pull) : [];
}

function reviewJson(review: FakeReview, state: FakeState, baseUrl: string): Record<string, unknown> {
  const full = `${state.owner}/${state.repo}`;
  return {
    id: review.id,
    node_id: `PRR_${review.id}`,
    user: userJson(state, review.user, baseUrl),
    body: review.body,
    state: review.state,
    commit_id: review.commit_id,
    submitted_at: review.submitted_at,
    html_url: `${baseUrl}/${full}/pull/${review.pull_number}#pullrequestreview-${review.id}`,
    pull_request_url: `${baseUrl}/repos/${full}/pulls/${review.pull_number}`,
    author_association: 'MEMBER',
    _links: { html: { href: `${baseUrl}/${full}/pull/${review.pull_number}#pullrequestreview-${review.id}` }, pull_request: { href: `${baseUrl}/repos/${full}/pulls/${review.pull_number}` } },
  };
}

function commentJson(c: FakeReviewComment, state: FakeState, baseUrl: string): Record<string, unknown> {
  const full = `${state.owner}/${state.repo}`;
  const html = `${baseUrl}/${full}/pull/${c.pull_number}#discussion_r${c.id}`;
  return {
    id: c.id,
    node_id: `PRRC_${c.id}`,
    pull_request_review_id: c.review_id,
    diff_hunk: '@@',
    path: c.path,
    position: c.line,
    original_position: c.line,
    commit_id: c.commit_id,
    original_commit_id: c.commit_id,
    user: userJson(state, c.user, baseUrl),
    body: c.body,
    created_at: c.created_at,
    updated_at: c.created_at,
    html_url: html,
    url: `${baseUrl}/repos/${full}/pulls/comments/${c.id}`,
    pull_request_url: `${baseUrl}/repos/${full}/pulls/${c.pull_number}`,
    author_association: 'MEMBER',
    line: c.line,
    original_line: c.line,
    start_line: c.start_line,
    original_start_line: c.start_line,
    side: c.side,
    start_side: c.start_line === null ? null : c.side,
    _links: { self: { href: `${baseUrl}/repos/${full}/pulls/comments/${c.id}` }, html: { href: html }, pull_request: { href: `${baseUrl}/repos/${full}/pulls/${c.pull_number}` } },
  };
}

interface ReviewBody {
  commit_id?: string;
  body?: string;
  event?: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT';
  comments?: { path: string; line?: number; side?: string; start_line?: number; start_side?: string; position?: number; body: string }[];
}

const listFiles: Handler = (ctx) => {
  const pull = findPull(ctx);
  if (!pull) return notFound();
  const { page, headers } = paginate(ctx, `/repos/${ctx.state.owner}/${ctx.state.repo}/pulls/${pull.number}/files`, filesOf(ctx.state, pull));
  const full = `${ctx.state.owner}/${ctx.state.repo}`;
  return {
    status: 200,
    headers,
    body: page.map((f) => ({
      sha: '0'.repeat(40),
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
      blob_url: `${ctx.baseUrl}/${full}/blob/${pull.head.sha}/${f.filename}`,
      raw_url: `${ctx.baseUrl}/${full}/raw/${pull.head.sha}/${f.filename}`,
      contents_url: `${ctx.baseUrl}/repos/${full}/contents/${f.filename}?ref=${pull.head.sha}`,
      ...(f.patch !== undefined ? { patch: f.patch } : {}),
      ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
    })),
  };
};

const createReview: Handler = (ctx) => {
  const pull = findPull(ctx);
  if (!pull) return notFound();
  const { state } = ctx;
  const body = ctx.body as ReviewBody;
  if ((body.event === 'COMMENT' || body.event === 'REQUEST_CHANGES') && !body.body && !(body.comments ?? []).length) {
    return validationFailed('PullRequestReview', 'Review body is required for COMMENT and REQUEST_CHANGES events');
  }
  const files = new Map(filesOf(state, pull).map((f) => [f.filename, hunksOf(f.patch)]));
  for (const c of body.comments ?? []) {
    const hunks = files.get(c.path);
    if (!hunks) return validationFailed('PullRequestReviewComment', `Path ${c.path} could not be resolved`);
    if (c.line === undefined || (c.side ?? 'RIGHT') !== 'RIGHT') return validationFailed('PullRequestReviewComment', 'line and side RIGHT are required by this fake');
    const hunk = hunks.find((h) => c.line! >= h.start && c.line! <= h.end);
    if (!hunk) return validationFailed('PullRequestReviewComment', 'Pull request review thread line must be part of the diff');
    if (c.start_line !== undefined && (c.start_line < hunk.start || c.start_line >= c.line)) {
      return validationFailed('PullRequestReviewComment', 'Pull request review thread start line must be part of the same hunk as the line, and before it.');
    }
  }
  const review: FakeReview = {
    id: nextId(state),
    pull_number: pull.number,
    user: state.tokenUser,
    body: body.body ?? '',
    state: body.event === 'APPROVE' ? 'APPROVED' : body.event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : 'COMMENTED',
    commit_id: body.commit_id ?? pull.head.sha,
    submitted_at: now(),
  };
  state.reviews.push(review);
  for (const c of body.comments ?? []) {
    state.reviewComments.push({ id: nextId(state), review_id: review.id, pull_number: pull.number, user: state.tokenUser, path: c.path, line: c.line!, start_line: c.start_line ?? null, side: 'RIGHT', body: c.body, commit_id: review.commit_id, created_at: review.submitted_at });
  }
  return { status: 200, body: reviewJson(review, state, ctx.baseUrl) };
};

const listReviews: Handler = (ctx) => {
  const pull = findPull(ctx);
  if (!pull) return notFound();
  const items = ctx.state.reviews.filter((r) => r.pull_number === pull.number);
  const { page, headers } = paginate(ctx, `/repos/${ctx.state.owner}/${ctx.state.repo}/pulls/${pull.number}/reviews`, items);
  return { status: 200, headers, body: page.map((r) => reviewJson(r, ctx.state, ctx.baseUrl)) };
};

const listReviewComments: Handler = (ctx) => {
  const pull = findPull(ctx);
  if (!pull) return notFound();
  const items = ctx.state.reviewComments.filter((c) => c.pull_number === pull.number);
  const { page, headers } = paginate(ctx, `/repos/${ctx.state.owner}/${ctx.state.repo}/pulls/${pull.number}/comments`, items);
  return { status: 200, headers, body: page.map((c) => commentJson(c, ctx.state, ctx.baseUrl)) };
};

export const reviewHandlers: Record<string, Handler> = {
  'pulls/list-files': listFiles,
  'pulls/create-review': createReview,
  'pulls/list-reviews': listReviews,
  'pulls/list-review-comments': listReviewComments,
};
