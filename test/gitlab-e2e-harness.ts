import { execFile, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signVariables } from '../src/platform/gitlab/relay/signature.js';
import { startGitRemote, type GitRemote } from './support/git-remote.js';
import { startFakeGitLab, type FakeGitLab, type FakeJob } from './support/gitlab-api/server.js';

/**
 * The real `droid-ci run --platform gitlab` (the bundle in dist/, spawned asynchronously: the git
 * remote and the fake GitLab API run in this process) against a fake GitLab API and a real git
 * http-backend remote. CI_SERVER_URL is the git remote's base URL (so the token's extraheader scope
 * `http.<CI_SERVER_URL>/.extraheader` covers the clone's origin) and CI_API_V4_URL is the fake API.
 */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = join(ROOT, 'dist/cli/index.js');
export const TOKEN = 'glpat-e2e-SECRET-7f3a9c0d1e2b';
/** the relay's signing key; jobs have it as the masked CI/CD variable DROID_RELAY_SECRET */
export const RELAY_SECRET = 'relay-signing-key-e2e-0123456789abcdef';
/** the forms a token leaks in: itself, and base64 of `oauth2:<token>` (the extraheader git is given) */
export const TOKEN_FORMS = [TOKEN, Buffer.from(`oauth2:${TOKEN}`).toString('base64')];

export const ADD_JS = 'export function add(a, b) {\n  return a - b;\n}\n';
export const ADD_TEST = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add } from '../src/add.js';

