/** Turning an engine's raw output into the short texts users see (summary, error tail). */

import type { Logger } from '../util/log.js';
import { stripAnsi } from '../util/text.js';
import type { EngineResult } from './types.js';

/** The last `maxLines` non-empty lines, at most `maxChars` characters (cut at the front). */
export function lastLines(text: string, maxLines = 20, maxChars = 4000): string {
  const lines = stripAnsi(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let out = lines.slice(-maxLines).join('\n').trim();
  if (out.length > maxChars) out = `…${out.slice(out.length - maxChars + 1)}`;
  return out;
}

/**
 * How every agent CLI's round ends when it ran to completion: refused edits are reported alongside
 * the edits that went through (the tests judge the result), or, when nothing was edited, they are the
 * round's error with the hint that lifts them.
 */
export function withRefusals(
  cli: { tag: string; name: string; log: Logger },
  done: EngineResult & { ok: true },
  refused: string[],
  edited: boolean,
  hint: string,
): EngineResult {
  if (refused.length === 0) return done;
  cli.log.warn(`${cli.tag}: ${cli.name} was refused ${refused.length} edit(s); ${hint}`);
  if (edited) return { ...done, refusedEdits: refused };
  return { ...done, ok: false, refusedEdits: refused, error: `${cli.name} was not allowed to edit files: ${refused.join('; ')}. Hint: ${hint}.` };
}
