/**
 * Command text -> command + instructions (PRODUCT.md §2): the one parser for GitHub comments and issue
 * bodies, GitLab notes and the relay. The text must START with the trigger phrase (case-insensitive),
 * followed by whitespace or nothing; the first word may name a command, else the command is `fix`.
 */
import type { DroidCommand } from './request.js';

export const COMMANDS: readonly DroidCommand[] = ['fix', 'plan', 'approve', 'ci-fix', 'test', 'review'];

export function isDroidCommand(word: string): word is DroidCommand {
  return (COMMANDS as readonly string[]).includes(word);
}

/** `/droid plan split the parser` -> plan + "split the parser"; `/droid` alone -> fix. Undefined when not triggered. */
export function parseCommandText(text: string, trigger: string): { command: DroidCommand; instructions: string } | undefined {
  if (!trigger || !text.toLowerCase().startsWith(trigger.toLowerCase())) return undefined;
  const rest = text.slice(trigger.length);
  if (rest !== '' && !/^\s/.test(rest)) return undefined; // "/droidx" is not the trigger
  const words = rest.trim();
  const first = words.split(/\s+/, 1)[0]?.toLowerCase() ?? '';
  if (isDroidCommand(first)) return { command: first, instructions: words.slice(first.length).trim() };
  return { command: 'fix', instructions: words };
}

/** A GitLab note (pipeline variable or relay): leading whitespace before the trigger phrase is ignored. */
export function parseNote(body: string, trigger: string): { command: DroidCommand; instructions: string } | undefined {
  return parseCommandText(body.replace(/^\s+/, ''), trigger);
}
