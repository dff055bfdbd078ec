/** Failure summaries (PRODUCT.md §3): runner output or JUnit XML -> a bounded FailureSummary. */
export { createSummarizer, summarizeText, summarizeFile, type SummarizeOptions, type Summarizer } from './summarizer.js';
export { readJunit, readJunitFiles, readJunitReports, JunitReader, MAX_JUNIT_BYTES, type JunitResult, type JunitTooLarge } from './junit.js';
export { stripAnsi } from './lines.js';
export { MAX_TEXT } from './render.js';
