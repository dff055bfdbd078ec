import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRepo } from './support/repo.js';

/**
 * A repo for audit/telemetry runs through the real local loop: the `command` engine fixes a bug in one
 * round and prints secrets while doing it (its own key and a GitHub-shaped token), and the test profile
 * prints every secret-looking variable it can see. Every secret the run was given is in `SECRETS`.
 */
export const SECRETS = {
  FACTORY_API_KEY: 'fk-audit-0123456789abcdefABCDEF0123',
  GITHUB_TOKEN: 'plain-job-token-5f4dcc3b5aa765d61d8327deb882cf99',
  MODEL_API_KEY: 'model-key-7c6a180b36896a0a8c02787eeafb0e4c',
};
/** A token shape nobody registered, printed by the engine. */
export const PRINTED_TOKEN = `ghp_${'Zq9'.repeat(12)}`;

const ENGINE = `import { writeFileSync } from 'node:fs';
console.log('using key ' + process.env.MODEL_API_KEY + ' and ${PRINTED_TOKEN}');
console.error('factory=' + (process.env.FACTORY_API_KEY ?? '') + ' github=' + (process.env.GITHUB_TOKEN ?? ''));
writeFileSync('src/add.js', 'export function add(a, b) {\\n  return a + b;\\n}\\n');
console.log('Fixed add() with key ' + process.env.MODEL_API_KEY);
`;

export function loopRepo(options: { auditFile?: string } = {}): { dir: string; git: (...args: string[]) => string; cleanup: () => void } {
  const tools = mkdtempSync(join(tmpdir(), 'droid-audit-engine-'));
  writeFileSync(join(tools, 'engine.mjs'), ENGINE);
  chmodSync(tools, 0o755); // the engine runs as the sandbox account (PRODUCT.md §10)
  const repo = makeRepo({
    'package.json': '{ "type": "module" }\n',
    'src/add.js': 'export function add(a, b) {\n  return a - b;\n}\n',
    'test/add.test.js': `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add } from '../src/add.js';
test('adds', () => {
  console.log('env seen by the test:', process.env.FACTORY_API_KEY, process.env.GITHUB_TOKEN, process.env.MODEL_API_KEY);
  assert.equal(add(2, 3), 5);
});
`,
    '.droid.yml': `version: 1
tests:
  - name: unit
    path: .
    command: echo "key=$FACTORY_API_KEY token=$GITHUB_TOKEN model=$MODEL_API_KEY" && node --test
    timeout_seconds: 60
engine:
  use: command
  command: node ${join(tools, 'engine.mjs')}
  api_key_env: MODEL_API_KEY
  max_iterations: 2
${options.auditFile ? `audit:\n  file: ${options.auditFile}\n` : ''}`,
  });
  return { ...repo, cleanup: () => { repo.cleanup(); rmSync(tools, { recursive: true, force: true }); } };
}

/** The run's environment: the test process's own plus the secrets (and nothing from the caller's OTEL_*). */
export function runEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DROID_ACTOR: 'alice', ...SECRETS, ...extra };
  for (const name of Object.keys(env)) if (name.startsWith('OTEL_') && !(name in extra)) delete env[name];
  return env;
}

/** Every form of every secret that must never appear (raw and base64 are enough to catch a leak). */
export function leaks(text: string): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(SECRETS)) {
    if (text.includes(value)) found.push(name);
    if (text.includes(Buffer.from(value).toString('base64').replace(/=+$/, ''))) found.push(`${name} (base64)`);
  }
  if (text.includes(PRINTED_TOKEN)) found.push('printed ghp_ token');
  return found;
}
