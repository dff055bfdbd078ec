/**
 * A review answered by a real agent CLI: Codex from node_modules, its model replaced by the scripted
 * Responses server. The review round is read-only (a patch the model tries is rejected by the sandbox,
 * the file stays as it was) and Codex is given the findings JSON Schema (`--output-schema`), which it
 * forwards to the model as the response format; the final message is validated like any answer.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/schema.js';
import type { DroidConfig } from '../src/config/types.js';
import { codexEngine } from '../src/engine/codex.js';
import type { EngineInput } from '../src/engine/types.js';
import { parseReviewAnswer, REVIEW_JSON_SCHEMA } from '../src/review/findings.js';
import { buildReviewPrompt } from '../src/review/prompt.js';
import type { Request } from '../src/trigger/request.js';
import { silentLogger } from '../src/util/log.js';
import { startResponsesServer, type ScriptedServer } from './support/model-server/responses.js';

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' });

let tmp: string;
let repo: string;
let server: ScriptedServer | undefined;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'review-codex-'));
  repo = path.join(tmp, 'repo');
  mkdirSync(repo);
  writeFileSync(path.join(repo, 'add.js'), 'export function add(a, b) {\n  return a - b;\n}\n');
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(tmp, { recursive: true, force: true });
});

const request: Request = {
  command: 'review',
  ticket: { key: '#7', title: 'Add add()', body: 'Adds numbers.' },
  instructions: 'arithmetic',
  actor: 'alice',
  actorIsBot: false,
  target: { kind: 'change', number: 7, headBranch: 'feature', headSha: 'a'.repeat(40), baseBranch: 'main', fromFork: false },
  source: { event: 'test' },
};

const ANSWER = {
  summary: 'add() subtracts.',
  findings: [{ path: 'add.js', line: 2, end_line: null, severity: 'high', title: 'add subtracts', body: 'Use +.', suggestion: '  return a + b;' }],
};

const PATCH = ['*** Begin Patch', '*** Update File: add.js', '@@', ' export function add(a, b) {', '-  return a - b;', '+  return a + b;', ' }', '*** End Patch', ''].join('\n');

function config(url: string): DroidConfig {
  const c = defaultConfig();
  return { ...c, engine: { ...c.engine, use: 'codex', base_url: `${url}/v1`, model: 'gpt-5.5', timeout_minutes: 2 } };
}

function input(cfg: DroidConfig): EngineInput {
  const prompt = buildReviewPrompt({ request, config: cfg, pass: 'review', agentsMd: undefined, diff: '@@ -0,0 +1,3 @@\n+export function add(a, b) {\n+  return a - b;\n+}', diffTruncated: false, workTree: 'head' });
  return {
    workdir: repo,
    request,
    config: cfg,
    iteration: 1,
    lastResults: [],
    prompt,
    scratchDir: path.join(tmp, 'scratch'),
    env: { PATH: process.env.PATH, OPENAI_API_KEY: 'sk-test-1' },
    extraArgs: [],
    reviewSchema: REVIEW_JSON_SCHEMA as unknown as Record<string, unknown>,
    log: silentLogger,
  };
}

describe('a review by the real Codex CLI', () => {
  it('answers with findings that validate, read-only (a tried edit is rejected) and with the schema as the response format', async () => {
    server = await startResponsesServer({ steps: [{ calls: [{ kind: 'custom', name: 'apply_patch', input: PATCH }] }, { text: JSON.stringify(ANSWER) }] });
    const cfg = config(server.url);
    const result = await codexEngine().run(input(cfg));
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    const answer = parseReviewAnswer(result.review ?? '', 'codex');
    expect(answer.findings).toEqual([{ path: 'add.js', line: 2, endLine: 2, severity: 'high', title: 'add subtracts', body: 'Use +.', suggestion: '  return a + b;', pass: 'review' }]);
    // read-only: the model's patch did not land
    expect(readFileSync(path.join(repo, 'add.js'), 'utf8')).toContain('return a - b;');
    expect(git(repo, 'status', '--porcelain')).toBe('');
    // the schema reached the model as the structured-output format, and the prompt asked for the JSON
    const first = server.agentRequests()[0]!.body as { text?: { format?: { type?: string; schema?: unknown } } };
    expect(first.text?.format?.type).toBe('json_schema');
    expect(JSON.stringify(first.text?.format?.schema)).toContain('"end_line"');
    expect(JSON.stringify(first)).toContain('READ-ONLY');
  });

  it('a prose answer is an error with the reason, not an empty review', async () => {
    server = await startResponsesServer({ steps: [{ text: 'The change looks good to me.' }] });
    const result = await codexEngine().run(input(config(server.url)));
    expect(result.ok).toBe(true);
    expect(() => parseReviewAnswer(result.review ?? '', 'the codex engine')).toThrow(/the codex engine's review is not JSON: "The change looks good/);
  });
});
