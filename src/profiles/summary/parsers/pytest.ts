import { addCount, countOf, type ParserOutcome, type RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { tidyPath } from '../location.js';

const SECTION = /^={3,} (.+?) ={3,}$/;
const BLOCK = /^_{3,} (.+?) _{3,}$/;
const WHERE = /^(\S+\.py):(\d+): ?(.*)$/;
const SHORT = /^(FAILED|ERROR) (\S+?)(?: - (.*))?$/;
const TOTALS = /^(?:=+ )?((?:\d+ \w+(?:, )?)+) in [\d.]+s(?: \([^)]*\))?(?: =+)?$/;

/** Splits `TestStrings.test_trims[1.5]` into its last name without breaking inside the parameters. */
function lastName(title: string): string {
  const bracket = title.indexOf('[');
  const head = bracket >= 0 ? title.slice(0, bracket) : title;
  const dot = head.lastIndexOf('.');
  return dot >= 0 ? title.slice(dot + 1) : title;
}

/** pytest's terminal reporter, default, -q and -v, with the FAILURES/ERRORS sections and the short summary. */
export function pytestParser(sink: FailureSink): RunnerParser {
  let passed: number | null = null;
  let failed: number | null = null;
  let sawResults = false;
  let infraReason: string | undefined;
  let section = '';
  let draft: Draft | undefined;
  let title = '';
  let where: { file: string; line: number; exc: string } | undefined;
  let fromSectionsThisRun = 0;

  const commit = (): void => {
    if (draft) {
      if (where) {
        draft.at(where.file, where.line);
        if (!draft.error) draft.full_name = `${where.file}::${title.replace(/\.(?![^[]*\])/g, '::')}`;
        if (draft.msg.length === 0 && where.exc) draft.msg.add(where.exc);
      }
      draft.commit(sink);
      fromSectionsThisRun += 1;
    }
    draft = undefined;
    where = undefined;
  };

  return {
    runner: 'pytest',
    line(text) {
      const sec = text.startsWith('===') ? SECTION.exec(text) : null;
      if (sec) {
        commit();
        const name = sec[1] ?? '';
        const totals = TOTALS.exec(name);
        if (totals) {
          readTotals(totals[1] ?? '');
          return;
        }
        section = name;
        if (name === 'test session starts') fromSectionsThisRun = 0;
        return;
      }
      if (section === 'FAILURES' || section === 'ERRORS') {
        const block = text.startsWith('___') ? BLOCK.exec(text) : null;
        if (block) {
          commit();
          title = block[1] ?? '';
          if (section === 'ERRORS') {
            const target = title.replace(/^ERROR (collecting|at \w+ of) /, '');
            const collecting = /^ERROR collecting/.test(title);
            draft = new Draft(collecting ? target : lastName(target), title, { error: collecting });
          } else {
            draft = new Draft(lastName(title), title);
          }
          return;
        }
        if (!draft) return;
        const w = WHERE.exec(text);
        if (w) {
          where = { file: tidyPath(w[1] ?? ''), line: Number(w[2]), exc: (w[3] ?? '').replace(/^in /, '') };
          return;
        }
        if (/^E\s/.test(text)) draft.msg.add(text.slice(1));
        return;
      }
      if (section === 'short test summary info') {
        const s = SHORT.exec(text);
        if (s) {
          const nodeid = s[2] ?? '';
          const file = nodeid.split('::')[0] ?? '';
          const rest = nodeid.split('::').slice(1).join('.');
          const known = sink.find((f) => f.full_name === nodeid || (f.file === file && f.full_name.endsWith(`::${nodeid.split('::').slice(1).join('::')}`)) || f.name === rest);
          if (known) {
            if (!known.error) known.full_name = nodeid;
          } else if (fromSectionsThisRun === 0) {
            const d = new Draft(lastName(rest || nodeid), nodeid, { file, error: s[1] === 'ERROR' && !rest });
            d.msg.add(s[3] ?? '');
            d.commit(sink);
          }
          return;
        }
      }
      if (text.includes('Interrupted: ') && /error(s)? during collection/.test(text)) {
        infraReason ??= 'pytest stopped: errors during collection';
        return;
      }
      const totals = text.includes(' in ') ? TOTALS.exec(text) : null;
      if (totals && /\b(passed|failed|error|errors|skipped|deselected|xfailed|xpassed|no tests ran)\b/.test(totals[1] ?? '')) {
        readTotals(totals[1] ?? '');
        return;
      }
      if (!sawResults && /^\S+\.py (?:[.FEsxX]+ *\[|::\S+ (PASSED|FAILED|ERROR))|^collected \d+ item/.test(text)) sawResults = true;
    },
    finish(): ParserOutcome {
      commit();
      return { passed, failed, sawResults, infraReason };
    },
  };

  function readTotals(body: string): void {
    sawResults = true;
    section = '';
    // errors at setup/teardown are failed tests too; errors while collecting are not tests
    const errors = infraReason ? 0 : (countOf(body, /errors?/) ?? 0);
    failed = addCount(failed, (countOf(body, /failed/) ?? 0) + errors);
    passed = addCount(passed, countOf(body, /passed/) ?? 0);
    fromSectionsThisRun = 0;
  }
}
