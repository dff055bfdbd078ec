import type { SummaryKind } from '../types.js';
import type { FoundFailure, NamedFailure } from './sink.js';

/** Bytes (UTF-8) of the summary text at most. */
export const MAX_TEXT = 8192;

const bytes = (s: string): number => Buffer.byteLength(s);

export interface RenderInput {
  kind: SummaryKind;
  runner: string;
  passed: number;
  /** false when the runner does not print a count of passing tests (go test without -v, tsc, eslint) */
  passedKnown: boolean;
  failed: number;
  /** reason shown for infra errors */
  reason?: string | undefined;
  failures: FoundFailure[];
  /** failures beyond those kept in detail, by name */
  moreNames: NamedFailure[];
  /** failures known only by count */
  unnamed: number;
  keyLines: string[];
  lastLines: string[];
  notes: string[];
}

const times = (n: number | undefined): string => (n !== undefined && n > 1 ? ` ×${n}` : '');

function where(f: FoundFailure): string {
  if (!f.file || f.full_name.includes(`${f.file}:${f.line ?? ''}`)) return '';
  return f.line !== undefined ? ` (${f.file}:${f.line})` : ` (${f.file})`;
}

function header(input: RenderInput): string {
  const runner = input.runner === 'unknown' ? '' : ` [${input.runner}]`;
  switch (input.kind) {
    case 'all-pass':
      return `PASSED${runner}: ${input.passedKnown ? `${input.passed} passed, ` : ''}0 failed`;
    case 'test-failures':
      return `FAILED${runner}: ${input.failed} failed${input.passedKnown ? `, ${input.passed} passed` : ''}`;
    default:
      return `INFRA ERROR${runner}: ${input.reason ?? 'the command failed before any test result'}`;
  }
}

/**
 * The summary an agent reads: a header, each failure with location and key message while room
 * lasts, then the remaining failures by name, then evidence for infra errors. Never over MAX_TEXT.
 */
export function renderText(input: RenderInput): string {
  const out: string[] = [header(input), ...input.notes];
  let size = bytes(out.join('\n'));
  const room = (reserve: number): number => MAX_TEXT - reserve - size;
  // keep room to name every remaining failure (bounded by what fits) and the closing line
  const namesCost = (from: number): number => {
    let c = 0;
    for (let i = from; i < input.failures.length; i += 1) c += bytes(input.failures[i]?.full_name ?? '') + 16;
    for (const n of input.moreNames) c += bytes(n.name) + 10;
    return Math.min(c, 4096) + 200;
  };
  const push = (s: string): void => {
    out.push(s);
    size += bytes(s) + 1;
  };

  let detailed = 0;
  for (const [i, f] of input.failures.entries()) {
    const block = [`${i + 1}) ${f.full_name || f.name}${where(f)}${times(f.times)}`, ...(f.message ? f.message.split('\n').map((l) => `   ${l}`) : [])].join('\n');
    if (bytes(block) + 1 > room(namesCost(i + 1) + evidenceReserve(input))) break;
    push(block);
    detailed += 1;
  }
  const rest = [
    ...input.failures.slice(detailed).map((f, i) => ({ line: `${detailed + i + 1}) ${f.full_name || f.name}${where(f)}${times(f.times)}`, n: f.times ?? 1 })),
    ...input.moreNames.map((m) => ({ line: `- ${m.name}${times(m.times)}`, n: m.times })),
  ];
  let unnamed = input.unnamed;
  if (rest.length > 0) {
    push(detailed > 0 ? 'Also failed:' : 'Failed:');
    for (const [i, { line }] of rest.entries()) {
      if (bytes(line) + 1 > room(120 + evidenceReserve(input))) {
        unnamed += rest.slice(i).reduce((sum, r) => sum + r.n, 0);
        break;
      }
      push(line);
    }
  }
  if (unnamed > 0) push(`…and ${unnamed} more failure${unnamed === 1 ? '' : 's'} not named here (summary size limit).`);

  if (input.kind === 'infra-error' || (input.kind !== 'all-pass' && input.failures.length === 0)) {
    if (input.keyLines.length > 0) {
      push('Key lines:');
      for (const l of input.keyLines) if (bytes(l) + 3 < room(0)) push(`  ${l}`);
    }
    if (input.lastLines.length > 0) {
      push('Last lines of output:');
      for (const l of input.lastLines) if (bytes(l) + 3 < room(0)) push(`  ${l}`);
    }
  }
  return cutToBytes(out.join('\n'), MAX_TEXT);
}

/** The longest prefix of `text` within `max` UTF-8 bytes (never half a character), marked when cut. */
export function cutToBytes(text: string, max: number): string {
  if (bytes(text) <= max) return text;
  const cut = Buffer.from(text).subarray(0, max - 3).toString('utf8').replace(/\uFFFD$/, '');
  return `${cut}…`;
}

function evidenceReserve(input: RenderInput): number {
  return input.kind === 'infra-error' ? 1500 : 0;
}
