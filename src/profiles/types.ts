/** Results of test profiles and their failure summaries (PRODUCT.md §3). */
export type SummaryKind = 'test-failures' | 'all-pass' | 'infra-error';

export interface Failure {
  name: string;
  full_name: string;
  file?: string | undefined;
  line?: number | undefined;
  message: string;
}

export interface FailureSummary {
  kind: SummaryKind;
  /** detected runner: 'vitest' | 'jest' | 'mocha' | 'node-test' | 'pytest' | 'go-test' | 'cargo-test' | 'tsc' | 'eslint' | 'junit' | 'unknown' */
  runner: string;
  failed: number;
  passed: number;
  failures: Failure[];
  /** compact text an agent reads; bounded in size, every failure named */
  text: string;
}

export interface ProfileResult {
  name: string;
  command: string;
  /** working directory relative to the repo root */
  path: string;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  durationMs: number;
  /** bounded head+tail of the combined output, middle elided */
  output: string;
  summary: FailureSummary;
}

export function profilePassed(result: ProfileResult): boolean {
  return result.summary.kind === 'all-pass' && !result.timedOut && result.exitCode === 0;
}
