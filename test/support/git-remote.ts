/**
 * A real smart-HTTP git remote for tests: `git http-backend` (CGI, ships with git) behind a Node HTTP
 * server on 127.0.0.1 (random port), with token auth and a record of every request.
 *
 *   const remote = await startGitRemote({ token: 'tok-123' });
 *   await remote.createRepo('acme/app', { 'README.md': '# app\n' });     // bare repo, branch main
 *   const url = remote.url('acme/app');                                   // http://127.0.0.1:PORT/acme/app.git
 *   await remote.clone('acme/app', dir);                                  // working clone, origin = url, no credentials
 *   await remote.pushAs('acme/app', 'main', { 'x.txt': 'y' });            // "someone else" moves a branch (no hooks, no HTTP)
 *   await remote.protect('acme/app', ['main']);                           // pre-receive: protected branch + non-fast-forward
 *   remote.requests                                                       // what each request carried (see RecordedRequest)
 *   await remote.close();                                                 // stops the server, removes the repos
 *
 * Auth: every request (clone/fetch too, unless `anonymousRead`) needs either `Authorization: Basic
 * base64(<any user>:<token>)` (the `http.extraheader` form and the `x-access-token:` / `oauth2:` password
 * forms) or `Authorization: Bearer <token>`, for a token in `tokens` (see `allowToken`). Missing → 401 with
 * a Basic challenge; unknown token → 401 too (as GitHub and GitLab answer for bad credentials).
 * A token that is accepted but listed by `readOnly(token)` gets 403 on receive-pack (a token without write access).
 *
 * Pushes are enabled (`http.receivepack`); `REMOTE_USER` is the Basic user name, so hooks can see it.
 * The non-fast-forward rule is *not* enforced unless `protect()` was called: a client that forced would
 * overwrite history, which is what the "never force" tests rely on.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile, chmod } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RecordedRequest {
  method: string;
  /** the request target as received (path + query): tests assert no token ever appears here */
  url: string;
  repo: string;
  /** 'git-upload-pack' (clone/fetch/ls-remote) or 'git-receive-pack' (push), from the query or the path */
  service: string | undefined;
  /** every Authorization header value the request carried (duplicates kept) */
  authorization: string[];
  /** the Basic user name, if any */
  user: string | undefined;
  /** the token the request authenticated with (Basic password or Bearer), if any */
  token: string | undefined;
  /** the User-Agent header (lets tests check that a runner's own git config still applied) */
  userAgent: string | undefined;
  status: number;
}

export interface GitRemoteOptions {
  token: string;
  /** further accepted tokens (e.g. an app installation token besides the job token) */
  tokens?: string[];
  /** let clone/fetch through without credentials (pushes still need a token) */
  anonymousRead?: boolean;
}

export interface GitRemote {
  /** http://127.0.0.1:PORT (no trailing slash) */
  readonly baseUrl: string;
  /** directory that holds the bare repos */
  readonly root: string;
  readonly requests: RecordedRequest[];
  /** http://127.0.0.1:PORT/<name>.git */
  url(name: string): string;
  /** the bare repository's directory */
  repoPath(name: string): string;
  /** creates a bare repo whose `branch` (default main) holds one commit with `files`; returns its SHA */
  createRepo(name: string, files: Record<string, string>, options?: { branch?: string }): Promise<string>;
  /** adds one commit to `branch` of the bare repo "as someone else" (creates the branch from `from` if missing); returns its SHA */
  pushAs(
    name: string,
    branch: string,
    files: Record<string, string | null>,
    options?: { message?: string; author?: { name: string; email: string }; from?: string },
  ): Promise<string>;
  /** SHA of a branch in the bare repo, or undefined */
  headOf(name: string, branch: string): Promise<string | undefined>;
  /** file content at a ref of the bare repo, or undefined */
  fileAt(name: string, ref: string, filePath: string): Promise<string | undefined>;
  /** a log line per commit of a ref: "<sha> <subject>" */
  log(name: string, ref: string): Promise<string[]>;
  /** full commit message (with trailers) and author of a commit */
  commitInfo(name: string, ref: string): Promise<{ message: string; author: string; committer: string }>;
  /** working clone at `dir`, origin set to the HTTP url (without credentials), user identity set */
  clone(name: string, dir: string, options?: { branch?: string }): Promise<void>;
  /** installs a pre-receive hook rejecting updates of `branches` (forge-like message) and non-fast-forward updates */
  protect(name: string, branches: string[], options?: { style?: 'github' | 'gitlab' }): Promise<void>;
  allowToken(token: string): void;
  /** the token can read but a push answers 403 */
  readOnly(token: string): void;
  close(): Promise<void>;
}

