import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { JunitReader, readJunit, readJunitFiles, summarizeText, type JunitResult } from '../src/profiles/summary/index.js';
import { junitFiles } from '../src/profiles/junit-files.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'runners');
const tmp = mkdtempSync(join(tmpdir(), 'droid-junit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const REPORTS = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(ROOT, d.name)).filter((f) => f.endsWith('.junit.xml')).map((f) => `${d.name}/${f}`));

const shape = (r: JunitResult) => ({ tests: r.tests, passed: r.passed, failed: r.failed, skipped: r.skipped, failures: r.sink.detailed });

describe('JUnit reports read as a stream', () => {
  it('has real reports to read', () => expect(REPORTS.length).toBeGreaterThanOrEqual(5));

  for (const report of REPORTS) {
    it(`${report}: read in 7-byte chunks gives what the whole file gives`, () => {
      const bytes = readFileSync(join(ROOT, report));
      const whole = readJunit(bytes.toString('utf8'));
      const reader = new JunitReader();
      for (let i = 0; i < bytes.length; i += 7) reader.write(bytes.subarray(i, i + 7));
      reader.next();
      expect(shape(reader.result)).toEqual(shape(whole));
      expect(whole.failed).toBeGreaterThan(0);
      for (const f of whole.sink.detailed) expect(f.message).not.toMatch(/&(?:#\d+|quot|amp|lt|gt|apos);/);
    });
  }

  it('decodes character references in pytest messages (`&#10;` is a newline)', () => {
    const r = readJunit(readFileSync(join(ROOT, 'pytest/fail.junit.xml'), 'utf8'));
    const trims = r.sink.detailed.find((f) => f.name === 'test_trims');
    expect(trims?.message).toContain('\n');
    expect(trims?.message).not.toContain('&#10;');
  });

  it("keeps vitest's error class, which its report puts in `type`, in front of the message", () => {
    const r = readJunit(readFileSync(join(ROOT, 'vitest/fail.junit.xml'), 'utf8'));
    const f = r.sink.detailed.find((x) => x.name === 'parses config');
    expect(f?.full_name).toBe('test/math.test.js > math > parses config');
    expect(f?.message).toMatch(/^Error: config file missing/);
  });

  it('reads testcases that sit straight under <testsuites> and undoes a second layer of escaping', () => {
    const xml = `<?xml version="1.0"?>\n<testsuites>\n<testcase name="top &amp;quot;level&amp;quot;" classname="test" file="test/top.test.js" line="3"><failure message="expected &amp;quot;a&amp;quot;">boom</failure></testcase>\n<testcase name="passes"/>\n</testsuites>`;
    const r = readJunit(xml);
    expect(r).toMatchObject({ tests: 2, passed: 1, failed: 1 });
    expect(r.sink.detailed[0]).toMatchObject({ name: 'top "level"', file: 'test/top.test.js', line: 3, message: 'expected "a"' });
  });

  it('says which line is broken in a report that is not well-formed, and falls back to the text', () => {
    expect(() => readJunit('<testsuites>\n<testsuite name="a">\n<testcase name="x">\n</testsuite>\n</testsuites>')).toThrow(/line 4: <\/testsuite> closes <testcase>/);
    expect(() => readJunit('<testsuites><testcase name="x"/>')).toThrow(/not closed/);
    expect(() => readJunit('just text')).toThrow(/outside the root/);
    const s = summarizeText(readFileSync(join(ROOT, 'vitest/fail.log'), 'utf8'), { exitCode: 1, junitXml: '<testsuites><testcase' });
    expect(s.runner).toBe('vitest');
    expect(s.text).toMatch(/JUnit report unreadable: .*line 1/);
  });

  it('never expands entities a DTD defines (no entity bombs)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><testsuites><testcase name="&lol2;"><failure message="&lol2;"/></testcase></testsuites>`;
    const r = readJunit(bomb);
    expect(r.sink.detailed[0]?.name).toBe('&lol2;');
  });

  it('reads a Surefire folder, a folder glob and a recursive Gradle glob, in name order', async () => {
    const surefire = join(tmp, 'repo', 'target', 'surefire-reports');
    const gradle = join(tmp, 'repo', 'build', 'test-results', 'test', 'nested');
    mkdirSync(surefire, { recursive: true });
    mkdirSync(gradle, { recursive: true });
    copyFileSync(join(ROOT, 'vitest/fail.junit.xml'), join(surefire, 'TEST-a.xml'));
    copyFileSync(join(ROOT, 'jest/fail.junit.xml'), join(surefire, 'TEST-b.xml'));
    writeFileSync(join(surefire, 'notes.txt'), 'not a report');
    copyFileSync(join(ROOT, 'pytest/fail.junit.xml'), join(gradle, 'TEST-c.xml'));
    const repo = join(tmp, 'repo');
    expect((await junitFiles(repo, 'target/surefire-reports')).files.map((f) => f.slice(repo.length + 1))).toEqual(['target/surefire-reports/TEST-a.xml', 'target/surefire-reports/TEST-b.xml']);
    expect((await junitFiles(repo, 'target/surefire-reports/*.xml')).files).toHaveLength(2);
    expect((await junitFiles(repo, 'build/test-results/**/*.xml')).files.map((f) => f.slice(repo.length + 1))).toEqual(['build/test-results/test/nested/TEST-c.xml']);
    expect((await junitFiles(repo, 'nothing/*.xml')).files).toEqual([]);
    const both = await readJunitFiles((await junitFiles(repo, '**/TEST-*.xml')).files);
    const one = (p: string) => readJunit(readFileSync(join(ROOT, p), 'utf8'));
    expect(both.failed).toBe(one('vitest/fail.junit.xml').failed + one('jest/fail.junit.xml').failed + one('pytest/fail.junit.xml').failed);
  });

  it('names the file that is broken when several are read', async () => {
    const dir = join(tmp, 'broken');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(ROOT, 'vitest/fail.junit.xml'), join(dir, 'a.xml'));
    writeFileSync(join(dir, 'b.xml'), '<testsuites><testsuite>');
    await expect(readJunitFiles((await junitFiles(dir, '.')).files)).rejects.toThrow(/b\.xml is not valid XML/);
  });
});

describe('JUnit failures past the bounded lists', () => {
  const testcase = (name: string, message: string): string =>
    `<testcase classname="suite" name="${name}"><failure message="${message}">Error: ${message}\n    at Object.&lt;anonymous&gt; (/builds/acme/test/a.test.js:${name.length}:5)</failure></testcase>`;
  const report = (cases: string[]): string => `<?xml version="1.0"?><testsuites><testsuite name="suite" file="test/a.test.js">${cases.join('')}</testsuite></testsuites>`;

  it('still adds repeats to the failures they repeat, and only counts new names, whose bodies are not read', () => {
    const r = readJunit(
      report([
        testcase('a', 'one'),
        testcase('bb', 'two'),
        testcase('ccc', 'three'),
        testcase('dddd', 'four'),
        testcase('eeeee', 'five'),
        testcase('a', 'one'),
        testcase('ccc', 'three again'),
        testcase('a', 'one, but said otherwise'),
        testcase('ffffff', 'six'),
      ]),
      { detailed: 2, named: 2 },
    );
    expect(r.failed).toBe(9);
    expect(r.sink.count).toBe(9);
    expect(r.sink.detailed.map((f) => [f.name, f.line, f.message, f.times])).toEqual([
      ['a', 1, 'one', 2],
      ['bb', 2, 'two', undefined],
    ]);
    expect(r.sink.extraNames).toEqual([
      { name: 'suite > ccc', times: 2 },
      { name: 'suite > dddd', times: 1 },
    ]);
    // a, twice, and ccc and dddd, three times: the rest is counted
    expect(r.sink.represented).toBe(6);
  });
});
