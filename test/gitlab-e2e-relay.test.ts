import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitLabForge } from '../src/platform/gitlab/forge.js';
import { relayNote, type NotePayload } from '../src/platform/gitlab/relay/note.js';
import { silentLogger } from '../src/util/log.js';
import { fullLog, Harness, RELAY_SECRET, TOKEN, type Project } from './gitlab-e2e-harness.js';

/**
 * The relay and the job agree: a "Note Hook" event goes through the relay's note handling (against
 * the fake API), and the pipeline variables it created are exactly what the bundled CLI then runs on.
 */
const h = new Harness();
beforeAll(() => h.start());
afterAll(async () => {
  await h.stop();
});

function payload(p: Project, note: string, on: { issue: number } | { mr: number }): NotePayload {
  return {
    object_kind: 'note',
    user: { id: p.gl.users.find((u) => u.username === 'alice')!.id, username: 'alice' },
    project: { id: p.gl.project.id, path_with_namespace: p.name, default_branch: 'main', web_url: `${p.gl.url}/${p.name}` },
    object_attributes: {
      id: 4242 + ('mr' in on ? on.mr : on.issue),
      note,
      noteable_type: 'mr' in on ? 'MergeRequest' : 'Issue',
      system: false,
      action: 'create',
      url: `${p.gl.url}/${p.name}/-/issues/1#note_4242`,
    },
    ...('mr' in on
      ? { merge_request: { iid: on.mr, title: 'x', description: '', url: `${p.gl.url}/${p.name}/-/merge_requests/${on.mr}` } }
      : { issue: { iid: on.issue, title: 'add() subtracts', description: 'add(2, 3) gives -1', url: `${p.gl.url}/${p.name}/-/issues/${on.issue}` } }),
  };
}

async function relay(p: Project, body: NotePayload, trigger = '/droid'): Promise<NodeJS.ProcessEnv> {
  const forge = createGitLabForge({ token: TOKEN, project: p.name, apiUrl: p.gl.apiUrl, serverUrl: h.remote.baseUrl, log: silentLogger });
  const outcome = await relayNote(body, { forge, trigger, allowBots: [], log: silentLogger, signingSecret: RELAY_SECRET });
  expect(outcome.status, JSON.stringify(outcome)).toBe('created');
  const pipeline = p.gl.pipelines.at(-1)!;
  // what GitLab hands the job of that pipeline: its ref, its source, its variables
  // (pipeline variables win over the template's job variables, e.g. its DROID_TRIGGER: '' default)
  return h.env(p, {
    CI_PIPELINE_SOURCE: 'api',
    CI_COMMIT_REF_NAME: pipeline.ref,
    DROID_TRIGGER: '',
    ...Object.fromEntries(pipeline.variables.map((v) => [v.key, v.value])),
  });
}

describe('relay -> pipeline -> droid job', () => {
  it('an issue note opens an MR; a note on that MR pushes to its branch', async () => {
    const p = await h.project(h.config());
    p.gl.issues.set(5, { title: 'add() subtracts', description: 'add(2, 3) gives -1' });

    const fromIssue = await h.run(await relay(p, payload(p, '/droid fix make add() add', { issue: 5 })));
    expect(fromIssue.code, fromIssue.stderr).toBe(0);
    expect(fromIssue.json['conclusion']).toBe('pr-opened');
    const mr = p.gl.mergeRequests[0]!;
    expect(mr.source_branch).toBe('droid/5-add-subtracts');
    expect(mr.title).toContain('add() subtracts');
    expect(p.gl.notes.filter((n) => n.noun === 'issues' && n.iid === 5)).toHaveLength(1);

    // GitLab keeps the MR's head SHA; the relay hands it to the job, which pins the push to it
    mr.sha = p.head(mr.source_branch)!;
    const before = mr.sha;
    const fromMr = await h.run(await relay(p, payload(p, '/droid fix also keep a changelog', { mr: mr.iid })));
    expect(fromMr.code, fromMr.stderr).toBe(0);
    const after = p.head(mr.source_branch)!;
    expect(after).not.toBe(before);
    expect(fullLog(p, `${before}..${after}`)).toContain(`Droid-Ticket: !${mr.iid}`);
    expect(p.gl.mergeRequests).toHaveLength(1);
    expect(p.gl.notes.filter((n) => n.noun === 'merge_requests' && n.iid === mr.iid)).toHaveLength(1);
    p.gl.assertNoViolations();
  });

  it('a custom trigger phrase (access.trigger and the relay --trigger) reaches the job', async () => {
    const p = await h.project(h.config({ extra: 'access:\n  trigger: "@droid"\n' }));
    p.gl.issues.set(6, { title: 'add() subtracts', description: '' });
    const run = await h.run(await relay(p, payload(p, '@droid fix make add() add', { issue: 6 }), '@droid'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.json['conclusion']).toBe('pr-opened');
    expect(p.gl.mergeRequests).toHaveLength(1);
  });
});
