import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { FileChange } from '../report/body.js';
import type { RunGit } from '../run/types.js';
import { DroidError } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import type { Redactor } from '../util/redact.js';
import type { GitAuthEnv } from './auth.js';
import { removePersistedCredentials } from './credentials.js';
import { Git, type GitIdentity } from './git.js';
import { describeEntry } from '../util/safe-fs.js';
import { holdBackInIndex, holdBackProtected, protectedChangesBetween } from './protected.js';
import { pushBranch } from './push.js';
import { normalizeSigningKey, resolveSigningKey, withSigningKey, type ApiPushOptions } from './sign.js';
import type { CommitSigning } from '../config/types.js';
import { relativeInside } from '../util/validate.js';

/**
 * The orchestrator's view of git (RunGit), built on the Git wrapper: the work tree is the checkout the
 * run started in; the droid's artifacts folder is kept out of commits through .git/info/exclude
 * (local to this clone, never pushed); credentials persisted by the CI checkout are removed first
 * so the engine cannot read or use them.
 */
export interface WorkspaceOptions {
  root: string;
  authEnv?: GitAuthEnv | undefined;
  /** credential-free remote URL; used when the checkout has no `origin` */
  remoteUrl?: string | undefined;
  artifactDir: string;
  redactor: Redactor;
  log: Logger;
  identity: GitIdentity;
  /** pr.sign: ssh: the private key (signing_key input / DROID_SIGNING_KEY), written to `signingTempDir` only while committing */
  signingKey?: string | undefined;
  /** outside the work tree (RUNNER_TEMP or the system temp folder) */
  signingTempDir?: string | undefined;
  /** pr.sign: api: the forge's commit mutation (GitHub only) */
  apiCommits?: ApiPushOptions['commits'] | undefined;
}

const REMOTE = 'origin';

export async function openWorkspace(options: WorkspaceOptions): Promise<RunGit> {
  const git = new Git({ cwd: options.root, identity: options.identity, logger: options.log, redactor: options.redactor });
  let top: string;
  try {
    top = await git.topLevel();
  } catch {
    throw new DroidError('usage', `${options.root} is not a git repository`, { hint: 'run droid-ci inside a git checkout (or pass --repo)' });
  }
  const workspace = new Workspace(git, { ...options, root: top });
  await workspace.ignore(relative(top, options.artifactDir) || '.droid');
  // the GitLab template's npm cache between pipelines (engine CLIs): never part of a commit
  await workspace.ignore('.droid-cache');
  if (options.authEnv) {
    const { removed } = await removePersistedCredentials(git);
    if (removed.length) options.log.info(`removed persisted git credentials from .git/config: ${removed.join(', ')}`);
  }
  return workspace;
}

/** most bytes of one untracked file hashed into the fingerprint (its size and the rest are not read) */
const FINGERPRINT_READ_CAP = 8 * 1024 * 1024;

class Workspace implements RunGit {
  readonly root: string;
  private remote = REMOTE;
  /** the protected globs of the last holdBack: the commit and the push are checked against them again */
  private protectedGlobs: string[] = [];
  private signingKey: Promise<string> | undefined;

  constructor(
    private readonly git: Git,
    private readonly options: WorkspaceOptions,
  ) {
    this.root = options.root;
  }

  currentBranch(): Promise<string | undefined> {
    return this.git.currentBranch();
  }

  headSha(): Promise<string> {
    return this.git.headSha();
  }

  async dirtyFiles(): Promise<string[]> {
    return this.git.changedFiles();
  }

  showFile(ref: string, path: string): Promise<string | undefined> {
    return this.git.show(ref, path);
  }

  resolve(ref: string): Promise<string | undefined> {
    return this.git.resolveCommit(ref);
  }

