/**
 * `pr.branch` and `pr.title` templates (PRODUCT.md §2): `{ticket}` `{slug}` `{summary}` `{command}` `{number}`.
 * Rendering never reaches a shell; branch names are additionally made into valid git ref names.
 */
import { DroidError } from '../util/errors.js';
import { isValidBranchName } from '../util/validate.js';

export const TEMPLATE_FIELDS = ['ticket', 'slug', 'summary', 'command', 'number'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];
export type TemplateFields = Record<TemplateField, string | number>;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Longest branch name we produce (forges accept ~255 bytes; long names are unreadable anyway). */
export const MAX_BRANCH_LENGTH = 120;
/** GitHub rejects PR titles over 256 characters. */
export const MAX_TITLE_LENGTH = 256;
const MAX_SLUG_LENGTH = 48;

/** The `{name}` placeholders of a template that are not template fields, in order of appearance. */
export function unknownTemplateFields(template: string): string[] {
  const unknown: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!(TEMPLATE_FIELDS as readonly string[]).includes(name) && !unknown.includes(name)) unknown.push(name);
  }
  return unknown;
}

/** Substitutes the fields; a placeholder that is not a template field is a config error. */
export function renderTemplate(template: string, fields: TemplateFields): string {
  const unknown = unknownTemplateFields(template);
  if (unknown.length > 0) {
    throw new DroidError('config', `unknown template field ${unknown.map((n) => `{${n}}`).join(', ')} in "${template}"`, {
      hint: `allowed fields: ${TEMPLATE_FIELDS.map((n) => `{${n}}`).join(' ')}`,
    });
  }
  return template.replace(PLACEHOLDER, (_all, name: TemplateField) => String(fields[name]));
}

/** Lower-case ASCII words joined by `-`, at most 48 characters, cut at a word boundary; '' when nothing is left. */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) {
      if (!slug) slug = word.slice(0, MAX_SLUG_LENGTH);
      break;
    }
    slug = next;
  }
  return slug;
}

/** Turns any text into something safe inside one path component of a ref: no spaces, no `~^:?*[\`, no `..`. */
function refComponentText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._\-/]+/g, '-')
    .replace(/\/+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-');
}

/**
 * Renders the branch template and returns a valid git ref name (checked with the rules of
 * `git check-ref-format --branch`), at most MAX_BRANCH_LENGTH characters. Values are sanitised
 * (`{slug}` and `{summary}` slugified, others stripped of characters git refuses); `/` only comes from the template.
 */
export function renderBranchName(template: string, fields: TemplateFields): string {
  const safe: TemplateFields = {
    ticket: refComponentText(String(fields.ticket)),
    slug: slugify(String(fields.slug)),
    summary: slugify(String(fields.summary)),
    command: slugify(String(fields.command)),
    number: refComponentText(String(fields.number)),
  };
  const raw = renderTemplate(template, safe);
  const name = sanitizeRefName(raw);
  if (!isValidBranchName(name)) {
    throw new DroidError('config', `pr.branch "${template}" does not give a valid branch name (got "${raw}")`, {
      hint: 'use letters, digits, "-", "_", "." and "/" around the fields, e.g. "droid/{ticket}-{slug}"',
    });
  }
  return name;
}

/** Best-effort repair of a rendered name; components are trimmed of `.`/`-` and `.lock`, length bounded. */
function sanitizeRefName(raw: string): string {
  const cleaned = raw
    .replace(/[\s~^:?*[\\\x00-\x1f\x7f]+/g, '-')
    .replace(/@\{/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-');
  const fix = (components: string[]): string[] =>
    components
      .map((c) => c.replace(/^[.-]+/, '').replace(/(\.lock)+$/i, '').replace(/[.-]+$/, ''))
      .filter((c) => c.length > 0);
  let components = fix(cleaned.split('/'));
  let name = components.join('/');
  if (name.length > MAX_BRANCH_LENGTH) {
    name = name.slice(0, MAX_BRANCH_LENGTH);
    const cut = Math.max(name.lastIndexOf('-'), name.lastIndexOf('/'));
    if (cut > MAX_BRANCH_LENGTH / 2) name = name.slice(0, cut);
    components = fix(name.split('/'));
    name = components.join('/');
  }
  return name;
}

/** Renders the PR/MR title: one line, control characters removed, at most MAX_TITLE_LENGTH characters. */
export function renderTitle(template: string, fields: TemplateFields): string {
  const title = renderTemplate(template, fields)
    .replace(/[\x00-\x1f\x7f\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH - 1)}…` : title;
}
