import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestProfile } from '../src/config/types.js';
import { runProfiles } from '../src/profiles/run.js';
import type { ProfileResult } from '../src/profiles/types.js';
import { junitXml } from '../src/report/junit.js';
import { silentLogger } from '../src/util/log.js';

/**
 * .droid/junit.xml (what GitLab's merge request widget reads) from real ProfileResults: real node:test
 * runs with a failing test, a passing profile and a crashing one, parsed back with a real XML parser.
 */
let repo: string;
let results: ProfileResult[];

const profile = (p: Partial<TestProfile> & { name: string; command: string }): TestProfile => ({ path: '.', timeout_seconds: 60, env: {}, watch: [], ...p });

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'droid-junit-'));
  mkdirSync(join(repo, 'test'));
  writeFileSync(join(repo, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(repo, 'test/a.test.js'),
    `import { test } from 'node:test';
import assert from 'node:assert/strict';
test('adds <two> & "numbers"', () => { assert.equal(1 + 1, 3, 'sum is wrong \\u001b[31m]]> <b>'); });
test('passes one', () => {});
test('passes two', () => {});
`,
  );
  writeFileSync(join(repo, 'test/b.test.js'), `import { test } from 'node:test';\ntest('ok', () => {});\n`);
  results = await runProfiles(
    [
      profile({ name: 'unit', command: 'node --test test/a.test.js' }),
      profile({ name: 'other', command: 'node --test test/b.test.js' }),
      profile({ name: 'broken <tool>', command: 'no-such-tool-droid --run' }),
    ],
    { repoRoot: repo, env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' }, log: silentLogger },
  );
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

type Node = Record<string, unknown>;
const arr = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('JUnit report for the merge request widget', () => {
  it('is well-formed XML with one suite per profile, the failing test with file and line, and counts', () => {
    const xml = junitXml(results, { root: repo });
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as { testsuites: Node };
    const suites = arr(doc.testsuites['testsuite'] as Node[]);
    expect(suites.map((s) => s['name'])).toEqual(['unit', 'other', 'broken <tool>']);

    const unit = suites[0]!;
    expect(unit).toMatchObject({ tests: '3', failures: '1', errors: '0' });
    const [failing] = arr(unit['testcase'] as Node[]);
    expect(failing!['name']).toContain('adds <two> & "numbers"');
    expect(failing!['file']).toBe('test/a.test.js');
    expect(Number(failing!['line'])).toBe(3);
    const failure = failing!['failure'] as Node;
    expect(String(failure['message'])).toContain('sum is wrong');
    expect(String(failure['#text'])).toContain(']]> <b>');
    expect(xml).not.toContain('\u001b');

    expect(suites[1]).toMatchObject({ tests: '1', failures: '0', errors: '0' });
    expect(suites[1]!['testcase']).toBeUndefined();

    const broken = suites[2]!;
    expect(broken).toMatchObject({ errors: '1' });
    const crash = arr(broken['testcase'] as Node[])[0]!;
    expect(String((crash['error'] as Node)['message'])).toContain('no-such-tool-droid');

    expect(doc.testsuites).toMatchObject({ tests: '5', failures: '1', errors: '1' });
  });

  it('is a valid empty report when no test ran (a refused or planned run)', () => {
    const xml = junitXml([]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<testsuites name="droid" tests="0" failures="0" errors="0"');
  });
});
