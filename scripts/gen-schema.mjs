#!/usr/bin/env node
// Writes schema/droid.schema.json, the JSON Schema of .droid.yml, from the zod schema in src/config/schema.ts
// (one source of truth; test/config-schema.test.ts checks the committed file is current).
// Runs on plain Node 20 without a TypeScript loader: src/config/json-schema.ts and the relative modules it
// imports are transpiled (TypeScript's transpileModule, no type check) into a temporary folder under
// node_modules/.cache (so `zod` resolves), imported, and asked for the schema text.
//   node scripts/gen-schema.mjs            write schema/droid.schema.json
//   node scripts/gen-schema.mjs --check    exit 1 if the committed file is not current
//   node scripts/gen-schema.mjs --out F    write to F instead
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, out: { type: 'string' } } });
const target = path.resolve(values.out ?? path.join(root, 'schema', 'droid.schema.json'));
const entry = path.join(root, 'src', 'config', 'json-schema.ts');

const compilerOptions = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  verbatimModuleSyntax: true,
  sourceMap: false,
};

/** Transpiles `entry` and every relative import it reaches into `outDir`, keeping the folder layout. */
async function transpileTree(outDir) {
  const pending = [entry];
  const done = new Set();
  while (pending.length > 0) {
    const file = pending.pop();
    if (done.has(file)) continue;
    done.add(file);
    const source = await readFile(file, 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: file });
    for (const match of outputText.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
      pending.push(path.resolve(path.dirname(file), `${match[1]}.ts`));
    }
    const out = path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js');
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, outputText);
  }
  return path.join(outDir, path.relative(root, entry)).replace(/\.ts$/, '.js');
}

const cache = path.join(root, 'node_modules', '.cache');
await mkdir(cache, { recursive: true });
const dir = await mkdtemp(path.join(cache, 'droid-gen-schema-'));
let text;
try {
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  const compiled = await transpileTree(dir);
  const mod = await import(pathToFileURL(compiled).href);
  text = mod.renderJsonSchema();
} finally {
  await rm(dir, { recursive: true, force: true });
}

const shown = path.relative(root, target) || target;
if (values.check) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    process.stderr.write(`${shown} is out of date: run \`node scripts/gen-schema.mjs\` and commit it\n`);
    process.exit(1);
  }
  process.stdout.write(`${shown} is current\n`);
} else {
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  process.stdout.write(`wrote ${shown}\n`);
}
