/**
 * The bundled action, run as a runner runs it, against an attacker who planted the droid's markers:
 * an outsider's fork PR whose body carries `<!-- droid:ticket=#1 --><!-- droid:body -->`, and a
 * comment by another bot carrying the progress marker of the coming run. Neither is taken over.
 */
import { afterEach, expect, it } from 'vitest';
import { startWorld, type World } from './support/action-runner.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const ATTACK = 'Looks fine to me.\n<!-- droid:ticket=#1 --><!-- droid:body -->';

it("a run for issue #1 opens its own PR and leaves an outsider's fork PR and a fake progress comment alone", async () => {
  world = await startWorld();
  const { gh } = world;
  gh.addUser('mallory');
  gh.addUser('other-app[bot]', { type: 'Bot', role: 'write' });
  gh.state.issues.add(41);
  gh.state.pulls.push({
    number: 41, id: 4141, node_id: 'PR_fork41', title: 'innocent fork PR', body: ATTACK,
    head: { ref: 'droid/1-date-parser-rejects-iso-week-dates', sha: 'b'.repeat(40), owner: 'mallory' }, base: { ref: 'main' },
    draft: false, state: 'open', merged: false, user: 'mallory', requested_reviewers: [], requested_teams: [],
  });
  const at = '2026-01-01T00:00:00Z';
  const fake = `all good\n<!-- droid:progress -->\n<!-- droid:run=gh-9001-1 -->`;
  gh.state.comments.push({ id: 77, issue_number: 1, body: fake, user: 'other-app[bot]', created_at: at, updated_at: at });

  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, `${run.log.slice(-3000)}\n${run.stderr}`).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  expect(run.outputs.pr_number).not.toBe('41');
  const fork = gh.state.pulls.find((p) => p.number === 41)!;
  expect(fork).toMatchObject({ title: 'innocent fork PR', body: ATTACK, draft: false });
  expect(gh.state.issueLabels.get(41) ?? []).toEqual([]);
  expect(gh.calls('pulls/update').filter((c) => c.path.endsWith('/pulls/41'))).toEqual([]);
  // the planted comment is untouched; the droid wrote its own
  expect(gh.state.comments.find((c) => c.id === 77)!.body).toBe(fake);
  expect(gh.calls('issues/update-comment').filter((c) => c.path.endsWith('/comments/77'))).toEqual([]);
  const own = gh.state.comments.filter((c) => c.user === 'github-actions[bot]' && c.issue_number === 1);
  expect(own).toHaveLength(1);
  // the planted marker was the real one of this run
  expect(own[0]!.body).toContain('<!-- droid:run=gh-9001-1 -->');
  gh.assertNoViolations();
});
