/**
 * The real agent CLIs inside the whole `droid-ci run --platform local` loop: droid (BYOK, air-gapped),
 * Claude Code and Codex, each with its model replaced by a scripted server on 127.0.0.1 speaking that
 * provider's wire protocol. The CLI makes the edit, the `node --test` profile turns green, the droid
 * commits on its branch with the trailers, and `.droid/pr.md` carries the engine's own summary.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../src/entry/cli.js';
import { claudeCli } from '../src/engine/claude.js';
import { tryLocateCli } from '../src/engine/cli-path.js';
import { codexCli } from '../src/engine/codex.js';
import { droidCli } from '../src/engine/droid.js';
import { startAnthropicServer, type AnthropicStep } from './support/model-server/anthropic.js';
import { startChatServer, type ChatStep } from './support/model-server/chat.js';
import { startResponsesServer } from './support/model-server/responses.js';
import { captureIo, makeRepo } from './support/repo.js';

const found = (spec: Parameters<typeof tryLocateCli>[0]): boolean => tryLocateCli(spec, { PATH: '' }) !== undefined;
const hasDroid = found(droidCli());
const hasClaude = found(claudeCli());
const hasCodex = found(codexCli());

const ADD_JS = 'export function add(a, b) {\n  return a - b;\n}\n';
const ADD_TEST = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add } from '../src/add.js';

test('adds two numbers', () => {
  assert.equal(add(2, 3), 5);
});
`;
const TEAM_KEY = 'team-llm-key-5f2c9a71';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function repoWith(engine: string) {
  const repo = makeRepo({
    'package.json': '{ "type": "module" }\n',
    'src/add.js': ADD_JS,
    'test/add.test.js': ADD_TEST,
    '.droid.yml': `version: 1
tests:
  - name: unit
    path: .
    command: node --test
    timeout_seconds: 60
engine:
${engine
  .trim()
  .split('\n')
  .map((l) => `  ${l}`)
  .join('\n')}
  timeout_minutes: 2
pr:
  labels: [droid]
ci:
  wait: false
`,
  });
  cleanups.push(repo.cleanup);
  return repo;
}

/** only what the CLI run needs: no key unless the test adds one */
function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, DROID_ACTOR: 'alice', ...extra };
}

async function runLocal(dir: string, env: NodeJS.ProcessEnv, extra: string[] = []) {
  const { io, out, err } = captureIo();
  const code = await cli(['run', '--platform', 'local', '--repo', dir, '--ticket', 'CALC-7', '--prompt', 'make add() add its operands', '--json', ...extra], io, env);
  let result: Record<string, unknown> & { conclusion: string; message: string; branch: string | null; iterations: number };
  try {
    result = JSON.parse(out());
  } catch {
    throw new Error(`not JSON (exit ${code}):\n${out()}\n--- stderr ---\n${err()}`);
  }
  return { code, result, stderr: err() };
}

