#!/usr/bin/env node
// The cost of `sandbox.mode: user` per round (PRODUCT.md §10): the same short command run R times through
// runProcess, unisolated (`off`) and as the sandbox account (`user`: hand the tree over, PID + mount
// namespace, setpriv, sweep, take the tree back), in one process, on a work tree of F files.
//
//   node bench/sandbox.mjs [--files 2000] [--rounds 20]
//
// Needs root or passwordless sudo (creates the account `droid-sbx-bench` once); prints "skipped" otherwise.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { files: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '20' } } });
const fileCount = Math.max(1, Number(values.files));
const rounds = Math.max(1, Number(values.rounds));
const work = mkdtempSync(join(tmpdir(), 'droid-bench-sandbox-'));

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
  walk(join(srcRoot, 'sandbox'));
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

  // 2. a work tree of F files in 20 folders, under the private bench folder (like a runner's workspace)
  const tree = join(work, 'repo');
  for (let i = 0; i < fileCount; i++) {
    const dir = join(tree, 'src', `d${i % 20}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `f${i}.txt`), `${i}\n`);
  }
  mkdirSync(join(tree, '.git'));

  const { openSandbox } = await import(join(build, 'sandbox', 'index.js'));
  const { runProcess } = await import(join(build, 'util', 'exec.js'));
  const log = { info() {}, warn: (m) => console.error(m), debug() {}, error: (m) => console.error(m) };
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: work };
  const sandbox = await openSandbox({ mode: 'auto', user: 'droid-sbx-bench', workdir: tree, env, log });
  if (sandbox.mode !== 'user') {
    console.log(`skipped: ${sandbox.warning}`);
  } else {
    const time = async (jail) => {
      const samples = [];
      for (let i = 0; i < rounds; i++) {
        const started = process.hrtime.bigint();
        const r = await runProcess('/bin/sh', ['-c', 'echo round > round.txt'], { cwd: tree, env, jail: jail ? sandbox.jail() : undefined });
        samples.push(Number(process.hrtime.bigint() - started) / 1e6);
        if (r.exitCode !== 0) throw new Error(`round failed: ${r.output || r.spawnError}`);
      }
      samples.sort((a, b) => a - b);
      return { median: samples[Math.floor(samples.length / 2)], p90: samples[Math.floor(samples.length * 0.9)] };
    };
    await time(false); // warm-up
    const off = await time(false);
    const user = await time(true);
    await sandbox.close();
    const f = (n) => n.toFixed(1);
    console.log(`work tree: ${fileCount} files; ${rounds} rounds each; ${sandbox.describe}`);
    console.log(`off : median ${f(off.median)} ms, p90 ${f(off.p90)} ms per round`);
    console.log(`user: median ${f(user.median)} ms, p90 ${f(user.p90)} ms per round`);
    console.log(`overhead of user mode: +${f(user.median - off.median)} ms per round (ratio ${(user.median / off.median).toFixed(1)}x on a trivial command)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
