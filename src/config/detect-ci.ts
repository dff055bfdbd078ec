/**
 * What the repo's own CI runs, for `droid-ci init`: the `run:` lines of `.github/workflows/*.yml` and the
 * `script:` lines of `.gitlab-ci.yml` (with `before_script`, `extends`, `!reference` and YAML anchors), split
 * into single commands with the folder each runs in. commands.ts says which of them test or build.
 * Bounded: at most 50 workflow files of 1 MiB, 200 jobs, 400 lines a job; broken YAML is skipped, not fatal.
 */
import path from 'node:path';
import { parseDocument } from 'yaml';
import { listDir, readSmall } from './detect-files.js';
import { isRecord } from '../util/validate.js';

export interface CiCommand {
  /** repo-relative folder the command runs in ('.' for the root); undefined when CI computes it */
  dir: string | undefined;
  command: string;
}

export interface CiJob {
  /** e.g. `.github/workflows/ci.yml` */
  file: string;
  job: string;
  commands: CiCommand[];
}

const MAX_FILES = 50;
const MAX_JOBS = 200;
const MAX_LINES = 400;
const MAX_LINE = 2000;

export async function readCiJobs(root: string): Promise<CiJob[]> {
  const jobs: CiJob[] = [];
  const workflowDir = path.join(root, '.github', 'workflows');
  const files = (await listDir(workflowDir))
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => e.name)
    // the files that look like the test workflow first: their commands win over a release workflow's
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
    .slice(0, MAX_FILES);
  for (const name of files) {
    const parsed = parseYaml(await readSmall(path.join(workflowDir, name)));
    if (parsed !== undefined) jobs.push(...githubJobs(`.github/workflows/${name}`, parsed));
  }
  const gitlab = parseYaml(await readSmall(path.join(root, '.gitlab-ci.yml')));
  if (gitlab !== undefined) jobs.push(...gitlabJobs('.gitlab-ci.yml', gitlab));
  return jobs.slice(0, MAX_JOBS);
}

function rank(file: string): number {
  if (/test/i.test(file)) return 0;
  if (/^(ci|main|build|check|pr|pull)/i.test(file)) return 1;
  if (/release|publish|deploy|docs|pages|stale|label|codeql/i.test(file)) return 3;
  return 2;
}

function parseYaml(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    const doc = parseDocument(text, { merge: true, uniqueKeys: false, prettyErrors: false });
    if (doc.errors.length > 0) return undefined;
    return doc.toJS({ maxAliasCount: 200 }) as unknown;
  } catch {
    return undefined;
  }
}

// ---- GitHub Actions ----

function githubJobs(file: string, workflow: unknown): CiJob[] {
  if (!isRecord(workflow) || !isRecord(workflow['jobs'])) return [];
  const workflowDir = workingDirectory(workflow['defaults']);
  const result: CiJob[] = [];
  for (const [job, spec] of Object.entries(workflow['jobs'])) {
    if (!isRecord(spec) || !Array.isArray(spec['steps'])) continue;
    const jobDir = workingDirectory(spec['defaults']) ?? workflowDir;
    const commands: CiCommand[] = [];
    for (const step of spec['steps']) {
      if (!isRecord(step) || typeof step['run'] !== 'string') continue;
      // a step allowed to fail says nothing about what must pass
      if (step['continue-on-error'] === true) continue;
      const stepDir = typeof step['working-directory'] === 'string' ? step['working-directory'] : jobDir;
      commands.push(...splitScript(step['run'], baseDir(stepDir)));
      if (commands.length >= MAX_LINES) break;
    }
    result.push({ file, job, commands: commands.slice(0, MAX_LINES) });
  }
  return result;
}

function workingDirectory(defaults: unknown): string | undefined {
  if (!isRecord(defaults) || !isRecord(defaults['run'])) return undefined;
  const dir = defaults['run']['working-directory'];
  return typeof dir === 'string' ? dir : undefined;
}

// ---- GitLab CI ----

const GITLAB_KEYWORDS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'pages', 'spec']);

