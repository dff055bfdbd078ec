import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BoundedBuffer, procScans, runProcess, shellArgv } from '../src/util/exec.js';

/** A process counts as running when signal 0 reaches it and it is not a zombie waiting for a reaper. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function pidsIn(file: string): number[] {
  return readFileSync(file, 'utf8')
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'droid-exec-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };

describe('runProcess kills everything a command started', () => {
  it('at the timeout kills children and grandchildren, including ones that ignore SIGTERM or left the session', async () => {
    const script = [
      'trap "" TERM',
      '(trap "" TERM; sleep 1000) & echo $! >> pids', // ignores SIGTERM, holds stdout
      'sh -c "sleep 1000 & echo \\$! >> pids; wait" & echo $! >> pids', // grandchild
      'setsid sleep 1000 & echo $! >> pids', // left the session and group while its parent lives
      'echo ready',
      'while :; do sleep 1; done',
    ].join('\n');
    const [file, args] = shellArgv(script);
    const result = await runProcess(file, args, { cwd: dir, env, timeoutMs: 3000, killGraceMs: 300 });
    expect(result.timedOut).toBe(true);
    expect(result.output).toContain('ready');
    const pids = pidsIn(join(dir, 'pids'));
    expect(pids).toHaveLength(4);
    expect(pids.filter(isRunning)).toEqual([]);
  });

  it('returns when the command exits even though a background job still holds stdout, and kills that job', async () => {
    const [file, args] = shellArgv('sleep 1000 & echo $! > pid; echo done');
    const result = await runProcess(file, args, { cwd: dir, env, killGraceMs: 300 });
    expect(result.exitCode).toBe(0);
    expect(result.timedOut).toBe(false);
    expect(result.output.trim()).toBe('done');
    expect(isRunning(pidsIn(join(dir, 'pid'))[0]!)).toBe(false);
  });

  it('kills a detached leftover that closed its output before the command exited', async () => {
    const [file, args] = shellArgv('(trap "" TERM; exec sleep 1000) >/dev/null 2>&1 & echo $! > pid; exit 3');
    const result = await runProcess(file, args, { cwd: dir, env, killGraceMs: 300 });
    expect(result.exitCode).toBe(3);
    expect(isRunning(pidsIn(join(dir, 'pid'))[0]!)).toBe(false);
  });

  it('returns even when a daemon that escaped the tree keeps stdout open', async () => {
    // the subshell exits at once, so the setsid'd sleep is reparented before anyone could see it
    const [file, args] = shellArgv('(setsid sh -c \'echo $$ > pid; exec sleep 1000\' &); sleep 0.2; echo done');
    try {
      const result = await runProcess(file, args, { cwd: dir, env, killGraceMs: 200, closeWaitMs: 300 });
      expect(result.exitCode).toBe(0);
      expect(result.output).toContain('done');
    } finally {
      for (const pid of pidsIn(join(dir, 'pid'))) process.kill(pid, 'SIGKILL');
    }
  });

  it('stops the whole group when the caller aborts', async () => {
    const controller = new AbortController();
    const [file, args] = shellArgv('sleep 1000 & echo $! > pid; echo started; wait');
    const result = await runProcess(file, args, {
      cwd: dir,
      env,
      signal: controller.signal,
      killGraceMs: 300,
      onOutput: (chunk) => {
        if (chunk.toString().includes('started')) controller.abort();
      },
    });
    expect(result.aborted).toBe(true);
    expect(isRunning(pidsIn(join(dir, 'pid'))[0]!)).toBe(false);
  });
});

describe('the cost of a child', () => {
  it('scans /proc once for a command that leaves nothing behind, and still kills what one leaves', async () => {
    let before = procScans.count;
    for (let i = 0; i < 5; i += 1) expect((await runProcess('true', [], { cwd: dir, env })).exitCode).toBe(0);
    expect(procScans.count - before).toBe(5);
    // a leftover with its output closed: found by the scan at the reap, then killed with the rest
    const pids = join(dir, 'pids');
    before = procScans.count;
    const [file, args] = shellArgv(`sleep 30 </dev/null >/dev/null 2>&1 & echo $! > ${pids}`);
    const result = await runProcess(file, args, { cwd: dir, env, killGraceMs: 200, drainMs: 50 });
    expect(result.exitCode).toBe(0);
    for (const pid of pidsIn(pids)) expect(isRunning(pid)).toBe(false);
    expect(procScans.count - before).toBeGreaterThan(1);
  });
});

describe('runProcess start failures and output', () => {
  it('reports a program that does not exist as a spawn error', async () => {
    const result = await runProcess(join(dir, 'no-such-program'), [], { cwd: dir, env });
    expect(result.spawnError).toMatch(/ENOENT/);
    expect(result.exitCode).toBeNull();
  });

  it('reports a missing working directory as a spawn error', async () => {
    const result = await runProcess('/bin/sh', ['-c', 'true'], { cwd: join(dir, 'missing'), env });
    expect(result.spawnError).toMatch(/ENOENT/);
  });

  it('passes exit codes and a streaming copy of the output', async () => {
    const seen: Buffer[] = [];
    const [file, args] = shellArgv('echo out; echo err >&2; exit 7');
    const result = await runProcess(file, args, { cwd: dir, env, onOutput: (c) => seen.push(c) });
    expect(result.exitCode).toBe(7);
    expect(Buffer.concat(seen).toString()).toContain('out');
    expect(result.output).toContain('err');
  });

  it('keeps memory flat and the output bounded when a command prints 300 MB', async () => {
    const before = process.memoryUsage().rss;
    let streamed = 0;
    const [file, args] = shellArgv('echo first-line; yes | head -c 300000000; echo; echo last-line');
    const result = await runProcess(file, args, {
      cwd: dir,
      env,
      keepBytes: 16 * 1024,
      onOutput: (c) => {
        streamed += c.length;
      },
    });
    const grown = process.memoryUsage().rss - before;
    expect(result.exitCode).toBe(0);
    expect(result.totalBytes).toBeGreaterThan(300_000_000);
    expect(streamed).toBe(result.totalBytes);
    expect(result.output.length).toBeLessThan(2 * 16 * 1024 + 200);
    expect(result.output.startsWith('first-line')).toBe(true);
    expect(result.output.trimEnd().endsWith('last-line')).toBe(true);
    expect(result.output).toMatch(/bytes elided/);
    expect(grown).toBeLessThan(80 * 1024 * 1024);
  });
});

describe('BoundedBuffer', () => {
  it('never cuts a multi-byte character in half', () => {
    const b = new BoundedBuffer(5);
    b.write(Buffer.from('ééééé'.repeat(4))); // 2 bytes each
    const text = b.toString();
    expect(text).not.toContain('\uFFFD');
    expect(text).toMatch(/^éé\n… \[\d+ bytes elided\] …\néé$/);
  });

  it('keeps short output whole', () => {
    const b = new BoundedBuffer(10);
    b.write(Buffer.from('hello '));
    b.write(Buffer.from('world'));
    expect(b.toString()).toBe('hello world');
  });
});
