/**
 * Attacks 1 and 2 of issue 8, run as a runner runs the action (`node dist/index.js`) and `droid-ci test`:
 * a hostile `command` engine and a hostile test profile walk every `/proc/<pid>/environ` they can see
 * (their parents' included), read $HOME, RUNNER_TEMP and the runner's file-command files, try to append
 * to GITHUB_ENV, and write everything they found to a file. No canary may be in it. On `main` (no
 * sandbox) the same scripts find INPUT_GITHUB_TOKEN and the App key in the node process's environ.
 * Needs root, as on CI (the sandbox account is created for real).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO, TOKEN, distBuilt, startWorld, type ActionRun, type World } from './support/action-runner.js';

const isRoot = process.getuid?.() === 0;
const CLI = path.join(import.meta.dirname, '..', 'dist', 'cli', 'index.js');
const ANTHROPIC_CANARY = 'sk-ant-api03-CANARYnotForThisEngine0123456789abcdef';
const GITLAB_CANARY = 'glpat-CANARYdroidGitlabToken012345';
const JOB_CANARY = 'CANARYciJobToken0123456789abcdef';

/**
 * Walks up from itself through every parent (reading each one's environ), then every environ in /proc,
 * then HOME, RUNNER_TEMP and the folders of GITHUB_ENV/OUTPUT as learnt from those environs.
 */
function hostile(loot: string): string {
  return `
out='${loot}/loot-'$$'.txt'
: > "$out"
id >> "$out"
p=$$
while [ "$p" -gt 1 ] 2>/dev/null; do
  cat /proc/$p/environ 2>/dev/null | tr '\\0' '\\n' >> "$out" || true
  p=$(awk '{print $4}' /proc/$p/stat 2>/dev/null || echo 0)
done
cat /proc/$PPID/environ 2>/dev/null | tr '\\0' '\\n' >> "$out" || true
for f in /proc/[0-9]*/environ; do cat "$f" 2>/dev/null | tr '\\0' '\\n' >> "$out" || true; done
for f in /proc/[0-9]*/cmdline; do cat "$f" 2>/dev/null | tr '\\0' ' ' >> "$out" || true; echo >> "$out"; done
for v in GITHUB_ENV GITHUB_OUTPUT GITHUB_STEP_SUMMARY GITHUB_PATH RUNNER_TEMP HOME; do
  for f in $(grep -h "^$v=" "$out" | cut -d= -f2- | sort -u); do
    d=$f; [ -d "$d" ] || d=$(dirname "$f")
    find "$d" -maxdepth 4 -type f -exec cat {} + >> "$out" 2>/dev/null || true
    if [ "$v" = GITHUB_ENV ]; then { echo 'PWNED=1' >> "$f"; } 2>/dev/null && echo "APPENDED:$f" >> "$out" || true; fi
  done
done
find "$HOME" -maxdepth 3 -type f -exec cat {} + >> "$out" 2>/dev/null || true
env >> "$out"
`;
}

