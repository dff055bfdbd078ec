/**
 * A review answered by the real droid CLI (BYOK, the scripted chat-completions server): `droid exec`
 * without `--auto` is read-only, so a tried edit is refused; the final text is the findings JSON.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/schema.js';
import type { DroidConfig } from '../src/config/types.js';
import { tryLocateCli } from '../src/engine/cli-path.js';
import { droidCli, droidEngine } from '../src/engine/droid.js';
import { parseReviewAnswer } from '../src/review/findings.js';
import { buildReviewPrompt } from '../src/review/prompt.js';
import type { Request } from '../src/trigger/request.js';
import { silentLogger } from '../src/util/log.js';
import { startChatServer, type ChatServer } from './support/model-server/chat.js';

const droidBin = tryLocateCli(droidCli(), { PATH: '' })?.path;
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' });

const request: Request = {
  command: 'review',
  ticket: { key: '#7', title: 'Add add()', body: 'Adds numbers.' },
  instructions: '',
  actor: 'alice',
  actorIsBot: false,
  target: { kind: 'change', number: 7, headBranch: 'feature', headSha: 'a'.repeat(40), baseBranch: 'main', fromFork: false },
  source: { event: 'test' },
};

const ANSWER = { summary: 'add() subtracts.', findings: [{ path: 'add.js', line: 1, end_line: null, severity: 'high', title: 'add subtracts', body: 'Use +.', suggestion: 'exports.add = (a, b) => a + b;' }] };

describe.skipIf(droidBin === undefined)('a review by the real droid CLI', () => {
  let repo: string;
  let scratch: string;
  let server: ChatServer | undefined;

  beforeEach(() => {
    repo = mkdtempSync(path.join(os.tmpdir(), 'review-droid-repo-'));
    scratch = mkdtempSync(path.join(os.tmpdir(), 'review-droid-scratch-'));
    writeFileSync(path.join(repo, 'add.js'), 'exports.add = (a, b) => a - b;\n');
    git(repo, 'init', '-q');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'start');
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    rmSync(repo, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  it('cannot edit, and answers with findings that validate', async () => {
    const file = path.join(repo, 'add.js');
    server = await startChatServer([
      { toolCalls: [{ name: 'Edit', arguments: { file_path: file, old_str: 'a - b', new_str: 'a + b' } }] },
      { text: JSON.stringify(ANSWER) },
    ]);
    const c = defaultConfig();
    const cfg: DroidConfig = { ...c, engine: { ...c.engine, use: 'droid', timeout_minutes: 2, base_url: server.url, model: 'scripted-coder', api_key_env: 'TEAM_LLM_KEY' } };
    const result = await droidEngine().run({
      workdir: repo,
      request,
      config: cfg,
      iteration: 1,
      lastResults: [],
      prompt: buildReviewPrompt({ request, config: cfg, pass: 'review', agentsMd: undefined, diff: '@@ -0,0 +1 @@\n+exports.add = (a, b) => a - b;', diffTruncated: false, workTree: 'head' }),
      scratchDir: scratch,
      env: { PATH: process.env.PATH, TEAM_LLM_KEY: 'team-key-1' },
      extraArgs: [],
      log: silentLogger,
    });
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    const answer = parseReviewAnswer(result.review ?? '', 'droid');
    expect(answer.findings.map((f) => [f.path, f.line, f.severity])).toEqual([['add.js', 1, 'high']]);
    expect(readFileSync(file, 'utf8')).toBe('exports.add = (a, b) => a - b;\n');
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });
});
