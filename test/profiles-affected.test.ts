import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { affectedProfiles, changedFilesSince, checkRevision } from '../src/profiles/affected.js';
import { DroidError } from '../src/util/errors.js';
import { cleanup, git, monorepo, profile } from './profiles-fixture.js';

const api = profile({ name: 'api', path: 'services/api', command: 'pytest', watch: ['libs/py/**'] });
const web = profile({ name: 'web', path: 'apps/web', command: 'npm test' });
const root = profile({ name: 'lint', path: '.', command: 'make lint' });
const docs = profile({ name: 'docs', path: 'docs', command: 'make docs', watch: ['./**/*.md', '.github/**'] });
const all = [api, web, root, docs];
const names = (files: string[]): string[] => affectedProfiles(all, files).map((p) => p.name);

describe('affected profile selection', () => {
  it('selects the profile whose path holds a changed file, plus the root profile', () => {
    expect(names(['services/api/app.py'])).toEqual(['api', 'lint']);
    expect(names(['apps/web/src/sum.js'])).toEqual(['web', 'lint']);
  });

  it('selects a profile through its watch globs', () => {
    expect(names(['libs/py/droidlib/text.py'])).toEqual(['api', 'lint']);
    expect(names(['README.md'])).toEqual(['lint', 'docs']);
    expect(names(['.github/workflows/ci.yml'])).toEqual(['lint', 'docs']);
  });

  it('does not take a sibling with a common prefix for the profile directory', () => {
    expect(names(['services/api-gateway/main.go'])).toEqual(['lint']);
    expect(names(['apps/webhooks/x.ts'])).toEqual(['lint']);
  });

  it('normalises separators and leading ./ and keeps config order', () => {
    expect(names(['.\\apps\\web\\src\\sum.js', './services/api/tests/test_app.py'])).toEqual(['api', 'web', 'lint']);
  });

  it('selects nothing when nothing changed', () => {
    expect(names([])).toEqual([]);
  });
});

describe('files changed since a revision', () => {
  let repo: string;
  beforeEach(() => {
    repo = monorepo();
  });
  afterEach(() => cleanup(repo));

  it('lists committed, staged, unstaged, untracked and deleted files, and skips ignored ones', async () => {
    git(repo, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(repo, 'libs/py/droidlib/text.py'), 'def shout(t):\n    return t.upper() + "!"\n');
    git(repo, 'commit', '-qam', 'louder');
    writeFileSync(join(repo, 'apps/web/src/sum.js'), 'export const sum = (a, b) => a + b;\n');
    git(repo, 'add', 'apps/web/src/sum.js');
    writeFileSync(join(repo, 'README.md'), 'changed\n');
    mkdirSync(join(repo, 'services/api/new'));
    writeFileSync(join(repo, 'services/api/new/file name.py'), '');
    writeFileSync(join(repo, '.gitignore'), 'build/\n');
    mkdirSync(join(repo, 'build'));
    writeFileSync(join(repo, 'build/out.txt'), '');
    rmSync(join(repo, 'services/api/app.py'));

    const changed = await changedFilesSince(repo, 'main');
    expect(changed).toEqual([
      '.gitignore',
      'README.md',
      'apps/web/src/sum.js',
      'libs/py/droidlib/text.py',
      'services/api/app.py',
      'services/api/new/file name.py',
    ]);
    expect(affectedProfiles([api, web, docs], changed).map((p) => p.name)).toEqual(['api', 'web', 'docs']);
  });

  it('compares with the merge base, so commits on the base branch do not count', async () => {
    git(repo, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(repo, 'apps/web/src/sum.js'), '// feature\n');
    git(repo, 'commit', '-qam', 'feature');
    git(repo, 'checkout', '-q', 'main');
    writeFileSync(join(repo, 'services/api/app.py'), '# main moved on\n');
    git(repo, 'commit', '-qam', 'main');
    git(repo, 'checkout', '-q', 'feature');
    expect(await changedFilesSince(repo, 'main')).toEqual(['apps/web/src/sum.js']);
  });

  it('rejects a revision that git would read as an option, and one that does not exist', async () => {
    await expect(changedFilesSince(repo, '--output=/tmp/x')).rejects.toThrow(/starts with "-"/);
    await expect(changedFilesSince(repo, 'no-such-branch')).rejects.toThrow(/is not a commit/);
    expect(() => checkRevision('main..HEAD')).toThrow(DroidError);
    expect(() => checkRevision('main feature')).toThrow(/whitespace/);
    expect(checkRevision('HEAD~1')).toBe('HEAD~1');
  });
});
