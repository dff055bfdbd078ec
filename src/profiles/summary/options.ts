import type { JunitResult } from './junit.js';
import type { SinkLimits } from './sink.js';

/** What a summary is made from besides the log text (summarizer.ts; workspaces.ts makes one per workspace). */
export interface SummarizeOptions {
  /** content of a JUnit XML report; takes precedence over the log text when it holds any testcase */
  junitXml?: string;
  /** a JUnit report already read (readJunitFiles), or why it could not be; takes precedence over junitXml */
  junit?: JunitResult | Error | undefined;
  /** exit code of the command; null or absent when unknown */
  exitCode?: number | null;
  timedOut?: boolean;
  /** the command could not be started at all (ENOENT, EACCES…) */
  spawnError?: string;
  /** how many failures to keep with full detail, and how many more by name */
  limits?: Partial<SinkLimits>;
}