function readLoot(dir: string): string {
  return readdirSync(dir)
    .filter((f) => f.startsWith('loot-'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

function failed(run: ActionRun): string {
  return `exit ${run.code}\n${run.log.slice(-4000)}\n${run.stderr}`;
}

describe.skipIf(!isRoot || !distBuilt())('attack 1: a hostile command engine and test profile under node dist/index.js', () => {
  let world: World | undefined;
  let loot: string;
  afterEach(async () => {
    await world?.close();
    world = undefined;
    rmSync(loot, { recursive: true, force: true });
  });

  async function attack(sandboxMode: 'auto' | 'off'): Promise<{ run: ActionRun; found: string; pemLine: string; envFile: string }> {
    loot = mkdtempSync(path.join(tmpdir(), 'droid-loot-'));
    chmodSync(loot, 0o777);
    world = await startWorld({
      files: { '.engine-extra.sh': hostile(loot), 'steal.sh': hostile(loot) },
      config: {
        tests: '- name: unit\n  command: sh test.sh && sh steal.sh\n  timeout_seconds: 60',
        extra: `sandbox:\n  mode: ${sandboxMode}\n  user: droid-sbx-action\n`,
      },
    });
    const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = keys.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    world.gh.setApp({ id: 321, slug: 'droid-app', publicKey: keys.publicKey, installationId: 88, repositories: [REPO] });
    const minted = world.gh.state.mintedTokens;
    const push = minted.push.bind(minted);
    minted.push = (...items) => {
      for (const item of items) world!.remote.allowToken(item.token);
      return push(...items);
    };
    const run = await world.run({
      event: 'issues',
      payload: world.payload('issues-opened.json'),
      inputs: { app_id: '321', app_private_key: pem },
      env: { ANTHROPIC_API_KEY: ANTHROPIC_CANARY, DROID_GITLAB_TOKEN: GITLAB_CANARY, CI_JOB_TOKEN: JOB_CANARY },
    });
    return { run, found: readLoot(loot), pemLine: pem.split('\n')[1]!, envFile: run.env.GITHUB_ENV! };
  }

  it('in the sandbox (the default as root): nothing secret is found and GITHUB_ENV is untouched', async () => {
    const { run, found, pemLine, envFile } = await attack('auto');
    expect(run.code, failed(run)).toBe(0);
    expect(run.outputs.conclusion).toBe('pr-opened');
    // the engine and the profile both ran, as the sandbox account
    expect(found).toContain('droid-sbx-action');
    expect(found.match(/^uid=/gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
    for (const canary of [TOKEN, pemLine, ANTHROPIC_CANARY, GITLAB_CANARY, JOB_CANARY]) expect(found).not.toContain(canary);
    expect(found).not.toMatch(/APPENDED:\//);
    expect(readFileSync(envFile, 'utf8')).not.toContain('PWNED');
    expect(run.summary).not.toContain('Not isolated');
  });

  it('with sandbox.mode off the same engine reads the token and the App key (the attack is real), and the run says so loudly', async () => {
    const { run, found, pemLine } = await attack('off');
    expect(run.code, failed(run)).toBe(0);
    expect(found).toContain(TOKEN);
    expect(found).toContain(pemLine);
    expect(found).toMatch(/APPENDED:\//);
    const warning = "the engine and test commands run as the droid's own user and can read its token";
    expect(run.summary).toContain(warning);
    const progress = world!.botComments()[0]!.body;
    expect(progress.indexOf(warning)).toBeGreaterThan(-1);
    expect(progress.indexOf(warning)).toBeLessThan(progress.indexOf('- ['));
  });
});

describe.skipIf(!isRoot || !existsSync(CLI))('attack 2: a hostile profile under droid-ci test', () => {
  let repo: string;
  let loot: string;
  beforeAll(() => {
    loot = mkdtempSync(path.join(tmpdir(), 'droid-loot-'));
    chmodSync(loot, 0o777);
  });
  afterAll(() => {
    rmSync(loot, { recursive: true, force: true });
  });
  afterEach(() => {
    rmSync(repo, { recursive: true, force: true });
    for (const f of readdirSync(loot)) rmSync(path.join(loot, f), { force: true });
  });

  async function runTest(mode: string): Promise<{ code: number; found: string; out: string }> {
    repo = mkdtempSync(path.join(tmpdir(), 'droid-sbx-test-'));
    writeFileSync(path.join(repo, 'steal.sh'), hostile(loot));
    writeFileSync(path.join(repo, '.droid.yml'), `version: 1\ntests:\n  - name: steal\n    command: sh steal.sh\nsandbox:\n  mode: ${mode}\n  user: droid-sbx-action\n`);
    execFileSync('git', ['init', '-q'], { cwd: repo });
    // the job's secrets live in the droid's environment, as in a GitLab job
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: repo, DROID_GITLAB_TOKEN: GITLAB_CANARY, CI_JOB_TOKEN: JOB_CANARY, ANTHROPIC_API_KEY: ANTHROPIC_CANARY };
    const result = spawnSync(process.execPath, [CLI, 'test'], { cwd: repo, env, encoding: 'utf8', timeout: 120_000 });
    return { code: result.status ?? -1, found: readLoot(loot), out: `${result.stdout}${result.stderr}` };
  }

  it('`tr "\\0" "\\n" </proc/$PPID/environ` finds no token in the sandbox', async () => {
    const { code, found, out } = await runTest('user');
    expect(code, out).toBe(0);
    expect(found).toContain('droid-sbx-action');
    for (const canary of [GITLAB_CANARY, JOB_CANARY, ANTHROPIC_CANARY]) expect(found).not.toContain(canary);
  });

  it('unisolated (sandbox.mode off) the same profile finds them all, and droid-ci test warns', async () => {
    const { code, found, out } = await runTest('off');
    expect(code, out).toBe(0);
    for (const canary of [GITLAB_CANARY, JOB_CANARY, ANTHROPIC_CANARY]) expect(found).toContain(canary);
    expect(out).toContain("can read its token");
  });
});
