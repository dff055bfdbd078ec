import path from 'node:path';
import { prepareArtifactDir, writeFileNoFollow } from '../util/safe-fs.js';
import { DroidError } from '../util/errors.js';
import { GitAnswers } from './answers.js';
import { GitRunner } from './runner.js';
import { silentLogger, type Logger } from '../util/log.js';
import { Redactor } from '../util/redact.js';
import type { GitAuthEnv } from './auth.js';
import { DEFAULT_IDENTITY, type CommitOptions, type ExecOptions, type ExecResult, type GitIdentity, type GitOptions, type PushReport, type RemoteOptions } from './git-types.js';
import { parseNullConfig } from './hardening.js';
import { assertBranchShape, invalidBranchName, assertRemoteArg, assertRepoPath, assertRevArg, trailerLine } from './names.js';
import {
  parseNumstatZ,
  parsePushPorcelain,
  parseRawZ,
  parseStatusZ,
  remoteMessages,
  type FileStatus,
  type NumstatEntry,
  type RawDiffEntry,
} from './parse.js';

/**
 * The typed git wrapper (actions/checkout style): one method per git verb, all through one `exec` (GitRunner, runner.ts)
 * (argv via runProcess, never a shell). Every command runs with repo hooks off (`core.hooksPath=/dev/null`),
 * fsmonitor off, signing off unless `signCommits`, literal pathspecs, no prompts, and the droid identity as
 * author and committer. Nothing the work tree configured runs (PRODUCT.md §10): no global attributes file,
 * no pager, editor, external diff, textconv or credential helper, and every filter, diff and merge driver
 * named in any config is overridden to nothing for the command (`filter.<x>.clean/smudge/process` empty,
 * `required=false`; `merge.<x>.driver` empty, so a merge it would drive fails instead of running it). Remote commands take a command-scoped auth env (see auth.ts) and never use a
 * credential helper. Failures throw DroidError: 'platform' for remote commands, 'work' otherwise, with git's
 * stderr redacted. Methods named `try…` return a boolean instead of throwing.
 *
 * `cwd` must be the top level of the work tree.
 */
export { DEFAULT_IDENTITY, type CommitOptions, type GitIdentity, type GitOptions, type PushReport, type RemoteOptions } from './git-types.js';

export class Git {
  readonly cwd: string;
  readonly identity: GitIdentity;
  private readonly options: GitOptions;
  private readonly logger: Logger;
  private readonly redactor: Redactor;
  /** answers that repeat within a run, kept (answers.ts) */
  private readonly answers = new GitAnswers();
  private topLevelPath: string | undefined;
  private gitDirPath: string | undefined;
  private readonly runner: GitRunner;

  constructor(options: GitOptions) {
    this.options = options;
    this.cwd = options.cwd;
    this.identity = options.identity ?? DEFAULT_IDENTITY;
    this.logger = options.logger ?? silentLogger;
    this.redactor = options.redactor ?? new Redactor();
    this.runner = new GitRunner(this.cwd, options, this.identity, this.logger, this.redactor, this.answers);
  }

  /** Masks a value in everything this wrapper logs or throws (and in the run's shared redactor). */
  addSecret(secret: string): void {
    this.redactor.add(secret);
  }

  // ---- names -------------------------------------------------------------------------------------

  /** Validates a branch name with `git check-ref-format --branch`; returns it unchanged or throws DroidError('work'). */
  async checkBranchName(name: string): Promise<string> {
    assertBranchShape(name);
    const r = await this.exec(['check-ref-format', '--branch', name], { allowFailure: true });
    if (r.exitCode !== 0 || r.stdout.trim() !== name) throw invalidBranchName(name);
    return name;
  }

  // ---- refs --------------------------------------------------------------------------------------

  /** The commit SHA a revision names; throws if it names none. */
  async revParse(rev: string): Promise<string> {
    const sha = await this.resolveCommit(rev);
    if (!sha) {
      const empty = rev === 'HEAD' && (await this.exec(['rev-parse', '--verify', '--quiet', 'HEAD'], { allowFailure: true })).exitCode !== 0;
      throw new DroidError(empty ? 'usage' : 'work', empty ? 'git: the repository has no commit yet' : `git: no commit named ${JSON.stringify(rev)}`, {
        hint: empty ? 'the droid branches off a commit: commit your files first (git add -A && git commit -m "initial commit")' : undefined,
      });
    }
    return sha;
  }

