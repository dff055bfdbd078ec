/**
 * What the sandbox user sees of the file system (pure planning; sandbox/jail.ts runs it).
 *
 * In its own mount namespace (util-linux `unshare --mount`, private propagation: nothing leaks to the
 * host), before the privileges are dropped:
 * - a *cover* is an empty tmpfs mounted over a folder: every hidden path (RUNNER_TEMP, the folders of
 *   the runner's file-command files, the droid's HOME, `.droid/`) and the topmost ancestor of an exposed
 *   path that the sandbox user could not enter (a 0700 workspace parent, a private HOME);
 * - an *exposed* path (the work tree, the round's scratch folder, the sandbox HOME, the engine's CLI) that
 *   lies under a cover is bind-mounted back at the same absolute path, through a directory descriptor
 *   opened before the cover went on, so the engine sees the paths the droid sees and nothing beside them;
 * - a hidden path inside an exposed one (`<tree>/.droid`) is covered last.
 */
import path from 'node:path';

export interface ViewInput {
  /** folders the sandbox user works in (read-write by their own permissions) */
  grants: readonly string[];
  /** folders it may read and run from (the engine's CLI package) */
  readOnly: readonly string[];
  /** folders it must not reach at all */
  hidden: readonly string[];
  /** may the sandbox user enter (search) this existing folder? */
  traversable(dir: string): boolean;
  /** does the path exist (and is it a directory)? */
  isDir(dir: string): boolean;
}

export interface Expose {
  path: string;
  readOnly: boolean;
}

export interface ViewPlan {
  covers: string[];
  /** exposed paths that lie under a cover, shortest first */
  exposes: Expose[];
  /** hidden folders covered after the exposes (inside an exposed path, or under no cover) */
  hides: string[];
}

/** descriptors 3..9: the ones a POSIX shell can name with one digit */
export const MAX_EXPOSES = 7;

function within(child: string, parent: string): boolean {
  if (parent === '/') return true;
  return child === parent || child.startsWith(`${parent}/`);
}

function ancestors(dir: string): string[] {
  const out: string[] = [];
  let current = path.dirname(dir);
  while (current !== '/' && current !== path.dirname(current)) {
    out.unshift(current);
    current = path.dirname(current);
  }
  return out;
}

function dedupeNested(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const p of sorted) if (!kept.some((k) => within(p, k))) kept.push(p);
  return kept;
}

export function planView(input: ViewInput): ViewPlan {
  const norm = (p: string): string => path.resolve(p);
  const exposed: Expose[] = [
    ...input.grants.map((p) => ({ path: norm(p), readOnly: false })),
    ...input.readOnly.map((p) => ({ path: norm(p), readOnly: true })),
  ].filter((e) => e.path !== '/' && input.isDir(e.path));
  // a read-only expose inside a read-write one adds nothing; a grant always wins over read-only
  const outer = exposed
    .sort((a, b) => a.path.length - b.path.length || Number(a.readOnly) - Number(b.readOnly))
    .filter((e, i, all) => !all.slice(0, i).some((o) => within(e.path, o.path)));
  const hidden = [...new Set(input.hidden.map(norm))].filter(
    (h) => h !== '/' && input.isDir(h) && !outer.some((e) => e.path === h),
  );

  const covers: string[] = [];
  for (const e of outer) {
    const top = ancestors(e.path).find((a) => hidden.includes(a) || !input.traversable(a));
    if (top) covers.push(top);
  }
  // a hidden folder that holds no exposed path is covered too; one that holds one is an ancestor cover
  for (const h of hidden) {
    if (outer.some((e) => within(e.path, h))) continue;
    if (!outer.some((e) => within(h, e.path))) covers.push(h);
  }
  const finalCovers = dedupeNested(covers);
  const exposes = outer.filter((e) => finalCovers.some((c) => within(e.path, c) && e.path !== c));
  const hides = dedupeNested(hidden.filter((h) => outer.some((e) => within(h, e.path) && h !== e.path)));
  return { covers: finalCovers, exposes, hides };
}

/**
 * The root half of the sandbox's PID 1: builds the view, then runs the (already privilege-dropping)
 * command as its child and forwards SIGTERM to it (PID 1 ignores signals it has no handler for).
 * No path is part of the script text: they are positional parameters.
 */
export function setupScript(plan: ViewPlan): { script: string; params: string[] } {
  if (plan.exposes.length > MAX_EXPOSES) throw new Error(`at most ${MAX_EXPOSES} folders can be exposed under a cover (got ${plan.exposes.length})`);
  const params: string[] = [];
  const ref = (value: string): string => {
    params.push(value);
    return `"\${${params.length}}"`;
  };
  const lines = ['set -e'];
  plan.exposes.forEach((e, i) => lines.push(`exec ${i + 3}<${ref(e.path)}`));
  for (const c of plan.covers) lines.push(`mount -t tmpfs -o mode=0755,size=1m,nr_inodes=4096 droid-sandbox ${ref(c)}`);
  plan.exposes.forEach((e, i) => {
    const target = ref(e.path);
    lines.push(`mkdir -p ${target}`, `mount --no-canonicalize --bind /proc/self/fd/${i + 3} ${target}`);
    if (e.readOnly) lines.push(`mount --no-canonicalize -o remount,bind,ro ${target}`);
    lines.push(`exec ${i + 3}<&-`);
  });
  for (const h of plan.hides) lines.push(`mount -t tmpfs -o mode=0555,size=4k,nr_inodes=16 droid-sandbox ${ref(h)}`);
  lines.push(
    `shift ${params.length}`,
    'set +e',
    '"$@" &',
    'c=$!',
    "trap 'kill -TERM $c 2>/dev/null' TERM INT HUP",
    'while :; do wait $c; s=$?; kill -0 $c 2>/dev/null || break; done',
    'exit $s',
  );
  return { script: lines.join('\n'), params };
}
