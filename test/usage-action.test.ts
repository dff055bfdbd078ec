/**
 * Usage totals through the bundled action (`node dist/index.js`): the `cost_usd` and `usage` outputs,
 * the job summary and the progress comment, from a command engine that reports through
 * `$DROID_USAGE_FILE`; and a budget that stops the run is said where the requester looks.
 */
import { afterEach, expect, it } from 'vitest';
import { startWorld, type ActionRun, type World } from './support/action-runner.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

function failed(run: ActionRun): string {
  return `exit ${run.code}\n${run.log.slice(-4000)}\n${run.stderr}`;
}

const REPORT_USAGE = `printf '{"input_tokens": 12345, "output_tokens": 678, "cost_usd": 0.0421, "turns": 5}' > "$DROID_USAGE_FILE"\n`;

it('reports the usage in the cost_usd and usage outputs, the job summary and the progress comment', async () => {
  world = await startWorld({ files: { '.engine-extra.sh': REPORT_USAGE } });
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  expect(run.outputs.cost_usd).toBe('0.0421');
  expect(JSON.parse(run.outputs.usage ?? '')).toEqual({
    input_tokens: 12345,
    output_tokens: 678,
    cache_read_tokens: 0,
    cache_write_tokens: 0,
    cost_usd: 0.0421,
    turns: 5,
    duration_ms: expect.any(Number),
    rounds: 1,
  });
  expect(run.summary).toMatch(/\*\*Usage:\*\* 12,345 tokens in, 678 out · \$0\.0421 · 5 turns · \d+ s/);
  expect(world.botComments().at(-1)?.body).toMatch(/\*\*Usage:\*\* 12,345 tokens in, 678 out · \$0\.0421 · 5 turns/);
  world.gh.assertNoViolations();
});

it('leaves cost_usd and usage empty when the engine reports nothing', async () => {
  world = await startWorld();
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.cost_usd).toBe('');
  expect(run.outputs.usage).toBe('');
  expect(run.summary).not.toContain('**Usage:**');
});

it('a spent budget stops the run after its round: the branch is pushed and the comment says the budget was reached', async () => {
  // round 1 spends the whole budget and does not fix the test; without the budget a second round would fix it
  const extra = `printf '{"cost_usd": 0.75}' > "$DROID_USAGE_FILE"\nif [ "$DROID_ITERATION" = 1 ]; then echo 'half way' > notes/half.txt; echo 'Round 1 only'; exit 0; fi\n`;
  world = await startWorld({ files: { '.engine-extra.sh': extra }, config: { engine: 'use: command\ncommand: sh .engine.sh\nmax_iterations: 3\ntimeout_minutes: 2\nmax_cost_usd: 0.5' } });
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.outputs.conclusion).toBe('tests-failing');
  expect(run.outputs.cost_usd).toBe('0.75');
  expect(JSON.parse(run.outputs.usage ?? '{}')).toMatchObject({ rounds: 1 });
  expect(run.outputs.commit_sha).toMatch(/^[0-9a-f]{40}$/);
  const comment = world.botComments().at(-1)?.body ?? '';
  expect(comment).toContain('the cost budget was reached: $0.7500 spent of engine.max_cost_usd $0.5');
  expect(comment).toContain('the work so far is kept');
  expect(run.summary).toContain('the cost budget was reached');
});
