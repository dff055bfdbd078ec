/** State -> the fields of GitHub's JSON that matter; the server completes the rest from the schema. */
import type { FakeComment, FakeLabel, FakePull, FakeState } from './state.js';
import { findUser } from './state.js';

export function userJson(state: FakeState, login: string, baseUrl: string): Record<string, unknown> {
  const user = findUser(state, login);
  return {
    login,
    id: user?.id ?? 9999,
    node_id: `U_${login}`,
    type: user?.type ?? 'User',
    site_admin: false,
    html_url: `${baseUrl}/${login}`,
    url: `${baseUrl}/users/${login}`,
  };
}

export function repoJson(state: FakeState, baseUrl: string): Record<string, unknown> {
  const fullName = `${state.owner}/${state.repo}`;
  return {
    id: 4242,
    node_id: 'R_fake',
    name: state.repo,
    full_name: fullName,
    owner: userJson(state, state.owner, baseUrl),
    private: true,
    fork: false,
    default_branch: state.defaultBranch,
    html_url: `${baseUrl}/${fullName}`,
    url: `${baseUrl}/repos/${fullName}`,
    clone_url: `${baseUrl}/${fullName}.git`,
  };
}

export function labelJson(label: FakeLabel, state: FakeState, baseUrl: string): Record<string, unknown> {
  return {
    id: label.id,
    node_id: `LA_${label.id}`,
    name: label.name,
    color: label.color,
    description: label.description,
    default: false,
    url: `${baseUrl}/repos/${state.owner}/${state.repo}/labels/${encodeURIComponent(label.name)}`,
  };
}

export function pullJson(pull: FakePull, state: FakeState, baseUrl: string): Record<string, unknown> {
  const fullName = `${state.owner}/${state.repo}`;
  const repo = repoJson(state, baseUrl);
  const labels = (state.issueLabels.get(pull.number) ?? [])
    .map((name) => state.labels.get(name.toLowerCase()))
    .filter((label): label is FakeLabel => label !== undefined)
    // the pull-request schema types a label's description as a string (the issue-label one allows null)
    .map((label) => ({ ...labelJson(label, state, baseUrl), description: label.description ?? '' }));
  return {
    id: pull.id,
    node_id: pull.node_id,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    body: pull.body,
    draft: pull.draft,
    merged: pull.merged,
    merged_at: pull.merged ? '2026-01-01T00:00:00Z' : null,
    html_url: `${baseUrl}/${fullName}/pull/${pull.number}`,
    url: `${baseUrl}/repos/${fullName}/pulls/${pull.number}`,
    user: userJson(state, pull.user, baseUrl),
    labels,
    head: {
      label: `${pull.head.owner}:${pull.head.ref}`,
      ref: pull.head.ref,
      sha: pull.head.sha,
      user: userJson(state, pull.head.owner, baseUrl),
      repo: { ...repo, full_name: `${pull.head.owner}/${state.repo}`, fork: pull.head.owner !== state.owner },
    },
    base: {
      label: `${state.owner}:${pull.base.ref}`,
      ref: pull.base.ref,
      sha: '0'.repeat(40),
      user: userJson(state, state.owner, baseUrl),
      repo,
    },
    requested_reviewers: pull.requested_reviewers.map((login) => userJson(state, login, baseUrl)),
    requested_teams: pull.requested_teams.map((slug, index) => ({
      id: index + 1,
      node_id: `T_${slug}`,
      slug,
      name: slug,
      permission: 'push',
      html_url: `${baseUrl}/orgs/${state.owner}/teams/${slug}`,
      url: `${baseUrl}/teams/${index + 1}`,
    })),
  };
}

export function commentJson(comment: FakeComment, state: FakeState, baseUrl: string): Record<string, unknown> {
  const fullName = `${state.owner}/${state.repo}`;
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    body: comment.body,
    user: userJson(state, comment.user, baseUrl),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    html_url: `${baseUrl}/${fullName}/issues/${comment.issue_number}#issuecomment-${comment.id}`,
    url: `${baseUrl}/repos/${fullName}/issues/comments/${comment.id}`,
    issue_url: `${baseUrl}/repos/${fullName}/issues/${comment.issue_number}`,
    author_association: 'MEMBER',
  };
}
