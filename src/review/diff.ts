/**
 * A pull request's diff, file by file, as the forge shows it: which lines of the new side a review
 * comment may sit on. GitHub (and GitLab) accept an inline comment only on a line inside a hunk (an
 * added or a context line); a multi-line comment must start and end in the same hunk.
 */
export interface ChangedFile {
  path: string;
  previousPath?: string | undefined;
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** the unified diff of the file (hunks only); absent for binary or very large files */
  patch?: string | undefined;
}

export interface Hunk {
  /** first and last line of the new side */
  start: number;
  end: number;
  /** new-side lines that are added (not context) */
  added: Set<number>;
}

export interface FileDiff {
  path: string;
  status: ChangedFile['status'];
  hunks: Hunk[];
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Hunks of one file's patch. Linear; lines outside a hunk header's count are ignored. */
export function parseHunks(patch: string | undefined): Hunk[] {
  if (!patch) return [];
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  let next = 0;
  let remaining = 0;
  for (const line of patch.split('\n')) {
    const header = HUNK.exec(line);
    if (header) {
      const start = Number(header[1]);
      const count = header[2] === undefined ? 1 : Number(header[2]);
      current = { start, end: start + count - 1, added: new Set() };
      if (count > 0) hunks.push(current);
      next = start;
      remaining = count;
      continue;
    }
    if (!current || remaining <= 0) continue;
    if (line.startsWith('+')) {
      current.added.add(next);
      next += 1;
      remaining -= 1;
    } else if (line.startsWith(' ') || line === '') {
      next += 1;
      remaining -= 1;
    }
    // '-' lines and '\ No newline at end of file' do not move the new side
  }
  return hunks;
}

export function fileDiffs(files: ChangedFile[]): Map<string, FileDiff> {
  const out = new Map<string, FileDiff>();
  for (const file of files) out.set(file.path, { path: file.path, status: file.status, hunks: file.status === 'removed' ? [] : parseHunks(file.patch) });
  return out;
}

/** Where a finding can be anchored: a range inside one hunk, a single line, or nowhere (the review body). */
export type Anchor = { kind: 'range'; start: number; end: number } | { kind: 'line'; line: number } | { kind: 'none' };

export function anchorFor(diff: FileDiff | undefined, line: number, endLine: number): Anchor {
  if (!diff) return { kind: 'none' };
  const hunk = diff.hunks.find((h) => line >= h.start && line <= h.end);
  if (!hunk) {
    const endHunk = diff.hunks.find((h) => endLine >= h.start && endLine <= h.end);
    return endHunk ? { kind: 'line', line: endLine } : { kind: 'none' };
  }
  if (endLine === line) return { kind: 'line', line };
  return endLine <= hunk.end ? { kind: 'range', start: line, end: endLine } : { kind: 'line', line };
}

/** The diff as the engine reads it: file headers and hunks, bounded. */
export function diffText(files: ChangedFile[], maxChars: number): { text: string; truncated: boolean } {
  const parts: string[] = [];
  let size = 0;
  let truncated = false;
  for (const file of files) {
    const header = `diff --git a/${file.previousPath ?? file.path} b/${file.path}\n# ${file.status}${file.previousPath ? ` (from ${file.previousPath})` : ''}\n`;
    const body = file.patch ? `${file.patch}\n` : '# (no text diff: binary or too large)\n';
    if (size + header.length + body.length > maxChars) {
      truncated = true;
      parts.push(`${header}# (diff left out: the diff is larger than ${maxChars} characters)\n`);
      size += header.length;
      continue;
    }
    parts.push(header + body);
    size += header.length + body.length;
  }
  return { text: parts.join(''), truncated };
}
