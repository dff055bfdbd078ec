#!/usr/bin/env node
// The action's start-up (issue 13: first log line within 150 ms of node's start, bundle under 3 MB).
//
//   node bench/startup.mjs [--runs 15] [--dist DIR]
//     --dist DIR   the bundle to run (default dist/), e.g. one built with `npx ncc build src/index.ts -o DIR`
//
// Each round, in this process's Node, one after another:
//   node -e 0        spawn to exit: what node itself costs on this machine now
//   action           `node DIST/index.js` for an `issues.opened` event that does not ask for the droid
//                    (no API request: the run ends with a notice): spawn to its first log line (the first
//                    stdout line that is not a workflow command such as ::add-mask::), and spawn to exit
// Printed: medians, and the first line against `node -e 0` as a difference and a ratio (same run, same
// load). Then the bundle: dist/index.js, every .js of the bundle, and the files a run actually loads
// (recorded by a module-resolve hook: the entry and the chunks main() needs), in bytes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' }, dist: { type: 'string' } } });
const runs = Math.max(1, Number(values.runs) || 15);
const dist = values.dist ? resolve(values.dist) : join(repo, 'dist');
const entry = join(dist, 'index.js');
if (!existsSync(entry)) {
  console.error(`bench/startup: ${entry} does not exist: build it first (npm run build)`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'droid-bench-startup-'));
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** spawn -> first stdout line matching `wanted` (ms) and spawn -> exit (ms) */
function time(args, env, wanted = () => true) {
  return new Promise((resolvePromise, reject) => {
    const started = now();
    let first;
    let buffered = '';
    let out = '';
    const child = spawn(process.execPath, args, { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (first !== undefined) return;
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      if (lines.some(wanted)) first = now() - started;
    });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ first, exit: now() - started, code, out, err }));
  });
}

try {
  const eventPath = join(work, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'opened',
      issue: { number: 1, title: 'A bug', body: 'nothing for the droid here', user: { login: 'someone', type: 'User' }, labels: [], assignees: [] },
      repository: { full_name: 'acme/app', name: 'app', owner: { login: 'acme' }, default_branch: 'main' },
      sender: { login: 'someone', type: 'User' },
    }),
  );
  for (const f of ['output', 'summary']) writeFileSync(join(work, f), '');
  const env = {
    PATH: process.env.PATH,
    HOME: work,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'issues',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_WORKSPACE: work,
    // nothing listens there: the bench fails loudly if the action asks the API anything
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STEP_SUMMARY: join(work, 'summary'),
    RUNNER_TEMP: work,
    INPUT_GITHUB_TOKEN: 'ghs_benchToken0123456789',
  };
  const logLine = (line) => line.trim() !== '' && !line.startsWith('::');
  const rows = [];
  // one warm-up of each (file system cache), not counted
  await time(['-e', '0'], env);
  await time([entry], env, logLine);
  for (let i = 0; i < runs; i += 1) {
    const bare = await time(['-e', '0'], env);
    const action = await time([entry], env, logLine);
    if (action.code !== 0 || action.first === undefined) {
      throw new Error(`the action exited ${action.code}${action.first === undefined ? ' with no log line' : ''}:\n${action.out}\n${action.err}`);
    }
    rows.push({ bare: bare.exit, first: action.first, exit: action.exit });
  }
  const median = (key) => {
    const xs = rows.map((r) => r[key]).sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)];
  };
  const bare = median('bare');
  const first = median('first');
  const diffs = rows.map((r) => r.first - r.bare).sort((a, b) => a - b);
  const diff = diffs[Math.floor(diffs.length / 2)];
  const ms = (x) => `${x.toFixed(0)} ms`;
  console.log(`Action start-up, Node ${process.versions.node}, ${runs} round(s), medians:`);
  console.log(`  node -e 0            ${ms(bare)} (spawn to exit)`);
  console.log(`  first log line       ${ms(first)} after spawn: ${ms(diff)} more than node -e 0, ${(first / bare).toFixed(2)}x`);
  console.log(`  whole ignored run    ${ms(median('exit'))} (spawn to exit: the event is read, the notice and outputs written)`);

  // the bundle, and what a run loads of it (a resolve hook records every file: URL)
  const loadedFile = join(work, 'loaded.txt');
  writeFileSync(join(work, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n  const r = await next(specifier, context);\n  if (r.url.startsWith('file:')) appendFileSync(${JSON.stringify(loadedFile)}, r.url + '\\n');\n  return r;\n}\n`);
  writeFileSync(join(work, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(work, 'hooks.mjs')).href)});\n`);
  writeFileSync(loadedFile, '');
  const traced = await time(['--import', pathToFileURL(join(work, 'register.mjs')).href, entry], env);
  if (traced.code !== 0) throw new Error(`the traced run exited ${traced.code}: ${traced.err}`);
  const loaded = [...new Set(readFileSync(loadedFile, 'utf8').split('\n').filter(Boolean))].map((u) => fileURLToPath(u)).filter((f) => f.startsWith(dist));
  const size = (files) => files.reduce((n, f) => n + statSync(f).size, 0);
  const all = readdirSync(dist).filter((f) => f.endsWith('.js')).map((f) => join(dist, f));
  const mb = (n) => `${(n / 1e6).toFixed(2)} MB (${n.toLocaleString('en')} bytes)`;
  console.log(`Bundle (${dist}):`);
  console.log(`  index.js             ${mb(statSync(entry).size)}`);
  console.log(`  read by the run      ${mb(size(loaded))} in ${loaded.length} file(s) (what main() needs; OpenTelemetry, GitLab, App auth, doctor stay unread)`);
  console.log(`  every chunk          ${mb(size(all))} in ${all.length} file(s)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