const ZERO = '0000000000000000000000000000000000000000';
let indexCounter = 0;

export async function startGitRemote(options: GitRemoteOptions): Promise<GitRemote> {
  const root = await mkdtemp(path.join(tmpdir(), 'droid-git-remote-'));
  const tokens = new Set([options.token, ...(options.tokens ?? [])]);
  const readOnlyTokens = new Set<string>();
  const requests: RecordedRequest[] = [];
  const repoPath = (name: string): string => path.join(root, `${safeName(name)}.git`);

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const authorization = req.headersDistinct.authorization ?? [];
    const creds = parseAuthorization(authorization[0]);
    const service =
      url.searchParams.get('service') ?? (/\/(git-(?:upload|receive)-pack)$/.exec(url.pathname)?.[1] || undefined);
    const repo = url.pathname.replace(/^\//, '').replace(/\.git\/.*$/, '');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '',
      repo,
      service,
      authorization,
      user: creds?.user,
      token: creds?.token,
      userAgent: req.headers['user-agent'],
      status: 0,
    };
    requests.push(record);
    const authed = creds !== undefined && tokens.has(creds.token);
    const isPush = service === 'git-receive-pack';
    if (!authed && (isPush || !options.anonymousRead)) {
      record.status = 401;
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="droid-test-remote"', 'Content-Type': 'text/plain' });
      res.end('Invalid username or token.\n');
      return;
    }
    if (isPush && creds && readOnlyTokens.has(creds.token)) {
      record.status = 403;
      res.writeHead(403, { 'Content-Type': 'text/plain' });
      res.end('Permission to push denied.\n');
      return;
    }
    record.status = await runBackend(req, res, url, creds?.user ?? '');
  }

  function runBackend(req: IncomingMessage, res: ServerResponse, url: URL, user: string): Promise<number> {
    return new Promise((resolve) => {
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: 'http.receivepack',
        GIT_CONFIG_VALUE_0: 'true',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.replace(/^\?/, ''),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        REMOTE_USER: user,
        REMOTE_ADDR: '127.0.0.1',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
      };
      if (req.headers['content-length']) env.CONTENT_LENGTH = req.headers['content-length'];
      const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
      req.pipe(child.stdin);
      child.stdin.on('error', () => {});
      let head = Buffer.alloc(0);
      let status = 200;
      let headersDone = false;
      child.stdout.on('data', (chunk: Buffer) => {
        if (headersDone) {
          res.write(chunk);
          return;
        }
        head = Buffer.concat([head, chunk]);
        const crlf = head.indexOf('\r\n\r\n');
        const lf = head.indexOf('\n\n');
        const end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf : lf;
        if (end < 0) return;
        const sepLen = end === crlf ? 4 : 2;
        const headers: Record<string, string> = {};
        for (const line of head.subarray(0, end).toString('latin1').split(/\r?\n/)) {
          const i = line.indexOf(':');
          if (i <= 0) continue;
          const key = line.slice(0, i).trim();
          const value = line.slice(i + 1).trim();
          if (key.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 200;
          else headers[key] = value;
        }
        headersDone = true;
        res.writeHead(status, headers);
        res.write(head.subarray(end + sepLen));
      });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('close', (code) => {
        if (!headersDone) {
          status = 500;
          res.writeHead(500, { 'Content-Type': 'text/plain' });
          res.write(`http-backend exited ${code}: ${stderr}`);
        }
        res.end();
        resolve(status);
      });
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;

  const remote: GitRemote = {
    baseUrl,
    root,
    requests,
    url: (name) => `${baseUrl}/${safeName(name)}.git`,
    repoPath,

    async createRepo(name, files, opts = {}) {
      const dir = repoPath(name);
      await mkdir(path.dirname(dir), { recursive: true });
      const branch = opts.branch ?? 'main';
      await git(['init', '-q', '--bare', `--initial-branch=${branch}`, dir]);
      return commitInBare(dir, branch, files, { message: 'Initial commit', parent: undefined, previous: undefined });
    },

    async pushAs(name, branch, files, opts = {}) {
      const dir = repoPath(name);
      const current = await revParse(dir, `refs/heads/${branch}`);
      let parent = current;
      if (parent === undefined) {
        parent = await revParse(dir, opts.from ?? 'HEAD');
        if (parent === undefined) throw new Error(`pushAs: ${name} has no ${opts.from ?? 'HEAD'} to branch from`);
      }
      return commitInBare(dir, branch, files, {
        message: opts.message ?? `Change by someone else on ${branch}`,
        parent,
        previous: current,
        author: opts.author,
      });
    },

    headOf: (name, branch) => revParse(repoPath(name), `refs/heads/${branch}`),

    async fileAt(name, ref, filePath) {
      const r = await git(['--git-dir', repoPath(name), 'show', `${ref}:${filePath}`], { allowFail: true });
      return r.code === 0 ? r.stdout : undefined;
    },

    async log(name, ref) {
      const r = await git(['--git-dir', repoPath(name), 'log', '--format=%H %s', ref]);
      return r.stdout.split('\n').filter(Boolean);
    },

    async commitInfo(name, ref) {
      const r = await git(['--git-dir', repoPath(name), 'show', '-s', '--format=%an <%ae>%x00%cn <%ce>%x00%B', ref]);
      const [author = '', committer = '', message = ''] = r.stdout.split('\0');
      return { author, committer, message };
    },

    async clone(name, dir, opts = {}) {
      const args = ['clone', '-q', '--no-local'];
      if (opts.branch) args.push('--branch', opts.branch);
      await git([...args, repoPath(name), dir]);
      await git(['-C', dir, 'remote', 'set-url', 'origin', remote.url(name)]);
      await git(['-C', dir, 'config', 'user.name', 'Test Clone']);
      await git(['-C', dir, 'config', 'user.email', 'clone@example.test']);
    },

    async protect(name, branches, opts = {}) {
      const hook = path.join(repoPath(name), 'hooks', 'pre-receive');
      await mkdir(path.dirname(hook), { recursive: true });
      await writeFile(hook, preReceiveHook(branches, opts.style ?? 'github'));
      await chmod(hook, 0o755);
    },

    allowToken: (token) => void tokens.add(token),
    readOnly: (token) => void readOnlyTokens.add(token),

    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(root, { recursive: true, force: true });
    },
  };
  return remote;
}

/** Writes one commit straight into a bare repo with plumbing (no hooks, no HTTP), then moves the branch. */
async function commitInBare(
  dir: string,
  branch: string,
  files: Record<string, string | null>,
  opts: {
    message: string;
    parent: string | undefined;
    /** the branch's current SHA (undefined: the branch is created) */
    previous: string | undefined;
    author?: { name: string; email: string } | undefined },
): Promise<string> {
  const index = path.join(dir, `droid-test-index-${process.pid}-${++indexCounter}`);
  const env = { GIT_INDEX_FILE: index };
  try {
    if (opts.parent) await git(['--git-dir', dir, 'read-tree', opts.parent], { env });
    else await git(['--git-dir', dir, 'read-tree', '--empty'], { env });
    for (const [file, content] of Object.entries(files)) {
      if (content === null) {
        await git(['--git-dir', dir, 'update-index', '--force-remove', '--', file], { env });
        continue;
      }
      const blob = (await git(['--git-dir', dir, 'hash-object', '-w', '--stdin'], { input: content })).stdout.trim();
      await git(['--git-dir', dir, 'update-index', '--add', '--cacheinfo', `100644,${blob},${file}`], { env });
    }
    const tree = (await git(['--git-dir', dir, 'write-tree'], { env })).stdout.trim();
    const who = opts.author ?? { name: 'Someone Else', email: 'someone@example.test' };
    const args = ['--git-dir', dir, 'commit-tree', tree, '-m', opts.message];
    if (opts.parent) args.push('-p', opts.parent);
    const sha = (
      await git(args, {
        env: {
          GIT_AUTHOR_NAME: who.name,
          GIT_AUTHOR_EMAIL: who.email,
          GIT_COMMITTER_NAME: who.name,
          GIT_COMMITTER_EMAIL: who.email,
        },
      })
    ).stdout.trim();
    await git(['--git-dir', dir, 'update-ref', `refs/heads/${branch}`, sha, opts.previous ?? ZERO]);
    return sha;
  } finally {
    await rm(index, { force: true });
  }
}

function preReceiveHook(branches: string[], style: 'github' | 'gitlab'): string {
  const protectedLines =
    style === 'github'
      ? ['error: GH006: Protected branch update failed for refs/heads/$name.', 'error: Changes must be made through a pull request.']
      : ['GitLab: You are not allowed to push code to protected branches on this project.'];
  const echo = protectedLines.map((l) => `      echo "${l}" >&2`).join('\n');
  const list = branches.map((b) => `"${b.replace(/["\\$`]/g, '')}"`).join(' ');
  return `#!/bin/sh
# installed by test/support/git-remote.ts: forge-like branch protection
status=0
while read old new ref; do
  name=\${ref#refs/heads/}
  for p in ${list}; do
    if [ "$name" = "$p" ]; then
${echo}
      status=1
    fi
  done
  if [ "$old" != "${ZERO}" ] && [ "$new" != "${ZERO}" ]; then
    if ! git merge-base --is-ancestor "$old" "$new"; then
      echo "error: denying non-fast-forward $ref (you should pull first)" >&2
      status=1
    fi
  fi
done
exit $status
`;
}

