import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asRecord, isInside, isRecord, relativeInside, resolveDirInside } from '../src/util/validate.js';

describe('the shared checks (util/validate.ts)', () => {
  it('isRecord accepts plain objects only; asRecord gives {} for the rest', () => {
    expect([{}, { a: 1 }].map(isRecord)).toEqual([true, true]);
    expect([null, undefined, [], 'x', 3, true].map(isRecord)).toEqual([false, false, false, false, false, false]);
    expect(asRecord([1])).toEqual({});
    expect(asRecord({ a: 1 })).toEqual({ a: 1 });
  });

  it('isInside: the root and below are inside; a `..` step out or another absolute path is not; `..x` is a name', () => {
    expect(isInside('/repo', '/repo')).toBe(true);
    expect(isInside('/repo', '/repo/a/b')).toBe(true);
    expect(isInside('/repo', 'a/../b')).toBe(true);
    expect(isInside('/repo', '/repo/..x/y')).toBe(true);
    expect(isInside('/repo', '..x')).toBe(true);
    expect(isInside('/repo', '..')).toBe(false);
    expect(isInside('/repo', '../repo2/a')).toBe(false);
    expect(isInside('/repo', '/repository')).toBe(false);
    expect(isInside('/repo', '/etc/passwd')).toBe(false);
    expect(relativeInside('/repo', '/repo/src/a.ts')).toBe('src/a.ts');
    expect(relativeInside('/repo', 'src/../b.ts')).toBe('b.ts');
    expect(relativeInside('/repo', '/tmp/a.ts')).toBeUndefined();
  });

  it('resolveDirInside follows symlinks and names the path that is missing, a file, or outside', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'validate-'));
    const outside = mkdtempSync(path.join(tmpdir(), 'validate-out-'));
    mkdirSync(path.join(root, 'pkg'));
    writeFileSync(path.join(root, 'file.txt'), 'x');
    symlinkSync(outside, path.join(root, 'escape'));
    expect(await resolveDirInside(root, 'pkg')).toBe(path.join(root, 'pkg'));
    expect(await resolveDirInside(root, '.')).toBe(root);
    expect(await resolveDirInside(root, 'nope')).toEqual({ problem: expect.stringContaining('directory nope does not exist') });
    expect(await resolveDirInside(root, 'file.txt')).toEqual({ problem: 'path file.txt is not a directory' });
    expect(await resolveDirInside(root, 'escape')).toEqual({ problem: 'path escape resolves outside the repository' });
    expect(await resolveDirInside(root, '../')).toEqual({ problem: 'path ../ resolves outside the repository' });
    expect(await resolveDirInside(path.join(root, 'gone'), '.')).toEqual({ problem: expect.stringContaining('does not exist') });
  });
});
