#!/usr/bin/env node
// The loop's own overhead (issue 3): what `droid-ci run --platform local` costs on top of the engine
// and the tests, on a trivial repo.
//
//   node bench/loop.mjs [--runs 7] [--cli dist/cli/index.js]
//
// A temp git repo with one file, one trivial test profile (`true`) and the `command` engine appending a
// line to that file. Each run is a fresh `node <cli> run --platform local --json` child process (a new
// ticket, so a new branch). Per run:
//   wall       the child process from spawn to exit (node start-up and bundle load included)
//   in-run     first to last audit line of that run (the loop itself, no start-up)
//   engine     engine.run durations from the audit lines
//   tests      command.run durations from the audit lines (the same as --json's tests[].duration_ms)
//   overhead   wall − engine − tests (and in-run − engine − tests)
// and prints median, min and max over the runs.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, cli: { type: 'string', default: join(root, 'dist/cli/index.js') } } });
const runs = Math.max(1, Number(values.runs) || 7);
const cli = resolve(values.cli);
if (!existsSync(cli)) {
  console.error(`bench/loop: ${cli} does not exist: build it first (npm run build)`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'droid-bench-loop-'));
const env = { ...process.env, DROID_ACTOR: 'bench', GIT_CONFIG_NOSYSTEM: '1' };
for (const name of Object.keys(env)) if (/^(GITHUB_|GITLAB_|CI_|RUNNER_|OTEL_)/.test(name) || name === 'CI') delete env[name];
const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: work, env, encoding: 'utf8' }).trim();

function runOnce(i) {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, 'run', '--platform', 'local', '--ticket', `BENCH-${i}`, '--prompt', 'append a line', '--json'], {
      cwd: work,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', fail);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      let result;
      try {
        result = JSON.parse(out);
      } catch {
        fail(new Error(`run ${i}: no JSON result (exit ${code})\n${err}`));
        return;
      }
      if (code !== 0 || result.conclusion !== 'pr-opened') {
        fail(new Error(`run ${i}: exit ${code}, conclusion ${result.conclusion}: ${result.message}\n${err}`));
        return;
      }
      done({ wallMs, result });
    });
  });
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1] };
};
const ms = (n) => `${Math.round(n)} ms`.padStart(8);

try {
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'notes.txt'), 'first line\n');
  writeFileSync(
    join(work, '.droid.yml'),
    `version: 1
tests:
  - name: trivial
    path: .
    command: "true"
    timeout_seconds: 60
engine:
  use: command
  command: echo "another line" >> notes.txt
  max_iterations: 1
`,
  );
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'trivial repo');

  console.log(`loop overhead: ${runs} runs of droid-ci run --platform local (${cli.replace(`${root}/`, '')}) on ${process.version}, trivial repo, command engine, one profile`);
  // one warm-up run (file-system caches, first git invocations), not counted
  await runOnce(0);
  const rows = [];
  for (let i = 1; i <= runs; i++) {
    const { wallMs, result } = await runOnce(i);
    const audit = readFileSync(join(work, '.droid/audit.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const runId = audit.find((l) => l.action === 'git.commit' && l.detail?.sha === result.commit)?.run_id;
    const own = audit.filter((l) => l.run_id === runId);
    const engineMs = own.filter((l) => l.action === 'engine.run').reduce((a, l) => a + (l.durationMs ?? 0), 0);
    const testsMs = result.tests.reduce((a, t) => a + t.duration_ms, 0);
    const inRunMs = Date.parse(own[own.length - 1].time) - Date.parse(own[0].time);
    const stages = {};
    for (const l of own) if (l.action === 'stage.end') stages[l.stage] = (stages[l.stage] ?? 0) + (l.durationMs ?? 0);
    rows.push({ wallMs, inRunMs, engineMs, testsMs, overheadMs: wallMs - engineMs - testsMs, inRunOverheadMs: inRunMs - engineMs - testsMs, stages });
  }
  console.log('');
  console.log(`${''.padEnd(26)}${'median'.padStart(8)}${'min'.padStart(9)}${'max'.padStart(9)}`);
  const line = (label, key) => {
    const s = stats(rows.map((r) => r[key]));
    console.log(`${label.padEnd(26)}${ms(s.median)} ${ms(s.min)} ${ms(s.max)}`);
  };
  line('wall (process)', 'wallMs');
  line('in-run (audit lines)', 'inRunMs');
  line('engine', 'engineMs');
  line('tests', 'testsMs');
  line('overhead (wall)', 'overheadMs');
  line('overhead (in-run)', 'inRunOverheadMs');
  console.log('by stage (stage.start to stage.end; edit and test include the engine and the tests):');
  const stageNames = [...new Set(rows.flatMap((r) => Object.keys(r.stages)))];
  for (const name of stageNames) {
    const st = stats(rows.map((r) => r.stages[name] ?? 0));
    console.log(`  ${name.padEnd(24)}${ms(st.median)} ${ms(st.min)} ${ms(st.max)}`);
  }
  console.log('');
  console.log('overhead = wall − engine − tests; "in-run" leaves out node start-up and bundle load');
} finally {
  rmSync(work, { recursive: true, force: true });
}
