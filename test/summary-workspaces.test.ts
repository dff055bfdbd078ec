import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSummarizer, summarizeText } from '../src/profiles/summary/index.js';
import { Workspaces } from '../src/profiles/summary/workspaces.js';
import type { FailureSummary } from '../src/profiles/types.js';
import { fixture, fixtureTests, RUNNERS } from './support/lang-fixtures.js';

const CASES = ['npm-ws', 'npm-ws-run', 'nx-run-many', 'nx-stream', 'nx-affected'];

describe('monorepo output without line prefixes, split per workspace (generate-workspaces.sh)', () => {
  fixtureTests(['workspaces'], (fx) => CASES.includes(fx.name));

  for (const name of CASES) {
    it(`${name}: each workspace is parsed by its own runner (node --test for @acme/api, pytest for @acme/web)`, () => {
      const s = summarize(name);
      expect(s.runner).toMatch(/^workspaces \(/);
      expect(s.runner).toContain('node-test');
      expect(s.runner).toContain('pytest');
      expect(s.failures.map((f) => f.full_name.split(': ')[0]).sort()).toEqual(['@acme/api', '@acme/web']);
      expect(s.text).toContain('── @acme/api (node-test)');
      expect(s.text).toContain('── @acme/web (pytest)');
    });
  }

  it('a plain `npm test` of one package (one header) is that package, not a workspace run', () => {
    const log = readFileSync(`${RUNNERS}/workspaces/npm-ws.log`, 'utf8');
    const first = log.slice(0, log.indexOf('\n> @acme/web@'));
    const s = summarizeText(first, { exitCode: 1 });
    expect(s.runner).toBe('node-test');
    expect(s.failures.map((f) => f.name)).toEqual(['adds tax']);
  });

  it("npm: the first workspace is not called broken because the whole run's exit code is 1", () => {
    // @acme/api passes, @acme/web fails: the command exits 1
    const log = readFileSync(`${RUNNERS}/workspaces/npm-ws.log`, 'utf8').replace(/^✖ adds tax.*$/m, '✔ adds tax (1ms)');
    const api = log.slice(0, log.indexOf('\n> @acme/web@'));
    const passing = api.replace(/ℹ pass 1\nℹ fail 1/, 'ℹ pass 2\nℹ fail 0').replace(/\n✖ failing tests:[\s\S]*$/, '\n');
    expect(passing).toContain('ℹ fail 0');
    expect(passing).not.toContain('✖');
    const s = summarizeText(passing + log.slice(log.indexOf('\n> @acme/web@')), { exitCode: 1 });
    expect(s.kind).toBe('test-failures');
    expect(s.text).not.toContain('── @acme/api');
    expect(s.text).toContain('── @acme/web (pytest)');
  });

  it('nx: the prefix of a project nx did not announce is not taken for a workspace', () => {
    const s = summarizeText(`${fixture('workspaces', 'nx-stream').log}\nError: something: else\n`, { exitCode: 1 });
    expect(s.failures.map((f) => f.full_name.split(': ')[0]).sort()).toEqual(['@acme/api', '@acme/web']);
  });

  it('npm and nx headers after another runner has spoken do not split a CI log that runs several steps', () => {
    const vitest = readFileSync(`${RUNNERS}/vitest/fail.log`, 'utf8');
    for (const name of ['npm-ws', 'nx-run-many']) {
      const s = summarizeText(`${vitest}\n${fixture('workspaces', name).log}`, { exitCode: 1 });
      expect(s.runner, name).toBe('vitest');
    }
  });

  it('gives every failing workspace a share of the text, however long one of them is', () => {
    // the merge itself, fed by two workspaces' summaries: @acme/web's text alone would fill the room
    const texts: Record<string, string> = {
      '@acme/api': 'FAILED [node-test]: 1 failed, 1 passed\n1) adds tax (test/total.test.js:7)\n   3 !== 4',
      '@acme/web': `FAILED [pytest]: 400 failed, 0 passed\n${Array.from({ length: 400 }, (_, i) => `${i + 1}) test_case_${i} (tests/test_many.py:${i + 1})`).join('\n')}`,
    };
    let next = 0;
    const names = Object.keys(texts);
    const ws = new Workspaces(() => {
      const name = names[next++] ?? '';
      return { line: () => undefined, end: (): FailureSummary => ({ kind: 'test-failures', runner: name === '@acme/api' ? 'node-test' : 'pytest', failed: 1, passed: 0, failures: [], text: texts[name] ?? '' }) };
    });
    for (const name of names) ws.route(`${name}:test: x`, true);
    const s = ws.merge({ kind: 'all-pass', runner: 'unknown', failed: 0, passed: 0, failures: [], text: '' }, 1);
    expect(s.text.length).toBeLessThanOrEqual(8192);
    expect(s.text).toContain('1) adds tax (test/total.test.js:7)');
    expect(s.text).toContain('3 !== 4');
    expect(s.text).toContain('test_case_0');
    expect(s.text).toMatch(/…$/);
  });

  it('gives the same summary from bytes in small chunks, in a reused buffer, as from the whole text', () => {
    for (const name of CASES) {
      const bytes = readFileSync(`${RUNNERS}/workspaces/${name}.log`);
      const whole = summarizeText(bytes.toString('utf8'), { exitCode: 1 });
      const s = createSummarizer({ exitCode: 1 });
      const reused = Buffer.alloc(13);
      for (let i = 0; i < bytes.length; i += 13) {
        const n = bytes.copy(reused, 0, i, i + 13);
        s.write(reused.subarray(0, n));
        reused.fill(0x41); // the summariser must not keep the chunk
      }
      expect(s.end(), name).toEqual(whole);
    }
  });
});

function summarize(name: string) {
  const fx = fixture('workspaces', name);
  return summarizeText(fx.log, { exitCode: fx.meta.exit_code });
}
