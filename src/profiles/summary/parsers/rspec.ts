import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { tidyPath } from '../location.js';

const HEAD = /^ {2}(\d+)\) (.{1,500})$/;
const FRAME = /^\s*# (\S{1,500}?):(\d+)(?::in |$)/;
const TOTALS = /^(\d+) examples?, (\d+) failures?(?:, (\d+) pending)?(?:, (\d+) errors? occurred outside of examples)?$/;
const RERUN = /^rspec (\S{1,500}?):(\d+) # (.{1,500})$/;
const LOAD = /^An error occurred while loading (\S{1,500}?)\.?(?: - Did you mean\?)?$/;

function isSpecFile(file: string): boolean {
  return file.endsWith('_spec.rb') || file.startsWith('spec/');
}

/**
 * RSpec, progress and documentation formats: the Failures list (FIXED pending examples included),
 * files that failed to load, the totals and the rerun lines. Names are full descriptions.
 */
export function rspecParser(sink: FailureSink): RunnerParser {
  let section: 'none' | 'pending' | 'failures' | 'rerun' = 'none';
  let totals: { examples: number; failures: number; pending: number; errors: number } | undefined;
  let draft: Draft | undefined;
  let spec: { file: string; line: number } | undefined;
  let other: { file: string; line: number } | undefined;
  let sawExamples = false;

  const commit = (): void => {
    if (draft) {
      const at = spec ?? other;
      if (at) draft.at(at.file, at.line);
      draft.commit(sink);
    }
    draft = undefined;
    spec = undefined;
    other = undefined;
  };

  const body = (text: string): void => {
    if (!draft) return;
    const frame = text.includes('# ') ? FRAME.exec(text) : null;
    if (frame) {
      const file = tidyPath(frame[1] ?? '');
      const at = { file, line: Number(frame[2]) };
      if (isSpecFile(file)) spec ??= at;
      else other ??= at;
      return;
    }
    const t = text.trim();
    // pending reasons (`# not built yet`) and rspec's own remarks say nothing about the failure
    if (t && t !== '(compared using ==)' && !t.startsWith('# ')) draft.msg.add(t);
  };

  return {
    runner: 'rspec',
    line(text) {
      if (text.startsWith('Pending: ')) {
        commit();
        section = 'pending';
        return;
      }
      if (text === 'Failures:') {
        commit();
        section = 'failures';
        return;
      }
      if (text === 'Failed examples:') {
        commit();
        section = 'rerun';
        return;
      }
      const load = text.startsWith('An error occurred') ? LOAD.exec(text) : null;
      if (load) {
        commit();
        const file = tidyPath(load[1] ?? '');
        draft = new Draft(file, file, { error: true });
        section = 'failures';
        return;
      }
      const t = text.includes('example') ? TOTALS.exec(text) : null;
      if (t) {
        commit();
        sawExamples = true;
        totals = { examples: Number(t[1]), failures: Number(t[2]), pending: Number(t[3] ?? 0), errors: Number(t[4] ?? 0) };
        section = 'none';
        return;
      }
      if (section === 'failures') {
        const head = text.startsWith('  ') ? HEAD.exec(text) : null;
        if (head) {
          commit();
          const name = (head[2] ?? '').replace(/ FIXED$/, '');
          draft = new Draft(name, name);
          return;
        }
        if (text.startsWith('Finished in ')) return commit();
        body(text);
        return;
      }
      if (section === 'rerun') {
        const r = RERUN.exec(text);
        const known = r ? sink.find((f) => f.full_name === r[3]) : undefined;
        if (r && known && known.line === undefined) {
          known.file = tidyPath(r[1] ?? '');
          known.line = Number(r[2]);
        }
      }
    },
    finish(): ParserOutcome {
      commit();
      if (!totals) return { passed: null, failed: sink.tests, sawResults: sawExamples || sink.count > 0 };
      const { examples, failures, pending } = totals;
      return { passed: Math.max(0, examples - failures - pending), failed: failures, sawResults: true };
    },
  };
}