  async fetchBranch(branch: string): Promise<string | undefined> {
    await this.ensureRemote();
    const auth = { authEnv: this.options.authEnv };
    const sha = await this.git.lsRemote(this.remote, branch, auth);
    if (!sha) return undefined;
    await this.git.fetch(this.remote, [`refs/heads/${branch}:refs/remotes/${this.remote}/${branch}`], auth).catch(async (error: unknown) => {
      // a non-fast-forward update of the tracking ref is refused without `+`: drop the stale ref and fetch again
      await this.git.fetch(this.remote, [`refs/heads/${branch}`], auth);
      if (!(await this.git.resolveCommit(sha))) throw error;
    });
    return sha;
  }

  async checkoutNewBranch(branch: string, startPoint: string): Promise<void> {
    if (await this.git.resolveCommit(`refs/heads/${branch}`)) {
      await this.git.checkout(branch);
      if ((await this.git.headSha()) !== (await this.git.revParse(startPoint))) await this.git.resetKeep(startPoint);
      return;
    }
    await this.git.checkoutNewBranch(branch, startPoint);
  }

  checkout(branch: string): Promise<void> {
    return this.git.checkout(branch);
  }

  async changes(base: string): Promise<{ files: string[]; fingerprint: string }> {
    const tracked = await this.git.diffNumstat(base);
    const status = await this.git.status();
    const files = [...new Set([...tracked.map((t) => t.path), ...status.map((s) => s.path)])].sort();
    const hash = createHash('sha256');
    hash.update((await this.git.diffBytes(base)));
    // untracked files as they are: a link by its target text, a FIFO or device by its kind, never read through
    for (const s of status.filter((f) => f.untracked)) {
      hash.update(`\0${s.path}\0`);
      const entry = await describeEntry(join(this.root, s.path), FINGERPRINT_READ_CAP);
      if (entry.kind === 'file') hash.update(`file ${entry.size} ${entry.mode}\0`).update(entry.data);
      else if (entry.kind === 'symlink') hash.update(`link ${entry.target}`);
      else hash.update(entry.kind === 'other' ? entry.type : entry.kind);
    }
    return { files, fingerprint: hash.digest('hex') };
  }

  async holdBack(globs: string[]): Promise<string[]> {
    this.protectedGlobs = [...globs];
    const { heldBack } = await holdBackProtected(this.git, globs, { patchFile: join(this.options.artifactDir, 'held-back.patch') });
    return heldBack;
  }

  /** Commits everything but protected paths: the index is checked against the protected globs right before the commit. */
  async commit(message: string, trailers: [string, string][], options: { sign?: CommitSigning | undefined } = {}): Promise<string | undefined> {
    await this.git.add();
    if (this.protectedGlobs.length && (await this.git.resolveCommit('HEAD'))) {
      const late = await holdBackInIndex(this.git, this.protectedGlobs, 'HEAD');
      if (late.length) this.options.log.warn(`not committed (protected paths): ${late.join(', ')}`);
    }
    if ((await this.git.diffIndexRaw('HEAD').catch(() => undefined))?.length === 0) return undefined;
    if (!(await this.git.hasChanges())) return undefined;
    if (options.sign !== 'ssh') return this.git.commit({ message, trailers });
    const text = await this.signingKeyText();
    return withSigningKey(text, this.options.signingTempDir, (signEnv) => this.git.commit({ message, trailers, signEnv }));
  }

  async signingReady(sign: CommitSigning | undefined): Promise<void> {
    if (sign === 'ssh') normalizeSigningKey(await this.signingKeyText());
  }

  /** The SSH key's text (from the variable, a File variable's file, or base64), read once. */
  private async signingKeyText(): Promise<string> {
    const key = this.options.signingKey;
    if (!key?.trim()) {
      throw new DroidError('config', 'pr.sign is "ssh" but no signing key was given', {
        hint: 'pass the SSH private key in the signing_key input (GitHub) or the CI/CD variable DROID_SIGNING_KEY (GitLab: type File, or the key in base64 so it can be masked), or set pr.sign to none',
      });
    }
    this.signingKey ??= resolveSigningKey(key).then((text) => {
      // read from a file or decoded: the key's own text is a secret of this run too
      this.options.redactor.add(text);
      return text;
    });
    return this.signingKey;
  }

