import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarizeText } from '../src/profiles/summary/index.js';
import type { FailureSummary } from '../src/profiles/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'runners');

interface ExpectedFailure {
  name: string;
  full_name?: string;
  file?: string;
  line?: number;
  message_contains?: string[];
}

interface Meta {
  runner: string;
  case: string;
  exit_code: number;
  color: boolean;
  runner_detectable?: boolean;
  expected: {
    kind: FailureSummary['kind'];
    passed: number | null;
    failed: number | null;
    failures: ExpectedFailure[];
    message_contains?: string[];
  };
}

function fixtures(): { dir: string; name: string; meta: Meta; log: string }[] {
  const out = [];
  for (const dir of readdirSync(ROOT, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(join(ROOT, dir.name))) {
      if (!file.endsWith('.meta.json')) continue;
      const name = file.slice(0, -'.meta.json'.length);
      const meta = JSON.parse(readFileSync(join(ROOT, dir.name, file), 'utf8')) as Meta;
      out.push({ dir: dir.name, name, meta, log: readFileSync(join(ROOT, dir.name, `${name}.log`), 'utf8') });
    }
  }
  return out;
}

const ALL = fixtures();

describe('summaries of real runner output', () => {
  it('has fixtures for every runner the product promises', () => {
    const runners = new Set(ALL.map((f) => f.meta.runner));
    for (const r of ['vitest', 'jest', 'mocha', 'node-test', 'node-tap', 'ava', 'jasmine', 'uvu', 'bun', 'deno', 'pytest', 'go-test', 'cargo-test', 'tsc', 'eslint', 'biome', 'prettier', 'infra']) expect(runners).toContain(r);
  });

  for (const { dir, name, meta, log } of ALL) {
    it(`${dir}/${name}: ${meta.expected.kind}, counts, names, files and lines as the project holds them`, () => {
      const s = summarizeText(log, { exitCode: meta.exit_code });
      const e = meta.expected;
      expect(s.kind, s.text).toBe(e.kind);
      if (meta.runner !== 'infra' && meta.runner_detectable !== false) expect(s.runner).toBe(meta.runner);
      expect(s.failed).toBe(e.failed ?? 0);
      expect(s.passed).toBe(e.passed ?? 0);
      expect(s.failures).toHaveLength(e.failures.length);
      for (const want of e.failures) {
        const got = s.failures.find((f) => f.name === want.name && (!want.file || (f.file ?? '').endsWith(want.file)) && (want.line === undefined || f.line === want.line));
        expect(got, `${want.name} ${want.file}:${want.line} in ${JSON.stringify(s.failures, null, 1)}`).toBeDefined();
        if (!got) continue;
        if (want.full_name) expect(got.full_name).toBe(want.full_name);
        for (const bit of want.message_contains ?? []) expect(got.message).toContain(bit);
        expect(s.text).toContain(got.full_name);
      }
      for (const bit of e.message_contains ?? []) expect(s.text).toContain(bit);
      expect(Buffer.byteLength(s.text)).toBeLessThanOrEqual(8192);
      expect(s.text).not.toMatch(/\x1b/);
    });
  }

  for (const { dir, name, meta, log } of ALL.filter((f) => f.meta.color)) {
    const plainName = name.replace(/-color$/, '');
    const plain = ALL.find((f) => f.dir === dir && f.name === plainName);
    if (!plain) continue;
    it(`${dir}: colour on and off give the same summary`, () => {
      const a = summarizeText(log, { exitCode: meta.exit_code });
      const b = summarizeText(plain.log, { exitCode: plain.meta.exit_code });
      const shape = (s: FailureSummary) => ({
        kind: s.kind,
        runner: s.runner,
        failed: s.failed,
        passed: s.passed,
        failures: s.failures.map((f) => [f.name, f.full_name, f.file, f.line]).sort(),
      });
      expect(shape(a)).toEqual(shape(b));
      expect(log).toMatch(/\x1b\[/);
    });
  }

  for (const { dir, name, meta, log } of ALL.filter((f) => existsSync(join(ROOT, f.dir, `${f.name}.junit.xml`)))) {
    it(`${dir}/${name}: the JUnit report gives the same failures as the text`, () => {
      const xml = readFileSync(join(ROOT, dir, `${name}.junit.xml`), 'utf8');
      const j = summarizeText(log, { exitCode: meta.exit_code, junitXml: xml });
      expect(j.runner).toBe('junit');
      expect(j.kind).toBe(meta.expected.kind);
      expect(j.failed).toBe(meta.expected.failed);
      expect(j.passed).toBe(meta.expected.passed);
      for (const want of meta.expected.failures) {
        const got = j.failures.find((f) => f.full_name.includes(want.name));
        expect(got, `${want.name} in ${JSON.stringify(j.failures, null, 1)}`).toBeDefined();
        if (want.file) expect(got?.file ?? '').toMatch(new RegExp(`${want.file.replace(/[.]/g, '\\.')}$`));
        if (want.line !== undefined) expect(got?.line).toBe(want.line);
        for (const bit of want.message_contains ?? []) expect(got?.message).toContain(bit);
      }
    });
  }
});

describe('mocha specifics', () => {
  it("keeps a TAP point's message once: mocha's stack repeats it after the error's name", () => {
    const fx = ALL.find((f) => f.dir === 'mocha' && f.name === 'hooks-tap');
    const s = summarizeText(fx?.log ?? '', { exitCode: 5 });
    const adds = s.failures.find((f) => f.name === 'cart adds');
    expect(adds?.message.match(/Expected values to be strictly equal/g)).toHaveLength(1);
    for (const f of s.failures) expect(f.message, f.name).not.toMatch(/^\s*at /m);
  });

  it("keeps the differing lines of node:assert's `+ actual - expected` diff, not its context", () => {
    for (const name of ['hooks', 'hooks-tap']) {
      const fx = ALL.find((f) => f.dir === 'mocha' && f.name === name);
      const merges = summarizeText(fx?.log ?? '', { exitCode: 5 }).failures.find((f) => f.full_name === 'cart merges');
      expect(merges?.message, name).toMatch(/^\+ {5}2$/m);
      expect(merges?.message, name).toMatch(/^- {5}3$/m);
      expect(merges?.message, name).not.toContain('items: [');
    }
  });
});

describe('node --test specifics', () => {
  it('the dot reporter: a timeout is its message without quotes, and the test holding the subtest is not a failure of its own', () => {
    for (const name of ['fail-dot', 'fail-dot-node24']) {
      const fx = ALL.find((f) => f.dir === 'node-test' && f.name === name);
      const s = summarizeText(fx?.log ?? '', { exitCode: 1 });
      expect(s.failures.find((f) => f.name === 'waits for the bank')?.message, name).toBe('test timed out after 30ms');
      expect(s.failures.map((f) => f.name), name).not.toContain('checkout');
    }
  });
});

describe('a JUnit report printed on the log', () => {
  it('is read as the report (node --test --test-reporter=junit, bats --formatter junit), not left to the text readers', () => {
    for (const [dir, name] of [['node-test', 'fail-junit-stdout'], ['bats', 'hooks-junit']] as const) {
      const fx = ALL.find((f) => f.dir === dir && f.name === name);
      const s = summarizeText(fx?.log ?? '', { exitCode: 1 });
      expect(s.runner, name).toBe('junit');
      expect(s.kind, name).toBe('test-failures');
    }
  });

  it('after npm\'s script header too; a log where a runner spoke first is not one step\'s report', () => {
    const fx = ALL.find((f) => f.dir === 'node-test' && f.name === 'fail-junit-stdout');
    const headed = summarizeText(`\n> acme@1.0.0 test\n> node --test --test-reporter=junit\n\n${fx?.log ?? ''}`, { exitCode: 1 });
    expect(headed.runner).toBe('junit');
    const vitest = ALL.find((f) => f.dir === 'vitest' && f.name === 'fail');
    const mixed = summarizeText(`${vitest?.log ?? ''}\n${fx?.log ?? ''}`, { exitCode: 1 });
    expect(mixed.runner).toBe('vitest');
  });

  it('cut off (the run was killed mid-report) or malformed, it is left to the text readers without an error', () => {
    const log = ALL.find((f) => f.dir === 'node-test' && f.name === 'fail-junit-stdout')?.log ?? '';
    const cut = summarizeText(log.slice(0, Math.floor(log.length / 2)), { exitCode: 137 });
    expect(cut.runner).not.toBe('junit');
    const broken = summarizeText(log.replace('</testsuite>', '</testsuit>'), { exitCode: 1 });
    expect(broken.runner).not.toBe('junit');
  });
});

describe('TeamCity service messages', () => {
  it("are read for any runner's teamcity reporter, and inside PHPUnit --teamcity (whose totals are text)", () => {
    const mocha = summarizeText(ALL.find((f) => f.dir === 'mocha' && f.name === 'hooks-teamcity')?.log ?? '', { exitCode: 5 });
    expect(mocha.runner).toBe('teamcity');
    expect(mocha.failures.find((f) => f.name === 'adds')?.message).not.toMatch(/^\s*at /m);
    const php = readFileSync(join(ROOT, 'phpunit', 'fail-teamcity.log'), 'utf8');
    const s = summarizeText(php, { exitCode: 2 });
    expect(s.runner).toBe('phpunit');
    expect(s.failures.find((f) => f.name === 'testLines')?.message).toMatch(/^-b\\n$/m);
  });
});
