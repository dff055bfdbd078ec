import type { ProfileResult } from '../profiles/types.js';
import { tableCell as cell, testsTable } from './body.js';

/**
 * The job summary of a run (PRODUCT.md §1.9): conclusion, PR, branch, usage, the tests table and the
 * failing tests. The platform says where it goes (GitHub: GITHUB_STEP_SUMMARY, platform/github/report.ts;
 * every run: .droid/summary.md).
 */
export interface JobSummaryInput {
  /** e.g. "Droid: PROJ-123" */
  title: string;
  /** the run's conclusion output (pr-opened, tests-failing, …) */
  conclusion: string;
  results: ProfileResult[];
  change?: { number: number; url: string } | undefined;
  branch?: string | undefined;
  /** set when the engine and the tests ran unisolated (PRODUCT.md §10): shown first */
  isolationWarning?: string | undefined;
  /** non-fatal problems (reviewers, labels, held-back files) */
  notes?: string[] | undefined;
  /** the engine's usage totals as one line (engine/usage.ts usageLine) */
  usage?: string | undefined;
}

export function jobSummaryMarkdown(input: JobSummaryInput): string {
  const lines = [`## ${cell(input.title)}`, ''];
  if (input.isolationWarning) lines.push(`> [!WARNING]\n> ${cell(input.isolationWarning)}`, '');
  lines.push(`**Conclusion:** \`${cell(input.conclusion)}\``);
  if (input.change) lines.push(`**Pull request:** [#${input.change.number}](${input.change.url})`);
  if (input.branch) lines.push(`**Branch:** \`${cell(input.branch)}\``);
  if (input.usage) lines.push(`**Usage:** ${cell(input.usage)}`);
  lines.push('', '### Tests', '', testsTable(input.results));
  const failing = input.results.flatMap((r) => r.summary.failures.slice(0, 20).map((f) => ({ profile: r.name, f })));
  if (failing.length > 0) {
    lines.push('<details><summary>Failing tests</summary>', '');
    for (const { profile, f } of failing) {
      const where = f.file ? ` (${cell(f.file)}${f.line ? `:${f.line}` : ''})` : '';
      lines.push(`- **${cell(profile)}** ${cell(f.full_name || f.name)}${where}: ${cell(f.message).slice(0, 300)}`);
    }
    lines.push('', '</details>', '');
  }
  if (input.notes && input.notes.length > 0) lines.push('### Notes', '', ...input.notes.map((n) => `- ${cell(n)}`), '');
  return `${lines.join('\n')}\n`;
}

