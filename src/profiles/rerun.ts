/**
 * "Failing tests first" (PRODUCT.md §3): a command that runs only the tests that failed last round,
 * for the runners whose command line can select tests. Test names come from test output, so they are
 * untrusted: each is single-quoted for the shell, and names with control characters are dropped.
 * When the runner is not recognised, or the command is a pipeline, there is no re-run (undefined).
 */
import type { ProfileResult } from './types.js';

const MAX_NAMES = 50;
const MAX_NAME_LENGTH = 300;

/** `it's` -> `'it'\''s'`: safe for /bin/sh whatever the text. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function rerunCommand(command: string, failing: readonly string[]): { command: string; count: number } | undefined {
  const names = [...new Set(failing)]
    .filter((n) => n.trim() !== '' && n.length <= MAX_NAME_LENGTH && !/[\0-\x1f\x7f]/.test(n))
    .slice(0, MAX_NAMES);
  if (names.length === 0) return undefined;
  // appending arguments is only meaningful for one simple command
  if (/[|;&<>`\n]|\$\(|\\$/.test(command)) return undefined;
  const base = command.trim();
  if (/(^|\s)(python3? -m )?pytest(\s|$)/.test(base)) {
    const ids = names.filter((n) => n.includes('::'));
    if (ids.length === 0) return undefined;
    return { command: `${base} ${ids.map(shellQuote).join(' ')}`, count: ids.length };
  }
  if (/(^|\s|\/)(vitest|jest)(\s|$)/.test(base) && !/\s--\s/.test(base)) {
    const pattern = names.map(escapeRegex).join('|');
    return { command: `${base} -t ${shellQuote(pattern)}`, count: names.length };
  }
  if (/(^|\s)go test(\s|$)/.test(base) && !/\s-run[\s=]/.test(base)) {
    // `TestStrings/trim` or `example.com/calc.TestStrings/trim` -> `TestStrings`
    const tops = [...new Set(names.map((n) => /(?:^|[./])((?:Test|Example|Fuzz)[A-Za-z0-9_]*)/.exec(n)?.[1]).filter((n) => n !== undefined))];
    if (tops.length === 0) return undefined;
    return { command: `${base} -run ${shellQuote(`^(${tops.join('|')})$`)}`, count: tops.length };
  }
  return undefined;
}

/**
 * The `rerunFirst` map for the next round, from this round's results: per failing profile, each
 * failure's pytest node id (`tests/x.py::test_y`) or else its test name.
 */
export function rerunFirstFrom(results: readonly ProfileResult[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of results) {
    if (r.summary.kind !== 'test-failures' || r.summary.failures.length === 0) continue;
    map.set(
      r.name,
      r.summary.failures.map((f) => (f.full_name.includes('::') ? f.full_name : f.name)),
    );
  }
  return map;
}
