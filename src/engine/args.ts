/**
 * `engine_args` / `--engine-args`: one string from a workflow input or CI variable, split into argv the
 * way a shell splits words, so `--allowedTools "Bash(npm test)"` reaches the CLI as two arguments.
 * Quotes group (single: literal; double: `\"` and `\\` escaped), a backslash outside quotes escapes the
 * next character. Nothing is expanded: no variables, globs or command substitution, and no shell runs.
 */
import { DroidError } from '../util/errors.js';

export function splitEngineArgs(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else current += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) current += text[++i];
      else current += ch;
      continue;
    }
    if (/\s/.test(ch)) {
      if (inWord) args.push(current);
      current = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '\\' && i + 1 < text.length) current += text[++i];
    else current += ch;
  }
  if (quote) {
    throw new DroidError('usage', `engine_args has an unterminated ${quote === '"' ? 'double' : 'single'} quote: ${text}`, {
      hint: 'close the quote, e.g. --allowedTools "Bash(npm test)"',
    });
  }
  if (inWord) args.push(current);
  return args;
}
