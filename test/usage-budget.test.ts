/**
 * Budgets and usage totals over a whole run (`droid-ci run --platform local`, real git, a command
 * engine that reports its usage through `$DROID_USAGE_FILE`): engine.max_cost_usd and
 * engine.max_turns stop the loop after the round that spends them, the work so far is committed and
 * the outcome says why (Claude Code also gets the turns left as --max-turns, through the scripted
 * Anthropic server); the totals reach `--json`, the audit log and the OpenTelemetry spans.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../src/entry/cli.js';
import { startAnthropicServer } from './support/model-server/anthropic.js';
import { captureIo, makeRepo } from './support/repo.js';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** Each round costs $0.60, 1,000 tokens in, 100 out, 2 turns; the test passes only after round 3. */
const ENGINE = `printf '{"input_tokens": 1000, "output_tokens": 100, "cost_usd": 0.6, "turns": 2}' > "$DROID_USAGE_FILE"
echo "round $DROID_ITERATION" >> progress.txt
if [ "$DROID_ITERATION" -ge 3 ]; then printf 'fixed\\n' > status.txt; fi
echo "worked on round $DROID_ITERATION"
`;

function repoWith(engineExtra: string) {
  const repo = makeRepo({
    'status.txt': 'broken\n',
    'test.sh': 'grep -q fixed status.txt\n',
    '.engine.sh': ENGINE,
    '.droid.yml': `version: 1
tests:
  - name: unit
    command: sh test.sh
    timeout_seconds: 60
engine:
  use: command
  command: sh .engine.sh
  max_iterations: 5
${engineExtra.replace(/^/gm, '  ')}
`,
  });
  cleanups.push(repo.cleanup);
  return repo;
}

interface JsonOutcome {
  conclusion: string;
  message: string;
  iterations: number;
  branch: string;
  commit: string | null;
  usage: Record<string, number | null> | null;
  budget_reached: string | null;
}

async function runLocal(dir: string, env: Record<string, string> = {}) {
  const { io, out, err } = captureIo();
  const runEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DROID_ACTOR: 'alice', ...env };
  const code = await cli(['run', '--platform', 'local', '--repo', dir, '--ticket', 'BUD-1', '--prompt', 'fix status', '--json'], io, runEnv);
  return { code, result: JSON.parse(out()) as JsonOutcome, err: err() };
}

