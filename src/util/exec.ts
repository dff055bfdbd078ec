import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * The one place src/ starts child processes (except @actions/exec inside the GitHub entry).
 * - argv, never a shell string (use `shellArgv` for user-configured commands that are meant for a shell)
 * - the child leads its own session and process group; on timeout or abort the whole tree gets SIGTERM,
 *   then SIGKILL after a grace period. "The tree" is the process group, the session and (on Linux,
 *   read from /proc) every descendant, so `sleep 1000 &`, children that ignore SIGTERM, and children
 *   that moved to another group or session while their parent was alive are all killed.
 * - when the leader exits, anything it left running is killed as well (no orphans), and a background
 *   grandchild that still holds stdout open cannot keep the call waiting: after `drainMs` it is killed
 *   and, as a last resort, the pipes are closed.
 * - stdin closed; output kept in a bounded head+tail buffer so memory stays flat on any log size.
 * Known limit: a daemon that double-forks into a new session after its parent is gone is out of
 * reach without cgroups; if it holds the pipes, the call returns `closeWaitMs` after the rest died.
 * With a `jail` (src/sandbox/, PRODUCT.md §10) the command runs as the sandbox account in its own
 * PID namespace instead, where such a daemon dies with the namespace, and every process of the
 * account is swept once the call is over.
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
  /** raw stdout chunks only, in order (src/git/git.ts parses stdout apart from stderr: keep these two) */
  onStdout?: ((chunk: Buffer) => void) | undefined;
  /** raw stderr chunks only, in order */
  onStderr?: ((chunk: Buffer) => void) | undefined;
  /** grace period between SIGTERM and SIGKILL (default 2 s) */
  killGraceMs?: number | undefined;
  /** after the leader exits, how long its leftovers may keep the output pipes open before they are killed (default 200 ms) */
  drainMs?: number | undefined;
  /** once every known process is gone, how long the pipes may stay open before the call stops waiting (default 5 s) */
  closeWaitMs?: number | undefined;
  /** run the command inside this boundary (src/sandbox/): it rewrites the argv and env, and cleans up after */
  jail?: ProcessJail | undefined;
}

/** What to spawn instead, and what to do once the process tree is gone. */
export interface JailedSpawn {
  file: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** kills what is left of the sandbox account and gives the files back; never throws */
  release(): Promise<void>;
}

export interface ProcessJail {
  /** throws an Error saying why the boundary could not be set up (the command is then not started) */
  enter(spawn: { file: string; args: readonly string[]; cwd: string; env: NodeJS.ProcessEnv }): Promise<JailedSpawn>;
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
      this.head.push(Buffer.from(rest.subarray(0, take)));
      this.headBytes += take;
      rest = rest.subarray(take);
    }
    if (rest.length === 0) return;
    this.tail.push(Buffer.from(rest));
    this.tailBytes += rest.length;
    while (this.tail.length > 1 && this.tailBytes - this.tail[0]!.length >= this.keep) {
      this.tailBytes -= this.tail.shift()!.length;
    }
  }

  toString(): string {
    // StringDecoder.write holds back a multi-byte character cut at the end of the head
    const head = new StringDecoder('utf8').write(Buffer.concat(this.head));
    let tail = Buffer.concat(this.tail);
    if (tail.length > this.keep) tail = tail.subarray(tail.length - this.keep);
    const omitted = this.total - this.headBytes - tail.length;
    if (omitted <= 0) return new StringDecoder('utf8').write(Buffer.concat([...this.head, tail]));
    let start = 0;
    while (start < tail.length && start < 3 && (tail[start]! & 0xc0) === 0x80) start++; // skip a cut character
    return `${head}\n… [${omitted + start} bytes elided] …\n${tail.subarray(start).toString('utf8')}`;
  }
}

export function shellArgv(command: string): [string, string[]] {
  return ['/bin/sh', ['-c', command]];
}

interface ProcEntry {
  pid: number;
  ppid: number;
  pgrp: number;
  session: number;
  state: string;
  start: string;
}

function readStat(pid: number): ProcEntry | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // exited while we looked, or no /proc
  }
  // "pid (comm) state ppid pgrp session … starttime(22nd)"; comm may hold spaces and parentheses
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (fields.length < 20) return undefined;
  return {
    pid,
    state: fields[0]!,
    ppid: Number(fields[1]),
    pgrp: Number(fields[2]),
    session: Number(fields[3]),
    start: fields[19]!,
  };
}

/** Full scans of /proc made so far (tests and benches read it: one per finished child, issue 13). */
export const procScans = { count: 0 };

