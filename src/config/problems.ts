/**
 * Turns zod issues into problems a user can act on: where (file:line:column), what is wrong, what to write instead.
 */
import type * as z from 'zod';
import type { Document, LineCounter } from 'yaml';
import { DroidError } from '../util/errors.js';
import { locate, position, type Segment } from './locate.js';
import { closest, keysAt, levelsWithKey } from './suggest.js';

export interface ConfigProblem {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  /** the whole sentence, location included, e.g. "unknown key `timout_seconds` at .droid.yml:7:5, did you mean `timeout_seconds`?" */
  message: string;
}

/** A config that cannot be used; `problems` lists every problem found, in file order. */
export class ConfigError extends DroidError {
  readonly problems: ConfigProblem[];

  constructor(file: string, problems: ConfigProblem[]) {
    const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    super('config', `${file} is not valid (${count}):\n${sorted.map((p) => `  ${p.message}`).join('\n')}`, {
      hint: `fix ${file} and check it with \`droid-ci validate\`; the JSON Schema (schema/droid.schema.json) gives completion in editors`,
    });
    this.name = 'ConfigError';
    this.problems = sorted;
  }
}

export interface SourceContext {
  file: string;
  text: string;
  doc: Document;
  lineCounter: LineCounter;
  schema: z.ZodType;
  data: unknown;
}

const MAX_SHOWN_VALUE = 40;

/** `tests[0].timeout_seconds` */
export function dotted(path: readonly Segment[]): string {
  return path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const seg of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[seg];
  }
  return current;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value;
    return `string ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value)',
  record: 'a mapping (key: value)',
};

function location(ctx: SourceContext, offset: number): { file: string; line: number; column: number; at: string } {
  const { line, column } = position(ctx.lineCounter, offset);
  return { file: ctx.file, line, column, at: `${ctx.file}:${line}:${column}` };
}

/** One problem per issue (an unrecognized_keys issue gives one per key). */
export function problemsFromIssues(ctx: SourceContext, issues: readonly z.core.$ZodIssue[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  // a misspelt key (`comand`) is one mistake: its did-you-mean replaces the "missing `command`" problem
  const suggested = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path.filter((s): s is Segment => typeof s === 'string' || typeof s === 'number');
    for (const key of issue.keys) {
      const suggestion = closest(key, keysAt(ctx.schema, path));
      if (suggestion !== undefined) suggested.add(dotted([...path, suggestion]));
    }
  }
  for (const issue of issues) {
    const path = issue.path.filter((s): s is Segment => typeof s === 'string' || typeof s === 'number');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push(unknownKey(ctx, path, key));
      continue;
    }
    if (suggested.has(dotted(path)) && valueAt(ctx.data, issue.path) === undefined) continue;
    const found = locate(ctx.doc, path);
    const subject = dotted(path) || 'the top level';
    const value = valueAt(ctx.data, issue.path);
    if (found.depth < path.length || value === undefined) {
      const loc = location(ctx, found.offset);
      const key = path[path.length - 1];
      const parent = dotted(path.slice(0, -1)) || 'the top level';
      const detail = issue.code === 'custom' ? `: ${issue.message}` : requiredHint(path);
      problems.push({ ...strip(loc), message: `missing required key \`${String(key)}\` in ${parent} at ${loc.at}${detail}` });
      continue;
    }
    const loc = location(ctx, offsetForIssue(ctx, issue, found.offset, found.keyOffset));
    problems.push({ ...strip(loc), message: `\`${subject}\` at ${loc.at}: ${detailFor(issue, value)}` });
  }
  return problems;
}

function strip(loc: { file: string; line: number; column: number }): { file: string; line: number; column: number } {
  return { file: loc.file, line: loc.line, column: loc.column };
}

function requiredHint(path: readonly Segment[]): string {
  const key = path[path.length - 1];
  if (key === 'version') return ': add `version: 1` as the first line';
  if (key === 'command') return ': add the test command, e.g. `command: npm test`';
  if (key === 'name') return ': add a unique name, e.g. `name: unit`';
  return '';
}

/** For a template field, point at the `{field}` itself when the scalar is on one line. */
function offsetForIssue(ctx: SourceContext, issue: z.core.$ZodIssue, offset: number, keyOffset: number | undefined): number {
  if (issue.code === 'invalid_key') return keyOffset ?? offset;
  const field = issue.code === 'custom' ? (issue.params as { templateField?: string } | undefined)?.templateField : undefined;
  if (field !== undefined) {
    const lineEnd = ctx.text.indexOf('\n', offset);
    const at = ctx.text.slice(offset, lineEnd === -1 ? undefined : lineEnd).indexOf(`{${field}}`);
    if (at >= 0) return offset + at;
  }
  return offset;
}

function detailFor(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(value)}`;
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v));
      const suggestion = typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
      const tail = suggestion !== undefined ? `; did you mean \`${suggestion}\`?` : '';
      if (allowed.length === 1) return `must be ${allowed[0]}, got ${describeValue(value)}${tail}`;
      return `must be one of ${allowed.join(', ')}, got ${describeValue(value)}${tail}`;
    }
    case 'invalid_key':
      return issue.issues[0]?.message ?? 'invalid key';
    case 'too_small':
    case 'too_big':
      return issue.message.startsWith('Too ') ? sizeMessage(issue) : issue.message;
    case 'invalid_union':
      return `${issue.message}, got ${describeValue(value)}`;
    default:
      return issue.message;
  }
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const bound = Number(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
  if (issue.origin === 'string') return small && bound <= 1 ? 'must not be empty' : `must be ${small ? 'at least' : 'at most'} ${bound} characters`;
  if (issue.origin === 'array') return `needs ${small ? 'at least' : 'at most'} ${bound} entr${bound === 1 ? 'y' : 'ies'}`;
  return `must be ${small ? 'at least' : 'at most'} ${bound}`;
}

function unknownKey(ctx: SourceContext, path: readonly Segment[], key: string): ConfigProblem {
  const found = locate(ctx.doc, [...path, key]);
  const loc = location(ctx, found.keyOffset ?? found.offset);
  const allowed = keysAt(ctx.schema, path);
  const where = path.length ? ` in ${dotted(path)}` : '';
  const head = `unknown key \`${key}\`${where} at ${loc.at}`;
  const suggestion = closest(key, allowed);
  if (suggestion !== undefined) return { ...strip(loc), message: `${head}, did you mean \`${suggestion}\`?` };
  const elsewhere = levelsWithKey(ctx.schema, key).map((level) => (level === '' ? 'at the top level' : `under \`${level}\``));
  if (elsewhere.length > 0) return { ...strip(loc), message: `${head}: \`${key}\` belongs ${elsewhere.join(' or ')}` };
  return { ...strip(loc), message: `${head}; allowed keys here: ${allowed.join(', ')}` };
}
