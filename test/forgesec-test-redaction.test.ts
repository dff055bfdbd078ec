/**
 * `droid-ci test` prints what the test commands printed: a test that echoes a token (from a fixture,
 * a file, /proc) must not get it into the CLI's output. Token shapes and the values of the secret
 * variables this process holds are masked in the table, the failure summaries, --json and the log.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCommand } from '../src/commands/test.js';
import { cleanup, git, tempDir } from './profiles-fixture.js';

const SHAPED = {
  glpat: 'glpat-Canary0123456789abcdXY',
  anthropic: 'sk-ant-api03-canary0123456789abcdefghij',
  ghp: 'ghp_Canary0123456789abcdefghijABCDEFGHIJ',
  fineGrained: 'github_pat_11CANARY0123456789_abcdefghijklmnopqrstuvwxyz',
  awsKeyId: 'AKIACANARY0123456789',
  awsSecret: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYCANARYKEY1',
};
/** not shaped like any token: only known because it is the value of a secret variable */
const PLAIN = { DROID_GITLAB_TOKEN: 'plain-gitlab-canary-4711', MY_SERVICE_API_KEY: 'plain-api-key-canary-0815', ENGINE_KEY: 'plain-engine-canary-2342' };

let repo: string;
const saved: Record<string, string | undefined> = {};
beforeEach(() => {
  repo = tempDir('droid-redact-');
  git(repo, 'init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'fixtures'));
  const leak = [...Object.values(SHAPED), ...Object.values(PLAIN)].join('\n');
  writeFileSync(join(repo, 'fixtures', 'leak.txt'), `${leak}\n`);
  writeFileSync(
    join(repo, '.droid.yml'),
    `version: 1
engine:
  api_key_env: ENGINE_KEY
tests:
  - name: leaky
    path: .
    command: cat fixtures/leak.txt; exit 3
    timeout_seconds: 60
`,
  );
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'leaky profile');
  for (const [name, value] of Object.entries(PLAIN)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
});
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  cleanup(repo);
});

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
  const code = await testCommand(argv, io, repo, new AbortController().signal);
  return { code, stdout, stderr };
}

function canariesIn(text: string): string[] {
  const all = [...Object.values(SHAPED).map((s) => s.split(' = ').at(-1)!), ...Object.values(PLAIN)];
  return all.filter((c) => text.includes(c));
}

describe('droid-ci test output is redacted', () => {
  it('masks token shapes and secret variable values in the table and the failure summary', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^leaky\s+error\s/m);
    expect(stdout).toContain('***');
    expect(canariesIn(stdout + stderr)).toEqual([]);
  });

  it('masks them in --json, which stays valid JSON', async () => {
    const { code, stdout, stderr } = await run(['--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { profiles: { output: string }[]; passed: boolean };
    expect(report.passed).toBe(false);
    expect(report.profiles[0]!.output).toContain('***');
    expect(canariesIn(stdout + stderr)).toEqual([]);
  });
});
