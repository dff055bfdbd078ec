import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The shape of src/ (STYLE.md "Shape", issue 9): the layout holds only while nothing drifts back, so
 * these read the source tree itself. Each fails on the code it names (a circle, a platform test outside
 * src/platform/, a file grown past what a reader can hold).
 */
const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

function sources(dir = SRC, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const files = sources();
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
const rel = (f: string): string => relative(SRC, f);

/** Relative imports (static, type-only and dynamic) of every file, as files. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const spec = /(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const [file, source] of text) {
    const deps = [...source.matchAll(spec)].map((m) => normalize(join(dirname(file), m[1] ?? '')).replace(/\.js$/, '.ts'));
    graph.set(file, deps.filter((d) => text.has(d)));
  }
  return graph;
}

/** Strongly connected components with more than one file (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      for (;;) {
        const w = stack.pop()!;
        onStack.delete(w);
        component.push(rel(w));
        if (w === v) break;
      }
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the layout of src/', () => {
  it('has no import circle (type-only and dynamic imports included)', () => {
    expect(circles(importGraph())).toEqual([]);
  });

  it('names a platform only under src/platform/: no other file compares a platform name', () => {
    const comparison = /(?:[!=]==\s*'(?:github|gitlab|local)'|'(?:github|gitlab|local)'\s*[!=]==|\.platform\s*[!=]==)/;
    const offenders = files
      .filter((f) => !rel(f).startsWith('platform/'))
      .flatMap((f) => (text.get(f) ?? '').split('\n').map((line, i) => [`${rel(f)}:${i + 1}`, line] as const))
      .filter(([, line]) => comparison.test(line) && !line.includes('process.platform'))
      .map(([where, line]) => `${where}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });

  it('keeps src/ to folders and its two bundle entries, and every file to a size a reader can hold', () => {
    const top = readdirSync(SRC).filter((name) => !statSync(join(SRC, name)).isDirectory());
    expect(top.sort()).toEqual(['cli-entry.ts', 'index.ts']);
    const long = files.map((f) => [rel(f), (text.get(f) ?? '').split('\n').length] as const).filter(([, lines]) => lines > 600);
    expect(long).toEqual([]);
  });

  it('gives each shared primitive one home: no second copy of a JSON-shape, path-inside, ANSI, line-splitting, JUnit-limit, command-text or git-auth helper', () => {
    const homes: [RegExp, string][] = [
      [/!== null && !Array\.isArray\(/, 'util/validate.ts'],
      [/startsWith\((?:'\.\.'|`\.\.)/, 'util/validate.ts'],
      [/function stripAnsi\b|\\x1b\[/, 'util/text.ts'],
      [/class LineSplitter\b/, 'util/text.ts'],
      [/MAX_JUNIT_BYTES\s*=/, 'profiles/summary/junit.ts'],
      [/function parseCommandText\b/, 'trigger/command-text.ts'],
      [/\$\{[^}]*\}\/?\.extraheader`/, 'git/auth.ts'],
    ];
    const copies = homes.flatMap(([pattern, home]) =>
      files.filter((f) => rel(f) !== home && pattern.test(text.get(f) ?? '')).map((f) => `${rel(f)} repeats ${home}'s ${String(pattern)}`),
    );
    expect(copies).toEqual([]);
  });

  it('keeps every function, method and closure to 100 lines', () => {
    const long: string[] = [];
    for (const [file, source] of text) {
      const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
      const visit = (n: ts.Node): void => {
        if (ts.isFunctionLike(n) && 'body' in n && n.body) {
          const first = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line;
          const last = sf.getLineAndCharacterOfPosition(n.end).line;
          if (last - first + 1 > 100) long.push(`${rel(file)}:${first + 1} (${last - first + 1} lines)`);
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(long).toEqual([]);
  });
});