  /** The commit SHA a revision names, or undefined. */
  async resolveCommit(rev: string): Promise<string | undefined> {
    assertRevArg(rev);
    const key = `commit ${rev}`;
    const cached = this.answers.fixedAnswer(rev, key) ?? this.answers.refAnswer(key);
    if (cached) return cached.value;
    const r = await this.exec(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFailure: true });
    const sha = r.exitCode === 0 ? r.stdout.trim() : undefined;
    // a missing object may arrive with a fetch: only a found commit is fixed
    if (!this.answers.keepFixed(rev, key, sha, sha !== undefined)) this.answers.keepRef(key, sha);
    return sha;
  }

  /** Absolute path of the work tree's top level (works from a subdirectory). */
  async topLevel(): Promise<string> {
    this.topLevelPath ??= (await this.exec(['rev-parse', '--show-toplevel'])).stdout.trim();
    return this.topLevelPath;
  }

  /** Absolute path of the git dir (`.git`, or the worktree's git dir). */
  async gitDir(): Promise<string> {
    this.gitDirPath ??= (await this.exec(['rev-parse', '--absolute-git-dir'])).stdout.trim();
    return this.gitDirPath;
  }

  /** Absolute path of the common git dir (where config and hooks live; differs from gitDir in a linked worktree). */
  async gitCommonDir(): Promise<string> {
    const dir = (await this.exec(['rev-parse', '--git-common-dir'])).stdout.trim();
    return path.resolve(this.cwd, dir);
  }

  headSha(): Promise<string> {
    return this.revParse('HEAD');
  }

  /** Short name of the checked-out branch, undefined on a detached HEAD. */
  async currentBranch(): Promise<string | undefined> {
    const cached = this.answers.refAnswer('branch');
    if (cached) return cached.value;
    const r = await this.exec(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
    const branch = r.exitCode === 0 ? r.stdout.trim() : undefined;
    this.answers.keepRef('branch', branch);
    return branch;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    assertRevArg(ancestor);
    assertRevArg(descendant);
    const r = await this.exec(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
    if (r.exitCode > 1) throw this.failure(['merge-base'], r, false);
    return r.exitCode === 0;
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    assertRevArg(a);
    assertRevArg(b);
    const r = await this.exec(['merge-base', a, b], { allowFailure: true });
    return r.exitCode === 0 ? r.stdout.trim() : undefined;
  }

  /** SHAs of `range` (e.g. "base..HEAD"), oldest first. */
  async revList(range: string): Promise<string[]> {
    assertRevArg(range);
    const r = await this.exec(['rev-list', '--reverse', range, '--']);
    return r.stdout.split('\n').filter(Boolean);
  }

  // ---- branches and work tree --------------------------------------------------------------------

  /** `git checkout -b <name> <startPoint>`: a new local branch; fails if it exists. */
  async checkoutNewBranch(name: string, startPoint: string): Promise<void> {
    await this.checkBranchName(name);
    assertRevArg(startPoint);
    await this.exec(['checkout', '--quiet', '--no-track', '-b', name, startPoint, '--']);
  }

  /** Checks out an existing local branch. */
  async checkout(name: string): Promise<void> {
    await this.checkBranchName(name);
    await this.exec(['checkout', '--quiet', name, '--']);
  }

  /** Moves the current branch to `rev`, keeping uncommitted changes (`reset --keep`). */
  async resetKeep(rev: string): Promise<void> {
    assertRevArg(rev);
    await this.exec(['reset', '--quiet', '--keep', rev, '--']);
  }

  /** Moves the current branch to `rev` and unstages, keeping the work tree (turns commits back into changes). */
  async resetMixed(rev: string): Promise<void> {
    assertRevArg(rev);
    await this.exec(['reset', '--quiet', '--mixed', rev, '--']);
  }

  /** Moves the current branch to `rev` and makes the index and work tree match it (tracked files only). */
  async resetHard(rev: string): Promise<void> {
    assertRevArg(rev);
    await this.exec(['reset', '--quiet', '--hard', rev, '--']);
  }

  /** Deletes a local branch that is merged into HEAD (`branch -d`, never `-D`); false when git refuses. */
  async tryDeleteMergedBranch(name: string): Promise<boolean> {
    await this.checkBranchName(name);
    const r = await this.exec(['branch', '--quiet', '-d', name], { allowFailure: true });
    return r.exitCode === 0;
  }

  /** Stages everything (`add -A`), or only `paths`. */
  async add(paths?: readonly string[]): Promise<void> {
    await this.exec(paths ? ['add', '-A', '--', ...paths] : ['add', '-A']);
  }

  /** Marks untracked paths as intent-to-add so `diff` shows them. */
  async addIntentToAdd(paths: readonly string[]): Promise<void> {
    if (paths.length) await this.exec(['add', '--intent-to-add', '--', ...paths]);
  }

  /** Restores paths from `source` in both the index and the work tree. */
  async restore(paths: readonly string[], source = 'HEAD'): Promise<void> {
    assertRevArg(source);
    if (paths.length) await this.exec(['restore', `--source=${source}`, '--staged', '--worktree', '--', ...paths]);
  }

  /** Removes paths from the index only (`rm --cached`), leaving the files. */
  async unstageNew(paths: readonly string[]): Promise<void> {
    if (paths.length) await this.exec(['rm', '--quiet', '--cached', '--ignore-unmatch', '-r', '--', ...paths]);
  }

  /** Paths of `rev` among `paths` (those that exist there). */
  async trackedAt(rev: string, paths: readonly string[]): Promise<string[]> {
    assertRevArg(rev);
    if (!paths.length) return [];
    const r = await this.exec(['ls-tree', '-r', '-z', '--name-only', rev, '--', ...paths]);
    return r.stdout.split('\0').filter(Boolean);
  }

  /** Changed files relative to HEAD (staged, unstaged, untracked; renames as delete + add). */
  async status(): Promise<FileStatus[]> {
    const r = await this.exec(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames']);
    return parseStatusZ(r.stdout);
  }

  async changedFiles(): Promise<string[]> {
    return (await this.status()).map((f) => f.path);
  }

  async hasChanges(): Promise<boolean> {
    return (await this.status()).length > 0;
  }

  /** Lines added/deleted per file between `base` and `head` (default: the work tree). */
  async diffNumstat(base: string, head?: string): Promise<NumstatEntry[]> {
    assertRevArg(base);
    if (head !== undefined) assertRevArg(head);
    const args = ['diff', '--numstat', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', base];
    if (head) args.push(head);
    const r = await this.exec([...args, '--']);
    return parseNumstatZ(r.stdout);
  }

  /** The unified diff of `head` against its merge base with `base` (`git diff -M base...head`), as a review reads it. */
  async diffPatch(base: string, head: string): Promise<string> {
    assertRevArg(base);
    assertRevArg(head);
    return (await this.exec(['diff', '-M', '--no-color', '--no-ext-diff', '--no-textconv', `${base}...${head}`, '--'])).stdout;
  }

  /** `git diff --binary <rev>` (tracked files of the work tree vs rev) as bytes. */
  async diffBytes(rev: string): Promise<Buffer> {
    assertRevArg(rev);
    return (await this.exec(['diff', '--binary', '--no-ext-diff', '--no-textconv', rev, '--'])).bytes;
  }

  /** Writes `git diff --binary <rev> -- paths` (work tree vs rev) to `file`. */
  async diffToFile(rev: string, paths: readonly string[], file: string): Promise<void> {
    assertRevArg(rev);
    // git opens --output following links: the droid writes it itself, into a folder that is not a link
    const r = await this.exec(['diff', '--binary', '--no-ext-diff', '--no-textconv', rev, '--', ...paths]);
    await prepareArtifactDir(path.dirname(file));
    await writeFileNoFollow(file, r.bytes);
  }

  /** What the index changes against `base`: one entry per path (modes, type changes, submodules, deletions). */
  async diffIndexRaw(base: string): Promise<RawDiffEntry[]> {
    assertRevArg(base);
    const r = await this.exec(['diff', '--cached', '--raw', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none', base, '--']);
    return parseRawZ(r.stdout);
  }

  /** What `head` changes against `base` (both commits). */
  async diffTreeRaw(base: string, head: string): Promise<RawDiffEntry[]> {
    assertRevArg(base);
    assertRevArg(head);
    const r = await this.exec(['diff', '--raw', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none', base, head, '--']);
    return parseRawZ(r.stdout);
  }

  /** Writes `git diff --cached --binary <rev> -- paths` (index vs rev) to `file`. */
  async diffIndexToFile(rev: string, paths: readonly string[], file: string): Promise<void> {
    assertRevArg(rev);
    const r = await this.exec(['diff', '--cached', '--binary', '--no-ext-diff', '--no-textconv', rev, '--', ...paths]);
    await prepareArtifactDir(path.dirname(file));
    await writeFileNoFollow(file, r.bytes);
  }

  /** Puts the index entries of `paths` back to `rev` (absent there: removed from the index); the work tree is untouched. */
  async resetPaths(rev: string, paths: readonly string[]): Promise<void> {
    assertRevArg(rev);
    if (paths.length) await this.exec(['reset', '--quiet', rev, '--', ...paths]);
  }

  /** Every file path of `rev` (capped at 64 MiB of names). */
  async lsTree(rev: string): Promise<string[]> {
    assertRevArg(rev);
    const r = await this.exec(['ls-tree', '-r', '-z', '--name-only', rev], { maxStdoutBytes: 64 * 1024 * 1024 });
    return r.stdout.split('\0').filter(Boolean);
  }

  /** `git diff --name-only -z --no-renames <args>` (e.g. `base...HEAD`, or `HEAD` for the work tree), capped. */
  async diffNames(args: readonly string[], maxBytes: number): Promise<string[]> {
    for (const a of args) assertRevArg(a);
    const r = await this.exec(['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', ...args, '--'], { maxStdoutBytes: maxBytes });
    return r.stdout.split('\0').filter(Boolean);
  }

  /** Untracked files that are not ignored (`ls-files --others --exclude-standard`), capped. */
  async untrackedFiles(maxBytes: number): Promise<string[]> {
    const r = await this.exec(['ls-files', '--others', '--exclude-standard', '-z'], { maxStdoutBytes: maxBytes });
    return r.stdout.split('\0').filter(Boolean);
  }

  // ---- commits -----------------------------------------------------------------------------------

  /**
   * Commits the index as the droid identity, hooks off, trailers appended as the message's last paragraph
   * (no `trailer.*` config is consulted). Returns the new SHA.
   */
  async commit(options: CommitOptions): Promise<string> {
    const subject = options.message.trim();
    if (!subject) throw new DroidError('work', 'git commit: empty commit message');
    const trailers = (options.trailers ?? []).map(([k, v]) => trailerLine(k, v));
    const message = trailers.length ? `${subject}\n\n${trailers.join('\n')}\n` : `${subject}\n`;
    const args = ['commit', '--quiet', '--no-verify', '--cleanup=whitespace', '-m', message];
    if (options.allowEmpty) args.push('--allow-empty');
    if (options.signEnv) args.push('-S');
    await this.exec(args, options.signEnv ? { env: options.signEnv } : {});
    return this.headSha();
  }

  /** A commit on top of `parent` with the same tree (no change), as the droid identity; nothing is checked out. Returns its SHA. */
  async emptyCommitOn(parent: string, message: string): Promise<string> {
    assertRevArg(parent);
    if (!message.trim()) throw new DroidError('work', 'git commit-tree: empty commit message');
    const r = await this.exec(['commit-tree', '-p', parent, '-m', message, '--', `${parent}^{tree}`]);
    return r.stdout.trim();
  }

  /** Values of trailer `key` in the commits of `range` (newest first), e.g. ('base..HEAD', 'Droid-Run'). */
  async logTrailers(range: string, key: string): Promise<string[]> {
    assertRevArg(range);
    trailerLine(key, 'x');
    const r = await this.exec(['log', `--format=%(trailers:key=${key},valueonly,separator=%x1f)%x1e`, range, '--']);
    return r.stdout
      .split('\x1e')
      .flatMap((c) => c.split('\x1f'))
      .map((v) => v.trim())
      .filter(Boolean);
  }

  /** How many commits of `range` carry trailer `key` (with `value`, when given). */
  async countTrailers(range: string, key: string, value?: string): Promise<number> {
    assertRevArg(range);
    trailerLine(key, 'x');
    const r = await this.exec(['log', `--format=%(trailers:key=${key},valueonly,separator=%x1f)%x1e`, range, '--']);
    return r.stdout
      .split('\x1e')
      .map((c) => c.split('\x1f').map((v) => v.trim()).filter(Boolean))
      .filter((values) => (value === undefined ? values.length > 0 : values.includes(value))).length;
  }

  /** A file's content at `ref`, or undefined when the path does not exist there. Throws if `ref` does not exist. */
  async show(ref: string, filePath: string): Promise<string | undefined> {
    assertRevArg(ref);
    assertRepoPath(filePath);
    await this.revParse(ref);
    const key = `show ${ref}:${filePath}`;
    const cached = this.answers.fixedAnswer(ref, key);
    if (cached) return cached.value;
    const r = await this.exec(['show', '--no-textconv', `${ref}:${filePath}`], { allowFailure: true });
    const text = r.exitCode === 0 ? r.stdout : undefined;
    this.answers.keepFixed(ref, key, text);
    return text;
  }

  /** `git diff --raw -z --no-renames base head`: the NUL-separated raw records (modes, blob ids, status, path); sign.ts parses them. */
  async diffRaw(base: string, head: string): Promise<string> {
    assertRevArg(base);
    assertRevArg(head);
    return (await this.exec(['diff', '--raw', '-z', '--no-renames', '--no-abbrev', base, head, '--'])).stdout;
  }

  /** The full message of a commit (subject, body, trailers). */
  async commitMessage(rev: string): Promise<string> {
    assertRevArg(rev);
    return (await this.exec(['log', '-1', '--format=%B', rev, '--'])).stdout.trimEnd();
  }

  /** A blob's exact bytes and size (binary-safe). */
  async blob(oid: string): Promise<Buffer> {
    if (!/^[0-9a-f]{40,64}$/.test(oid)) throw new DroidError('internal', `not a blob id: ${oid}`);
    return (await this.exec(['cat-file', 'blob', oid])).bytes;
  }

  /** Writes the commits of `range` as one mbox file (apply with `git am`); returns how many commits it holds. */
  async formatPatch(range: string, file: string): Promise<number> {
    assertRevArg(range);
    const commits = await this.revList(range);
    if (commits.length === 0) return 0;
    const r = await this.exec(['format-patch', '--stdout', '--binary', '--no-signature', '--no-ext-diff', '--no-textconv', range, '--']);
    await prepareArtifactDir(path.dirname(file));
    await writeFileNoFollow(file, r.bytes);
    return commits.length;
  }

  // ---- rebase ------------------------------------------------------------------------------------

  /**
   * `git rebase --onto <onto> <upstream>` of the current branch (hooks off, no autosquash, droid as committer).
   * On a conflict the rebase is aborted, the branch is where it was, and false is returned.
   */
  async tryRebase(onto: string, upstream: string): Promise<boolean> {
    assertRevArg(onto);
    assertRevArg(upstream);
    const r = await this.exec(['rebase', '--quiet', '--no-autosquash', '--no-autostash', '--onto', onto, upstream], {
      allowFailure: true,
    });
    if (r.exitCode === 0) return true;
    await this.exec(['rebase', '--abort'], { allowFailure: true });
    this.logger.debug(`git rebase onto ${onto} failed: ${this.redactor.redact(r.stderr.trim())}`);
    return false;
  }

  // ---- config and remotes ------------------------------------------------------------------------

  async configGet(key: string, scope: 'local' | 'global' | 'any' = 'any'): Promise<string | undefined> {
    const r = await this.exec(['config', ...scopeArgs(scope), '--get', key], { allowFailure: true });
    return r.exitCode === 0 ? r.stdout.replace(/\n$/, '') : undefined;
  }

  /** [key, value] pairs whose key matches the (git config) regexp. */
  async configGetRegexp(pattern: string, scope: 'local' | 'global' | 'any' = 'any'): Promise<Array<[string, string]>> {
    const r = await this.exec(['config', ...scopeArgs(scope), '--null', '--get-regexp', pattern], {
      allowFailure: true,
    });
    return r.exitCode === 0 ? parseNullConfig(r.stdout) : [];
  }

  async configSet(key: string, value: string, scope: 'local' | 'global' = 'local'): Promise<void> {
    await this.exec(['config', ...scopeArgs(scope), '--replace-all', key, value]);
  }

  /** Removes every value of `key` in `scope`; true if something was removed. */
  async tryConfigUnset(key: string, scope: 'local' | 'global' = 'local'): Promise<boolean> {
    const r = await this.exec(['config', ...scopeArgs(scope), '--unset-all', key], { allowFailure: true });
    return r.exitCode === 0;
  }

  /** Removes a whole config section (local); true if it existed. */
  async tryConfigRemoveSection(section: string): Promise<boolean> {
    const r = await this.exec(['config', '--local', '--remove-section', section], { allowFailure: true });
    return r.exitCode === 0;
  }

  async remoteGetUrl(name: string): Promise<string> {
    assertRemoteArg(name);
    const r = await this.exec(['remote', 'get-url', '--', name]);
    return r.stdout.trim();
  }

  async remoteSetUrl(name: string, url: string): Promise<void> {
    assertRemoteArg(name);
    assertRemoteArg(url);
    await this.exec(['remote', 'set-url', '--', name, url]);
  }

  // ---- network -----------------------------------------------------------------------------------

  /** `git fetch <remote> <refspecs>` (no tags, no recursion; FETCH_HEAD written); refspecs never carry a `+`. */
  async fetch(remote: string, refspecs: readonly string[], options: RemoteOptions & { depth?: number } = {}): Promise<void> {
    assertRemoteArg(remote);
    for (const r of refspecs) assertFetchRefspec(r);
    const args = ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules'];
    if (options.depth) args.push(`--depth=${options.depth}`);
    await this.exec([...args, '--', remote, ...refspecs], { remote: true, authEnv: options.authEnv });
  }

  async tryFetch(remote: string, refspecs: readonly string[], options: RemoteOptions = {}): Promise<boolean> {
    try {
      await this.fetch(remote, refspecs, options);
      return true;
    } catch (error) {
      if (error instanceof DroidError) return false;
      throw error;
    }
  }

  /** SHA of `refs/heads/<branch>` on the remote, or undefined when the branch does not exist. */
  async lsRemote(remote: string, branch: string, options: RemoteOptions = {}): Promise<string | undefined> {
    assertRemoteArg(remote);
    await this.checkBranchName(branch);
    const r = await this.exec(['ls-remote', '--heads', '--', remote, `refs/heads/${branch}`], {
      remote: true,
      authEnv: options.authEnv,
    });
    const line = r.stdout.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
    return line?.split('\t')[0];
  }

  /**
   * Fast-forward push of local `branch` to `refs/heads/<remoteBranch>`: no `+`, no `--force*`, ever.
   * Ref rejections come back in the report (with the server's `remote:` lines); transport and auth
   * failures throw DroidError('platform').
   */
  async push(remote: string, branch: string, options: RemoteOptions & { remoteBranch?: string } = {}): Promise<PushReport> {
    assertRemoteArg(remote);
    await this.checkBranchName(branch);
    const target = options.remoteBranch ?? branch;
    await this.checkBranchName(target);
    const refspec = `refs/heads/${branch}:refs/heads/${target}`;
    return this.pushRefspec(remote, refspec, options.authEnv);
  }

  /** Fast-forward push of a commit (SHA) to `refs/heads/<remoteBranch>` — for probes that need no local branch. */
  async pushCommit(remote: string, sha: string, remoteBranch: string, options: RemoteOptions = {}): Promise<PushReport> {
    assertRemoteArg(remote);
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new DroidError('internal', `pushCommit needs a full SHA, got ${sha}`);
    await this.checkBranchName(remoteBranch);
    return this.pushRefspec(remote, `${sha}:refs/heads/${remoteBranch}`, options.authEnv);
  }

  /** Deletes a branch on the remote (used by `doctor` to clean up its probe branch). */
  async deleteRemoteBranch(remote: string, branch: string, options: RemoteOptions = {}): Promise<PushReport> {
    assertRemoteArg(remote);
    await this.checkBranchName(branch);
    return this.pushRefspec(remote, `:refs/heads/${branch}`, options.authEnv);
  }

  private async pushRefspec(remote: string, refspec: string, authEnv: GitAuthEnv | undefined): Promise<PushReport> {
    if (refspec.startsWith('+')) throw new DroidError('internal', 'refusing a forced refspec');
    const args = ['push', '--porcelain', '--no-verify', '--no-recurse-submodules', '--', remote, refspec];
    const r = await this.exec(args, { remote: true, authEnv, allowFailure: true });
    const refs = parsePushPorcelain(r.stdout);
    if (refs.length === 0 && r.exitCode !== 0) throw this.failure(args, r, true, remote);
    return { refs, remoteMessages: remoteMessages(r.stderr).map((l) => this.redactor.redact(l)), exitCode: r.exitCode };
  }

  private exec(args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
    return this.runner.exec(args, options);
  }

  private failure(args: readonly string[], r: ExecResult, remote: boolean, target?: string): DroidError {
    return this.runner.failure(args, r, remote, target);
  }
}

function scopeArgs(scope: 'local' | 'global' | 'any'): string[] {
  return scope === 'any' ? [] : [`--${scope}`];
}

function assertFetchRefspec(refspec: string): void {
  if (refspec.startsWith('+') || refspec.startsWith('-') || /[\s\0]/.test(refspec)) {
    throw new DroidError('internal', `refusing fetch refspec ${JSON.stringify(refspec)}`);
  }
}
