/**
 * Review mode on GitLab (PRODUCT.md §13): the MR's changed files with their diffs (its current diff
 * version, `diff_refs`), the finding markers the droid's own user already posted (in any discussion or
 * note of the MR), and per run one discussion per inline finding at its diff position
 * (`POST /merge_requests/:iid/discussions` with `position[...]`) plus one summary note that holds the
 * findings outside the diff. A thread GitLab refuses (400: the line is not in its diff) is folded into
 * the summary note, so no finding is lost. Creates are not retried blindly: after a lost answer the
 * finding's marker (or the run's, for the summary) is looked up first.
 */
import type { ChangedFile } from '../../review/diff.js';
import { markersIn } from '../../review/render.js';
import type { InlineComment, ReviewForge, ReviewPost } from '../../review/types.js';
import { DroidError } from '../../util/errors.js';
import type { Logger } from '../../util/log.js';
import { fitText, GITLAB_LIMITS } from '../limits.js';
import type { CommentRef, CommentTarget } from '../types.js';
import type { DiffPosition, GitLabClient, ProjectRef } from './client.js';
import { GitLabApiError } from './http.js';
import type { GitLabMergeRequestDiff, GitLabUser } from './schemas.js';

export interface GitLabReviewDeps {
  client: GitLabClient;
  projectRef: ProjectRef;
  currentUser(): Promise<GitLabUser>;
  /** the forge's marker-idempotent note upsert: the summary note is found again by the run's marker */
  upsertComment(target: CommentTarget, body: string, marker: string): Promise<CommentRef>;
  log: Logger;
}

/** One file of the diff version the review was read at: its paths and, per new-side line in a hunk, its old-side line (undefined: an added line). */
interface VersionFile {
  oldPath: string;
  newPath: string;
  lines: Map<number, number | undefined>;
}

interface DiffVersion {
  refs: { baseSha: string; startSha: string; headSha: string };
  files: Map<string, VersionFile>;
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** New-side line -> old-side line for every line inside a hunk (added lines map to undefined). Linear. */
export function lineMap(patch: string): Map<number, number | undefined> {
  const map = new Map<number, number | undefined>();
  let oldLine = 0;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of patch.split('\n')) {
    const header = HUNK.exec(line);
    if (header) {
      oldLine = Number(header[1]);
      oldLeft = header[2] === undefined ? 1 : Number(header[2]);
      newLine = Number(header[3]);
      newLeft = header[4] === undefined ? 1 : Number(header[4]);
      continue;
    }
    if (line.startsWith('+') && newLeft > 0) {
      map.set(newLine, undefined);
      newLine += 1;
      newLeft -= 1;
    } else if (line.startsWith('-') && oldLeft > 0) {
      oldLine += 1;
      oldLeft -= 1;
    } else if ((line.startsWith(' ') || line === '') && newLeft > 0 && oldLeft > 0) {
      map.set(newLine, oldLine);
      newLine += 1;
      oldLine += 1;
      newLeft -= 1;
      oldLeft -= 1;
    }
  }
  return map;
}

function status(file: GitLabMergeRequestDiff): ChangedFile['status'] {
  if (file.new_file) return 'added';
  if (file.deleted_file) return 'removed';
  if (file.renamed_file) return 'renamed';
  return 'modified';
}

/**
 * GitHub's ```suggestion replaces the comment's whole range; GitLab's replaces only the line the note
 * sits on unless the fence says how many lines above it belong too (`suggestion:-N+0`).
 */
