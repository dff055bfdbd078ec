#!/usr/bin/env node
// `npm run bench`: runs every bench in bench/ one after another, each in its own node process, and
// prints its output. Extra arguments after `--only` pick benches by name:
//
//   node bench/run.mjs                 # all: startup, summarize, profiles, loop, github-run (when present)
//   node bench/run.mjs --only loop     # just bench/loop.mjs
//
// Each bench takes its own options; run it directly to pass them (e.g. node bench/profiles.mjs --mb 100).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { only: { type: 'string', multiple: true } } });
const ORDER = ['startup', 'summarize', 'profiles', 'loop', 'github-run'];
const present = readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs')
  .map((f) => f.slice(0, -4));
const names = [...ORDER.filter((n) => present.includes(n)), ...present.filter((n) => !ORDER.includes(n)).sort()].filter(
  (n) => !values.only || values.only.includes(n),
);
if (names.length === 0) {
  console.error(`no bench matches ${values.only?.join(', ')}; present: ${present.join(', ')}`);
  process.exit(2);
}

const failed = [];
for (const name of names) {
  const file = join(here, `${name}.mjs`);
  if (!existsSync(file)) continue;
  console.log(`\n=== bench/${name}.mjs ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [file], { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failed.push(name);
    console.log(`=== bench/${name}.mjs failed (exit ${result.status ?? result.signal}) after ${seconds} s ===`);
  } else {
    console.log(`=== bench/${name}.mjs done in ${seconds} s ===`);
  }
}
if (failed.length) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exit(1);
}
