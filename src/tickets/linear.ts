/**
 * Linear adapter: GraphQL at https://api.linear.app/graphql (tickets.url overrides it), the API key in
 * `Authorization` as is (no "Bearer"). Issue identifiers such as ENG-42 are valid `issue(id:)` ids.
 * The droid's comment is found among the issue's comments by `user.isMe` and the marker.
 */
import { TicketHttpError, errorDetail, type TicketHttp } from './http.js';
import type { FetchedTicket, TicketSystem, TransitionResult, WriteBackResult } from './types.js';
import { asRecord as obj } from '../util/validate.js';

export const LINEAR_URL = 'https://api.linear.app/graphql';

export const ISSUE_QUERY = `query DroidIssue($id: String!) {
  issue(id: $id) {
    id
    identifier
    title
    description
    url
    state { id name }
  }
}`;

export const COMMENTS_QUERY = `query DroidIssueComments($id: String!, $after: String) {
  issue(id: $id) {
    comments(first: 100, after: $after) {
      nodes { id body user { isMe } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

export const STATES_QUERY = `query DroidIssueStates($id: String!) {
  issue(id: $id) {
    team { states(first: 100) { nodes { id name } } }
  }
}`;

export const COMMENT_CREATE = `mutation DroidCommentCreate($input: CommentCreateInput!) {
  commentCreate(input: $input) { success comment { id } }
}`;

export const COMMENT_UPDATE = `mutation DroidCommentUpdate($id: String!, $input: CommentUpdateInput!) {
  commentUpdate(id: $id, input: $input) { success }
}`;

export const ISSUE_UPDATE = `mutation DroidIssueUpdate($id: String!, $input: IssueUpdateInput!) {
  issueUpdate(id: $id, input: $input) { success }
}`;

const MAX_COMMENT_PAGES = 10;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

class NotFound extends Error {}

export function linearSystem(http: TicketHttp): TicketSystem {
  async function gql(query: string, variables: Record<string, unknown>, mutation = false): Promise<Record<string, unknown>> {
    let json: unknown;
    try {
      ({ json } = await http.request('POST', '', { query, variables }, { retrySafe: !mutation }));
    } catch (error) {
      // Linear answers some input errors with HTTP 400 and a GraphQL body
      if (error instanceof TicketHttpError && error.status === 400 && /entity not found/i.test(error.message)) throw new NotFound();
      throw error;
    }
    const o = obj(json);
    if (Array.isArray(o.errors) && o.errors.length > 0) {
      const detail = errorDetail(o, 'GraphQL error');
      if (/entity not found|could not find/i.test(detail)) throw new NotFound();
      throw new TicketHttpError('Linear', 'POST', 'graphql', 200, detail);
    }
    return obj(o.data);
  }

  return {
    name: 'Linear',
    async fetch(key) {
      let data: Record<string, unknown>;
      try {
        data = await gql(ISSUE_QUERY, { id: key });
      } catch (error) {
        if (error instanceof NotFound) return undefined;
        throw error;
      }
      const issue = obj(data.issue);
      if (!issue.id) return undefined;
      const ticket: FetchedTicket = {
        key: text(issue.identifier) || key,
        title: text(issue.title),
        description: text(issue.description),
        url: text(issue.url),
        status: text(obj(issue.state).name),
      };
      return ticket;
    },
    async upsertComment(key, markdown, marker): Promise<WriteBackResult> {
      let after: string | undefined;
      for (let page = 0; page < MAX_COMMENT_PAGES; page += 1) {
        const data = await gql(COMMENTS_QUERY, after ? { id: key, after } : { id: key });
        const comments = obj(obj(data.issue).comments);
        const nodes = Array.isArray(comments.nodes) ? comments.nodes.map(obj) : [];
        const mine = nodes.find((c) => obj(c.user).isMe === true && text(c.body).includes(marker));
        if (mine) {
          await gql(COMMENT_UPDATE, { id: text(mine.id), input: { body: markdown } }, true);
          return 'updated';
        }
        const info = obj(comments.pageInfo);
        if (info.hasNextPage !== true || !text(info.endCursor)) break;
        after = text(info.endCursor);
      }
      await gql(COMMENT_CREATE, { input: { issueId: key, body: markdown } }, true);
      return 'created';
    },
    async transition(key, to, current): Promise<TransitionResult> {
      const wanted = to.trim().toLowerCase();
      if (current.trim().toLowerCase() === wanted) return 'already';
      const data = await gql(STATES_QUERY, { id: key });
      const states = obj(obj(obj(data.issue).team).states);
      const nodes = Array.isArray(states.nodes) ? states.nodes.map(obj) : [];
      const state = nodes.find((s) => text(s.name).toLowerCase() === wanted);
      if (!state) return 'not-available';
      await gql(ISSUE_UPDATE, { id: key, input: { stateId: text(state.id) } }, true);
      return 'moved';
    },
  };
}
