import { spawn } from 'node:child_process';

/**
 * The one place src/ starts child processes (except @actions/exec inside the GitHub entry).
 * - argv, never a shell string (use `shellArgv` for user-configured commands that are meant for a shell)
 * - the child leads its own process group; on timeout or abort the whole group gets SIGTERM, then SIGKILL
 * - stdin closed; output kept in a bounded head+tail buffer so memory stays flat on any log size
 */
export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
  /** bytes kept from the start and from the end of the combined output (default 64 KiB each) */
  keepBytes?: number | undefined;
  /** streaming consumer of raw output chunks (e.g. a summary parser), called in order */
  onOutput?: ((chunk: Buffer) => void) | undefined;
  /** raw stdout chunks only, in order (for callers that parse stdout apart from stderr, e.g. git) */
  onStdout?: ((chunk: Buffer) => void) | undefined;
  /** raw stderr chunks only, in order */
  onStderr?: ((chunk: Buffer) => void) | undefined;
  /** grace period between SIGTERM and SIGKILL (default 2 s) */
  killGraceMs?: number | undefined;
}

export interface RunResult {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  aborted: boolean;
  durationMs: number;
  /** bounded output: head, an elision line, tail */
  output: string;
  totalBytes: number;
  /** set when the program could not be started (ENOENT, EACCES) */
  spawnError?: string | undefined;
}

/** A head+tail buffer: keeps the first and last `keep` bytes of everything written. */
export class BoundedBuffer {
  private head: Buffer[] = [];
  private headBytes = 0;
  private tail: Buffer[] = [];
  private tailBytes = 0;
  total = 0;

  constructor(private readonly keep: number) {}

  write(chunk: Buffer): void {
    this.total += chunk.length;
    let rest = chunk;
    if (this.headBytes < this.keep) {
      const take = Math.min(this.keep - this.headBytes, rest.length);
      this.head.push(rest.subarray(0, take));
      this.headBytes += take;
      rest = rest.subarray(take);
    }
    if (rest.length === 0) return;
    this.tail.push(Buffer.from(rest));
    this.tailBytes += rest.length;
    while (this.tailBytes - (this.tail[0]?.length ?? 0) >= this.keep) {
      this.tailBytes -= this.tail.shift()!.length;
    }
  }

  toString(): string {
    const head = Buffer.concat(this.head).toString('utf8');
    let tail = Buffer.concat(this.tail);
    const omitted = this.total - this.headBytes - Math.min(tail.length, this.keep);
    if (tail.length > this.keep) tail = tail.subarray(tail.length - this.keep);
    if (omitted <= 0) return head + tail.toString('utf8');
    return `${head}\n… [${omitted} bytes elided] …\n${tail.toString('utf8')}`;
  }
}

export function shellArgv(command: string): [string, string[]] {
  return ['/bin/sh', ['-c', command]];
}

export function runProcess(file: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const buffer = new BoundedBuffer(options.keepBytes ?? 64 * 1024);
  return new Promise((resolve) => {
    let timedOut = false;
    let aborted = false;
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const killGroup = (sig: NodeJS.Signals): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, sig);
      } catch {
        /* group already gone */
      }
    };
    const stop = (): void => {
      killGroup('SIGTERM');
      killTimer = setTimeout(() => killGroup('SIGKILL'), options.killGraceMs ?? 2000);
      killTimer.unref();
    };
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            stop();
          }, options.timeoutMs)
        : undefined;
    const onAbort = (): void => {
      aborted = true;
      stop();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const onData = (chunk: Buffer): void => {
      buffer.write(chunk);
      options.onOutput?.(chunk);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    if (options.onStdout) child.stdout.on('data', options.onStdout);
    if (options.onStderr) child.stderr.on('data', options.onStderr);
    const finish = (exitCode: number | null, signal: string | null, spawnError?: string): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      // the leader is gone; make sure nothing it started outlives it
      killGroup('SIGKILL');
      if (killTimer) clearTimeout(killTimer);
      resolve({
        exitCode,
        signal,
        timedOut,
        aborted,
        durationMs: Date.now() - started,
        output: buffer.toString(),
        totalBytes: buffer.total,
        spawnError,
      });
    };
    child.on('error', (err: NodeJS.ErrnoException) => finish(null, null, `${err.code ?? 'error'}: ${err.message}`));
    child.on('close', (code, signal) => finish(code, signal));
  });
}
