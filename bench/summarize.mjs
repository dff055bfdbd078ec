#!/usr/bin/env node
// Throughput and memory of the failure summariser on a 50 MB log and a 59 MB JUnit report, each as
// a ratio to `grep -c` reading the same file in the same run.
//
//   node bench/summarize.mjs [--mb 50] [--junit-cases 110000] [--fixture vitest/fail-color.log] [--same] [--no-runs] [--profile DIR] [--keep]
//   (--keep leaves the log and the transpiled summariser in the temp folder, for profiling by hand)
//
// 1. builds the log in os.tmpdir() by repeating the committed real runner fixtures (by default all
//    of them, one after another: the first runner seen is detected, the rest of the text is noise
//    for its parser, as in a CI job log that mixes steps); each repetition renames the failing
//    tests so every failure is distinct (the worst case for the bounded lists), unless --same;
// 2. transpiles src/profiles/summary/** and what it imports with the project's own TypeScript (no bundler, no type
//    check: others' work in progress cannot break the bench) into a temp dir;
// 3. runs the summariser in a fresh child process (so its peak RSS is the summariser's alone) and
//    prints MB/s, peak RSS and the heap, beside the time `grep -c` takes to read the same file;
// 4. then (unless --fixture or --no-runs) the same for logs of one runner each, built from its fixtures:
//    a long run of results, a run whose tests print application logs, a failure-dense log.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { mb: { type: 'string', default: '50' }, 'junit-cases': { type: 'string', default: '110000' }, fixture: { type: 'string' }, same: { type: 'boolean', default: false }, 'no-runs': { type: 'boolean', default: false }, profile: { type: 'string' }, keep: { type: 'boolean', default: false } } });
// the least of five runs each: a loaded machine (CI, two cores) varies a tenth of a second from run to run
const RUNS = 5;
const targetBytes = Number(values.mb) * 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), 'droid-bench-summarize-'));

