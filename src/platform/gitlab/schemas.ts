import * as z from 'zod';
import { DroidError } from '../../util/errors.js';

/**
 * The parts of GitLab v4 responses the adapter reads, validated (renovate-style) so a proxy's HTML
 * page or a changed field fails with a clear message instead of `undefined` further down.
 * Objects are not strict: GitLab adds fields over time.
 */
export const userRef = z.object({
  id: z.number().int(),
  username: z.string(),
});

export const user = userRef.extend({
  state: z.string(),
  bot: z.boolean().nullish(),
});

export const member = userRef.extend({
  state: z.string().optional(),
  access_level: z.number().int(),
  membership_state: z.string().optional(),
});

export const project = z.object({
  id: z.number().int(),
  path_with_namespace: z.string(),
  default_branch: z.string().nullable(),
  web_url: z.string(),
  http_url_to_repo: z.string().optional(),
});

export const mergeRequest = z.object({
  id: z.number().int(),
  iid: z.number().int(),
  project_id: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  state: z.string(),
  draft: z.boolean().optional(),
  work_in_progress: z.boolean().optional(),
  source_branch: z.string(),
  target_branch: z.string(),
  source_project_id: z.number().int().optional(),
  target_project_id: z.number().int().optional(),
  sha: z.string().nullable(),
  web_url: z.string(),
  author: userRef,
  labels: z.array(z.union([z.string(), z.object({ name: z.string() })])).optional(),
  reviewers: z.array(userRef).nullish(),
  /** the MR's current diff version (single-MR endpoint): what a diff note's position names */
  diff_refs: z.object({ base_sha: z.string(), head_sha: z.string(), start_sha: z.string() }).nullish(),
});

/** GET /projects/:id/merge_requests/:iid/diffs (GitLab 15.7+): one entry per changed file */
export const mergeRequestDiff = z.object({
  old_path: z.string(),
  new_path: z.string(),
  new_file: z.boolean(),
  renamed_file: z.boolean(),
  deleted_file: z.boolean(),
  diff: z.string(),
});

export const note = z.object({
  id: z.number().int(),
  body: z.string(),
  system: z.boolean().optional(),
  author: userRef,
});

/** GET /projects/:id/merge_requests/:iid/discussions: threads with their notes (diff notes and plain ones) */
export const discussion = z.object({
  id: z.string(),
  individual_note: z.boolean().optional(),
  notes: z.array(note).nullish(),
});

export const pipeline = z.object({
  id: z.number().int(),
  sha: z.string(),
  ref: z.string(),
  status: z.string(),
  source: z.string().optional(),
  web_url: z.string(),
});

export const job = z.object({
  id: z.number().int(),
  name: z.string(),
  stage: z.string().optional(),
  status: z.string(),
  allow_failure: z.boolean().optional(),
  web_url: z.string(),
});

export const pipelineVariable = z.object({ key: z.string(), value: z.string() });

/** GET /personal_access_tokens/self (personal, project and group access tokens) */
export const tokenSelf = z.object({
  name: z.string().optional(),
  scopes: z.array(z.string()),
  active: z.boolean().optional(),
  expires_at: z.string().nullish(),
});

export type GitLabUser = z.infer<typeof user>;
export type GitLabMember = z.infer<typeof member>;
export type GitLabProject = z.infer<typeof project>;
export type GitLabMergeRequest = z.infer<typeof mergeRequest>;
export type GitLabNote = z.infer<typeof note>;
export type GitLabMergeRequestDiff = z.infer<typeof mergeRequestDiff>;
export type GitLabDiscussion = z.infer<typeof discussion>;
export type GitLabPipeline = z.infer<typeof pipeline>;
export type GitLabJob = z.infer<typeof job>;
export type GitLabTokenSelf = z.infer<typeof tokenSelf>;

/** Validates one response; the error names the endpoint and the first fields that did not fit. */
export function parseResponse<T>(schema: z.ZodType<T>, value: unknown, endpoint: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new DroidError('platform', `GitLab API ${endpoint} answered an unexpected shape (${issues})`, {
    hint: 'is CI_API_V4_URL pointing at a GitLab API (not a proxy login page)?',
  });
}