test('adds two numbers', () => {
  assert.equal(add(2, 3), 5);
});
`;

// the `command` engine: `good` writes the fix, `bad` a wrong edit (tests stay red); `… ci` also edits .gitlab-ci.yml
// (it also notes each run in CHANGELOG.md, so a second run on the same branch has a change to push)
// (and keeps the prompt it was given next to itself, for the assertions)
// (a \`mode\` file next to it, when present, overrides the mode its config gave)
const ENGINE = `import { appendFileSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
copyFileSync(process.env.DROID_PROMPT_FILE, new URL('last-prompt.md', import.meta.url));
const modeFile = new URL('mode', import.meta.url);
if (existsSync(modeFile)) process.argv[2] = readFileSync(modeFile, 'utf8').trim();
appendFileSync('CHANGELOG.md', '- droid run ' + process.pid + '\\n');
const body = process.argv[2] === 'good' ? 'return a + b;' : 'return a * b;';
writeFileSync('src/add.js', 'export function add(a, b) {\\n  ' + body + '\\n}\\n');
if (process.argv[3] === 'ci') writeFileSync('.gitlab-ci.yml', 'pwn:\\n  script: [env]\\n');
console.log(process.argv[2] === 'good' ? 'Fixed add() to add its operands.' : 'Changed add() to multiply.');
`;

export interface Project {
  name: string;
  gl: FakeGitLab;
  work: string;
  bare: string;
  /** head SHA of a branch in the remote's bare repo, read synchronously (local git, no network) */
  head(branch: string): string | undefined;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json: Record<string, unknown>;
}

export class Harness {
  remote!: GitRemote;
  tmp!: string;
  tools!: string;
  private count = 0;
  private jobs = 0;
  private readonly fakes: FakeGitLab[] = [];
  private readonly servers: http.Server[] = [];

  async start(): Promise<void> {
    this.remote = await startGitRemote({ token: TOKEN });
    this.tmp = mkdtempSync(join(tmpdir(), 'droid-gitlab-e2e-'));
    this.tools = join(this.tmp, 'tools');
    mkdirSync(this.tools);
    writeFileSync(join(this.tools, 'engine.mjs'), ENGINE);
    // the engine runs as the sandbox account (PRODUCT.md §10): it reads its script and leaves its prompt here
    chmodSync(this.tmp, 0o755);
    chmodSync(this.tools, 0o777);
  }

  async stop(): Promise<void> {
    for (const server of this.servers) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    for (const gl of this.fakes) await gl.close();
    await this.remote.close();
    rmSync(this.tmp, { recursive: true, force: true });
  }

  config(options: { engine?: 'good' | 'bad' | 'bad ci'; extra?: string; ciWait?: boolean; maxFixAttempts?: number } = {}): string {
    return `version: 1
tests:
  - name: unit
    path: .
    command: node --test test/*.test.js
    timeout_seconds: 60
engine:
  use: command
  command: node ${join(this.tools, 'engine.mjs')} ${options.engine ?? 'good'}
  max_iterations: 2
pr:
  labels: [droid, bot-fix]
  reviewers:
    codeowners: false
    rules:
      - paths: ['src/**']
        users: [rita, ghost-reviewer]
ci:
  wait: ${options.ciWait ?? false}
  timeout_minutes: 1
  max_fix_attempts: ${options.maxFixAttempts ?? 2}
${options.extra ?? ''}`;
  }

  /** A project on the fake GitLab, its repo on the git remote, and a clone as CI_PROJECT_DIR. */
  /** makes the engine behave as `mode` from now on, whatever the config says (undefined: as configured) */
  engineMode(mode: 'good' | 'bad' | undefined): void {
    if (mode) writeFileSync(join(this.tools, 'mode'), mode);
    else rmSync(join(this.tools, 'mode'), { force: true });
  }

  async project(config: string, files: Record<string, string> = {}, options: { projectId?: number } = {}): Promise<Project> {
    const name = `group/app${++this.count}`;
    const gl = await startFakeGitLab({ projectPath: name, token: TOKEN, projectId: options.projectId });
    this.fakes.push(gl);
    gl.setMember('alice', 30);
    gl.addUser('rita');
    await this.remote.createRepo(name, { 'package.json': '{ "type": "module" }\n', 'src/add.js': ADD_JS, 'test/add.test.js': ADD_TEST, '.droid.yml': config, ...files });
    const work = join(this.tmp, `work${this.count}`);
    await this.remote.clone(name, work);
    const bare = this.remote.repoPath(name);
    const head = (branch: string): string | undefined => {
      try {
        return execFileSync('git', ['--git-dir', bare, 'rev-parse', '--verify', '-q', `refs/heads/${branch}^{commit}`], { encoding: 'utf8' }).trim();
      } catch {
        return undefined;
      }
    };
    // the fake API knows the branches the droid pushed to the real remote
    const known = gl.branches;
    gl.branches = new (class extends Set<string> {
      override has(branch: string): boolean {
        return known.has(branch) || head(branch) !== undefined;
      }
    })(known);
    return { name, gl, work, bare, head };
  }

  /**
   * GitLab starts a pipeline for every push: when the API is asked about pipelines, each branch head
   * the droid pushed gets one, built by `make` (called once per new SHA).
   */
  pipelinesOnPush(p: Project, make: (branch: string, sha: string) => { status: string; jobs: Array<Partial<FakeJob> & { name: string; status: string }> }): void {
    const list = p.gl.pipelines;
    const seen = new Set<string>();
    let busy = false;
    Object.defineProperty(p.gl, 'pipelines', {
      configurable: true,
      get: () => {
        if (!busy) {
          busy = true;
          try {
            for (const line of execFileSync('git', ['--git-dir', p.bare, 'for-each-ref', '--format=%(objectname) %(refname:short)', 'refs/heads/droid/'], { encoding: 'utf8' }).split('\n').filter(Boolean)) {
              const [sha, branch] = line.split(' ') as [string, string];
              if (seen.has(sha) || list.some((x) => x.sha === sha)) continue;
              seen.add(sha);
              p.gl.addPipeline({ sha, ref: branch, ...make(branch, sha) });
            }
          } finally {
            busy = false;
          }
        }
        return list;
      },
    });
  }

  /**
   * One origin for both, as a real GitLab is: /api/v4/… goes to the fake API, the rest (git smart
   * HTTP) to the git remote, optionally below a path `prefix`. Returns its base URL (what gitlab-ci-local derives CI_SERVER_URL and
   * CI_API_V4_URL from when it is the clone's origin).
   */
  async front(p: Project, prefix = ''): Promise<string> {
    const server = http.createServer((req, res) => {
      // a self-managed instance under a relative URL root (https://host/gitlab) serves everything below it
      if (!(req.url ?? '/').startsWith(`${prefix}/`)) {
        res.writeHead(404);
        res.end();
        return;
      }
      const path = (req.url ?? '/').slice(prefix.length);
      const base = path.startsWith('/api/v4/') ? p.gl.url : this.remote.baseUrl;
      const forward = http.request(new URL(path, base), { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      forward.on('error', () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      req.pipe(forward);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;
  }

  /**
   * the job's variables; every call is a new job (its own CI_JOB_ID, so its own run id and progress note).
   * A DROID_ACTOR in `extra` is signed as the relay would sign it (DROID_RELAY_SIGNATURE) unless
   * `unsigned`, or already signed: only a signed DROID_ACTOR is believed.
   */
  env(p: Project, extra: Record<string, string>, options: { unsigned?: boolean } = {}): NodeJS.ProcessEnv {
    const job = ++this.jobs;
    if (extra['DROID_ACTOR'] && !extra['DROID_RELAY_SIGNATURE'] && !options.unsigned) {
      const sent = Object.fromEntries(Object.entries(extra).filter(([k]) => k.startsWith('DROID_')));
      extra = { ...extra, ...signVariables(sent, RELAY_SECRET, extra['CI_COMMIT_REF_NAME'] ?? 'main') };
    }
    return {
      PATH: process.env.PATH,
      HOME: join(this.tmp, 'home'),
      LANG: 'C.UTF-8',
      GIT_CONFIG_NOSYSTEM: '1',
      GITLAB_CI: 'true',
      CI: 'true',
      CI_SERVER_URL: this.remote.baseUrl,
      CI_API_V4_URL: p.gl.apiUrl,
      CI_PROJECT_PATH: p.name,
      CI_PROJECT_ID: String(p.gl.project.id),
      CI_PROJECT_DIR: p.work,
      CI_DEFAULT_BRANCH: 'main',
      CI_JOB_NAME: 'droid',
      CI_JOB_ID: String(1000 + job),
      CI_PIPELINE_ID: String(500 + job),
      CI_JOB_URL: `${p.gl.url}/${p.name}/-/jobs/${1000 + job}`,
      CI_PIPELINE_SOURCE: 'api',
      CI_COMMIT_REF_NAME: 'main',
      DROID_GITLAB_TOKEN: TOKEN,
      DROID_GITLAB_RETRY_BASE_MS: '5',
      DROID_RELAY_SECRET: RELAY_SECRET,
      ...extra,
    };
  }

  /** git in the project's work tree (async: never block on the in-process remote) */
  git(p: Project, ...args: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      execFile('git', ['-C', p.work, ...args], (error) => (error ? reject(error) : resolve()));
    });
  }

  /** `node dist/cli/index.js run --platform gitlab --json …`, asynchronously. */
  run(env: NodeJS.ProcessEnv, args: string[] = []): Promise<CliRun> {
    mkdirSync(join(this.tmp, 'home'), { recursive: true });
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'run', '--platform', 'gitlab', '--json', ...args], { cwd: env.CI_PROJECT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        let json: Record<string, unknown> = {};
        try {
          json = JSON.parse(stdout) as Record<string, unknown>;
        } catch {
          // a usage error prints no JSON; the assertions show stdout/stderr
        }
        resolve({ code: code ?? -1, stdout, stderr, json });
      });
    });
  }
}

/** The git log of a branch in the clone's remote, with full messages (for trailer and token checks). */
export function fullLog(p: Project, ref: string): string {
  return execFileSync('git', ['--git-dir', p.bare, 'log', '--format=%H%n%an <%ae>%n%B%n--', ref], { encoding: 'utf8' });
}
