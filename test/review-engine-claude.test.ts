/**
 * A review answered by the real Claude Code CLI, its model replaced by the scripted Anthropic server:
 * plan mode with the edit tools and Bash taken away, so a tried edit never lands; the final text is the
 * findings JSON, validated like any answer.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/schema.js';
import type { DroidConfig } from '../src/config/types.js';
import { claudeEngine } from '../src/engine/claude.js';
import type { EngineInput } from '../src/engine/types.js';
import { parseReviewAnswer, REVIEW_JSON_SCHEMA } from '../src/review/findings.js';
import { buildReviewPrompt } from '../src/review/prompt.js';
import type { Request } from '../src/trigger/request.js';
import { silentLogger } from '../src/util/log.js';
import { startAnthropicServer, type ScriptedServer } from './support/model-server/anthropic.js';

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' });

let tmp: string;
let repo: string;
let server: ScriptedServer | undefined;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'review-claude-'));
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
  instructions: '',
  actor: 'alice',
  actorIsBot: false,
  target: { kind: 'change', number: 7, headBranch: 'feature', headSha: 'a'.repeat(40), baseBranch: 'main', fromFork: false },
  source: { event: 'test' },
};

const ANSWER = { summary: 'add() subtracts.', findings: [{ path: 'add.js', line: 2, end_line: 2, severity: 'high', title: 'add subtracts', body: 'Use +.', suggestion: '  return a + b;' }] };

function config(url: string): DroidConfig {
  const c = defaultConfig();
  return { ...c, engine: { ...c.engine, use: 'claude', base_url: url, timeout_minutes: 2 } };
}

describe('a review by the real Claude Code CLI', () => {
  it('reads, cannot edit, and answers with findings that validate', async () => {
    const file = path.join(repo, 'add.js');
    server = await startAnthropicServer({
      steps: [
        { toolUses: [{ name: 'Read', input: { file_path: file } }] },
        { toolUses: [{ name: 'Edit', input: { file_path: file, old_string: 'return a - b;', new_string: 'return a + b;' } }] },
        { text: `Here is the review:\n\`\`\`json\n${JSON.stringify(ANSWER)}\n\`\`\`` },
      ],
    });
    const cfg = config(server.url);
    const input: EngineInput = {
      workdir: repo,
      request,
      config: cfg,
      iteration: 1,
      lastResults: [],
      prompt: buildReviewPrompt({ request, config: cfg, pass: 'review', agentsMd: undefined, diff: '@@ -0,0 +1,3 @@\n+export function add(a, b) {\n+  return a - b;\n+}', diffTruncated: false, workTree: 'head' }),
      scratchDir: path.join(tmp, 'scratch'),
      env: { PATH: process.env.PATH, ANTHROPIC_API_KEY: 'sk-ant-test-1', CLAUDE_CODE_MAX_RETRIES: '0' },
      extraArgs: [],
      reviewSchema: REVIEW_JSON_SCHEMA as unknown as Record<string, unknown>,
      log: silentLogger,
    };
    const result = await claudeEngine().run(input);
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    const answer = parseReviewAnswer(result.review ?? '', 'claude');
    expect(answer.findings.map((f) => [f.path, f.line, f.severity, f.suggestion])).toEqual([['add.js', 2, 'high', '  return a + b;']]);
    expect(readFileSync(file, 'utf8')).toContain('return a - b;');
    expect(git(repo, 'status', '--porcelain')).toBe('');
    // the model was not even offered the edit tools
    const tools = ((server.agentRequests()[0]?.body as { tools?: { name: string }[] }).tools ?? []).map((t) => t.name);
    expect(tools).toContain('Read');
    expect(tools).not.toContain('Edit');
    expect(tools).not.toContain('Bash');
  });
});
