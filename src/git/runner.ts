import path from 'node:path';
import { DroidError } from '../util/errors.js';
import { runProcess } from '../util/exec.js';
import type { Logger } from '../util/log.js';
import type { Redactor } from '../util/redact.js';
import type { GitAnswers } from './answers.js';
import { configEntriesToEnv, mergeGitConfigEnv, secretsOfAuthEnv, type GitConfigEntry } from './auth.js';
import type { ExecOptions, ExecResult, GitIdentity, GitOptions } from './git-types.js';
import { configFilesSignature, driverOverridesFrom, gitFailure, hardenedConfigArgs, hardenedEnv } from './hardening.js';

const STDERR_KEEP = 64 * 1024;

/**
 * The one place a git command is started (Git's methods all come here): argv through runProcess, never a
 * shell; the hardened config and environment (hardening.ts) with every content driver some config names
 * switched off; stdout capped, stderr's tail kept and redacted in the error it throws.
 */
export class GitRunner {
  private driverCache: { signature: string; files: string[]; entries: GitConfigEntry[] } | undefined;
  private commonDir: string | undefined;

  constructor(
    private readonly cwd: string,
    private readonly options: GitOptions,
    private readonly identity: GitIdentity,
    private readonly logger: Logger,
    private readonly redactor: Redactor,
    private readonly answers: GitAnswers,
  ) {}

  async exec(args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
    for (const secret of secretsOfAuthEnv(options.authEnv)) this.redactor.add(secret);
    const argv = [...this.configArgs(options.remote === true), ...args];
    const drivers = options.noDriverLookup ? [] : await this.driverOverrides();
    if (!options.noDriverLookup) this.logger.debug(`git ${this.redactor.redact(args.join(' '))}`);
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = Buffer.alloc(0);
    const before = this.answers.beforeCommand();
    const result = await runProcess(this.options.gitBinary ?? 'git', argv, {
      cwd: this.cwd,
      env: this.env(options, drivers),
      timeoutMs: this.options.timeoutMs ?? 10 * 60_000,
      keepBytes: 4096,
      onStdout: (c) => {
        stdoutBytes += c.length;
        if (options.maxStdoutBytes === undefined || stdoutBytes <= options.maxStdoutBytes) stdout.push(c);
      },
      onStderr: (c) => {
        stderr = Buffer.concat([stderr, c]);
        if (stderr.length > STDERR_KEEP) stderr = stderr.subarray(stderr.length - STDERR_KEEP);
      },
    });
    this.answers.afterCommand(args, before);
    const bytes = Buffer.concat(stdout);
    const out: ExecResult = {
      exitCode: result.exitCode ?? (result.timedOut ? 124 : 128),
      stdout: bytes.toString('utf8'),
      bytes,
      stderr: stderr.toString('utf8'),
    };
    if (result.spawnError) {
      throw new DroidError('internal', `could not run git: ${result.spawnError}`, { hint: 'Install git (2.32 or newer).' });
    }
    if (result.timedOut) {
      throw new DroidError(options.remote ? 'platform' : 'work', `git ${args[0]} timed out`);
    }
    if (options.maxStdoutBytes !== undefined && stdoutBytes > options.maxStdoutBytes) {
      throw new DroidError('work', `git ${args[0]} printed more than ${options.maxStdoutBytes} bytes`);
    }
    if (out.exitCode !== 0 && !options.allowFailure) throw this.failure(args, out, options.remote === true);
    return out;
  }

  /**
   * Config entries that switch off every content driver some config names (`filter.<x>.*`, `diff.<x>.*`,
   * `merge.<x>.*`, from any scope or include): `.gitattributes` in the tree or `.git/info/attributes` can
   * point at them, and no `-c` can switch attributes off. Looked up again whenever one of the config files
   * git reads (the standard ones and every file an entry came from) changed since the last lookup.
   */
  private async driverOverrides(): Promise<GitConfigEntry[]> {
    const signature = await this.configSignature(this.driverCache?.files ?? []);
    if (this.driverCache && this.driverCache.signature === signature) return this.driverCache.entries;
    const r = await this.exec(['config', '--list', '--show-origin', '--null'], {
      allowFailure: true,
      noDriverLookup: true,
      maxStdoutBytes: 8 * 1024 * 1024,
    }).catch(() => undefined);
    if (!r || r.exitCode !== 0) return [];
    const { entries: list, files: known } = driverOverridesFrom(r.stdout, this.cwd);
    this.driverCache = { signature: await this.configSignature(known), files: known, entries: list };
    return list;
  }

  /** Identity (inode, size, mtime, ctime) of every config file git may read, present or not. */
  private async configSignature(extra: readonly string[]): Promise<string> {
    const env = this.options.env ?? process.env;
    this.commonDir ??= await this.exec(['rev-parse', '--git-common-dir'], { noDriverLookup: true, allowFailure: true })
      .then((r) => (r.exitCode === 0 ? path.resolve(this.cwd, r.stdout.trim()) : ''))
      .catch(() => '');
    return configFilesSignature(env, this.commonDir, extra);
  }

  private configArgs(remote: boolean): string[] {
    return hardenedConfigArgs(remote, this.options.signCommits === true);
  }

  private env(options: ExecOptions, drivers: readonly GitConfigEntry[]): Record<string, string | undefined> {
    const own = { ...hardenedEnv(this.options.env ?? process.env, this.identity), ...options.env };
    const safe = drivers.length ? mergeGitConfigEnv(own, configEntriesToEnv(drivers)) : own;
    return options.remote ? mergeGitConfigEnv(safe, options.authEnv) : safe;
  }

  failure(args: readonly string[], r: ExecResult, remote: boolean, target?: string): DroidError {
    return gitFailure(args, this.redactor.redact(r.stderr.trim()), r.exitCode, remote, target);
  }
}
