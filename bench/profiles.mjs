#!/usr/bin/env node
// Peak memory of running a test profile that prints 500 MB (PRODUCT.md §3: memory stays flat on any log size).
//
//   node bench/profiles.mjs [--mb 500] [--line-bytes 100]
//
// 1. transpiles src/util/** and src/profiles/** with the project's own TypeScript (no bundler, no
//    type check: others' work in progress cannot break the bench) into a temp dir;
// 2. in a fresh child process (so the peak RSS is the runner's alone), runs one profile through
//    runProfiles: `yes <line> | head -c <mb>`, then a pytest-style failure at the very end;
// 3. prints the peak RSS beside that of an empty node process, the wall time, the kept output size
//    and whether the failure at the end still made it into the summary.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { mb: { type: 'string', default: '500' }, 'line-bytes': { type: 'string', default: '100' } } });
const bytes = Math.round(Number(values.mb) * 1024 * 1024);
const lineBytes = Math.max(2, Number(values['line-bytes']));
const work = mkdtempSync(join(tmpdir(), 'droid-bench-profiles-'));

try {
  // 1. the code under test, transpiled
  const srcRoot = join(repo, 'src');
  const build = join(work, 'build');
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) files.push(p);
    }
  };
  walk(join(srcRoot, 'util'));
  walk(join(srcRoot, 'profiles'));
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
  const repoDir = join(work, 'repo');
  mkdirSync(repoDir);

  // 2. one flooding profile, in a fresh process
  const line = 'x'.repeat(lineBytes - 1);
  const command = [
    `yes '${line}' | head -c ${bytes}`,
    'echo',
    'echo "=========================== short test summary info ============================"',
    'echo "FAILED tests/test_flood.py::test_at_the_end - AssertionError: found it"',
    'echo "========================= 1 failed, 1 passed in 1.00s =========================="',
    'exit 1',
  ].join('; ');
  const child = join(build, 'child.js');
  writeFileSync(
    child,
    `import { runProfiles } from './profiles/run.js';
import { silentLogger } from './util/log.js';
const started = process.hrtime.bigint();
const [r] = await runProfiles(
  [{ name: 'flood', path: '.', command: process.env.BENCH_COMMAND, timeout_seconds: 3600, env: {}, watch: [] }],
  { repoRoot: process.argv[2], env: { PATH: process.env.PATH }, log: silentLogger },
);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify({
  ms, maxRssKb: process.resourceUsage().maxRSS, outputChars: r.output.length, kind: r.summary.kind,
  foundEnd: r.summary.failures.some((f) => f.name.includes('test_at_the_end')), textBytes: Buffer.byteLength(r.summary.text),
}));
`,
  );
  const baseline = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.resourceUsage().maxRSS))'], { encoding: 'utf8' });
  const run = spawnSync(process.execPath, [child, repoDir], { encoding: 'utf8', env: { PATH: process.env.PATH, BENCH_COMMAND: command } });
  if (run.status !== 0) throw new Error(`bench child failed: ${run.stderr}`);
  const r = JSON.parse(run.stdout);

  // 3. report
  const mb = bytes / 1024 / 1024;
  console.log(`profile output: ${mb.toFixed(0)} MB in lines of ${lineBytes} bytes, then a failure at the very end`);
  console.log(`peak RSS: ${(r.maxRssKb / 1024).toFixed(0)} MB (an empty node process: ${(Number(baseline.stdout) / 1024).toFixed(0)} MB)`);
  console.log(`wall time: ${(r.ms / 1000).toFixed(2)} s (${(mb / (r.ms / 1000)).toFixed(0)} MB/s through runProfiles)`);
  console.log(`kept output: ${r.outputChars} chars; summary: kind=${r.kind}, failure at the end found: ${r.foundEnd}, text ${r.textBytes} bytes`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
