/**
 * Findings -> one review: an inline comment per finding that sits on a diff line (with a ```suggestion
 * block when it carries a replacement and the whole range is in one hunk), the rest in the review body.
 * Every finding carries a hidden marker of its path, line and title so a later run does not post it again.
 */
import { createHash } from 'node:crypto';
import { neutralize } from '../report/body.js';
import { anchorFor, type FileDiff } from './diff.js';
import type { Finding } from './findings.js';
import type { InlineComment } from './types.js';

export const REVIEW_MARKER = '<!-- droid:review -->';
const FINDING_MARKER = /<!-- droid:finding=([0-9a-f]{16}) -->/g;

export function findingKey(finding: Pick<Finding, 'path' | 'line' | 'title'>): string {
  const title = finding.title.trim().replace(/\s+/g, ' ').toLowerCase();
  return createHash('sha256').update(`${finding.path}\n${finding.line}\n${title}`).digest('hex').slice(0, 16);
}

export function findingMarker(finding: Pick<Finding, 'path' | 'line' | 'title'>): string {
  return `<!-- droid:finding=${findingKey(finding)} -->`;
}

/** The finding keys a posted text holds (linear scan). */
export function markersIn(text: string): string[] {
  return [...text.matchAll(FINDING_MARKER)].map((m) => m[1] ?? '');
}

const ICON: Record<Finding['severity'], string> = { high: '🔴', medium: '🟠', low: '🟡' };

function fence(text: string, info: string): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const f = '`'.repeat(Math.max(3, longest + 1));
  return `${f}${info}\n${text.replace(/\n$/, '')}\n${f}`;
}

function heading(finding: Finding): string {
  const tag = finding.pass === 'security' ? ' · security' : '';
  return `${ICON[finding.severity]} **${neutralize(finding.title)}** (${finding.severity}${tag})`;
}

/** a suggestion is shown verbatim; one that carries a droid marker is shown neutralised, never as applicable */
function safeSuggestion(finding: Finding): Finding {
  if (finding.suggestion === undefined || !/<!--\s*droid:/i.test(finding.suggestion)) return finding;
  return { ...finding, suggestion: neutralize(finding.suggestion) };
}

function inlineBody(original: Finding, applicable: boolean): string {
  const finding = safeSuggestion(original);
  const withSuggestion = applicable && finding === original;
  const parts = [heading(finding)];
  if (finding.body) parts.push('', neutralize(finding.body));
  if (finding.suggestion !== undefined) parts.push('', withSuggestion ? fence(finding.suggestion, 'suggestion') : `Suggested replacement for lines ${finding.line}–${finding.endLine}:\n\n${fence(finding.suggestion, '')}`);
  parts.push('', findingMarker(finding));
  return parts.join('\n');
}

function bodyEntry(original: Finding): string {
  const finding = safeSuggestion(original);
  const where = finding.line === finding.endLine ? `${finding.path}:${finding.line}` : `${finding.path}:${finding.line}-${finding.endLine}`;
  const parts = [`- ${heading(finding)} — \`${where.replace(/`/g, "'")}\``];
  if (finding.body) parts.push(neutralize(finding.body).replace(/^/gm, '  '));
  if (finding.suggestion !== undefined) parts.push(fence(finding.suggestion, '').replace(/^/gm, '  '));
  parts.push(`  ${findingMarker(finding)}`);
  return parts.join('\n');
}

export interface RenderedReview {
  body: string;
  comments: InlineComment[];
  /** findings that go out this run, inline or in the body */
  posted: Finding[];
  /** findings left out because an earlier run posted them */
  duplicates: Finding[];
  outsideDiff: Finding[];
}

export function renderReview(input: { summary: string; findings: Finding[]; diffs: Map<string, FileDiff>; posted: Set<string>; footer: string; notes?: string[] }): RenderedReview {
  const comments: InlineComment[] = [];
  const outsideDiff: Finding[] = [];
  const duplicates: Finding[] = [];
  const posted: Finding[] = [];
  const seen = new Set(input.posted);
  for (const finding of input.findings) {
    const key = findingKey(finding);
    if (seen.has(key)) {
      duplicates.push(finding);
      continue;
    }
    seen.add(key);
    posted.push(finding);
    const anchor = anchorFor(input.diffs.get(finding.path), finding.line, finding.endLine);
    if (anchor.kind === 'none') {
      outsideDiff.push(finding);
    } else if (anchor.kind === 'range') {
      comments.push({ path: finding.path, startLine: anchor.start, line: anchor.end, body: inlineBody(finding, true) });
    } else {
      // one line: a suggestion replaces exactly that line, or it is shown as plain code
      comments.push({ path: finding.path, line: anchor.line, body: inlineBody(finding, finding.line === finding.endLine && anchor.line === finding.line) });
    }
  }
  const counts = (['high', 'medium', 'low'] as const).map((s) => [s, posted.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const lines = [REVIEW_MARKER, '**Droid review**', ''];
  if (input.summary) lines.push(neutralize(input.summary), '');
  lines.push(posted.length ? `${posted.length} finding(s): ${counts.map(([s, n]) => `${n} ${s}`).join(', ')}${comments.length ? `; ${comments.length} inline` : ''}.` : 'No findings.');
  if (duplicates.length) lines.push(`${duplicates.length} finding(s) already posted by an earlier review are not repeated.`);
  if (outsideDiff.length) lines.push('', '**Outside the diff**', '', ...outsideDiff.map(bodyEntry));
  for (const note of input.notes ?? []) lines.push('', `> ${neutralize(note)}`);
  lines.push('', input.footer);
  return { body: lines.join('\n'), comments, posted, duplicates, outsideDiff };
}
