import { loginOf } from '../../git/trailers.js';
import { DroidError } from '../../util/errors.js';
import { configEntriesToEnv, type GitConfigEntry } from '../../git/auth.js';
import type { Logger } from '../../util/log.js';
import type {
  ActorAccess,
  ChangeRequest,
  ChangeRequestSpec,
  CiJob,
  CiStatus,
  CommentRef,
  CommentTarget,
  CommentText,
  ChangeRequestQuery,
  Forge,
  ForgeTraits,
  UpsertResult,
} from '../types.js';
import { fitText, fitTitle, GITLAB_LIMITS } from '../limits.js';
import { GitLabClient, type MergeRequestFields, type ProjectRef } from './client.js';
import { GitLabApiError, type ApiCall } from './http.js';
import { accessLevel, BLOCKED_STATES, changeState, draftTitle, isDraftTitle, jobState, pipelineState, stripDraft } from './mapping.js';
import { gitlabReview } from './review.js';
import type { GitLabMergeRequest, GitLabNote, GitLabUser } from './schemas.js';

export interface GitLabForgeOptions {
  token: string;
  /** "group/subgroup/project" (CI_PROJECT_PATH) or the numeric id (CI_PROJECT_ID) */
  project: string | number;
  /** needed for `repo` and `cloneUrl()` when `project` is a numeric id */
  projectPath?: string | undefined;
  /** CI_API_V4_URL; default `${serverUrl}/api/v4` */
  apiUrl?: string | undefined;
  /** CI_SERVER_URL, e.g. https://gitlab.example.com (self-managed: any URL, also with a path) */
  serverUrl: string;
  /** CI_JOB_URL */
  jobUrl?: string | undefined;
  log: Logger;
  /** PEM text of a private CA (read from CI_SERVER_TLS_CA_FILE) */
  ca?: string | undefined;
  /** path of that CA file, handed to git as http.sslCAInfo */
  caFile?: string | undefined;
  /** other URL bases git reaches the instance at (the runner's clone URL when its `clone_url` differs); the token is scoped to these too */
  gitUrls?: string[] | undefined;
  retries?: number | undefined;
  baseDelayMs?: number | undefined;
  maxDelayMs?: number | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
  onCall?: ((call: ApiCall) => void) | undefined;
  /** bytes of a job log kept from its start and from its end (default 256 KiB each) */
  logKeepBytes?: number | undefined;
}

/** The Forge for GitLab, plus what the relay needs on top of it. */
export interface GitLabForge extends Forge {
  readonly client: GitLabClient;
  readonly projectRef: ProjectRef;
}

