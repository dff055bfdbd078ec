/**
 * Review mode on `--platform local` (PRODUCT.md §13): the diff of the current branch against its merge
 * base with the base branch, read with the repository's own git, and the review written to
 * `.droid/review.md` (as a PR body goes to `.droid/pr.md`) instead of being posted. Every run writes the
 * whole review again: there is no earlier review to de-duplicate against.
 */
import type { ChangedFile } from '../../review/diff.js';
import type { InlineComment, ReviewForge } from '../../review/types.js';

export interface LocalReviewDeps {
  /** `git diff -M base...HEAD` */
  diff(base: string): Promise<string>;
  /** writes an artifact into .droid/ and returns its path */
  write(name: string, content: string): Promise<string>;
}

const QUOTED = /^"(.*)"$/;

function unquote(path: string): string {
  const m = QUOTED.exec(path);
  return m?.[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : path;
}

/** `git diff` output -> one ChangedFile per `diff --git` section (patch from its first hunk header). Linear. */
export function parseGitDiff(text: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  const sections = text.split(/^(?=diff --git )/m).filter((s) => s.startsWith('diff --git '));
  for (const section of sections) {
    const lines = section.split('\n');
    let oldPath: string | undefined;
    let newPath: string | undefined;
    let status: ChangedFile['status'] = 'modified';
    let renamedFrom: string | undefined;
    let hunkAt = -1;
    for (let i = 1; i < lines.length; i += 1) {
      const line = lines[i] ?? '';
      if (line.startsWith('@@')) {
        hunkAt = i;
        break;
      }
      if (line.startsWith('new file mode')) status = 'added';
      else if (line.startsWith('deleted file mode')) status = 'removed';
      else if (line.startsWith('rename from ')) renamedFrom = unquote(line.slice('rename from '.length));
      else if (line.startsWith('rename to ')) {
        status = 'renamed';
        newPath = unquote(line.slice('rename to '.length));
      } else if (line.startsWith('--- ')) oldPath = line === '--- /dev/null' ? undefined : unquote(line.slice(4)).replace(/^a\//, '');
      else if (line.startsWith('+++ ')) newPath = line === '+++ /dev/null' ? newPath : unquote(line.slice(4)).replace(/^b\//, '');
    }
    if (!newPath) {
      // no ---/+++ lines (a binary or a pure rename): the paths of the header, `a/x b/y`
      const header = /^diff --git a\/(.+) b\/(.+)$/.exec(lines[0] ?? '');
      newPath = status === 'removed' ? (oldPath ?? header?.[1]) : header?.[2];
    }
    if (!newPath) continue;
    const patch = hunkAt >= 0 ? lines.slice(hunkAt).join('\n').replace(/\n$/, '') : undefined;
    files.push({ path: newPath, previousPath: renamedFrom, status, patch });
  }
  return files;
}

function inlineSection(comment: InlineComment): string {
  const where = comment.startLine !== undefined && comment.startLine < comment.line ? `${comment.startLine}-${comment.line}` : String(comment.line);
  return `### \`${comment.path.replace(/`/g, "'")}:${where}\`\n\n${comment.body}`;
}

export function localReview(deps: LocalReviewDeps): ReviewForge {
  return {
    diff: async (_number, base) => parseGitDiff(await deps.diff(base)),
    postedMarkers: async () => new Set<string>(),
    postReview: async (post) => {
      const parts = [post.body];
      if (post.comments.length) parts.push('', '## On the diff', '', post.comments.map(inlineSection).join('\n\n'));
      const file = await deps.write('review.md', `${parts.join('\n')}\n`);
      return { url: file };
    },
  };
}