  /** Commits the engine made on its own are folded back into work-tree changes, so the droid's commit carries the trailers. */
  async absorbEngineCommits(start: string): Promise<void> {
    if ((await this.git.headSha()) !== (await this.git.revParse(start))) await this.git.resetMixed(start);
  }

  async setAside(start: string, patchFile: string): Promise<string | undefined> {
    // staged first so new files are in the patch and the hard reset removes them (nothing was untracked at the start)
    await this.git.add();
    const changed = (await this.git.diffNumstat(start)).length > 0;
    if (changed) await this.git.diffToFile(start, [], patchFile);
    await this.git.resetHard(start);
    return changed ? patchFile : undefined;
  }

  tryDeleteBranch(branch: string): Promise<boolean> {
    return this.git.tryDeleteMergedBranch(branch);
  }

  diffPatch(base: string, head: string): Promise<string> {
    return this.git.diffPatch(base, head);
  }

  async numstat(base: string, head: string): Promise<FileChange[]> {
    const entries = await this.git.diffNumstat(base, head);
    return entries.map((e) => ({ path: e.path, added: e.added ?? 0, removed: e.deleted ?? 0, binary: e.binary }));
  }

  async ignore(path: string): Promise<void> {
    const rel = relativeInside(this.root, path);
    if (!rel) return;
    const gitDir = await this.git.gitDir();
    const file = join(gitDir, 'info', 'exclude');
    await mkdir(join(gitDir, 'info'), { recursive: true });
    const current = await readFile(file, 'utf8').catch(() => '');
    const line = `/${rel.replace(/^\/+/, '')}`;
    if (!current.split('\n').includes(line)) await appendFile(file, `${current && !current.endsWith('\n') ? '\n' : ''}${line}\n`);
  }

  async push(input: Parameters<RunGit['push']>[0]) {
    await this.ensureRemote();
    // the last word: what is pushed (base..HEAD) changes no protected path, whatever happened before
    if (this.protectedGlobs.length) {
      const bad = await protectedChangesBetween(this.git, this.protectedGlobs, input.base, 'HEAD');
      if (bad.length) {
        throw new DroidError('work', `refusing to push: the commits change protected paths (${bad.slice(0, 5).join(', ')})`, {
          hint: 'these paths match pr.protected_paths; edit that list in .droid.yml to allow them',
        });
      }
    }
    const result = await pushBranch({
      git: this.git,
      branch: input.branch,
      remote: this.remote,
      authEnv: this.options.authEnv,
      mode: input.mode,
      expectedRemoteSha: input.expectedRemoteSha,
      base: input.base,
      artifactDir: this.options.artifactDir,
      forbiddenBranches: input.forbidden,
      logger: this.options.log,
      apiCommits: input.sign === 'api' ? this.options.apiCommits : undefined,
    });
    if (result.status === 'failed') throw result.error ?? new DroidError('platform', result.reason ?? 'git push failed');
    const note = input.sign === 'api' && !this.options.apiCommits ? 'pr.sign: api needs GitHub (createCommitOnBranch); the commit was pushed over git, unsigned.' : result.note;
    return { status: result.status, sha: result.sha, reason: result.reason, patchFile: result.patchFile, note };
  }

  countTrailer(range: string, key: string, value?: string): Promise<number> {
    return this.git.countTrailers(range, key, value);
  }

  private async ensureRemote(): Promise<void> {
    try {
      await this.git.remoteGetUrl(REMOTE);
      this.remote = REMOTE;
    } catch {
      if (!this.options.remoteUrl) throw new DroidError('usage', 'the checkout has no `origin` remote', { hint: 'clone the repository, or add the remote' });
      this.remote = this.options.remoteUrl;
    }
  }
}
