/** CODEOWNERS (GitHub's documented examples) and the reviewer computation built on it. */
import { describe, expect, it } from 'vitest';
import { ownersOf, parseCodeowners } from '../src/publish/codeowners.js';
import { computeReviewers } from '../src/publish/reviewers.js';

// adapted from GitHub's "Example of a CODEOWNERS file"
const GITHUB_EXAMPLE = `
# These owners will be the default owners for everything in
# the repo. Unless a later match takes precedence,
# @global-owner1 and @global-owner2 will be requested for
# review when someone opens a pull request.
*       @global-owner1 @global-owner2

# Order is important; the last matching pattern takes the most precedence.
*.js    @js-owner #This is an inline comment.

# You can also use email addresses if you prefer.
*.go docs@example.com

# Teams can be specified as code owners as well.
*.txt @octo-org/octocats

# In this example, @doctocat owns any files in the build/logs
# directory at the root of the repository and any of its subdirectories.
/build/logs/ @doctocat

# The \`docs/*\` pattern will match files like
# \`docs/getting-started.md\` but not further nested files like
# \`docs/build-app/troubleshooting.md\`.
docs/*  docs@example.com

# In this example, @octocat owns any file in an apps directory
# anywhere in your repository.
apps/ @octocat

# In this example, @doctocat owns any file in the \`/docs\`
# directory in the root of your repository and any of its subdirectories.
/docs/ @doctocat

# In this example, any change inside the \`/scripts\` directory
# will require approval from @doctocat or @octocat.
/scripts/ @doctocat @octocat

# In this example, @octocat owns any file in a \`/logs\` directory such as
# \`/build/logs\`, \`/scripts/logs\`, and \`/deeply/nested/logs\`.
**/logs @octocat

# In this example, @octocat owns any file in the \`/apps\`
# directory in the root of your repository except for the \`/apps/github\`
# subdirectory, as its owners are left empty.
/apps/ @octocat
/apps/github

# In this example, @octocat owns any file in the \`/apps\`
# directory in the root of your repository except for the \`/apps/github\`
# subdirectory, as this subdirectory has its own owner @doctocat
/apps/ @octocat
/apps/github @doctocat
`;

describe('CODEOWNERS', () => {
  const owners = parseCodeowners(GITHUB_EXAMPLE);
  const of = (path: string) => ownersOf(owners, path);

  it('parses every line of GitHub’s example without errors', () => {
    expect(owners.errors).toEqual([]);
    expect(owners.rules[1]).toMatchObject({ pattern: '*.js', users: ['js-owner'] });
    expect(owners.rules[2]).toMatchObject({ pattern: '*.go', users: [], emails: ['docs@example.com'] });
  });

  it('lets the last matching line win', () => {
    expect(of('README.md')).toEqual({ users: ['global-owner1', 'global-owner2'], teams: [] });
    expect(of('src/deep/index.js')).toEqual({ users: ['js-owner'], teams: [] });
    expect(of('notes.txt')).toEqual({ users: [], teams: ['octo-org/octocats'] });
    expect(of('main.go')).toEqual({ users: [], teams: [] });
  });

  it('follows the directory rules: anchored, anywhere, and dir/* not nested', () => {
    expect(of('build/logs/x/y.log')).toEqual({ users: ['octocat'], teams: [] });
    expect(of('svc/apps/readme.md').users).toEqual(['octocat']);
    expect(of('docs/getting-started.md').users).toEqual(['doctocat']);
    expect(of('scripts/deploy.sh').users).toEqual(['doctocat', 'octocat']);
    expect(of('deeply/nested/logs/a.txt').users).toEqual(['octocat']);
    expect(of('apps/github/x.rb').users).toEqual(['doctocat']);
    expect(of('apps/other/x.rb').users).toEqual(['octocat']);
  });

  it('does not reach into nested folders with dir/*', () => {
    const docs = parseCodeowners('* @all\nguides/* @writer\n');
    expect(ownersOf(docs, 'guides/intro.md').users).toEqual(['writer']);
    expect(ownersOf(docs, 'guides/build/trouble.md').users).toEqual(['all']);
  });

  it('reports and skips lines GitHub would reject, and keeps escaped #', () => {
    const parsed = parseCodeowners('!secret.txt @a\n[ab].md @b\n\\#notes @c\nlib/ @not an owner\n[Section]\n');
    expect(parsed.errors.map((e) => e.line)).toEqual([1, 2, 4, 4]);
    expect(ownersOf(parsed, '#notes').users).toEqual(['c']);
  });
});

describe('reviewers for a change', () => {
  const rules = [
    { paths: ['services/api/**'], users: ['alice', '@carol'], teams: ['backend'] },
    { paths: ['apps/web/**'], users: ['dave'], teams: [] },
  ];

  it('joins matching rules and code owners, deduplicated, without the actor or the PR author', () => {
    const reviewers = computeReviewers({
      changedFiles: ['services/api/app.py', './lib/util.js', 'README.md'],
      rules,
      codeowners: '* @Alice @erin\n*.js @acme/js-team @bob\n',
      exclude: ['carol', 'Bob'],
    });
    expect(reviewers).toEqual({ users: ['alice', 'erin'], teams: ['backend', 'acme/js-team'] });
  });

  it('requests nobody when nothing matches, and ignores CODEOWNERS when not given', () => {
    expect(computeReviewers({ changedFiles: ['docs/x.md'], rules, exclude: [] })).toEqual({ users: [], teams: [] });
    expect(computeReviewers({ changedFiles: ['apps/web/a.ts'], rules, codeowners: undefined, exclude: ['dave'] })).toEqual({ users: [], teams: [] });
  });

  it('matches dotfiles too', () => {
    expect(computeReviewers({ changedFiles: ['services/api/.env.example'], rules, exclude: [] }).users).toEqual(['alice', 'carol']);
  });
});
