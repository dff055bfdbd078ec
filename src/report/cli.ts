import { usageJson, usageLine } from '../engine/usage.js';
import { profilePassed } from '../profiles/types.js';
import type { RunOutcome } from '../run/types.js';
import { formatDuration } from './body.js';

/** `droid-ci run`'s views of an outcome: `--json` (a stable shape for scripts) and the text a person reads. */
export function jsonOutcome(outcome: RunOutcome): Record<string, unknown> {
  return {
    conclusion: outcome.conclusion,
    message: outcome.message,
    branch: outcome.branch ?? null,
    commit: outcome.commit ?? null,
    iterations: outcome.iterations,
    tests_passed: outcome.testsPassed ?? null,
    tests: outcome.tests.map((t) => ({
      name: t.name,
      command: t.command,
      path: t.path,
      passed: profilePassed(t),
      exit_code: t.exitCode,
      timed_out: t.timedOut,
      duration_ms: t.durationMs,
      summary: { kind: t.summary.kind, runner: t.summary.runner, passed: t.summary.passed, failed: t.summary.failed, failures: t.summary.failures },
    })),
    pr: outcome.pr ?? null,
    pr_file: outcome.prFile ?? null,
    plan: outcome.plan ?? null,
    held_back: outcome.heldBack,
    patch_file: outcome.patchFile ?? null,
    warnings: outcome.warnings,
    ci: outcome.ci ?? null,
    usage: usageJson(outcome.usage),
    budget_reached: outcome.budgetReached ?? null,
    findings: outcome.review ? outcome.review.findings : null,
    review: outcome.review
      ? { findings: outcome.review.findings, inline: outcome.review.inline, outside_diff: outcome.review.outsideDiff, duplicates: outcome.review.duplicates, failing: outcome.review.failing, fail_on: outcome.review.failOn, url: outcome.review.url ?? null }
      : null,
  };
}

export function humanOutcome(outcome: RunOutcome): string {
  const lines = [`conclusion: ${outcome.conclusion}`, outcome.message];
  if (outcome.branch) lines.push(`branch: ${outcome.branch}${outcome.commit ? ` @ ${outcome.commit.slice(0, 12)}` : ''}`);
  for (const t of outcome.tests) {
    lines.push(`  ${profilePassed(t) ? 'PASS' : 'FAIL'} ${t.name} (${t.summary.passed} passed, ${t.summary.failed} failed, ${formatDuration(t.durationMs)})`);
  }
  if (outcome.heldBack.length) lines.push(`held back (protected paths): ${outcome.heldBack.join(', ')}`);
  if (outcome.review) lines.push(`findings: ${outcome.review.findings}${outcome.review.url ? ` (${outcome.review.url})` : ''}`);
  if (outcome.usage) lines.push(`usage: ${usageLine(outcome.usage)}`);
  for (const w of outcome.warnings) lines.push(`warning: ${w}`);
  if (outcome.pr && outcome.prFile) lines.push('', `── ${outcome.prFile} ──`, `# ${outcome.pr.title}`, '', outcome.pr.body);
  else if (outcome.pr?.url) lines.push(`pull request: ${outcome.pr.url}`);
  if (outcome.plan) lines.push('', outcome.plan);
  return lines.join('\n');
}
