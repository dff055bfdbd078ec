/**
 * CODEOWNERS, GitHub syntax: `pattern owner…` per line, `#` comments, the LAST matching line wins,
 * owners `@user` and `@org/team` (e-mail owners are kept apart: they cannot be requested as reviewers).
 * Patterns follow gitignore rules with GitHub's exceptions: no `!` negation and no `[ ]` ranges (such
 * lines are reported and skipped, as GitHub does), `\#` escapes a leading `#`, and `dir/*` does not
 * reach into nested folders. Pure: the caller reads the file (from the base branch, PRODUCT.md §8).
 */
import picomatch from 'picomatch';

/** Where GitHub looks, in order; GitLab uses the same three places. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

export interface CodeownersRule {
  line: number;
  pattern: string;
  users: string[];
  /** "org/team" */
  teams: string[];
  emails: string[];
  matches(path: string): boolean;
}

export interface Codeowners {
  rules: CodeownersRule[];
  errors: { line: number; message: string }[];
}

export interface Owners {
  users: string[];
  teams: string[];
}

/** gitignore-style pattern -> matcher for a repo-relative file path. */
function compile(pattern: string): (path: string) => boolean {
  const dirOnly = pattern.endsWith('/');
  const trimmed = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
  const anchored = pattern.startsWith('/') || trimmed.includes('/');
  const base = anchored ? trimmed : `**/${trimmed}`;
  const globs = dirOnly ? [`${base}/**`] : trimmed.endsWith('/*') || trimmed.endsWith('**') ? [base] : [base, `${base}/**`];
  const matcher = picomatch(globs, { dot: true });
  return (path) => matcher(path.replace(/^\/+/, ''));
}

/** Splits on unescaped whitespace; a `#` after whitespace starts a comment. */
function tokens(line: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i] ?? '';
    if (ch === '\\' && i + 1 < line.length) {
      current += line[i + 1];
      i += 1;
    } else if (/\s/.test(ch)) {
      if (current) out.push(current);
      current = '';
    } else if (ch === '#' && current === '') {
      break;
    } else {
      current += ch;
    }
  }
  if (current) out.push(current);
  return out;
}

export function parseCodeowners(text: string): Codeowners {
  const rules: CodeownersRule[] = [];
  const errors: Codeowners['errors'] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    // GitLab section headers ("[Section]", "^[Optional]") carry no pattern
    if (/^\^?\[[^\]]+\](\[\d+\])?(\s|$)/.test(trimmed)) return;
    const [pattern = '', ...owners] = tokens(trimmed);
    if (pattern.startsWith('!') || /[[\]]/.test(pattern)) {
      errors.push({ line, message: `pattern "${pattern}" uses syntax CODEOWNERS does not support (! or [ ])` });
      return;
    }
    const rule: CodeownersRule = { line, pattern, users: [], teams: [], emails: [], matches: compile(pattern) };
    for (const owner of owners) {
      if (/^@[\w.-]+\/[\w.-]+$/.test(owner)) rule.teams.push(owner.slice(1));
      else if (/^@[\w.-]+$/.test(owner)) rule.users.push(owner.slice(1));
      else if (/^[^@\s]+@[^@\s]+$/.test(owner)) rule.emails.push(owner);
      else errors.push({ line, message: `owner "${owner}" is not @user, @org/team or an e-mail` });
    }
    rules.push(rule);
  });
  return { rules, errors };
}

/** Owners of one file: the last matching rule's (possibly none). */
export function ownersOf(codeowners: Codeowners, path: string): Owners {
  for (let i = codeowners.rules.length - 1; i >= 0; i -= 1) {
    const rule = codeowners.rules[i];
    if (rule?.matches(path)) return { users: [...rule.users], teams: [...rule.teams] };
  }
  return { users: [], teams: [] };
}
