import type { SummaryKind } from '../types.js';

export interface ClassifyInput {
  spawnError?: string | undefined;
  timedOut?: boolean | undefined;
  exitCode: number | null;
  /** the runner printed a result line or totals (or a JUnit report had testcases) */
  sawResults: boolean;
  /** failed tests by the runner's count */
  failed: number;
  /** failures recorded from tests, and errors (build, collection, suite) */
  failedTests: number;
  errors: number;
  /** why the runner stopped before running tests, if it said */
  infraReason?: string | undefined;
  /** the shell said this command was not found */
  notFound?: string | undefined;
}

export interface Classification {
  kind: SummaryKind;
  /** for infra errors: what went wrong, for the first line of the summary */
  reason?: string;
  note?: string;
}

/**
 * test-failures, all-pass or infra-error (PRODUCT.md §3). An infra error is anything that is not a
 * verdict on the tests: not started, timed out, command not found, stopped before tests ran, or
 * an exit code that contradicts a clean run. Failing tests win over a swallowed exit code.
 */
export function classify(i: ClassifyInput): Classification {
  const exitText = i.exitCode === null ? '' : ` (exit code ${i.exitCode})`;
  if (i.spawnError) return { kind: 'infra-error', reason: `the command could not be started: ${i.spawnError}` };
  if (i.timedOut) return { kind: 'infra-error', reason: `the command timed out${i.failed > 0 ? ` after ${i.failed} failure(s)` : ''}` };
  if ((i.exitCode === 127 || i.notFound !== undefined) && !i.sawResults) {
    return { kind: 'infra-error', reason: `command not found${i.notFound ? `: ${i.notFound}` : ''}${exitText}` };
  }
  if (i.failed > 0 || (i.failedTests > 0 && !i.infraReason)) return { kind: 'test-failures' };
  if (i.infraReason) return { kind: 'infra-error', reason: `${i.infraReason}${exitText}` };
  // a test file that failed to load while others ran
  if (i.errors > 0 && i.sawResults) return { kind: 'test-failures' };
  if (i.exitCode !== null && i.exitCode !== 0) {
    return {
      kind: 'infra-error',
      reason: i.sawResults
        ? `exit code ${i.exitCode} although the runner reported no failing test`
        : `exit code ${i.exitCode} before any test result (crash, or a runner this summariser does not recognise)`,
    };
  }
  if (i.sawResults) return { kind: 'all-pass' };
  if (i.exitCode === 0) return { kind: 'all-pass', note: '(exit code 0; no test results recognised in the output)' };
  return { kind: 'infra-error', reason: 'no test results recognised in the output, and no exit code given' };
}