/** Every process on the machine from /proc (Linux); undefined where /proc is not available. */
function readProcTable(): ProcEntry[] | undefined {
  let names: string[];
  try {
    names = readdirSync('/proc');
    procScans.count += 1;
  } catch {
    return undefined;
  }
  const entries: ProcEntry[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const entry = readStat(Number(name));
    if (entry) entries.push(entry);
  }
  return entries;
}

/** The processes a child started: its group, its session and its descendants, remembered across scans. */
class ProcessTree {
  private readonly seen = new Map<number, string>();
  /** the leader's start time: tells the leader apart from a later process that got its pid */
  private readonly leaderStart: string | undefined;
  private leaderPidReused = false;

  constructor(private readonly leader: number) {
    this.leaderStart = readStat(leader)?.start;
  }

  /** One scan of /proc: the members running now (undefined without /proc). */
  members(): ProcEntry[] | undefined {
    const table = readProcTable();
    if (!table) return undefined;
    // the leader is gone and its pid reused: only processes already seen are ours
    const holder = table.find((e) => e.pid === this.leader);
    const reused = holder !== undefined && this.leaderStart !== undefined && holder.start !== this.leaderStart;
    this.leaderPidReused ||= reused;
    const children = new Map<number, number[]>();
    for (const e of table) {
      const list = children.get(e.ppid);
      if (list) list.push(e.pid);
      else children.set(e.ppid, [e.pid]);
    }
    const descendants = new Set<number>();
    const queue = reused ? [] : [this.leader];
    while (queue.length > 0) {
      for (const pid of children.get(queue.pop()!) ?? []) {
        if (descendants.has(pid)) continue;
        descendants.add(pid);
        queue.push(pid);
      }
    }
    const found = table.filter(
      (e) =>
        e.state !== 'Z' &&
        e.pid !== process.pid &&
        ((!reused && (e.pgrp === this.leader || e.session === this.leader)) ||
          descendants.has(e.pid) ||
          this.seen.get(e.pid) === e.start),
    );
    for (const e of found) this.seen.set(e.pid, e.start);
    return found;
  }

  /** `members`: a scan made just now (in the same tick) to act on instead of scanning again */
  signal(sig: NodeJS.Signals, members = this.members()): void {
    // the group kill is atomic: it also reaches a child forked after the scan
    if (!this.leaderPidReused) {
      try {
        process.kill(-this.leader, sig);
      } catch {
        /* group already gone */
      }
    }
    for (const e of members ?? []) {
      try {
        process.kill(e.pid, sig);
      } catch {
        /* gone meanwhile */
      }
    }
  }

  /** true while any member is running (zombies waiting for a reaper do not count) */
  alive(members = this.members()): boolean {
    if (members) return members.length > 0;
    try {
      process.kill(-this.leader, 0);
      return true;
    } catch {
      return false;
    }
  }
}

/** How long to wait for the pipes to close once every known process is gone. */
const CLOSE_WAIT_MS = 5000;

function startFailure(started: number, message: string, aborted = false): RunResult {
  return {
    exitCode: null,
    signal: null,
    timedOut: false,
    aborted,
    durationMs: Date.now() - started,
    output: '',
    totalBytes: 0,
    spawnError: aborted ? undefined : message,
  };
}

export function runProcess(file: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  return options.jail ? runJailed(file, args, options.jail, options) : spawnSupervised(file, args, options);
}

async function runJailed(file: string, args: readonly string[], jail: ProcessJail, options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  if (options.signal?.aborted) return startFailure(started, '', true);
  let entered: JailedSpawn;
  try {
    entered = await jail.enter({ file, args, cwd: options.cwd, env: options.env });
  } catch (err) {
    return startFailure(started, `the sandbox could not be set up: ${(err as Error).message}`);
  }
  try {
    const result = await spawnSupervised(entered.file, entered.args, { ...options, cwd: entered.cwd, env: entered.env, jail: undefined });
    return { ...result, durationMs: Date.now() - started };
  } finally {
    await entered.release();
  }
}

/**
 * Processes started so far by this module: whoever caches what a process reported (git.ts caches refs)
 * can tell whether anything else ran since, e.g. an engine round that may have committed.
 */
export const processStarts = { count: 0 };

function spawnSupervised(file: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  if (options.signal?.aborted) return Promise.resolve(startFailure(started, '', true));
  let child: ChildProcess;
  processStarts.count += 1;
  try {
    child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return Promise.resolve(startFailure(started, `${e.code ?? 'error'}: ${e.message}`));
  }
  return supervise(child, started, options);
}

function supervise(child: ChildProcess, started: number, options: RunOptions): Promise<RunResult> {
  return new Promise((resolve) => new Supervision(child, started, options, resolve).watch());
}