try {
  // 1. the log
  const fixtures = join(repo, 'test', 'fixtures', 'runners');
  const sources = values.fixture
    ? [values.fixture]
    : readdirSync(fixtures, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .flatMap((d) => readdirSync(join(fixtures, d.name)).filter((f) => f.endsWith('.log')).map((f) => `${d.name}/${f}`))
        .sort((a, b) => (a.startsWith('vitest/fail') ? -1 : b.startsWith('vitest/fail') ? 1 : a.localeCompare(b)));
  const block = sources.map((s) => readFileSync(join(fixtures, s), 'utf8')).join('\n');
  const logPath = join(work, 'big.log');
  const out = createWriteStream(logPath);
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i += 1) {
    const text = values.same ? block : block.replace(/(multipl|pars|trim|Multipl|ZPars)(\w*)/g, `$1$2_${i}`);
    if (!out.write(text)) await once(out, 'drain');
    bytes += Buffer.byteLength(text);
  }
  out.end();
  await once(out, 'finish');
  const size = statSync(logPath).size;

  // 1b. a JUnit report: suites of ten testcases, every one failing with a real-looking stack
  const junitPath = join(work, 'big.junit.xml');
  const jout = createWriteStream(junitPath);
  jout.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests">\n');
  const cases = Number(values['junit-cases']);
  for (let i = 0; i < cases; i += 10) {
    let suite = `  <testsuite name="suite ${i}" tests="10" failures="10" file="test/s${i}.test.js">\n`;
    for (let k = i; k < i + 10 && k < cases; k += 1) {
      suite += `    <testcase classname="suite ${i} case ${k}" name="case ${k} returns the total" time="0.002">\n      <failure message="expect(received).toBe(expected) // Object.is equality">Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: ${k + 1}\nReceived: ${k}\n    at Object.toBe (/builds/acme/test/s${i}.test.js:${(k % 90) + 3}:19)\n    at Promise.then.completed (/builds/acme/node_modules/jest-circus/build/utils.js:298:28)\n    at new Promise (&lt;anonymous&gt;)\n    at callAsyncCircusFn (/builds/acme/node_modules/jest-circus/build/utils.js:231:10)</failure>\n    </testcase>\n`;
    }
    if (!jout.write(`${suite}  </testsuite>\n`)) await once(jout, 'drain');
  }
  jout.end('</testsuites>\n');
  await once(jout, 'finish');
  const junitSize = statSync(junitPath).size;

  // 2. the summariser, transpiled
  const build = join(work, 'build');
  const srcRoot = join(repo, 'src');
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) files.push(p);
    }
  };
  walk(join(srcRoot, 'profiles', 'summary'));
  // and whatever the summariser imports from elsewhere in src (util/text.ts, profiles/types.ts, …)
  for (let i = 0; i < files.length; i += 1) {
    for (const m of readFileSync(files[i], 'utf8').matchAll(/from '(\.\.?\/[^']+)\.js'/g)) {
      const dep = join(dirname(files[i]), `${m[1]}.ts`);
      if (!files.includes(dep)) files.push(dep);
    }
  }
  for (const file of files) {
    const js = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      fileName: file,
    }).outputText;
    const dest = join(build, relative(srcRoot, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, js);
  }
  writeFileSync(join(build, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(repo, 'node_modules'), join(work, 'node_modules'));
  const child = join(build, 'child.js');
  writeFileSync(
    child,
    `import { summarizeFile, readJunitFiles } from './profiles/summary/index.js';
import { resourceUsage, memoryUsage } from 'node:process';
const started = process.hrtime.bigint();
const cpu0 = resourceUsage();
let peakHeap = 0;
const timer = setInterval(() => { peakHeap = Math.max(peakHeap, memoryUsage().heapUsed); }, 20);
const junit = process.argv[3] === 'junit' ? await readJunitFiles([process.argv[2]]) : undefined;
const s = junit ? await summarizeFile('/dev/null', { exitCode: 1, junit }) : await summarizeFile(process.argv[2], { exitCode: 1 });
clearInterval(timer);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const cpu1 = resourceUsage();
const cpuMs = (cpu1.userCPUTime - cpu0.userCPUTime + cpu1.systemCPUTime - cpu0.systemCPUTime) / 1000;
peakHeap = Math.max(peakHeap, memoryUsage().heapUsed);
process.stdout.write(JSON.stringify({ ms, cpuMs, maxRssKb: resourceUsage().maxRSS, peakHeap, kind: s.kind, runner: s.runner, failed: s.failed, passed: s.passed, kept: s.failures.length, textBytes: Buffer.byteLength(s.text) }));
`,
  );
  const baseline = spawnSync(process.execPath, ['-e', `process.stdout.write(String(process.resourceUsage().maxRSS))`], { encoding: 'utf8' });

  // 3. measure: the least of RUNS runs each, grep and the summariser taking turns
  const summarise = (file, mode) => {
    const run = spawnSync(process.execPath, [...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : []), child, file, mode], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (run.status !== 0) throw new Error(`summariser failed: ${run.stderr}`);
    return JSON.parse(run.stdout);
  };
  // grep's CPU time too (bash's `time`): on a loaded machine wall time says more about the load
  const grep = (file, word) => {
    const g0 = process.hrtime.bigint();
    const g = spawnSync('grep', ['-c', word, file], { encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - g0) / 1e6;
    const t = spawnSync('bash', ['-c', 'TIMEFORMAT="%3U %3S"; time grep -c -- "$0" "$1" >/dev/null', word, file], { encoding: 'utf8' });
    const [user, sys] = t.stderr.trim().split(/\s+/).slice(-2).map(Number);
    return { ms, cpuMs: ((user ?? 0) + (sys ?? 0)) * 1000, count: g.stdout.trim() };
  };
  const measure = (file, mode, word) => {
    let best;
    let bestGrep;
    for (let i = 0; i < RUNS; i += 1) {
      const g = grep(file, word);
      const r = summarise(file, mode);
      if (!bestGrep || g.ms < bestGrep.ms) bestGrep = { ...g, cpuMs: Math.min(g.cpuMs, bestGrep?.cpuMs ?? Infinity) };
      else bestGrep.cpuMs = Math.min(bestGrep.cpuMs, g.cpuMs);
      const rss = Math.max(best?.maxRssKb ?? 0, r.maxRssKb);
      if (!best || r.ms < best.ms) best = { ...r, cpuMs: Math.min(r.cpuMs, best?.cpuMs ?? Infinity) };
      else best.cpuMs = Math.min(best.cpuMs, r.cpuMs);
      best.maxRssKb = rss;
    }
    return { r: best, g: bestGrep };
  };
  const report = (label, file, bytes, mode, word) => {
    const { r, g } = measure(file, mode, word);
    const mb = bytes / 1024 / 1024;
    console.log(`${label}: ${mb.toFixed(0)} MB`);
    console.log(`  summary: kind=${r.kind} runner=${r.runner} failed=${r.failed} passed=${r.passed} kept-in-detail=${r.kept} text=${r.textBytes} bytes`);
    console.log(`  summariser: ${(r.ms / 1000).toFixed(2)} s, ${(mb / (r.ms / 1000)).toFixed(1)} MB/s; grep -c ${word}: ${(g.ms / 1000).toFixed(3)} s (count ${g.count}); ratio to grep ${(r.ms / g.ms).toFixed(1)}x`);
    // grep's own CPU time is a few ms, below what bash's `time` resolves reliably: no ratio of CPU times
    console.log(`  CPU time: summariser ${(r.cpuMs / 1000).toFixed(2)} s (${(mb / (r.cpuMs / 1000)).toFixed(1)} MB per CPU second), grep ${(g.cpuMs / 1000).toFixed(3)} s`);
    console.log(`  peak RSS: ${(r.maxRssKb / 1024).toFixed(0)} MB (an empty node process: ${(Number(baseline.stdout) / 1024).toFixed(0)} MB); peak heap used: ${(r.peakHeap / 1024 / 1024).toFixed(0)} MB`);
  };
  console.log(`(${sources.length} fixture logs repeated${values.same ? '' : ', failing tests renamed in each repetition'}; least of ${RUNS} runs; in ${work})`);
  report('log', logPath, size, 'log', 'FAIL');
  report(`JUnit report, ${cases} failing testcases`, junitPath, junitSize, 'junit', '<failure');

  // 4. one runner's log of the same size, where the runner's parser reads every part (no other runner's
  //    text to pass over): one long run of results, a run whose tests print a lot, a failure-dense log
  if (!values.fixture && !values['no-runs']) {
    const lines = (fixture) => readFileSync(join(fixtures, fixture), 'utf8').split('\n');
    const write = (name, text) => {
      const file = join(work, name);
      writeFileSync(file, text);
      return file;
    };
    // the fixture's head, its result lines repeated with renamed tests to the target size, its tail
    const longRun = (fixture, result) => {
      const all = lines(fixture);
      const first = all.findIndex((l) => result.test(l));
      let last = all.length - 1;
      while (!result.test(all[last])) last -= 1;
      const body = all.slice(first, last + 1);
      const parts = [all.slice(0, first).join('\n')];
      for (let i = 0, n = 0; n < targetBytes; i += 1) {
        const t = body.map((l) => l.replace(/(test_?|Test)(\w+)/gi, `$1$2_${i}`)).join('\n');
        parts.push(t);
        n += t.length + 1;
      }
      parts.push(all.slice(last + 1).join('\n'));
      return parts.join('\n');
    };
    // the fixture with application log lines, to the target size, after its first line matching `after`
    const printing = (fixture, after) => {
      const all = lines(fixture);
      const at = all.findIndex((l) => after.test(l)) + 1;
      const noise = [];
      for (let i = 0, n = 0; n < targetBytes; i += 1) {
        const l = `2026-12-04 10:${String(i % 60).padStart(2, '0')}:00,123 INFO  [worker-${i % 8}] app.orders: GET /api/orders/${i} 200 in ${i % 97}ms (cache ${i % 3 ? 'hit' : 'miss'})`;
        noise.push(l);
        n += l.length + 1;
      }
      return [...all.slice(0, at), ...noise, ...all.slice(at)].join('\n');
    };
    const repeated = (fixture) => {
      const text = readFileSync(join(fixtures, fixture), 'utf8');
      const parts = [];
      for (let i = 0, n = 0; n < targetBytes; i += 1) {
        const t = text.replace(/(test_)(\w+)/g, `$1$2_${i}`);
        parts.push(t);
        n += t.length;
      }
      return parts.join('');
    };
    const runs = [
      ['pytest -v, one long session (pytest/pass-verbose.log)', () => longRun('pytest/pass-verbose.log', /::/)],
      ['pytest, one long session (pytest/pass.log)', () => longRun('pytest/pass.log', /\.py \./)],
      ['pytest, tests printing application logs (pytest/fail.log)', () => printing('pytest/fail.log', /^collected/)],
      ['go test -v, one long run (go-test/pass-verbose.log)', () => longRun('go-test/pass-verbose.log', /^(?:===|---| {4}---)/)],
      ['go test -v, tests printing application logs (go-test/fail-verbose.log)', () => printing('go-test/fail-verbose.log', /^=== RUN/)],
      ['jest, tests printing application logs (jest/fail-color.log)', () => printing('jest/fail-color.log', /FAIL/)],
      ['vitest, tests printing application logs (vitest/fail-color.log)', () => printing('vitest/fail-color.log', /RUN/)],
      ['pytest/fail.log repeated: 4 failures in every 2.5 KB', () => repeated('pytest/fail.log')],
    ];
    console.log('one runner\'s log, read whole by its parser:');
    for (const [label, build] of runs) {
      const file = write('run.log', build());
      report(`  ${label}`, file, statSync(file).size, 'log', 'FAIL');
    }
  }
} finally {
  if (values.keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