function auditLines(dir: string): { action: string; outcome: string; detail?: Record<string, unknown> }[] {
  return readFileSync(join(dir, '.droid', 'audit.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { action: string; outcome: string; detail?: Record<string, unknown> });
}

describe('engine budgets', () => {
  it('without a budget the loop runs until the tests pass: three rounds, $1.80 (the control)', async () => {
    const repo = repoWith('');
    const { result } = await runLocal(repo.dir);
    expect(result.conclusion).toBe('pr-opened');
    expect(result.iterations).toBe(3);
    expect(result.budget_reached).toBeNull();
    expect(result.usage).toEqual({ input_tokens: 3000, output_tokens: 300, cache_read_tokens: 0, cache_write_tokens: 0, cost_usd: 1.8, turns: 6, duration_ms: expect.any(Number), rounds: 3 });
  });

  it('engine.max_cost_usd: no new round once $1 is spent; the two rounds of work are committed and the outcome says so', async () => {
    const repo = repoWith('max_cost_usd: 1');
    const { code, result } = await runLocal(repo.dir);
    expect(code).not.toBe(0); // tests still fail: the honest exit code
    expect(result.conclusion).toBe('tests-failing');
    expect(result.iterations).toBe(2);
    expect(result.budget_reached).toBe('the cost budget was reached: $1.2000 spent of engine.max_cost_usd $1');
    expect(result.message).toContain('No further round: the cost budget was reached');
    expect(result.message).toContain('the work so far is kept');
    expect(result.usage).toMatchObject({ cost_usd: 1.2, input_tokens: 2000, output_tokens: 200, turns: 4, rounds: 2 });
    // the work is kept: committed on the droid branch like after a last round
    expect(result.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(repo.git('show', `${result.branch}:progress.txt`)).toBe('round 1\nround 2');

    const audit = auditLines(repo.dir);
    const rounds = audit.filter((l) => l.action === 'engine.run');
    expect(rounds.map((l) => l.detail?.cost_usd)).toEqual([0.6, 0.6]);
    expect(rounds.map((l) => l.detail?.input_tokens)).toEqual([1000, 1000]);
    expect(audit.find((l) => l.action === 'budget.reached')).toMatchObject({ outcome: 'skip', detail: { iteration: 3 } });
    expect(audit.find((l) => l.action === 'run.end')?.detail).toMatchObject({ input_tokens: 2000, output_tokens: 200, cost_usd: 1.2, turns: 4 });
  });

  it('engine.max_turns: stops after the round that reaches the turn budget', async () => {
    const repo = repoWith('max_turns: 3');
    const { result } = await runLocal(repo.dir);
    expect(result.iterations).toBe(2);
    expect(result.budget_reached).toBe('the turn budget was reached: 4 turn(s) of engine.max_turns 3');
    expect(repo.git('show', `${result.branch}:progress.txt`)).toBe('round 1\nround 2');
  });

  it('rejects a budget that is not a positive amount, naming the key', async () => {
    const repo = repoWith('max_cost_usd: -2');
    const { code, result } = await runLocal(repo.dir);
    expect(code).not.toBe(0);
    expect(result.conclusion).toBe('error');
    expect(result.message).toMatch(/max_cost_usd/);
  });
});

describe('usage in OpenTelemetry', () => {
  it('puts gen_ai.usage.input_tokens/output_tokens on each engine.run span and the totals on droid.run', async () => {
    const bodies: string[] = [];
    const server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        bodies.push(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const repo = repoWith('');
    const { result } = await runLocal(repo.dir, { OTEL_EXPORTER_OTLP_ENDPOINT: url });
    expect(result.iterations).toBe(3);
    type Span = { name: string; parentSpanId?: string; attributes?: { key: string; value: { intValue?: number | string; doubleValue?: number } }[] };
    const spans = bodies.flatMap((b) => (JSON.parse(b) as { resourceSpans: { scopeSpans: { spans: Span[] }[] }[] }).resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)));
    const attr = (s: Span | undefined, key: string): number | undefined => {
      const v = s?.attributes?.find((a) => a.key === key)?.value;
      return v?.intValue !== undefined ? Number(v.intValue) : v?.doubleValue;
    };
    const engineRuns = spans.filter((s) => s.name === 'engine.run');
    expect(engineRuns.map((s) => attr(s, 'gen_ai.usage.input_tokens'))).toEqual([1000, 1000, 1000]);
    expect(engineRuns.map((s) => attr(s, 'gen_ai.usage.output_tokens'))).toEqual([100, 100, 100]);
    expect(attr(engineRuns[0], 'droid.cost_usd')).toBe(0.6);
    const root = spans.find((s) => s.name === 'droid.run');
    expect(attr(root, 'gen_ai.usage.input_tokens')).toBe(3000);
    expect(attr(root, 'gen_ai.usage.output_tokens')).toBe(300);
  });
});

describe('engine.max_turns with Claude Code', () => {
  it('passes the turn budget as --max-turns; when Claude Code stops there, its edit is tested and kept and no new round starts', async () => {
    const repo = makeRepo({
      'add.js': 'exports.add = (a, b) => a - b;\n',
      'test.sh': "node -e \"process.exit(require('./add.js').add(2, 3) === 5 ? 0 : 1)\"\n",
      '.droid.yml': 'version: 1\ntests:\n  - name: unit\n    command: sh test.sh\n    timeout_seconds: 60\nengine:\n  use: claude\n  base_url: BASE\n  max_iterations: 3\n  max_turns: 2\n  timeout_minutes: 2\n',
    });
    cleanups.push(repo.cleanup);
    const file = join(repo.dir, 'add.js');
    const server = await startAnthropicServer({
      steps: [
        { text: 'Reading.', toolUses: [{ name: 'Read', input: { file_path: file } }], usage: { input_tokens: 800, output_tokens: 30 } },
        { toolUses: [{ name: 'Edit', input: { file_path: file, old_string: 'a - b', new_string: 'a * b' } }], usage: { input_tokens: 900, output_tokens: 40 } },
        { text: 'Changed the operator.', usage: { input_tokens: 1000, output_tokens: 10 } },
      ],
    });
    cleanups.push(() => server.close());
    const yml = readFileSync(join(repo.dir, '.droid.yml'), 'utf8').replace('BASE', server.url);
    writeFileSync(join(repo.dir, '.droid.yml'), yml);
    repo.git('commit', '-qam', 'point the engine at the model server');

    const { result } = await runLocal(repo.dir, { ANTHROPIC_API_KEY: 'sk-ant-test', CLAUDE_CODE_MAX_RETRIES: '0' });
    expect(result.conclusion).toBe('tests-failing');
    expect(result.iterations).toBe(1);
    expect(result.budget_reached).toMatch(/Claude Code stopped at the turn budget \(engine\.max_turns: 2/);
    // the model was asked twice (read, edit) and never for the final answer or a second round
    expect(server.agentRequests().map((r) => r.step)).toEqual([0, 1]);
    expect(repo.git('show', `${result.branch}:add.js`)).toBe('exports.add = (a, b) => a * b;');
    expect(result.usage).toMatchObject({ input_tokens: 1700, output_tokens: 70, rounds: 1 });
  });
});
