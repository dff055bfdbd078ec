import type { ProfileResult } from '../profiles/types.js';
import { profilePassed } from '../profiles/types.js';
import type { Ticket } from '../trigger/request.js';
import { fitText, GITHUB_LIMITS } from '../platform/limits.js';

/** The PR/MR body of PRODUCT.md §5, with hidden markers for idempotent updates. */
export interface FileChange {
  path: string;
  added: number;
  removed: number;
  binary?: boolean;
}

export interface PrBodyInput {
  ticket: Ticket;
  /** what changed and why (the engine's own summary) */
  summary: string;
  changes: FileChange[];
  tests: ProfileResult[];
  plan?: string | undefined;
  /** `/droid approve`: the plan comment carried out (its current text) and who approved it; wins over `plan` */
  approvedPlan?: { text: string; approver: string; url: string } | undefined;
  heldBack: string[];
  warnings?: string[] | undefined;
  trace: {
    runId: string;
    engine: string;
    iterations: number;
    platform: string;
    runUrl?: string | undefined;
    auditLog?: string | undefined;
  };
  /** the forge's limit on a PR/MR body (default GitHub's, the smaller: 65,536 characters) */
  maxChars?: number | undefined;
}

export const BODY_MARKER = '<!-- droid:body -->';

export function ticketMarker(key: string): string {
  return `<!-- droid:ticket=${key.replace(/[^A-Za-z0-9_.#!/-]/g, '_')} -->`;
}

/** Text from issues and engines goes into markdown: it must not open HTML comments (fake markers) or tags. */
export function neutralize(text: string): string {
  return text.replace(/<!--/g, '&lt;!--').replace(/<(\/?)(script|details|summary|img|iframe)/gi, '&lt;$1$2');
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

export function testResultLabel(result: ProfileResult): string {
  if (result.timedOut) return '⏱ timed out';
  if (profilePassed(result)) return '✅ passed';
  if (result.summary.kind === 'infra-error') return '⚠️ could not run';
  return '❌ failed';
}

export function testsTable(results: ProfileResult[]): string {
  if (results.length === 0) return '_No test profile was affected by this change._';
  const rows = results.map(
    (r) =>
      `| ${tableCell(r.name)} | \`${tableCell(r.command).replace(/`/g, "'")}\` | ${testResultLabel(r)} | ${r.summary.passed} | ${r.summary.failed} | ${formatDuration(r.durationMs)} |`,
  );
  return ['| Profile | Command | Result | Passed | Failed | Duration |', '|---|---|---|---:|---:|---:|', ...rows].join('\n');
}

/** Text safe inside a markdown table cell: no pipes, no newlines, no HTML. */
export function tableCell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').trim();
}


/**
 * The body, within `maxChars`: a long Changes list is cut (it says how many files were left out),
 * and anything still too long is cut by fitText (markers kept, fences closed).
 */
export function renderPrBody(input: PrBodyInput): string {
  const limit = input.maxChars ?? GITHUB_LIMITS.body;
  const lines = changeLines(input.changes);
  const [before, after] = renderFrame(input);
  const room = limit - before.length - after.length;
  let kept = lines.length;
  let used = lines.reduce((n, l) => n + l.length + 1, 0) - 1;
  if (used > room) {
    // drop files from the end until the list and its "left out" line fit
    const more = (n: number): string => `- … and ${n} more files (left out to fit the forge's limit)`;
    while (kept > 0 && used + 1 + more(lines.length - kept).length > room) {
      kept -= 1;
      used -= lines[kept]!.length + 1;
    }
    const list = [...lines.slice(0, kept), more(lines.length - kept)].join('\n');
    return fitText(before + list + after, limit, { keep: [BODY_MARKER, ticketMarker(input.ticket.key)] });
  }
  return fitText(before + lines.join('\n') + after, limit, { keep: [BODY_MARKER, ticketMarker(input.ticket.key)] });
}

function changeLines(changes: FileChange[]): string[] {
  if (changes.length === 0) return ['_No files changed._'];
  return changes.map((c) => (c.binary ? `- \`${c.path}\` (binary)` : `- \`${c.path}\` (+${c.added} / −${c.removed})`));
}

/** The body around the Changes list: the text before it and the text after it. */
function renderFrame(input: PrBodyInput): [string, string] {
  const { ticket, trace } = input;
  const out: string[] = [BODY_MARKER, ticketMarker(ticket.key), ''];
  out.push('## Summary', '', neutralize(input.summary.trim() || '_The engine gave no summary._'), '');
  out.push('## Ticket', '');
  const title = neutralize(ticket.title.trim()) || '(untitled)';
  out.push(ticket.url ? `**${neutralize(ticket.key)}**: [${title}](${ticket.url})` : `**${neutralize(ticket.key)}**: ${title}`, '');
  out.push('## Changes', '');
  const before = `${out.join('\n')}\n`;
  out.length = 0;
  if (input.heldBack.length > 0) {
    out.push(
      '',
      `> [!WARNING]\n> Held back (protected paths, not pushed): ${input.heldBack.map((p) => `\`${p}\``).join(', ')}. Edit \`pr.protected_paths\` in .droid.yml to allow them.`,
    );
  }
  out.push('', '## Tests', '', testsTable(input.tests), '');
  const failing = input.tests.filter((t) => !profilePassed(t));
  if (failing.length > 0) {
    out.push('<details><summary>Failure summary</summary>', '', '```text');
    for (const f of failing) out.push(`[${f.name}]`, fenceSafe(f.summary.text));
    out.push('```', '</details>', '');
  }
  out.push('## Plan', '', ...planLines(input), '');
  if (input.warnings?.length) {
    out.push('## Notes', '', ...input.warnings.map((w) => `- ${neutralize(w)}`), '');
  }
  out.push('<details><summary>Trace</summary>', '');
  out.push(`- Run: \`${trace.runId}\`${trace.runUrl ? ` ([job](${trace.runUrl}))` : ''}`);
  out.push(`- Platform: ${trace.platform}`, `- Engine: ${trace.engine}`, `- Iterations: ${trace.iterations}`);
  if (trace.auditLog) out.push(`- Audit log: ${trace.auditLog}`);
  out.push('', '</details>', '');
  return [before, `\n${out.join('\n')}`];
}

const MAX_PLAN_CHARS = 20_000;

function planLines(input: PrBodyInput): string[] {
  const approved = input.approvedPlan;
  if (!approved) return [input.plan?.trim() ? neutralize(input.plan.trim()) : '_No separate plan: see Summary._'];
  const login = approved.approver.replace(/[^A-Za-z0-9._[\]-]/g, '') || 'unknown';
  const where = /^https?:\/\/[^\s()<>]+$/.test(approved.url) ? `[plan comment](${approved.url})` : `plan comment ${neutralize(approved.url.replace(/\s+/g, ' ').slice(0, 100))}`;
  const text = approved.text.trim();
  const shown = text.length > MAX_PLAN_CHARS ? `${text.slice(0, MAX_PLAN_CHARS)}\n\n_… the plan is cut here; the rest is in the ${where}._` : text;
  return [`Approved by @${login} (${where}).`, '', neutralize(shown) || '_The plan comment is empty._'];
}

function fenceSafe(text: string): string {
  return text.replace(/```/g, "'''");
}
