import type { Conclusion, RunContext, RunOutcome } from '../run/types.js';
import { DroidError, describeError } from '../util/errors.js';
import { profilePassed, type ProfileResult } from '../profiles/types.js';
import { usageLine } from '../engine/usage.js';

/** The words of a run's outcome: one-line messages, the progress comment's last line, test lines. */
export function testsLine(results: ProfileResult[]): string {
  if (results.length === 0) return 'no profile affected';
  const failing = results.filter((r) => !profilePassed(r));
  return failing.length === 0 ? `${results.length} profile(s) pass` : `failing: ${failing.map((r) => r.name).join(', ')}`;
}

export function failingNames(results: ProfileResult[]): string {
  return results.filter((r) => !profilePassed(r)).map((r) => r.name).join(', ');
}

export function conclusionMessage(conclusion: Conclusion, results: ProfileResult[], where: string): string {
  switch (conclusion) {
    case 'pr-opened':
      return `Opened ${where}.`;
    case 'pr-updated':
      return `Updated ${where}.`;
    case 'tests-failing':
      return `Tests still failing after the last round (${failingNames(results)}); the work is on ${where}.`;
    default:
      return where;
  }
}

export function emptyOutcome(conclusion: Conclusion, message: string): RunOutcome {
  return { conclusion, message, iterations: 0, tests: [], heldBack: [], warnings: [] };
}

export function errorOutcome(error: unknown, deps: Pick<RunContext, 'redactor' | 'log'>): RunOutcome {
  const message = deps.redactor.redact(describeError(error));
  deps.log.debug(`run stopped: ${message}`); // the surface (CLI output, the step's error) prints it once
  return { ...emptyOutcome('error', message), errorKind: error instanceof DroidError ? error.kind : 'internal' };
}

export function outcomeText(outcome: RunOutcome): string {
  const icon: Record<Conclusion, string> = {
    'pr-opened': '✅',
    'pr-updated': '✅',
    'no-changes': 'ℹ️',
    'tests-failing': '❌',
    refused: '⛔',
    'plan-posted': '📝',
    'review-posted': '🔎',
    error: '❌',
  };
  const parts = [`${icon[outcome.conclusion]} **${outcome.conclusion}**: ${outcome.message}`];
  if (outcome.plan) parts.push('', '### Plan', '', outcome.plan);
  if (outcome.usage) parts.push('', `**Usage:** ${usageLine(outcome.usage)}`);
  return parts.join('\n');
}