type Ending = { code: number | null; signal: string | null };

/**
 * One child between its spawn and the call's answer: its output kept, its timeout and abort, and its
 * process tree stopped (SIGTERM, then SIGKILL after the grace period) and swept before the answer.
 */
class Supervision {
  private readonly buffer: BoundedBuffer;
  private readonly tree: ProcessTree | undefined;
  private readonly timers = new Set<NodeJS.Timeout>();
  private timedOut = false;
  private aborted = false;
  private settled = false;
  private stopping = false;
  private deadlineSet = false;
  private exited: Ending | undefined;
  private closed: Ending | undefined;
  private poll: NodeJS.Timeout | undefined;
  private readonly onAbort = (): void => {
    this.aborted = true;
    this.stop();
  };

  constructor(
    private readonly child: ChildProcess,
    private readonly started: number,
    private readonly options: RunOptions,
    private readonly resolve: (result: RunResult) => void,
  ) {
    this.buffer = new BoundedBuffer(options.keepBytes ?? 64 * 1024);
    this.tree = child.pid === undefined ? undefined : new ProcessTree(child.pid);
  }

  watch(): void {
    const { child, options } = this;
    if (options.timeoutMs !== undefined) {
      this.later(options.timeoutMs, () => {
        this.timedOut = true;
        this.stop();
      });
    }
    options.signal?.addEventListener('abort', this.onAbort, { once: true });
    const onData = (chunk: Buffer): void => {
      this.buffer.write(chunk);
      options.onOutput?.(chunk);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    if (options.onStdout) child.stdout?.on('data', options.onStdout);
    if (options.onStderr) child.stderr?.on('data', options.onStderr);
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (child.pid === undefined) this.finish(`${err.code ?? 'error'}: ${err.message}`);
    });
    child.on('exit', (code, signal) => {
      this.exited = { code, signal };
      // a background grandchild holding stdout would keep 'close' away forever: give it drainMs
      this.later(options.drainMs ?? 200, () => {
        if (this.closed) return;
        if (this.tree?.alive()) this.stop();
        else this.closeDeadline(); // only unread data left in the pipes: 'close' is coming
      });
    });
    child.on('close', (code, signal) => {
      if (this.closed) return;
      this.closed = { code, signal };
      this.reap();
    });
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }

  /** `scanned`: the members a scan of this very tick found (none: the sweep needs no second scan) */
  private finish(spawnError?: string, scanned?: ProcEntry[]): void {
    if (this.settled) return;
    this.settled = true;
    for (const t of this.timers) clearTimeout(t);
    if (this.poll) clearInterval(this.poll);
    this.options.signal?.removeEventListener('abort', this.onAbort);
    this.tree?.signal('SIGKILL', scanned); // last sweep: nothing the child started outlives the call
    const end = this.closed ?? this.exited;
    this.resolve({
      exitCode: end?.code ?? null,
      signal: end?.signal ?? null,
      timedOut: this.timedOut,
      aborted: this.aborted,
      durationMs: Date.now() - this.started,
      output: this.buffer.toString(),
      totalBytes: this.buffer.total,
      spawnError,
    });
  }

  // the tree is dead or killed, yet the pipes are open: something outside the tree (a daemon that left
  // the session after its parent died) holds them. Give them time to deliver, then stop waiting.
  private closeDeadline(): void {
    if (this.deadlineSet) return;
    this.deadlineSet = true;
    this.later(this.options.closeWaitMs ?? CLOSE_WAIT_MS, () => {
      this.child.stdout?.destroy();
      this.child.stderr?.destroy();
      this.closed ??= this.exited;
      this.finish();
    });
  }

  /** SIGTERM now, SIGKILL after the grace period */
  private stop(scanned?: ProcEntry[]): void {
    const tree = this.tree;
    if (this.stopping || !tree) return;
    this.stopping = true;
    tree.signal('SIGTERM', scanned);
    this.later(this.options.killGraceMs ?? 2000, () => {
      tree.signal('SIGKILL');
      this.closeDeadline();
    });
  }

  // the pipes are closed: wait (bounded by stop's timers) until no member of the tree is left.
  // One scan per look: what it found is what the kill acts on (a child that left nothing costs one scan).
  private reap(): void {
    const tree = this.tree;
    if (!tree) return this.finish();
    const scanned = tree.members();
    if (!tree.alive(scanned)) return this.finish(undefined, scanned);
    this.stop(scanned);
    this.poll ??= setInterval(() => {
      const now = tree.members();
      if (!tree.alive(now)) this.finish(undefined, now);
    }, 50);
  }
}
