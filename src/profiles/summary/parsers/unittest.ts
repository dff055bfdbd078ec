import type { ParserOutcome, RunnerParser } from '../parser.js';
import { Draft, type FailureSink } from '../sink.js';
import { isPythonUserFile, MessageGather, pythonFrame, sameTail, type PythonFrame } from './python.js';

// `FAIL: test_x (pkg.mod.Class.test_x)` (3.11+), `FAIL: test_x (pkg.mod.Class)` (older), `… (n=1)` for a subTest
const HEAD = /^(FAIL|ERROR|UNEXPECTED SUCCESS): (\S{1,300}) \((\S{1,500})\)(?: (\(.{1,300}\)))?$/;
const RAN = /^Ran (\d+) tests? in [\d.]+s$/;
const VERDICT = /^(?:OK|FAILED)(?: \((.{1,200})\))?$/;
const VERBOSE = /^(\S{1,300}) \((\S{1,500})\)(?: (\(.{1,300}\)))? \.\.\. (ok|FAIL|ERROR|skipped|expected failure|unexpected success)/;

function dotted(id: string, name: string): string {
  return id.endsWith(`.${name}`) ? id : `${id}.${name}`;
}

/** The test module's file from a dotted id (`tests.test_rates.TestConvert.test_x` → `tests/test_rates.py`) if a frame shows it. */
function moduleFile(frames: readonly PythonFrame[], id: string): PythonFrame | undefined {
  const parts = id.split('.');
  for (let n = parts.length; n > 0; n -= 1) {
    const file = `${parts.slice(0, n).join('/')}.py`;
    const hit = [...frames].reverse().find((f) => sameTail(f.file, file));
    if (hit) return { ...hit, file };
  }
  return undefined;
}

/** `python -m unittest` (and unittest-based runners such as Django's): default and -v. */
export function unittestParser(sink: FailureSink): RunnerParser {
  let ran: number | null = null;
  const counts = { failures: 0, errors: 0, skipped: 0, verdict: false, verboseOk: 0 };
  let draft: Draft | undefined;
  let id = '';
  let frames: PythonFrame[] = [];
  let gathered = new MessageGather();
  let inTrace = false;

  const commit = (): void => {
    if (draft) {
      const own = moduleFile(frames, id) ?? frames.filter((f) => isPythonUserFile(f.file)).pop();
      if (own) draft.at(own.file, own.line);
      for (const l of gathered.pick()) draft.msg.add(l);
      draft.commit(sink);
    }
    draft = undefined;
    frames = [];
    gathered = new MessageGather();
    inTrace = false;
  };

  return {
    runner: 'unittest',
    line(text) {
      const head = text.startsWith('FAIL') || text.startsWith('ERROR') || text.startsWith('UNEXPECTED') ? HEAD.exec(text) : null;
      if (head) {
        commit();
        const name = head[2] ?? '';
        id = dotted(head[3] ?? '', name);
        const sub = head[4] ? ` ${head[4]}` : '';
        // a module that failed to import: unittest names it `unittest.loader._FailedTest.<module>`
        const failedImport = id.startsWith('unittest.loader._FailedTest.');
        if (failedImport) id = name;
        draft = new Draft(`${name}${sub}`, `${id}${sub}`, { error: failedImport });
        // it has no traceback: what happened is the heading
        if (head[1] === 'UNEXPECTED SUCCESS') draft.msg.add('unexpected success: the test passed, but it is marked @unittest.expectedFailure');
        return;
      }
      if (text.startsWith('=====') || text.startsWith('-----')) {
        if (text.startsWith('-----') && draft) inTrace = true;
        else commit();
        return;
      }
      const r = text.startsWith('Ran ') ? RAN.exec(text) : null;
      if (r) {
        commit();
        ran = (ran ?? 0) + Number(r[1]);
        return;
      }
      const v = text.startsWith('OK') || text.startsWith('FAILED') ? VERDICT.exec(text) : null;
      if (v && ran !== null) {
        counts.verdict = true;
        for (const part of (v[1] ?? '').split(', ')) {
          const [k, n] = part.split('=');
          if (k === 'failures' || k === 'errors' || k === 'skipped' || k === 'expected failures' || k === 'unexpected successes') {
            const key = k === 'failures' || k === 'unexpected successes' ? 'failures' : k === 'errors' ? 'errors' : 'skipped';
            counts[key] += Number(n);
          }
        }
        return;
      }
      if (draft && inTrace) {
        const frame = pythonFrame(text);
        if (frame) {
          if (frames.length < 32 && isPythonUserFile(frame.file)) frames.push(frame);
          return;
        }
        if (text.startsWith('Traceback ') || /^ {4}/.test(text)) return;
        gathered.add(text);
        return;
      }
      const verbose = text.includes(' ... ') ? VERBOSE.exec(text) : null;
      if (verbose?.[4] === 'ok') counts.verboseOk += 1;
    },
    finish(): ParserOutcome {
      commit();
      if (ran === null) return { passed: counts.verboseOk > 0 ? counts.verboseOk : null, failed: sink.tests, sawResults: counts.verboseOk > 0 || sink.count > 0 };
      const failed = counts.failures + counts.errors;
      return { passed: Math.max(0, ran - failed - counts.skipped), failed, sawResults: true };
    },
  };
}
