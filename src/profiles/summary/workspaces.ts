import type { FailureSummary, SummaryKind } from '../types.js';
import { MAX_TEXT } from './render.js';
import type { SummarizeOptions } from './summarizer.js';

// turbo: `@acme/api:test: …`; pnpm -r: `packages/api test: …` (a path with a slash, then the script)
const TURBO = /^((?:@[\w.-]+\/)?[\w.-]+):([A-Za-z][\w.:-]*): ?/;
const PNPM = /^([\w.@-]+(?:\/[\w.@-]+)+) ([A-Za-z][\w.:-]*): ?/;
const MAX_WORKSPACES = 64;

interface Part {
  name: string;
  line(text: string): void;
  end(): FailureSummary;
}

type Make = (options: SummarizeOptions) => { line(text: string): void; end(): FailureSummary };

/**
 * Output of a monorepo task runner, where each line carries its workspace: every workspace's lines
 * go to a summariser of their own (so each is parsed by its own runner), merged at the end.
 */
export class Workspaces {
  active = false;
  private readonly parts = new Map<string, Part>();

  constructor(private readonly make: Make) {}

  /** Takes a line that carries a workspace prefix; `mayStart` lets the first such line switch the mode on. */
  route(line: string, mayStart: boolean): boolean {
    if (!this.active && !mayStart) return false;
    const c = line.charCodeAt(0);
    // cheap gate: the prefix starts with a name character and has `: ` early on
    if (!(c === 64 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
    const colon = line.indexOf(': ');
    if (colon < 0 || colon > 120) return false;
    const m = TURBO.exec(line) ?? PNPM.exec(line);
    if (!m) return false;
    const name = m[1] ?? '';
    let part = this.parts.get(name);
    if (!part) {
      if (this.parts.size >= MAX_WORKSPACES) return false;
      const s = this.make({});
      part = { name, line: (t) => s.line(t), end: () => s.end() };
      this.parts.set(name, part);
      this.active = true;
    }
    part.line(line.slice(m[0].length));
    return true;
  }

  /** One summary: counts added, failures named by workspace, each workspace's text under its name. */
  merge(rest: FailureSummary, exitCode: number | null): FailureSummary {
    const all = [...this.parts.values()].map((p) => ({ name: p.name, s: p.end() }));
    const failing = all.filter((a) => a.s.kind !== 'all-pass');
    const failures = all.flatMap((a) => a.s.failures.map((f) => ({ ...f, full_name: `${a.name}: ${f.full_name}` })));
    const failed = all.reduce((n, a) => n + a.s.failed, 0);
    const passed = all.reduce((n, a) => n + a.s.passed, 0);
    let kind: SummaryKind = 'all-pass';
    if (all.some((a) => a.s.kind === 'test-failures')) kind = 'test-failures';
    else if (all.some((a) => a.s.kind === 'infra-error') || (exitCode !== null && exitCode !== 0)) kind = 'infra-error';
    const runners = [...new Set(all.map((a) => a.s.runner))].join(', ');
    const head = `${kind === 'test-failures' ? 'FAILED' : kind === 'all-pass' ? 'PASSED' : 'INFRA ERROR'} [workspaces: ${runners}]: ${failed} failed, ${passed} passed in ${all.length} workspace(s)`;
    const shown = failing.length ? failing : kind === 'infra-error' ? [{ name: '(task runner)', s: rest }] : [];
    let text = head;
    for (const a of shown) {
      const part = `\n\n── ${a.name} (${a.s.runner})\n${named(a.name, a.s)}`;
      if (text.length + part.length > MAX_TEXT) {
        text += `\n\n── ${a.name} (${a.s.runner}): ${a.s.failed} failed`.slice(0, Math.max(0, MAX_TEXT - text.length));
      } else text += part;
    }
    return { kind, runner: `workspaces (${runners})`, failed, passed, failures, text: text.slice(0, MAX_TEXT) };
  }
}

/** The workspace's text with each failure named as in the merged list (`@acme/api: test name`). */
function named(workspace: string, s: FailureSummary): string {
  let text = s.text;
  for (const f of s.failures) {
    const at = text.indexOf(f.full_name);
    if (at >= 0) text = `${text.slice(0, at)}${workspace}: ${text.slice(at)}`;
  }
  return text;
}
