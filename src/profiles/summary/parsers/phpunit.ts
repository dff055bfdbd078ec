import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { tidyPath } from '../location.js';
import { MessageGather } from './python.js';
import { TeamcityParser } from './teamcity.js';

const SECTION = /^There (?:was|were) \d+ (errors?|failures?|warnings?|risky tests?|incomplete tests?|skipped tests?):$/;
const HEAD = /^\d+\) (\S{1,300}?)::(\S{1,300}?)(?: (with data set .{1,200}?))?(?: \(.{0,200}\))?$/;
const FRAME = /^(\/?\S{1,500}?\.php):(\d+)$/;
const TOTALS = /^Tests: (\d+), Assertions: \d+(.{0,300})\.$/;
const DOX_FAIL = /^ ✘ (.{1,500})$/;
const DOX_PASS = /^ [✔↩∅☢] /;

function isTestFile(file: string): boolean {
  return /Test\.php$/.test(file) || /(?:^|\/)tests?\//.test(file);
}

/** PHPUnit, the default text output and --testdox: failures and errors with their test-file frame, the totals. */
export function phpunitParser(sink: FailureSink): RunnerParser {
  const teamcity = new TeamcityParser(sink);
  let section = '';
  let totals: { tests: number; failed: number; skipped: number } | undefined;
  let draft: Draft | undefined;
  let gathered = new MessageGather();
  let test: { file: string; line: number } | undefined;
  let last: { file: string; line: number } | undefined;

  const commit = (): void => {
    if (draft) {
      const at = test ?? last;
      if (at) draft.at(at.file, at.line);
      for (const l of gathered.pick()) draft.msg.add(l);
      draft.commit(sink);
    }
    draft = undefined;
    test = undefined;
    last = undefined;
    gathered = new MessageGather();
  };

  const body = (text: string): void => {
    const f = text.includes('.php:') ? FRAME.exec(text) : null;
    if (f) {
      const at = { file: tidyPath(f[1] ?? ''), line: Number(f[2]) };
      if (isTestFile(at.file)) test ??= at;
      last = at;
      return;
    }
    if (text !== '--') gathered.add(text);
  };

  return {
    runner: 'phpunit',
    line(text) {
      // `--teamcity`: the failures come as service messages, the totals as text
      if (text.startsWith('##teamcity[')) {
        teamcity.line(text);
        return;
      }
      const sec = text.startsWith('There ') ? SECTION.exec(text) : null;
      if (sec) {
        commit();
        section = /^(?:error|failure)/.test(sec[1] ?? '') ? 'failing' : 'other';
        return;
      }
      const t = text.startsWith('Tests: ') ? TOTALS.exec(text) : null;
      if (t) {
        commit();
        const n = (word: RegExp): number => Number(new RegExp(`${word.source}: (\\d+)`).exec(t[2] ?? '')?.[1] ?? 0);
        totals = { tests: Number(t[1]), failed: n(/Errors/) + n(/Failures/), skipped: n(/Skipped/) + n(/Incomplete/) };
        section = '';
        return;
      }
      if (section === 'failing') {
        const head = HEAD.exec(text);
        if (head) {
          commit();
          const name = `${head[2] ?? ''}${head[3] ? ` ${head[3]}` : ''}`;
          draft = new Draft(name, `${head[1] ?? ''}::${name}`);
          return;
        }
        if (/^(?:ERRORS|FAILURES)!$/.test(text)) return commit();
        if (draft) body(text);
        return;
      }
      // --testdox: `✘ Adds tax` and its box of `│ message` lines
      const dox = text.startsWith(' ✘ ') ? DOX_FAIL.exec(text) : null;
      if (dox) {
        commit();
        const name = (dox[1] ?? '').trim();
        draft = new Draft(name, name);
        return;
      }
      if (draft && text.startsWith('   │')) return body(text.slice(4).replace(/^ /, ''));
      if (draft && (DOX_PASS.test(text) || !text.trim())) commit();
    },
    finish(): ParserOutcome {
      commit();
      if (!totals) return { passed: null, failed: sink.tests, sawResults: sink.count > 0 };
      return { passed: Math.max(0, totals.tests - totals.failed - totals.skipped), failed: totals.failed, sawResults: true };
    },
  };
}
