import type { FailureSummary, SummaryKind } from '../types.js';
import { MAX_TEXT } from './render.js';
import type { SummarizeOptions } from './options.js';
import { NextMatch, type RawBlock } from './lines.js';

// turbo: `@acme/api:test: …`; pnpm -r: `packages/api test: …` (a path with a slash, then the script)
const TURBO = /^((?:@[\w.-]+\/)?[\w.-]+):([A-Za-z][\w.:-]*): ?/;
const PNPM = /^([\w.@-]+(?:\/[\w.@-]+)+) ([A-Za-z][\w.:-]*): ?/;
// npm --workspaces / -ws: each workspace's script starts with `> @acme/api@1.0.0 test` (then `> command`)
const NPM_HEADER = /^> ((?:@[\w.-]{1,100}\/)?[\w.-]{1,100})@([\w.+-]{1,60}) ([\w:.-]{1,100})$/;
// nx run-many / affected: `> nx run @acme/api:test` opens a task's output (`:configuration` optional);
// with --output-style=stream each line is prefixed with the project (`@acme/api: …`)
const NX_HEADER = /^> nx run ((?:@[\w.-]{1,100}\/)?[\w.-]{1,100}):([\w.-]{1,100})(?::[\w.-]{1,100})?(?: .{0,200})?$/;
const NX_PREFIX = /^((?:@[\w.-]{1,100}\/)?[\w.-]{1,100}): /;
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
  /** sections (npm, nx): lines carry no prefix, the workspace is the last header's */
  private sections: 'npm' | 'nx' | undefined;
  private current: Part | undefined;
  /** the first npm header's workspace: its lines went to the main summariser, which stands for it */
  private firstSection: string | undefined;

  private readonly header = new NextMatch('\n>');

  constructor(private readonly make: Make) {}

  /** The main summariser read the first workspace's lines (npm prints no header before it is known to be a workspace run). */
  get mainIsWorkspace(): boolean {
    return this.sections === 'npm';
  }

  /**
   * Takes a line that belongs to a workspace: one with a workspace prefix (turbo, nx, pnpm -r), or any
   * line once npm's script headers have named a second workspace. `mayStart` lets the first prefixed
   * line switch the prefix mode on (npm's headers switch it on whenever a second workspace starts).
   */
  route(line: string, mayStart: boolean): boolean {
    const c0 = line.length > 0 ? line.charCodeAt(0) : 0;
    if (c0 === 62 && line.startsWith('> ')) {
      // a header opens the workspace mode only when the log starts with it, before any runner spoke
      // (a CI log that runs `npm test` after other steps prints one too)
      const nx = line.startsWith('> nx run ') ? NX_HEADER.exec(line) : null;
      if (nx && (this.sections === 'nx' || (!this.active && mayStart))) return this.nxSection(nx[1] ?? '');
      // inside an nx task, npm's own header belongs to the task
      const h = this.sections === 'nx' ? null : NPM_HEADER.exec(line);
      if (h && (this.sections === 'npm' || (!this.active && (mayStart || this.firstSection !== undefined)))) return this.section(h[1] ?? '');
    }
    if (this.sections === 'nx') {
      // nx's own lines (` NX   Ran target test for 2 projects`, the failed-task list) end the last task
      if (line.startsWith(' NX   ')) {
        this.current = undefined;
        return false;
      }
      if (c0 !== 32 && line.includes(': ')) {
        const m = NX_PREFIX.exec(line);
        const part = m ? this.parts.get(m[1] ?? '') : undefined;
        if (part && m) {
          part.line(line.slice(m[0].length));
          return true;
        }
      }
    }
    if (this.sections) {
      this.current?.line(line);
      return this.current !== undefined;
    }
    if (!this.active && !mayStart) return false;
    const c = c0;
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

  /**
   * The next raw line that route may take once the main summariser knows its runner (see LineSkip):
   * any line in a workspace mode; else only an npm header, and only after a first one (an nx header
   * or a first npm header starts nothing once a runner spoke).
   */
  nextLine(block: RawBlock, from: number): number {
    if (this.active || this.sections !== undefined) return from;
    if (this.firstSection === undefined) return Infinity;
    return block.text.charCodeAt(from) === 62 ? from : this.header.lineFrom(block, from);
  }

  /** An npm script header: the lines up to the next header are this workspace's. */
  private section(name: string): boolean {
    if (!this.sections) {
      if (this.firstSection === undefined || this.firstSection === name) {
        // one package so far (a plain `npm test` prints the same header): not yet a workspace run
        this.firstSection = name;
        return false;
      }
      this.sections = 'npm';
      this.active = true;
    }
    let part = this.parts.get(name);
    if (!part && this.parts.size < MAX_WORKSPACES && name !== this.firstSection) {
      const s = this.make({});
      part = { name, line: (t) => s.line(t), end: () => s.end() };
      this.parts.set(name, part);
    }
    this.current = part;
    return true;
  }

  /** An nx task header: the lines up to the next header (or nx's closing lines) are this project's. */
  private nxSection(name: string): boolean {
    this.sections = 'nx';
    this.active = true;
    let part = this.parts.get(name);
    if (!part && this.parts.size < MAX_WORKSPACES) {
      const s = this.make({});
      part = { name, line: (t) => s.line(t), end: () => s.end() };
      this.parts.set(name, part);
    }
    this.current = part;
    return true;
  }

  /** One summary: counts added, failures named by workspace, each workspace's text under its name. */
  merge(rest: FailureSummary, exitCode: number | null): FailureSummary {
    const all = [...this.parts.values()].map((p) => ({ name: p.name, s: p.end() }));
    // npm: the first workspace's lines were read by the main summariser
    if (this.sections === 'npm' && this.firstSection !== undefined) all.unshift({ name: this.firstSection, s: rest });
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
    // each failing workspace gets an equal share of the room, cut at a line (a big one cannot crowd out the rest)
    const share = Math.floor((MAX_TEXT - head.length) / Math.max(1, shown.length));
    for (const a of shown) {
      const title = `\n\n── ${a.name} (${a.s.runner})\n`;
      let body = named(a.name, a.s);
      if (title.length + body.length > share) {
        const cut = body.lastIndexOf('\n', Math.max(0, share - title.length - 2));
        body = `${body.slice(0, cut > 0 ? cut : Math.max(0, share - title.length - 2))}\n…`;
      }
      text += `${title}${body}`;
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