type Audit = { stage: string; action: string; outcome: string; detail: Record<string, unknown> };
function auditLines(dir: string): Audit[] {
  return readFileSync(join(dir, '.droid/audit.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Audit);
}

/** What every green run through a real CLI leaves behind. */
function expectCommittedGreen(repo: ReturnType<typeof repoWith>, run: Awaited<ReturnType<typeof runLocal>>, summary: string) {
  const { code, result } = run;
  expect(result.message).not.toMatch(/error/i);
  expect(code).toBe(0);
  expect(result.conclusion).toBe('pr-opened');
  expect(result.branch).toBe('droid/CALC-7-make-add-add-its-operands');
  expect(result.tests).toEqual([expect.objectContaining({ name: 'unit', passed: true })]);
  const branch = result.branch!;
  // one commit on the droid branch, by the droid, with the trailers; the user is back on main
  expect(repo.git('branch', '--show-current')).toBe('main');
  expect(repo.git('status', '--porcelain')).toBe('');
  expect(readFileSync(join(repo.dir, 'src/add.js'), 'utf8')).toBe(ADD_JS);
  expect(repo.git('rev-list', '--count', `main..${branch}`)).toBe('1');
  const show = repo.git('show', '-s', '--format=%an%n%B', branch);
  expect(show).toContain('droid[bot]');
  expect(show).toContain(summary);
  expect(show).toContain('Co-authored-by: alice');
  expect(show).toContain('Droid-Ticket: CALC-7');
  expect(show).toMatch(/Droid-Run: local-/);
  expect(repo.git('show', `${branch}:src/add.js`)).toContain('return a + b;');
  expect(repo.git('diff', '--name-only', `main..${branch}`)).toBe('src/add.js');
  // the PR body carries the engine's own summary
  const pr = readFileSync(join(repo.dir, '.droid/pr.md'), 'utf8');
  const summarySection = pr.split('## Summary')[1]?.split('\n## ')[0] ?? '';
  expect(summarySection).toContain(summary);
  expect(pr).toMatch(/\| unit \| `node --test` \| ✅ passed \| 1 \| 0 \|/);
  return { branch, pr, audit: auditLines(repo.dir) };
}

/** A router in front of two scripted servers: requests whose body contains `marker` go to `second`. */
async function startRouter(first: string, second: string, marker: string): Promise<{ url: string; close: () => Promise<void> }> {
  const readAll = (req: IncomingMessage): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  const server = createServer((req, res) => {
    void readAll(req).then((body) => {
      const target = new URL(body.includes(marker) ? second : first);
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe.skipIf(!hasDroid)('droid-ci run with the real droid CLI (BYOK endpoint, air-gapped)', () => {
  it('edits wrongly, reads the failure in round 2, fixes it, and commits once with the trailers', async () => {
    // round 1 (a fresh droid session): a wrong edit; round 2 sees the failing test in its prompt and fixes it
    const round1: ChatStep[] = [
      { toolCalls: [{ name: 'Read', arguments: { file_path: '@FILE' } }] },
      { toolCalls: [{ name: 'Edit', arguments: { file_path: '@FILE', old_str: 'a - b', new_str: 'a * b' } }] },
      { text: 'Changed add() to multiply.' },
    ];
    const round2: ChatStep[] = [
      { toolCalls: [{ name: 'Read', arguments: { file_path: '@FILE' } }] },
      { toolCalls: [{ name: 'Edit', arguments: { file_path: '@FILE', old_str: 'a * b', new_str: 'a + b' } }] },
      { text: 'Fixed add() to return the sum of its operands.' },
    ];
    const one = await startChatServer(round1);
    const two = await startChatServer(round2);
    const router = await startRouter(one.url, two.url, 'adds two numbers');
    cleanups.push(() => one.close(), () => two.close(), () => router.close());
    const repo = repoWith(`use: droid
base_url: ${router.url}/v1
model: scripted-coder
api_key_env: TEAM_LLM_KEY
max_iterations: 3`);
    // the scripts are read per request: the absolute path can be filled in once the repo exists
    for (const step of [...round1, ...round2]) {
      for (const call of 'toolCalls' in step ? step.toolCalls : []) call.arguments.file_path = join(repo.dir, 'src/add.js');
    }

    const run = await runLocal(repo.dir, baseEnv({ TEAM_LLM_KEY: TEAM_KEY }));
    const { audit } = expectCommittedGreen(repo, run, 'Fixed add() to return the sum of its operands.');
    expect(run.result.iterations).toBe(2);

    // the second session's prompt carried the first round's failure: test name and message
    const firstPrompt = JSON.stringify(two.requests.find((r) => r.toolNames.length > 0)?.messages);
    expect(firstPrompt).toContain('adds two numbers');
    expect(firstPrompt).toMatch(/6 !== 5|expected.{0,40}5/s);
    expect(JSON.stringify(one.requests.map((r) => r.messages))).not.toContain('adds two numbers');
    // the team's key reached the endpoint, nowhere else
    expect(one.requests[0]?.headers.authorization).toBe(`Bearer ${TEAM_KEY}`);
    expect(readFileSync(join(repo.dir, '.droid/pr.md'), 'utf8')).not.toContain(TEAM_KEY);
    expect(readFileSync(join(repo.dir, '.droid/audit.jsonl'), 'utf8')).not.toContain(TEAM_KEY);

    // the audit log has the engine's reads and edits, per round
    const files = audit.filter((l) => l.action === 'file.read' || l.action === 'file.edit').map((l) => [l.action, l.detail.path, l.detail.engine]);
    expect(files).toEqual([
      ['file.read', 'src/add.js', 'droid'],
      ['file.edit', 'src/add.js', 'droid'],
      ['file.read', 'src/add.js', 'droid'],
      ['file.edit', 'src/add.js', 'droid'],
    ]);
  });
});

describe.skipIf(!hasClaude)('droid-ci run with the real Claude Code CLI', () => {
  it('reads and edits through the Anthropic endpoint in engine.base_url, turning the profile green', async () => {
    const steps: AnthropicStep[] = [];
    const server = await startAnthropicServer({ steps });
    cleanups.push(() => server.close());
    const repo = repoWith(`use: claude
base_url: ${server.url}`);
    const file = join(repo.dir, 'src/add.js');
    steps.push(
      { text: 'Let me look at add.js.', toolUses: [{ name: 'Read', input: { file_path: file } }] },
      { toolUses: [{ name: 'Edit', input: { file_path: file, old_string: 'return a - b;', new_string: 'return a + b;' } }] },
      { text: 'Fixed add() so it returns a + b.' },
    );

    const run = await runLocal(repo.dir, baseEnv({ ANTHROPIC_API_KEY: 'sk-ant-test-key-1', CLAUDE_CODE_MAX_RETRIES: '0' }));
    const { audit } = expectCommittedGreen(repo, run, 'Fixed add() so it returns a + b.');
    expect(run.result.iterations).toBe(1);
    expect(server.agentRequests()[0]?.headers['x-api-key']).toBe('sk-ant-test-key-1');
    expect(JSON.stringify(server.agentRequests()[0]?.body)).toContain('make add() add its operands');
    const files = audit.filter((l) => l.action === 'file.read' || l.action === 'file.edit').map((l) => [l.action, l.detail.path, l.detail.engine]);
    expect(files).toEqual([
      ['file.read', 'src/add.js', 'claude'],
      ['file.edit', 'src/add.js', 'claude'],
    ]);
  });
});

describe.skipIf(!hasCodex)('droid-ci run with the real Codex CLI', () => {
  it('applies a patch through the Responses endpoint in engine.base_url, turning the profile green', async () => {
    const patch = ['*** Begin Patch', '*** Update File: src/add.js', '@@', ' export function add(a, b) {', '-  return a - b;', '+  return a + b;', ' }', '*** End Patch', ''].join('\n');
    const server = await startResponsesServer({
      steps: [{ calls: [{ kind: 'custom', name: 'apply_patch', input: patch }] }, { text: 'Patched add() to return a + b.' }],
    });
    cleanups.push(() => server.close());
    const repo = repoWith(`use: codex
base_url: ${server.url}/v1
model: gpt-5.5`);

    const run = await runLocal(repo.dir, baseEnv({ OPENAI_API_KEY: 'sk-test-openai-1' }));
    const { audit } = expectCommittedGreen(repo, run, 'Patched add() to return a + b.');
    expect(run.result.iterations).toBe(1);
    expect(server.agentRequests()[0]?.headers.authorization).toBe('Bearer sk-test-openai-1');
    const files = audit.filter((l) => l.action.startsWith('file.') && l.action !== 'file.changed').map((l) => [l.action, l.detail.path, l.detail.engine]);
    expect(files).toEqual([['file.edit', 'src/add.js', 'codex']]);
  });
});

describe('a missing model key ends the run before any branch is made', () => {
  const cases: { name: string; engine: string; variable: string; env?: Record<string, string> }[] = [
    { name: 'droid with Factory', engine: 'use: droid', variable: 'FACTORY_API_KEY' },
    { name: 'droid with its own endpoint', engine: 'use: droid\nbase_url: http://127.0.0.1:9/v1\nmodel: m\napi_key_env: TEAM_LLM_KEY', variable: 'TEAM_LLM_KEY', env: { FACTORY_API_KEY: 'fk-not-the-one' } },
    { name: 'claude', engine: 'use: claude', variable: 'ANTHROPIC_API_KEY', env: { OPENAI_API_KEY: 'sk-wrong-vendor' } },
    { name: 'codex', engine: 'use: codex', variable: 'OPENAI_API_KEY', env: { ANTHROPIC_API_KEY: 'sk-ant-wrong-vendor' } },
    { name: 'codex with engine.api_key_env', engine: 'use: codex\napi_key_env: TEAM_OPENAI_KEY', variable: 'TEAM_OPENAI_KEY', env: { OPENAI_API_KEY: 'sk-not-the-named-one' } },
  ];
  for (const c of cases) {
    it(`${c.name}: names ${c.variable}, conclusion error, nothing committed, still on main`, async () => {
      const repo = repoWith(c.engine);
      const before = repo.git('rev-parse', 'main');
      const run = await runLocal(repo.dir, baseEnv(c.env));
      expect(run.code).toBe(1);
      expect(run.result.conclusion).toBe('error');
      expect(run.result.message).toContain(`${c.variable} is not set`);
      expect(run.result.message).toMatch(/hint: .*\S/);
      for (const text of [run.result.message, run.stderr]) expect(text).not.toMatch(/\n\s+at |Error: /);
      expect(run.result.message).toContain(`${c.variable} is not set`); // printed once, in the outcome
      expect(repo.git('branch', '--show-current')).toBe('main');
      expect(repo.git('branch', '--list', 'droid/*')).toBe('');
      expect(repo.git('rev-parse', 'main')).toBe(before);
      expect(repo.git('status', '--porcelain')).toBe('');
    });
  }

  it('says so in plain words without --json too', async () => {
    const repo = repoWith('use: claude');
    const { io, out, err } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', repo.dir, '--ticket', 'CALC-7', '--prompt', 'x'], io, baseEnv());
    expect(code).toBe(1);
    expect(out()).toMatch(/^conclusion: error\nANTHROPIC_API_KEY is not set: the claude engine needs an Anthropic API key\n  hint: /);
    expect(err()).not.toMatch(/\n\s+at /);
  });
});

/** a failed run leaves the repo as it found it: on main, clean, no droid branch, main unmoved */
function expectUntouched(repo: ReturnType<typeof repoWith>, mainBefore: string) {
  expect(repo.git('branch', '--show-current')).toBe('main');
  expect(repo.git('status', '--porcelain')).toBe('');
  expect(repo.git('rev-parse', 'main')).toBe(mainBefore);
  expect(repo.git('branch', '--list', 'droid/*')).toBe('');
}

describe.skipIf(!hasClaude)('what the engine says is redacted', () => {
  it('a key echoed in the engine\'s final message reaches neither the commit, the PR body nor the output', async () => {
    const key = 'sk-ant-api03-echoed-by-the-model-0b9d';
    const steps: AnthropicStep[] = [];
    const server = await startAnthropicServer({ steps });
    cleanups.push(() => server.close());
    const repo = repoWith(`use: claude
base_url: ${server.url}`);
    const file = join(repo.dir, 'src/add.js');
    steps.push(
      { toolUses: [{ name: 'Read', input: { file_path: file } }] },
      { toolUses: [{ name: 'Edit', input: { file_path: file, old_string: 'return a - b;', new_string: 'return a + b;' } }] },
      // a model steered by injected text repeats the key it was called with
      { text: `Fixed add(). Debug: x-api-key=${key}` },
    );
    const { io, out, err } = captureIo();
    const code = await cli(['run', '--platform', 'local', '--repo', repo.dir, '--ticket', 'CALC-7', '--prompt', 'make add() add', '--json'], io, baseEnv({ ANTHROPIC_API_KEY: key, CLAUDE_CODE_MAX_RETRIES: '0' }));
    expect(code).toBe(0);
    const result = JSON.parse(out());
    expect(result.pr.body).toContain('Fixed add(). Debug: x-api-key=***');
    const message = repo.git('show', '-s', '--format=%B', result.branch);
    expect(message).toContain('Fixed add(). Debug: x-api-key=***');
    for (const text of [out(), err(), message, readFileSync(join(repo.dir, '.droid/pr.md'), 'utf8'), readFileSync(join(repo.dir, '.droid/audit.jsonl'), 'utf8')]) {
      expect(text).not.toContain(key);
    }
  });
});

describe('engine failures reach the user', () => {
  it.skipIf(!hasCodex)('a key the endpoint rejects: names the variable, never prints the key (even when the API echoes it)', async () => {
    const key = 'sk-proj-echoed-by-the-gateway-7c1e';
    const server = await startResponsesServer({ steps: [], failWith: { status: 401, code: 'invalid_api_key', message: `Incorrect API key provided: ${key}` } });
    cleanups.push(() => server.close());
    const repo = repoWith(`use: codex
base_url: ${server.url}/v1
model: gpt-5.5
api_key_env: TEAM_OPENAI_KEY`);
    const before = repo.git('rev-parse', 'main');
    const run = await runLocal(repo.dir, baseEnv({ TEAM_OPENAI_KEY: key }));
    expect(run.code).toBe(1);
    expect(run.result.conclusion).toBe('error');
    expect(run.result.message).toContain('Codex could not authenticate with the model API');
    expect(run.result.message).toContain('HTTP 401');
    expect(run.result.message).toContain('Check that TEAM_OPENAI_KEY holds a valid key');
    expect(run.result.message).toContain('Incorrect API key provided: ***');
    for (const text of [run.result.message, run.stderr, readFileSync(join(repo.dir, '.droid/audit.jsonl'), 'utf8')]) {
      expect(text).not.toContain(key);
      expect(text).not.toMatch(/\n\s+at /);
    }
    expectUntouched(repo, before);
  });

  it.skipIf(!hasClaude)('every edit refused (engine_args loosened the permission mode): says which and what to change, commits nothing', async () => {
    const steps: AnthropicStep[] = [];
    const server = await startAnthropicServer({ steps });
    cleanups.push(() => server.close());
    const repo = repoWith(`use: claude
base_url: ${server.url}`);
    const file = join(repo.dir, 'src/add.js');
    steps.push(
      { toolUses: [{ name: 'Read', input: { file_path: file } }] },
      { toolUses: [{ name: 'Edit', input: { file_path: file, old_string: 'return a - b;', new_string: 'return a + b;' } }] },
      { text: 'I could not edit the file.' },
    );
    const before = repo.git('rev-parse', 'main');
    const run = await runLocal(repo.dir, baseEnv({ ANTHROPIC_API_KEY: 'sk-ant-test-key-1', CLAUDE_CODE_MAX_RETRIES: '0' }), ['--engine-args=--permission-mode default']);
    expect(run.code).toBe(1);
    expect(run.result.conclusion).toBe('error');
    expect(run.result.message).toMatch(/^Claude Code was not allowed to edit files: src\/add\.js \(Edit\): /);
    expect(run.result.message).toContain('Hint: droid runs Claude Code with --permission-mode acceptEdits; an engine_args override');
    expect(run.stderr).toContain('Claude Code was refused 1 edit(s)');
    const audit = auditLines(repo.dir);
    expect(audit.find((l) => l.action === 'engine.run')).toMatchObject({ outcome: 'fail', detail: { engine: 'claude' } });
    expect(audit.filter((l) => l.action === 'file.edit')).toEqual([]);
    expectUntouched(repo, before);
  });

  it.skipIf(!hasClaude)('one edit refused while the fix went through: the tests judge, the refusal is a warning in the outcome and the PR body', async () => {
    const steps: AnthropicStep[] = [];
    const server = await startAnthropicServer({ steps });
    cleanups.push(() => server.close());
    const repo = repoWith(`use: claude
base_url: ${server.url}`);
    const file = join(repo.dir, 'src/add.js');
    const outside = `${repo.dir}-outside.txt`;
    cleanups.push(() => rmSync(outside, { force: true }));
    steps.push(
      { toolUses: [{ name: 'Read', input: { file_path: file } }] },
      {
        toolUses: [
          { name: 'Edit', input: { file_path: file, old_string: 'return a - b;', new_string: 'return a + b;' } },
          // outside the work tree: acceptEdits does not cover it, Claude Code refuses
          { name: 'Write', input: { file_path: outside, content: 'scribble' } },
        ],
      },
      { text: 'Fixed add() so it returns a + b.' },
    );
    const run = await runLocal(repo.dir, baseEnv({ ANTHROPIC_API_KEY: 'sk-ant-test-key-1', CLAUDE_CODE_MAX_RETRIES: '0' }));
    const { pr, audit } = expectCommittedGreen(repo, run, 'Fixed add() so it returns a + b.');
    expect(existsSync(outside)).toBe(false);
    const warnings = run.result.warnings as string[];
    expect(warnings).toEqual([expect.stringMatching(/^The engine was refused 1 edit\(s\): .*-outside\.txt \(Write\): /)]);
    expect(pr.split('## Notes')[1]).toContain('The engine was refused 1 edit(s)');
    expect(audit.filter((l) => l.action === 'edit.refused')).toEqual([expect.objectContaining({ outcome: 'refused', detail: expect.objectContaining({ engine: 'claude' }) })]);
  });

  it.skipIf(!hasDroid)('droid needing more autonomy than engine.auto: says to raise engine.auto, commits nothing', async () => {
    const server = await startChatServer([
      {
        toolCalls: [
          {
            name: 'Execute',
            arguments: { summary: 'Commit the fix', command: 'git commit -qam fix', riskLevelReason: 'Creates a local commit', riskLevel: 'medium' },
          },
        ],
      },
      { text: 'Committed.' },
    ]);
    cleanups.push(() => server.close());
    const repo = repoWith(`use: droid
base_url: ${server.url}
model: scripted-coder
api_key_env: TEAM_LLM_KEY
auto: low`);
    const before = repo.git('rev-parse', 'main');
    const run = await runLocal(repo.dir, baseEnv({ TEAM_LLM_KEY: TEAM_KEY }));
    expect(run.code).toBe(1);
    expect(run.result.conclusion).toBe('error');
    expect(run.result.message).toContain('droid stopped: the task needs more autonomy than engine.auto "low" allows');
    expect(run.result.message).toContain('raise engine.auto in .droid.yml (low → medium → high)');
    expectUntouched(repo, before);
  });
});
