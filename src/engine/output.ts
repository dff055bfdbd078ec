/** Turning an engine's raw output into the short texts users see (summary, error tail). */

import { stripAnsi } from '../util/text.js';

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
