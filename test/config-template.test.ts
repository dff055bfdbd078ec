import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isValidBranchName } from '../src/util/validate.js';
import { renderBranchName, renderTemplate, renderTitle, slugify } from '../src/config/template.js';
import { DroidError } from '../src/util/errors.js';

const fields = { ticket: 'PROJ-123', slug: 'fix-date-parser', summary: 'Make the date parser accept ISO weeks', command: 'fix', number: 42 };

/** git's own verdict on a branch name */
function gitAccepts(name: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', '--branch', name], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe('branch and title templates', () => {
  it('renders every template field', () => {
    expect(renderTemplate('{command} {ticket} #{number}: {summary} ({slug})', fields)).toBe(
      'fix PROJ-123 #42: Make the date parser accept ISO weeks (fix-date-parser)',
    );
  });

  it('an unknown template field is a config error naming the allowed fields', () => {
    let caught: unknown;
    try {
      renderTemplate('droid/{tiket}', fields);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DroidError);
    expect((caught as DroidError).kind).toBe('config');
    expect((caught as DroidError).message).toBe('unknown template field {tiket} in "droid/{tiket}"');
    expect((caught as DroidError).hint).toBe('allowed fields: {ticket} {slug} {summary} {command} {number}');
  });

  it('slugify gives lower-case ASCII words, bounded, cut at a word boundary', () => {
    expect(slugify('Make the date parser accept ISO weeks!')).toBe('make-the-date-parser-accept-iso-weeks');
    expect(slugify('Crème brûlée: ça marche?')).toBe('creme-brulee-ca-marche');
    expect(slugify('  ../../etc/passwd  ')).toBe('etc-passwd');
    expect(slugify('一二三')).toBe('');
    const long = slugify('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(48);
    expect(long.endsWith('-')).toBe(false);
  });

  it('the default branch template gives a branch git accepts', () => {
    const name = renderBranchName('droid/{ticket}-{slug}', fields);
    expect(name).toBe('droid/PROJ-123-fix-date-parser');
    expect(gitAccepts(name)).toBe(true);
  });

  it('hostile ticket and summary text still gives a valid, bounded branch name', () => {
    const hostile = {
      ticket: '../x~y^z:w?*[a\\b @{c} .lock',
      slug: 'Refs/heads/main..; rm -rf / `id` $(id)',
      summary: 'x'.repeat(500),
      command: 'fix',
      number: '7',
    };
    for (const template of ['droid/{ticket}-{slug}', '{ticket}/{summary}', 'droid/{number}/{command}-{slug}.lock', '-{ticket}']) {
      const name = renderBranchName(template, hostile);
      expect(gitAccepts(name), `${template} -> ${name}`).toBe(true);
      expect(isValidBranchName(name)).toBe(true);
      expect(name.length).toBeLessThanOrEqual(120);
      expect(name).not.toMatch(/[\s~^:?*[\\]|\.\.|@\{/);
    }
  });

  it('a template that cannot give a branch name is refused', () => {
    expect(() => renderBranchName('{slug}', { ...fields, slug: '!!!' })).toThrow('pr.branch "{slug}" does not give a valid branch name');
  });

  it('isValidBranchName agrees with git check-ref-format', () => {
    for (const name of ['main', 'droid/a-b', 'a..b', 'a b', 'a/.b', 'a.lock', 'a/', '/a', 'a//b', 'a@{b', 'a:b', 'a~1', 'release/1.2', 'x.']) {
      expect(isValidBranchName(name), name).toBe(gitAccepts(name));
    }
  });

  it('refuses names git would read as something else', () => {
    for (const name of ['@', 'HEAD', '-b']) expect(isValidBranchName(name), name).toBe(false);
  });

  it('the title is one line, bounded', () => {
    expect(renderTitle('[Droid] {ticket}: {summary}', { ...fields, summary: 'line one\nline two\r\n' })).toBe('[Droid] PROJ-123: line one line two');
    expect(renderTitle('{summary}', { ...fields, summary: 'y'.repeat(400) })).toHaveLength(256);
  });
});
