import type { Severity } from '../config/types.js';
/** What the review stage needs of a forge (PRODUCT.md §13); src/forge/github/review.ts and src/forge/gitlab/review.ts implement it. */
import type { ChangedFile } from './diff.js';

export interface InlineComment {
  path: string;
  /** the (last) line of the new side the comment sits on */
  line: number;
  /** a multi-line comment: its first line, in the same hunk */
  startLine?: number | undefined;
  body: string;
}

export interface ReviewPost {
  number: number;
  /** the head commit the diff was read at: comments are anchored to it */
  headSha: string;
  body: string;
  comments: InlineComment[];
  /** a hidden marker in the body, unique to this run: a retried post finds the review it already made */
  marker: string;
}

export interface ReviewForge {
  /** the PR's changed files with their patches, as the forge computes them (base...head); a local review diffs against baseBranch */
  diff(number: number, baseBranch: string): Promise<ChangedFile[]>;
  /** finding markers already posted on the PR by the droid's own account (review comments and review bodies) */
  postedMarkers(number: number): Promise<Set<string>>;
  /** one review (GitHub) or one discussion per comment plus a summary note (GitLab) */
  postReview(post: ReviewPost): Promise<{ url?: string | undefined }>;
}

/** What a review run posted (the outcome's `review`, output `findings`). */
export interface ReviewSummary {
  /** findings posted this run (inline and in the body) */
  findings: number;
  inline: number;
  outsideDiff: number;
  /** findings an earlier run had posted */
  duplicates: number;
  url?: string | undefined;
  /** posted findings at or above review.fail_on */
  failing: number;
  failOn: Severity | 'none';
}