function gitlabJobs(file: string, config: unknown): CiJob[] {
  if (!isRecord(config)) return [];
  const defaults = isRecord(config['default']) ? config['default'] : {};
  const globalBefore = defaults['before_script'] ?? config['before_script'];
  const result: CiJob[] = [];
  for (const [job, spec] of Object.entries(config)) {
    if (job.startsWith('.') || GITLAB_KEYWORDS.has(job) || !isRecord(spec)) continue;
    const resolved = resolveExtends(config, job, 0, new Set());
    if (!isRecord(resolved) || resolved['script'] === undefined) continue;
    if (resolved['allow_failure'] === true) continue;
    const lines = [...scriptLines(config, resolved['before_script'] ?? globalBefore), ...scriptLines(config, resolved['script'])];
    // every script line of a job runs in one shell: a `cd` carries over to the next line
    result.push({ file, job, commands: splitScript(lines.slice(0, MAX_LINES).join('\n'), '.').slice(0, MAX_LINES) });
  }
  return result;
}

/** A job with its `extends` chain merged in (hashes deep-merged, arrays and scalars replaced, the job wins). */
function resolveExtends(config: Record<string, unknown>, name: string, depth: number, seen: Set<string>): unknown {
  const spec = config[name];
  if (!isRecord(spec) || depth > 10 || seen.has(name)) return spec;
  seen.add(name);
  const parents = typeof spec['extends'] === 'string' ? [spec['extends']] : Array.isArray(spec['extends']) ? spec['extends'].filter((p): p is string => typeof p === 'string') : [];
  let merged: Record<string, unknown> = {};
  for (const parent of parents) {
    const resolved = resolveExtends(config, parent, depth + 1, seen);
    if (isRecord(resolved)) merged = deepMerge(merged, resolved);
  }
  seen.delete(name);
  return deepMerge(merged, spec);
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isRecord(current) && isRecord(value) ? deepMerge(current, value) : value;
  }
  return out;
}

/** `script:` as lines: a string, a list of strings, nested lists, and `!reference [job, key]` (read as a pair). */
function scriptLines(config: Record<string, unknown>, value: unknown, depth = 0): string[] {
  if (depth > 5) return [];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  const lines: string[] = [];
  for (const item of value) {
    if (typeof item === 'string') lines.push(item);
    else if (Array.isArray(item)) {
      const [job, key] = item as unknown[];
      const isReference = item.length === 2 && typeof job === 'string' && typeof key === 'string' && isRecord(config[job]);
      if (isReference) {
        const target = resolveExtends(config, job, 0, new Set());
        if (isRecord(target)) lines.push(...scriptLines(config, target[key], depth + 1));
      } else lines.push(...scriptLines(config, item, depth + 1));
    }
    if (lines.length >= MAX_LINES) break;
  }
  return lines;
}

// ---- shell text -> commands ----

/** A CI folder (`./api`, `api/`) as a repo-relative one; undefined when it uses an expression or leaves the repo. */
export function baseDir(dir: string | undefined): string | undefined {
  if (dir === undefined || dir.trim() === '' || dir.trim() === '.') return '.';
  return relativeDir('.', dir.trim());
}

function relativeDir(from: string | undefined, to: string): string | undefined {
  if (from === undefined || /[$`{}*?~\\]/.test(to) || to.startsWith('/')) return undefined;
  const joined = path.posix.normalize(path.posix.join(from, to.replace(/^["']|["']$/g, '')));
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined.replace(/\/+$/, '') || '.';
}

/**
 * One shell script -> its simple commands with their folders: continuation lines joined, comments and blank
 * lines dropped, `a && b` and `a; b` split outside quotes, `cd dir` followed for the commands after it.
 */
export function splitScript(script: string, dir: string | undefined): CiCommand[] {
  const result: CiCommand[] = [];
  let current = dir;
  const lines = script.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.length > MAX_LINE) continue;
    for (const part of splitOutsideQuotes(line)) {
      const cd = /^(?:cd|pushd)\s+(\S+)$/.exec(part);
      if (cd) {
        current = relativeDir(current, cd[1]!);
        continue;
      }
      if (part === 'popd' || part === 'cd' || /^cd\s+(-|~)/.test(part)) {
        current = undefined;
        continue;
      }
      result.push({ dir: current, command: part.replace(/\s+/g, ' ') });
    }
  }
  return result;
}

/** Splits on `&&` and `;` outside quotes (a `#` comment ends the line); `a || b` stays one command. */
function splitOutsideQuotes(line: string): string[] {
  const parts: string[] = [];
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      parts.push(line.slice(start, i));
      start = line.length;
      break;
    } else if (c === ';' || (c === '&' && line[i + 1] === '&')) {
      parts.push(line.slice(start, i));
      if (c === '&') i++;
      start = i + 1;
    }
  }
  parts.push(line.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}