function parseAuthorization(value: string | undefined): { user: string | undefined; token: string } | undefined {
  if (!value) return undefined;
  const basic = /^basic\s+(\S+)$/i.exec(value.trim());
  if (basic?.[1]) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i < 0) return undefined;
    return { user: decoded.slice(0, i), token: decoded.slice(i + 1) };
  }
  const bearer = /^(?:bearer|token)\s+(\S+)$/i.exec(value.trim());
  if (bearer?.[1]) return { user: undefined, token: bearer[1] };
  return undefined;
}

function safeName(name: string): string {
  if (!/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(name) || name.split('/').includes('..')) {
    throw new Error(`test remote: unsupported repo name ${JSON.stringify(name)}`);
  }
  return name;
}

async function revParse(dir: string, ref: string): Promise<string | undefined> {
  const r = await git(['--git-dir', dir, 'rev-parse', '--verify', '-q', `${ref}^{commit}`], { allowFail: true });
  return r.code === 0 ? r.stdout.trim() : undefined;
}

interface GitRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** test-side git runner (src/ goes through runProcess; here stdin is needed for hash-object) */
function git(
  args: string[],
  opts: { env?: Record<string, string>; input?: string; allowFail?: boolean } = {},
): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const result = { code: code ?? 1, stdout, stderr };
      if (result.code !== 0 && !opts.allowFail) reject(new Error(`git ${args.join(' ')} failed: ${stderr}`));
      else resolve(result);
    });
    child.stdin.on('error', () => {}); // git may exit before reading stdin
    child.stdin.end(opts.input ?? '');
  });
}
