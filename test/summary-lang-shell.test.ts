import { describe, expect, it } from 'vitest';
import { fixture, fixtureTests, summarize } from './support/lang-fixtures.js';

describe('shellcheck summaries of real output (tty and gcc formats)', () => {
  fixtureTests(['shellcheck']);

  it('names every finding by its SC code at its line, whatever the severity', () => {
    const s = summarize(fixture('shellcheck', 'fail'));
    expect(s.failures.map((f) => `${f.name}@${f.line}`).sort()).toEqual(['SC2035@4', 'SC2045@4', 'SC2086@3', 'SC2154@7', 'SC2164@3']);
  });
});

describe('bats summaries of real output (TAP and pretty)', () => {
  fixtureTests(['bats']);

  it('places a failure at the line bats names and keeps the command that failed', () => {
    for (const name of ['fail', 'fail-tap', 'fail-pretty']) {
      const f = summarize(fixture('bats', name)).failures.find((x) => x.name === 'adds three prices');
      expect(f, name).toMatchObject({ file: 'test/total.bats', line: 10 });
      expect(f?.message, name).toContain('[ "$output" = "total: 6" ]');
    }
  });

  it("places a failing setup at its line (\"from function `setup'\"), and the pretty formatter's next file heading is no message line", () => {
    for (const name of ['hooks', 'hooks-pretty']) {
      const s = summarize(fixture('bats', name));
      expect(s.failures.find((x) => x.name === 'connects'), name).toMatchObject({ file: 'test/db.bats', line: 2 });
      const version = s.failures.find((x) => x.name === 'prints the version');
      expect(version?.message, name).toContain('[ "$(echo 1.2)" = "1.3" ]');
      expect(version?.message, name).not.toMatch(/^db\.bats$/m);
      expect(version?.message, name).not.toContain("' failed");
    }
  });

  it('does not count a skipped test as passed', () => {
    expect(summarize(fixture('bats', 'fail')).passed).toBe(1);
  });
});