export function createGitLabForge(options: GitLabForgeOptions): GitLabForge {
  const serverUrl = options.serverUrl.replace(/\/+$/, '');
  const apiUrl = (options.apiUrl ?? `${serverUrl}/api/v4`).replace(/\/+$/, '');
  const projectRef: ProjectRef = options.project;
  const projectPath = typeof options.project === 'string' ? options.project : options.projectPath;
  const log = options.log;
  const client = new GitLabClient({
    apiUrl,
    token: options.token,
    log,
    ca: options.ca,
    retries: options.retries,
    baseDelayMs: options.baseDelayMs,
    maxDelayMs: options.maxDelayMs,
    sleep: options.sleep,
    onCall: options.onCall,
    maxTextBytes: options.logKeepBytes ?? 256 * 1024,
  });
  let me: Promise<GitLabUser> | undefined;
  const currentUser = (): Promise<GitLabUser> => (me ??= client.currentUser());
  const userIds = new Map<string, number | undefined>();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const lookupPauseMs = options.baseDelayMs ?? 1000;

  async function userIdFor(username: string): Promise<number | undefined> {
    const key = username.replace(/^@/, '').toLowerCase();
    if (!userIds.has(key)) {
      const users = await client.usersByUsername(key);
      userIds.set(key, users.find((u) => u.username.toLowerCase() === key)?.id);
    }
    return userIds.get(key);
  }

  function toChange(mr: GitLabMergeRequest): ChangeRequest {
    return {
      number: mr.iid,
      url: mr.web_url,
      sourceBranch: mr.source_branch,
      targetBranch: mr.target_branch,
      title: stripDraft(mr.title),
      body: mr.description ?? '',
      draft: mr.draft ?? mr.work_in_progress ?? isDraftTitle(mr.title),
      state: changeState(mr.state),
      headSha: mr.sha ?? '',
      author: mr.author.username,
      labels: mr.labels?.map((l) => (typeof l === 'string' ? l : l.name)),
    };
  }

  /** the MR's source branch is in this project (source_branch= also lists MRs from forks with that branch name) */
  function fromHere(mr: GitLabMergeRequest): boolean {
    return mr.source_project_id !== undefined && mr.target_project_id !== undefined && mr.source_project_id === mr.target_project_id;
  }

  /**
   * A marker is anyone's to type: an MR carrying one is the droid's only when its source branch is a
   * droid branch of this project, or the token's own user opened it (PRODUCT.md §10).
   */
  function trusted(mr: GitLabMergeRequest, self: GitLabUser, branchPrefix: string | undefined): boolean {
    if (mr.author.id === self.id) return true;
    return fromHere(mr) && branchPrefix !== undefined && mr.source_branch.startsWith(branchPrefix);
  }

  async function findChangeRequest(query: ChangeRequestQuery): Promise<ChangeRequest | undefined> {
    if (query.sourceBranch) {
      const mr = (await client.openMergeRequestsBySource(projectRef, query.sourceBranch)).find(fromHere);
      if (mr) return toChange(mr);
    }
    if (query.marker) {
      const marker = query.marker;
      const self = await currentUser();
      const term = marker.replace(/^<!--\s*|\s*-->$/g, '');
      const found = (await client.openMergeRequestsSearch(projectRef, term)).find(
        (mr) => (mr.description ?? '').includes(marker) && trusted(mr, self, query.branchPrefix),
      );
      if (found) return toChange(found);
    }
    return undefined;
  }

  async function resolveReviewers(usernames: string[], warnings: string[]): Promise<number[]> {
    const ids: number[] = [];
    for (const name of new Set(usernames.map((u) => u.replace(/^@/, '')))) {
      if (!/^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/.test(name)) {
        warnings.push(`reviewer "${name}" is not a valid GitLab username; skipped`);
        continue;
      }
      const id = await userIdFor(name);
      if (id === undefined) warnings.push(`reviewer @${name} is not a GitLab user; skipped`);
      else ids.push(id);
    }
    return ids;
  }

  async function upsertChangeRequest(spec: ChangeRequestSpec, existing?: ChangeRequest): Promise<UpsertResult> {
    const warnings: string[] = [];
    if (spec.teamReviewers.length > 0) {
      warnings.push(`team reviewers (${spec.teamReviewers.join(', ')}) are a GitHub feature; GitLab ignores them`);
    }
    const reviewerIds = await resolveReviewers(spec.reviewers, warnings);
    const title = fitTitle(draftTitle(spec.title, spec.draft), GITLAB_LIMITS.title);
    spec = { ...spec, body: fitBody(spec.body) };
    const current = existing ?? (await findChangeRequest({ sourceBranch: spec.sourceBranch }));
    if (current) {
      return { action: 'updated', change: await update(current.number, spec, title, reviewerIds), warnings };
    }
    const fields = {
      description: spec.body,
      labels: spec.labels.join(','),
      ...(reviewerIds.length > 0 ? { reviewerIds } : {}),
      removeSourceBranch: true,
    };
    try {
      const mr = await client.createMergeRequest(projectRef, spec.sourceBranch, spec.targetBranch, title, fields);
      return { action: 'created', change: toChange(mr), warnings };
    } catch (error) {
      // 409: "Another open merge request already exists for this source branch" (a race, or our own earlier POST)
      const lost = error instanceof GitLabApiError && (error.maybeApplied || error.status === 409);
      if (!lost) throw error;
      log.warn(`${error.message}; looking the merge request up by its branch before trying again`);
      const found = await findChangeRequest({ sourceBranch: spec.sourceBranch });
      // found after a 409: someone else's run made it (updated); after a lost answer: ours (created)
      if (found) return { action: error.status === 409 ? 'updated' : 'created', change: await update(found.number, spec, title, reviewerIds), warnings };
      if (error.status === 409) throw error;
      const mr = await client.createMergeRequest(projectRef, spec.sourceBranch, spec.targetBranch, title, fields);
      return { action: 'created', change: toChange(mr), warnings };
    }
  }

  async function update(iid: number, spec: ChangeRequestSpec, title: string, reviewerIds: number[]): Promise<ChangeRequest> {
    const before = await client.mergeRequest(projectRef, iid);
    // keep reviewers and labels that people added by hand: reviewer_ids replaces the set, add_labels does not
    const keep = (before.reviewers ?? []).map((r) => r.id);
    const fields: MergeRequestFields = {
      title,
      description: spec.body,
      targetBranch: spec.targetBranch,
      ...(spec.labels.length > 0 ? { addLabels: spec.labels.join(',') } : {}),
      ...(reviewerIds.length > 0 ? { reviewerIds: [...new Set([...keep, ...reviewerIds])] } : {}),
    };
    return toChange(await client.editMergeRequest(projectRef, iid, fields));
  }

  /** within GitLab's 1,000,000 characters, the droid's markers kept */
  function fitBody(body: string): string {
    return fitText(body, GITLAB_LIMITS.body, { keep: [...new Set(body.match(/<!-- droid:[^>\n]{0,200}-->/g) ?? [])] });
  }

  function noteUrl(target: CommentTarget, id: number): string {
    const kind = target.kind === 'change' ? 'merge_requests' : 'issues';
    return `${serverUrl}/${projectPath ?? String(projectRef)}/-/${kind}/${target.number}#note_${id}`;
  }

  async function findOwnNote(target: CommentTarget, marker: string): Promise<GitLabNote | undefined> {
    const self = await currentUser();
    const notes = await client.notes(projectRef, target.kind, target.number);
    // only our own notes: anyone can paste a marker into a comment
    return notes.find((n) => !n.system && n.author.id === self.id && n.body.includes(marker));
  }

  /** `/droid approve`: the latest note on the thread that carries `marker` and that the droid's own user wrote */
  async function findOwnComment(target: CommentTarget, marker: string): Promise<CommentText | undefined> {
    const self = await currentUser();
    const notes = await client.notes(projectRef, target.kind, target.number);
    const own = notes.filter((n) => !n.system && n.author.id === self.id && n.body.includes(marker)).at(-1);
    return own ? { id: own.id, url: noteUrl(target, own.id), body: own.body } : undefined;
  }

  /** After a create whose answer was lost: the list may lag behind it, so look twice, pausing between. */
  async function findAfterLostCreate(target: CommentTarget, marker: string): Promise<GitLabNote | undefined> {
    for (let lookup = 1; lookup <= 2; lookup += 1) {
      const found = await findOwnNote(target, marker);
      if (found) return found;
      await sleep(lookupPauseMs * lookup);
    }
    return undefined;
  }

  async function upsertComment(target: CommentTarget, body: string, marker: string, existing?: CommentRef): Promise<CommentRef> {
    const text = fitText(body.includes(marker) ? body : `${body}\n\n${marker}`, GITLAB_LIMITS.comment, { keep: marker ? [marker] : [] });
    const ref = (id: number): CommentRef => ({ id, url: noteUrl(target, id), target });
    const noteId = existing?.id ?? (await findOwnNote(target, marker))?.id;
    if (noteId !== undefined) {
      try {
        return ref((await client.editNote(projectRef, target.kind, target.number, noteId, text)).id);
      } catch (error) {
        if (!(error instanceof GitLabApiError && error.status === 404 && existing)) throw error;
        // the note was deleted: make a new one below
      }
    }
    try {
      return ref((await client.createNote(projectRef, target.kind, target.number, text)).id);
    } catch (error) {
      if (!(error instanceof GitLabApiError && error.maybeApplied)) throw error;
      log.warn(`${error.message}; looking for the comment before trying again`);
      const found = await findAfterLostCreate(target, marker);
      if (found) return ref((await client.editNote(projectRef, target.kind, target.number, found.id, text)).id);
      return ref((await client.createNote(projectRef, target.kind, target.number, text)).id);
    }
  }

  async function ciStatus(sha: string, opts: { ignoreJobNames?: string[] } = {}): Promise<CiStatus> {
    const ignore = new Set(opts.ignoreJobNames ?? []);
    const pipelines = await client.pipelinesForSha(projectRef, sha);
    // the newest pipeline per ref: a retried or re-run pipeline replaces the older one for the same ref
    const latest = new Map<string, (typeof pipelines)[number]>();
    for (const p of pipelines) if (!latest.has(p.ref) || latest.get(p.ref)!.id < p.id) latest.set(p.ref, p);
    const jobs: CiJob[] = [];
    const states = new Set<string>();
    for (const p of latest.values()) {
      const all = await client.pipelineJobs(projectRef, p.id);
      const pipelineJobs = all.filter((j) => !ignore.has(j.name));
      // no jobs listed yet: the pipeline's own status says it all; only our own jobs: not a CI result
      if (all.length === 0) states.add(pipelineState(p.status));
      if (pipelineJobs.length === 0) continue;
      for (const j of pipelineJobs) {
        const state = jobState(j.status, j.allow_failure ?? false);
        states.add(state);
        jobs.push({ id: j.id, name: j.name, state, url: j.web_url, logAvailable: j.status !== 'created' && j.status !== 'skipped' && j.status !== 'manual' });
      }
    }
    const state = states.has('failure') ? 'failure' : states.has('pending') ? 'pending' : 'success';
    // nothing but our own jobs (or no pipeline at all): no CI result for this SHA yet
    const empty = states.size === 0;
    return { state: empty ? 'pending' : state, jobs, empty };
  }

  async function jobLog(job: CiJob): Promise<string> {
    return cleanTrace(await client.jobTrace(projectRef, job.id));
  }

  async function actorAccess(login: string): Promise<ActorAccess> {
    const username = login.replace(/^@/, '');
    const none: ActorAccess = { login: username, level: 'none', isBot: false, blocked: false };
    if (!/^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/.test(username)) return none;
    const found = (await client.usersByUsername(username)).find((u) => u.username.toLowerCase() === username.toLowerCase());
    if (!found) return none;
    // the list endpoint omits `bot` for non-admin tokens; the single-user endpoint has it
    const user = typeof found.bot === 'boolean' ? found : await client.user(found.id);
    const base: ActorAccess = { login: user.username, level: 'none', isBot: user.bot === true, blocked: BLOCKED_STATES.has(user.state) };
    try {
      const member = await client.memberAll(projectRef, user.id);
      if (member.membership_state === 'awaiting') return base;
      return { ...base, level: accessLevel(member.access_level), blocked: base.blocked || BLOCKED_STATES.has(member.state ?? '') };
    } catch (error) {
      if (error instanceof GitLabApiError && error.status === 404) return base;
      throw error;
    }
  }

  async function defaultBranch(): Promise<string> {
    const p = await client.project(projectRef);
    if (!p.default_branch) {
      throw new DroidError('platform', `GitLab project ${p.path_with_namespace} has no default branch (empty repository?)`, {
        hint: 'push a first commit, or set pr.target_branch in .droid.yml',
      });
    }
    return p.default_branch;
  }

  function gitAuthEnv(): Record<string, string> {
    const basic = Buffer.from(`oauth2:${options.token}`).toString('base64');
    const entries: GitConfigEntry[] = [];
    for (const base of new Set([serverUrl, ...(options.gitUrls ?? []).map((u) => u.replace(/\/+$/, ''))])) {
      entries.push([`http.${base}/.extraheader`, `Authorization: Basic ${basic}`]);
      if (options.caFile) entries.push([`http.${base}/.sslCAInfo`, options.caFile]);
    }
    return configEntriesToEnv(entries);
  }

  function cloneUrl(): string {
    if (!projectPath) {
      throw new DroidError('usage', 'the GitLab project path is unknown, so there is no clone URL', {
        hint: 'pass the project as "group/project" (CI_PROJECT_PATH)',
      });
    }
    return `${serverUrl}/${projectPath}.git`;
  }

  return {
    platform: 'gitlab',
    traits: gitlabTraits(serverUrl),
    repo: projectPath ?? String(projectRef),
    client,
    projectRef,
    defaultBranch,
    actorAccess,
    findChangeRequest,
    getChangeRequest: async (number) => toChange(await client.mergeRequest(projectRef, number)),
    upsertChangeRequest,
    closeChangeRequest: async (number) => {
      await client.editMergeRequest(projectRef, number, { stateEvent: 'close' });
    },
    upsertComment,
    findOwnComment,
    ciStatus,
    jobLog,
    gitAuthEnv,
    cloneUrl,
    jobUrl: () => options.jobUrl,
    review: gitlabReview({ client, projectRef, currentUser, upsertComment, log }),
  };
}

/** GitLab job traces carry ANSI colours and collapsible-section markers; the summariser wants text. */
export function cleanTrace(trace: string): string {
  return trace
    .replace(/\r\n/g, '\n')
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
    .replace(/section_(?:start|end):\d+:[A-Za-z0-9_.-]+(?:\[[^\]]*\])?\r?/g, '')
    .replace(/^.*\r(?!\n)/gm, '');
}

/** MRs, GitLab's lengths, and a co-author address on this instance's noreply domain. */
export function gitlabTraits(serverUrl: string): ForgeTraits {
  const host = hostOf(serverUrl);
  return {
    pushes: true,
    returnsToStart: false,
    changeNoun: { short: 'MR', long: 'merge request' },
    limits: GITLAB_LIMITS,
    coAuthor: (actor) => {
      const login = loginOf(actor);
      return `${login} <${login}@users.noreply.${host}>`;
    },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || 'gitlab.com';
  } catch {
    return 'gitlab.com';
  }
}
