import { IssueNotes, Jobs, MergeRequestDiscussions, MergeRequestNotes, MergeRequests, PersonalAccessTokens, Pipelines, ProjectMembers, Projects, Users } from '@gitbeaker/rest';
import * as z from 'zod';
import { createRequester, GITBEAKER_HOST, type GitLabHttpOptions } from './http.js';
import * as s from './schemas.js';

/**
 * One method per GitLab v4 endpoint the droid uses, on gitbeaker's resources with our requester
 * underneath (http.ts); every answer is validated by a schema. No domain logic here (see forge.ts).
 */
export type ProjectRef = string | number;

const PER_PAGE = 100;
/** lists are bounded: 10 pages of 100 is far more than one branch, MR or SHA ever has */
const MAX_PAGES = 10;

export interface MergeRequestFields {
  title?: string;
  description?: string;
  labels?: string;
  addLabels?: string;
  reviewerIds?: number[];
  targetBranch?: string;
  removeSourceBranch?: boolean;
  stateEvent?: 'close' | 'reopen';
}

/** where a diff note sits (GitLab's `position[...]`, position_type text); oldLine only on an unchanged line */
export interface DiffPosition {
  baseSha: string;
  startSha: string;
  headSha: string;
  newPath: string;
  oldPath: string;
  newLine: number;
  oldLine?: number | undefined;
}

export class GitLabClient {
  private readonly projects: InstanceType<typeof Projects>;
  private readonly users: InstanceType<typeof Users>;
  private readonly members: InstanceType<typeof ProjectMembers>;
  private readonly mergeRequests: InstanceType<typeof MergeRequests>;
  private readonly mrNotes: InstanceType<typeof MergeRequestNotes>;
  private readonly mrDiscussions: InstanceType<typeof MergeRequestDiscussions>;
  private readonly issueNotes: InstanceType<typeof IssueNotes>;
  private readonly pipelines: InstanceType<typeof Pipelines>;
  private readonly jobs: InstanceType<typeof Jobs>;
  private readonly tokens: InstanceType<typeof PersonalAccessTokens>;

  constructor(options: GitLabHttpOptions) {
    const config = {
      host: GITBEAKER_HOST,
      token: options.token,
      requesterFn: createRequester(options),
      // our requester times out each attempt; gitbeaker's whole-call timeout would cut our retries short
      queryTimeout: 0,
      // our requester does not use gitbeaker's client-side limiter
      rateLimits: {},
    };
    this.projects = new Projects(config);
    this.users = new Users(config);
    this.members = new ProjectMembers(config);
    this.mergeRequests = new MergeRequests(config);
    this.mrNotes = new MergeRequestNotes(config);
    this.mrDiscussions = new MergeRequestDiscussions(config);
    this.issueNotes = new IssueNotes(config);
    this.pipelines = new Pipelines(config);
    this.jobs = new Jobs(config);
    this.tokens = new PersonalAccessTokens(config);
  }

  async project(project: ProjectRef): Promise<s.GitLabProject> {
    return s.parseResponse(s.project, await this.projects.show(project), 'GET /projects/:id');
  }

  async currentUser(): Promise<s.GitLabUser> {
    return s.parseResponse(s.user, await this.users.showCurrentUser(), 'GET /user');
  }

  /** The token's own scopes and expiry (doctor); 404 on instances older than 15.5 */
  async tokenSelf(): Promise<s.GitLabTokenSelf> {
    return s.parseResponse(s.tokenSelf, await this.tokens.show(), 'GET /personal_access_tokens/self');
  }

  async usersByUsername(username: string): Promise<s.GitLabUser[]> {
    return s.parseResponse(z.array(s.user), await this.users.all({ username }), 'GET /users?username=');
  }

  async user(id: number): Promise<s.GitLabUser> {
    return s.parseResponse(s.user, await this.users.show(id), 'GET /users/:id');
  }

  /** effective membership: direct, inherited from groups and from invited groups */
  async memberAll(project: ProjectRef, userId: number): Promise<s.GitLabMember> {
    const value = await this.members.show(project, userId, { includeInherited: true });
    return s.parseResponse(s.member, value, 'GET /projects/:id/members/all/:user_id');
  }

  async openMergeRequestsBySource(project: ProjectRef, sourceBranch: string): Promise<s.GitLabMergeRequest[]> {
    const value = await this.mergeRequests.all({ projectId: project, sourceBranch, state: 'opened', perPage: PER_PAGE, maxPages: MAX_PAGES });
    return s.parseResponse(z.array(s.mergeRequest), value, 'GET /projects/:id/merge_requests?source_branch=');
  }

  async openMergeRequestsSearch(project: ProjectRef, search: string): Promise<s.GitLabMergeRequest[]> {
    const value = await this.mergeRequests.all({ projectId: project, search, state: 'opened', perPage: PER_PAGE, maxPages: MAX_PAGES });
    return s.parseResponse(z.array(s.mergeRequest), value, 'GET /projects/:id/merge_requests?search=');
  }

  async mergeRequest(project: ProjectRef, iid: number): Promise<s.GitLabMergeRequest> {
    return s.parseResponse(s.mergeRequest, await this.mergeRequests.show(project, iid), 'GET /projects/:id/merge_requests/:iid');
  }

  async createMergeRequest(
    project: ProjectRef,
    sourceBranch: string,
    targetBranch: string,
    title: string,
    fields: Omit<MergeRequestFields, 'title' | 'targetBranch' | 'addLabels' | 'stateEvent'>,
  ): Promise<s.GitLabMergeRequest> {
    const value = await this.mergeRequests.create(project, sourceBranch, targetBranch, title, fields);
    return s.parseResponse(s.mergeRequest, value, 'POST /projects/:id/merge_requests');
  }

