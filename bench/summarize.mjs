#!/usr/bin/env node
// Throughput and memory of the failure summariser on a 200 MB log.
//
//   node bench/summarize.mjs [--mb 200] [--fixture vitest/fail-color.log] [--same]
//
// 1. builds the log in os.tmpdir() by repeating the committed real runner fixtures (by default all
//    of them, one after another: the first runner seen is detected, the rest of the text is noise
//    for its parser, as in a CI job log that mixes steps); each repetition renames the failing
//    tests so every failure is distinct (the worst case for the bounded lists), unless --same;
// 2. transpiles src/profiles/summary/** with the project's own TypeScript (no bundler, no type
//    check: others' work in progress cannot break the bench) into a temp dir;
// 3. runs the summariser in a fresh child process (so its peak RSS is the summariser's alone) and
//    prints MB/s, peak RSS and the heap, beside the time `grep -c` takes to read the same file.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { mb: { type: 'string', default: '200' }, fixture: { type: 'string' }, same: { type: 'boolean', default: false }, profile: { type: 'string' } } });
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
  files.push(join(srcRoot, 'profiles', 'types.ts'));
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
    `import { summarizeFile } from './profiles/summary/index.js';
import { resourceUsage, memoryUsage } from 'node:process';
const started = process.hrtime.bigint();
let peakHeap = 0;
const timer = setInterval(() => { peakHeap = Math.max(peakHeap, memoryUsage().heapUsed); }, 20);
const s = await summarizeFile(process.argv[2], { exitCode: 1 });
clearInterval(timer);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
peakHeap = Math.max(peakHeap, memoryUsage().heapUsed);
process.stdout.write(JSON.stringify({ ms, maxRssKb: resourceUsage().maxRSS, peakHeap, kind: s.kind, runner: s.runner, failed: s.failed, passed: s.passed, kept: s.failures.length, textBytes: Buffer.byteLength(s.text) }));
`,
  );
  const baseline = spawnSync(process.execPath, ['-e', `process.stdout.write(String(process.resourceUsage().maxRSS))`], { encoding: 'utf8' });

  // 3. measure
  const run = spawnSync(process.execPath, [...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : []), child, logPath], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`summariser failed: ${run.stderr}`);
  const r = JSON.parse(run.stdout);
  const g0 = process.hrtime.bigint();
  const grep = spawnSync('grep', ['-c', 'FAIL', logPath], { encoding: 'utf8' });
  const grepMs = Number(process.hrtime.bigint() - g0) / 1e6;

  const mb = size / 1024 / 1024;
  console.log(`log: ${mb.toFixed(0)} MB (${sources.length} fixture logs repeated${values.same ? '' : ', failing tests renamed in each repetition'}) in ${work}`);
  console.log(`summary: kind=${r.kind} runner=${r.runner} failed=${r.failed} passed=${r.passed} kept-in-detail=${r.kept} text=${r.textBytes} bytes`);
  console.log(`summarizer: ${(r.ms / 1000).toFixed(2)} s, ${(mb / (r.ms / 1000)).toFixed(1)} MB/s`);
  console.log(`peak RSS: ${(r.maxRssKb / 1024).toFixed(0)} MB (an empty node process: ${(Number(baseline.stdout) / 1024).toFixed(0)} MB); peak heap used: ${(r.peakHeap / 1024 / 1024).toFixed(0)} MB`);
  console.log(`grep -c FAIL: ${(grepMs / 1000).toFixed(2)} s, ${(mb / (grepMs / 1000)).toFixed(0)} MB/s (count ${grep.stdout.trim()})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