export function gitlabSuggestion(comment: InlineComment): string {
  if (comment.startLine === undefined || comment.startLine >= comment.line) return comment.body;
  const above = comment.line - comment.startLine;
  return comment.body.replace(/^(`{3,})suggestion[ \t]*$/m, `$1suggestion:-${above}+0`);
}

function folded(comments: InlineComment[]): string {
  const entries = comments.map((c) => `#### \`${c.path.replace(/`/g, "'")}:${c.startLine !== undefined && c.startLine < c.line ? `${c.startLine}-` : ''}${c.line}\`\n\n${c.body}`);
  return `**Findings** (GitLab did not accept them as diff threads)\n\n${entries.join('\n\n')}`;
}

export function gitlabReview(deps: GitLabReviewDeps): ReviewForge {
  const { client, projectRef, log } = deps;
  const versions = new Map<number, DiffVersion>();

  async function readVersion(iid: number): Promise<{ version: DiffVersion; files: ChangedFile[] }> {
    const mr = await client.mergeRequest(projectRef, iid);
    const refs = mr.diff_refs;
    if (!refs?.base_sha || !refs.head_sha || !refs.start_sha) {
      throw new DroidError('platform', `GitLab gave no diff version (diff_refs) for merge request !${iid}`, {
        hint: 'the merge request may still be preparing its diff; run the review again in a moment',
      });
    }
    const diffs = await client.mergeRequestDiffs(projectRef, iid).catch((error: unknown) => {
      if (error instanceof GitLabApiError && error.status === 404) {
        throw new DroidError('platform', `GitLab has no diffs endpoint for merge request !${iid} (${error.message})`, { hint: 'review mode needs GitLab 15.7 or later (GET /projects/:id/merge_requests/:iid/diffs)' });
      }
      throw error;
    });
    const files: ChangedFile[] = [];
    const byPath = new Map<string, VersionFile>();
    for (const d of diffs) {
      const patch = d.diff.trim() === '' ? undefined : d.diff;
      files.push({ path: d.new_path, previousPath: d.renamed_file ? d.old_path : undefined, status: status(d), patch });
      byPath.set(d.new_path, { oldPath: d.old_path, newPath: d.new_path, lines: patch && !d.deleted_file ? lineMap(patch) : new Map() });
    }
    const version: DiffVersion = { refs: { baseSha: refs.base_sha, startSha: refs.start_sha, headSha: refs.head_sha }, files: byPath };
    versions.set(iid, version);
    return { version, files };
  }

  async function ownMarkers(iid: number): Promise<Set<string>> {
    const [discussions, self] = await Promise.all([client.discussions(projectRef, iid), deps.currentUser()]);
    const keys = new Set<string>();
    for (const d of discussions) {
      for (const n of d.notes ?? []) {
        // only what the droid's own user wrote: anyone can paste a marker into a comment
        if (n.system || n.author.id !== self.id) continue;
        for (const key of markersIn(n.body)) keys.add(key);
      }
    }
    return keys;
  }

  function positionFor(version: DiffVersion, comment: InlineComment): DiffPosition | undefined {
    const file = version.files.get(comment.path);
    if (!file || !file.lines.has(comment.line)) return undefined;
    return { ...version.refs, newPath: file.newPath, oldPath: file.oldPath, newLine: comment.line, oldLine: file.lines.get(comment.line) };
  }

  /** true: posted (now or by the lost attempt); false: GitLab refused the position */
  async function postThread(iid: number, comment: InlineComment, position: DiffPosition): Promise<boolean> {
    const body = fitText(gitlabSuggestion(comment), GITLAB_LIMITS.comment, { keep: markersIn(comment.body).map((k) => `<!-- droid:finding=${k} -->`) });
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      try {
        await client.createDiffDiscussion(projectRef, iid, body, position);
        return true;
      } catch (error) {
        if (error instanceof GitLabApiError && error.status === 400) {
          log.warn(`GitLab did not take a thread on ${comment.path}:${comment.line} (${error.message}); the finding goes into the summary note`);
          return false;
        }
        if (!(error instanceof GitLabApiError && error.maybeApplied) || attempt === 2) throw error;
        log.warn(`${error.message}; looking for the thread before trying again`);
        const key = markersIn(comment.body)[0];
        if (key && (await ownMarkers(iid)).has(key)) return true;
      }
    }
    return true;
  }

  return {
    diff: async (iid) => (await readVersion(iid)).files,
    postedMarkers: ownMarkers,
    postReview: async (post: ReviewPost) => {
      const version = versions.get(post.number) ?? (await readVersion(post.number)).version;
      if (version.refs.headSha !== post.headSha) log.debug(`merge request !${post.number}: reviewed at ${version.refs.headSha}, the pipeline's head is ${post.headSha}`);
      const refused: InlineComment[] = [];
      for (const comment of post.comments) {
        const position = positionFor(version, comment);
        if (!position || !(await postThread(post.number, comment, position))) refused.push(comment);
      }
      const body = refused.length ? `${post.body}\n\n${folded(refused)}` : post.body;
      const note = await deps.upsertComment({ kind: 'change', number: post.number }, body, post.marker);
      return { url: note.url };
    },
  };
}