  async editMergeRequest(project: ProjectRef, iid: number, fields: MergeRequestFields): Promise<s.GitLabMergeRequest> {
    const value = await this.mergeRequests.edit(project, iid, fields);
    return s.parseResponse(s.mergeRequest, value, 'PUT /projects/:id/merge_requests/:iid');
  }

  /** the changed files of the MR's current diff version, with their unified diffs */
  async mergeRequestDiffs(project: ProjectRef, iid: number): Promise<s.GitLabMergeRequestDiff[]> {
    const value = await this.mergeRequests.allDiffs(project, iid, { perPage: PER_PAGE, maxPages: MAX_PAGES });
    return s.parseResponse(z.array(s.mergeRequestDiff), value, 'GET /projects/:id/merge_requests/:iid/diffs');
  }

  async discussions(project: ProjectRef, iid: number): Promise<s.GitLabDiscussion[]> {
    const value = await this.mrDiscussions.all(project, iid, { perPage: PER_PAGE, maxPages: MAX_PAGES });
    return s.parseResponse(z.array(s.discussion), value, 'GET /projects/:id/merge_requests/:iid/discussions');
  }

  /** a thread on a diff line (gitbeaker sends the position as form fields `position[...]`) */
  async createDiffDiscussion(project: ProjectRef, iid: number, body: string, position: DiffPosition): Promise<s.GitLabDiscussion> {
    const value = await this.mrDiscussions.create(project, iid, body, {
      position: {
        baseSha: position.baseSha,
        startSha: position.startSha,
        headSha: position.headSha,
        positionType: 'text',
        newPath: position.newPath,
        oldPath: position.oldPath,
        newLine: String(position.newLine),
        ...(position.oldLine !== undefined ? { oldLine: String(position.oldLine) } : {}),
      },
    });
    return s.parseResponse(s.discussion, value, 'POST /projects/:id/merge_requests/:iid/discussions');
  }

  async notes(project: ProjectRef, kind: 'issue' | 'change', iid: number): Promise<s.GitLabNote[]> {
    const options = { perPage: PER_PAGE, maxPages: MAX_PAGES, sort: 'asc' as const, orderBy: 'created_at' as const };
    const value =
      kind === 'change' ? await this.mrNotes.all(project, iid, options) : await this.issueNotes.all(project, iid, options);
    return s.parseResponse(z.array(s.note), value, `GET /projects/:id/${noun(kind)}/:iid/notes`);
  }

  async createNote(project: ProjectRef, kind: 'issue' | 'change', iid: number, body: string): Promise<s.GitLabNote> {
    const value =
      kind === 'change' ? await this.mrNotes.create(project, iid, body) : await this.issueNotes.create(project, iid, body);
    return s.parseResponse(s.note, value, `POST /projects/:id/${noun(kind)}/:iid/notes`);
  }

  async editNote(project: ProjectRef, kind: 'issue' | 'change', iid: number, noteId: number, body: string): Promise<s.GitLabNote> {
    const value =
      kind === 'change'
        ? await this.mrNotes.edit(project, iid, noteId, { body })
        : await this.issueNotes.edit(project, iid, noteId, { body });
    return s.parseResponse(s.note, value, `PUT /projects/:id/${noun(kind)}/:iid/notes/:note_id`);
  }

  /** newest first */
  async pipelinesForSha(project: ProjectRef, sha: string): Promise<s.GitLabPipeline[]> {
    const value = await this.pipelines.all(project, { sha, orderBy: 'id', sort: 'desc', perPage: PER_PAGE, maxPages: 1 });
    return s.parseResponse(z.array(s.pipeline), value, 'GET /projects/:id/pipelines?sha=');
  }

  /** newest first */
  async pipelinesForRef(project: ProjectRef, ref: string, source?: string): Promise<s.GitLabPipeline[]> {
    const options = { ref, orderBy: 'id' as const, sort: 'desc' as const, perPage: 20, maxPages: 1, ...(source ? { source } : {}) };
    const value = await this.pipelines.all(project, options);
    return s.parseResponse(z.array(s.pipeline), value, 'GET /projects/:id/pipelines?ref=');
  }

  async pipelineJobs(project: ProjectRef, pipelineId: number): Promise<s.GitLabJob[]> {
    const value = await this.jobs.all(project, { pipelineId, perPage: PER_PAGE, maxPages: MAX_PAGES });
    return s.parseResponse(z.array(s.job), value, 'GET /projects/:id/pipelines/:pipeline_id/jobs');
  }

  async jobTrace(project: ProjectRef, jobId: number): Promise<string> {
    const value: unknown = await this.jobs.showLog(project, jobId);
    return s.parseResponse(z.string(), value, 'GET /projects/:id/jobs/:job_id/trace');
  }

  async createPipeline(project: ProjectRef, ref: string, variables: Record<string, string>): Promise<s.GitLabPipeline> {
    const list = Object.entries(variables).map(([key, value]) => ({ key, value, variableType: 'env_var' }));
    const value = await this.pipelines.create(project, ref, { variables: list });
    return s.parseResponse(s.pipeline, value, 'POST /projects/:id/pipeline');
  }

  async pipelineVariables(project: ProjectRef, pipelineId: number): Promise<Array<z.infer<typeof s.pipelineVariable>>> {
    const value = await this.pipelines.allVariables(project, pipelineId);
    return s.parseResponse(z.array(s.pipelineVariable), value, 'GET /projects/:id/pipelines/:pipeline_id/variables');
  }
}

function noun(kind: 'issue' | 'change'): string {
  return kind === 'change' ? 'merge_requests' : 'issues';
}
