import { processStarts } from '../util/exec.js';

/** a full object id: what it names never changes */
const FULL_OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** git commands (by their first word) that change no ref, no HEAD and no work tree file */
const READ_ONLY = new Set(['rev-parse', 'show', 'cat-file', 'ls-tree', 'ls-files', 'diff', 'log', 'rev-list', 'merge-base', 'check-ref-format', 'status', 'for-each-ref']);

function readOnly(args: readonly string[]): boolean {
  const [verb, ...rest] = args;
  if (verb === 'symbolic-ref') return rest.every((a) => a.startsWith('-')) || rest.filter((a) => !a.startsWith('-')).length === 1;
  if (verb === 'config') return rest.some((a) => a === '--get' || a === '--get-regexp' || a === '--list');
  return verb !== undefined && READ_ONLY.has(verb);
}

/** An answer kept from an earlier git command: `value` may itself be undefined (the ref does not exist). */
export interface Kept {
  value: string | undefined;
}

/**
 * Answers that repeat within a run without asking git again (issue 13: 47 git processes in a small
 * local run, 14 of them the same rev-parse). `fixed`: what a full object id names, and files at it,
 * never change. `refs`: HEAD, branches, the checked-out branch; valid only while no process at all has
 * started since the read-only git command that filled it (processStarts), so a commit, a checkout or
 * an engine round in between empties it.
 */
export class GitAnswers {
  private readonly fixed = new Map<string, string | undefined>();
  private readonly refs = new Map<string, string | undefined>();
  private refsStamp = -1;

  /** An answer about a full object id (`rev`), kept for good once read. */
  fixedAnswer(rev: string, key: string): Kept | undefined {
    return FULL_OID.test(rev) && this.fixed.has(key) ? { value: this.fixed.get(key) } : undefined;
  }

  /** Keeps an answer about `rev` for good when rev is a full object id (and `keep` holds: a missing object may arrive with a fetch). */
  keepFixed(rev: string, key: string, value: string | undefined, keep = true): boolean {
    if (!FULL_OID.test(rev) || !keep) return false;
    this.fixed.set(key, value);
    return true;
  }

  /** A ref answer kept by keepRef, while nothing has run since. */
  refAnswer(key: string): Kept | undefined {
    if (this.refsStamp !== processStarts.count || !this.refs.has(key)) return undefined;
    return { value: this.refs.get(key) };
  }

  /** Keeps a ref answer just read, when the read was the last process started (afterCommand sets the stamp). */
  keepRef(key: string, value: string | undefined): void {
    if (this.refsStamp === processStarts.count) this.refs.set(key, value);
  }

  /** Called before a git command starts; its result goes to afterCommand. */
  beforeCommand(): { startsBefore: number; refsValid: boolean } {
    return { startsBefore: processStarts.count, refsValid: this.refsStamp === processStarts.count };
  }

  /**
   * The ref answers stay valid (and this one may join them) only if this read-only command was the one
   * process started meanwhile; anything else (a write, an engine, a test, a concurrent call) empties them.
   */
  afterCommand(args: readonly string[], before: { startsBefore: number; refsValid: boolean }): void {
    if (readOnly(args) && processStarts.count === before.startsBefore + 1) {
      if (!before.refsValid) this.refs.clear();
      this.refsStamp = processStarts.count;
    } else {
      this.refs.clear();
      this.refsStamp = -1;
    }
  }
}
