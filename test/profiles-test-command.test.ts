import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCommand } from '../src/commands/test.js';
import type { ProfileResult } from '../src/profiles/types.js';
import { cleanup, git, monorepo } from './profiles-fixture.js';

let repo: string;
beforeEach(() => {
  repo = monorepo();
  // fast stand-ins for the real suites: the web app's real node --test, a shell check for the API
  writeFileSync(
    join(repo, '.droid.yml'),
    `version: 1
tests:
  - name: api
    path: services/api
    command: test -f app.py && echo "api ok"
    timeout_seconds: 60
    watch: [libs/py/**]
  - name: web
    path: apps/web
    command: node --test
    timeout_seconds: 60
`,
  );
  git(repo, 'commit', '-qam', 'fast profiles');
});
afterEach(() => cleanup(repo));

async function run(argv: string[], cwd = repo): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
  const code = await testCommand(argv, io, cwd, new AbortController().signal);
  return { code, stdout, stderr };
}

describe('droid-ci test', () => {
  it('exits 0 and prints a table when every profile passes, from any directory in the repo', async () => {
    const { code, stdout } = await run([], join(repo, 'apps/web/src'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^profile\s+result\s+passed\/failed\s+duration$/m);
    expect(stdout).toMatch(/^api\s+pass\s/m);
    expect(stdout).toMatch(/^web\s+pass\s/m);
    expect(stdout).toContain('All 2 profile(s) pass.');
  });

  it('exits 1 and shows the failing profile summary when a test fails', async () => {
    writeFileSync(join(repo, 'apps/web/src/sum.js'), 'export function sum(a, b) {\n  return a - b;\n}\n');
    const { code, stdout } = await run(['--profile', 'web']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^web\s+fail\s/m);
    expect(stdout).not.toMatch(/^api\s/m);
    expect(stdout).toContain('── web (node --test, in apps/web) ──');
    expect(stdout).toContain('sum adds two numbers');
  });

  it('prints JSON with each profile result and the verdict', async () => {
    const { code, stdout } = await run(['--json', '--profile=api']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { profiles: ProfileResult[]; passed: boolean };
    expect(report.passed).toBe(true);
    expect(report.profiles.map((p) => [p.name, p.path, p.exitCode, p.summary.kind])).toEqual([['api', 'services/api', 0, 'all-pass']]);
    expect(report.profiles[0]!.output).toContain('api ok');
  });

  it('runs only the profiles affected by changes since a base', async () => {
    git(repo, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(repo, 'libs/py/droidlib/text.py'), 'def shout(t):\n    return t.upper()\n');
    const { code, stdout } = await run(['--affected', 'main', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { profiles: ProfileResult[]; affected: { skipped: string[] } };
    expect(report.profiles.map((p) => p.name)).toEqual(['api']);
    expect(report.affected.skipped).toEqual(['web']);
  });

  it('exits 0 with nothing to run when no profile is affected', async () => {
    const { code, stderr } = await run(['--affected', 'HEAD']);
    expect(code).toBe(0);
    expect(stderr).toContain('no profile is affected');
  });

  it('exits 2 and lists the known profiles for an unknown name', async () => {
    const { code, stderr } = await run(['--profile', 'wbe']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown profile "wbe"');
    expect(stderr).toContain('known profiles: api, web');
  });

  it('--help prints the options and exits 0', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: droid-ci test /);
    expect(stderr).toBe('');
  });

  it('exits 2 for usage and config errors', async () => {
    expect((await run(['--frobnicate'])).code).toBe(2);
    expect((await run(['--affected', '--exec=evil'])).stderr).toMatch(/starts with "-"/);
    expect((await run(['--config', 'missing.yml'])).stderr).toMatch(/no config file/);
    writeFileSync(join(repo, 'bad.yml'), 'version: 1\ntests:\n  - name: x\n    comand: true\n');
    const bad = await run(['--config', 'bad.yml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yml:4/);
  });

  it('in GitHub Actions, stops workflow commands that test output could carry', async () => {
    writeFileSync(join(repo, 'services/api/app.py'), '');
    writeFileSync(
      join(repo, '.droid.yml'),
      'version: 1\ntests:\n  - name: api\n    path: services/api\n    command: echo "::add-mask::x"; echo "::error::forged"; exit 1\n',
    );
    const saved = process.env.GITHUB_ACTIONS;
    process.env.GITHUB_ACTIONS = 'true';
    try {
      const { code, stdout } = await run([]);
      expect(code).toBe(1);
      const [, token] = /^::stop-commands::([0-9a-f-]{36})\n/.exec(stdout) ?? [];
      expect(token).toBeDefined();
      expect(stdout.trimEnd().endsWith(`::${token}::`)).toBe(true);
      expect(stdout).toContain('::error::forged');
    } finally {
      if (saved === undefined) delete process.env.GITHUB_ACTIONS;
      else process.env.GITHUB_ACTIONS = saved;
    }
  });
});
