/**
 * Installing an engine's CLI when the job image has none (as claude-code-action does): the Action and
 * the GitLab template call this before the engine's preflight; `--platform local` never installs on a
 * person's machine, it only says how.
 *
 * - The package and version are pinned to what this release was tested with (`PINNED`); the
 *   `engine_version` input / `DROID_ENGINE_VERSION` overrides the version.
 * - It goes into `<dir>/<package>@<version>` (`npm install --prefix`), a folder outside the work tree
 *   that the droid owns (a folder owned by someone else is refused: another account could have planted
 *   a binary there); a second run finds it there and installs nothing.
 * - npm runs with a minimal environment (PATH, HOME, proxies and `npm_config_*`): never the forge token
 *   or a model key. `--prefer-online` makes npm check the registry's metadata, so the integrity it checks
 *   the tarball against comes from the registry, not from a cache the work tree could reach.
 * - Afterwards the engine's override variable (`CLAUDE_CLI_PATH`, …) points at the installed binary,
 *   so the preflight and every round use it.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runProcess } from '../util/exec.js';
import { DroidError } from '../util/errors.js';
import type { Logger } from '../util/log.js';
import { tryLocateCli, type CliSpec } from './cli-path.js';
import { claudeCli } from './claude.js';
import { codexCli } from './codex.js';
import { droidCli } from './droid.js';

/** The npm package of each CLI engine and the version this release was tested with (package.json devDependencies). */
export const PINNED: Record<'droid' | 'claude' | 'codex', { package: string; version: string; spec: () => CliSpec }> = {
  droid: { package: 'droid', version: '0.215.0', spec: droidCli },
  claude: { package: '@anthropic-ai/claude-code', version: '2.1.332', spec: claudeCli },
  codex: { package: '@openai/codex', version: '0.169.0', spec: codexCli },
};

export interface EngineInstall {
  /** the folder installs go into (one sub-folder per package and version) */
  dir: string;
  /** overrides the pinned version */
  version?: string | undefined;
  /** the environment npm's settings come from (registry, proxies, cache) */
  env: NodeJS.ProcessEnv;
  /** where to look for an installed CLI before installing (default: cli-path.ts's search roots) */
  searchRoots?: string[] | undefined;
}

const VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$/;
/** what npm may see of the job's environment */
const NPM_ENV = /^(PATH|HOME|TMPDIR|LANG|LC_ALL|SSL_CERT_FILE|NODE_EXTRA_CA_CERTS|https?_proxy|HTTPS?_PROXY|no_proxy|NO_PROXY|npm_config_[a-z_]+|NPM_CONFIG_[A-Z_]+)$/;

export function npmEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    // an auth token for a private registry is a secret of its own: npm reads it from .npmrc, not from here
    if (value !== undefined && NPM_ENV.test(key) && !/token|auth|password/i.test(key)) out[key] = value;
  }
  return out;
}

/** The default folder: the runner's tool cache when there is one, else the temp folder; per user. */
export function defaultInstallDir(env: NodeJS.ProcessEnv, tmp: string): string {
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
  return env.RUNNER_TOOL_CACHE ? path.join(env.RUNNER_TOOL_CACHE, 'droid-engines') : path.join(tmp, `droid-engines-${uid}`);
}

function ownedDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  const stats = statSync(dir);
  const uid = typeof process.getuid === 'function' ? process.getuid() : stats.uid;
  if (!stats.isDirectory() || stats.uid !== uid || (stats.mode & 0o022) !== 0) {
    throw new DroidError('engine', `the engine install folder ${dir} is not a folder that only this user can write`, {
      hint: 'remove it, or install the engine CLI in the job image',
    });
  }
}

/**
 * Makes sure the engine's CLI can be found; installs the pinned package when it cannot. Returns what
 * happened, for the log; sets the engine's override variable in `engineEnv` after an install.
 * Non-CLI engines (command, fix-commands) need nothing.
 */
export async function ensureEngineCli(
  engine: string,
  engineEnv: NodeJS.ProcessEnv,
  install: EngineInstall,
  log: Logger,
): Promise<'found' | 'installed' | 'cached' | 'not-a-cli'> {
  const pinned = PINNED[engine as keyof typeof PINNED];
  if (!pinned) return 'not-a-cli';
  const spec = pinned.spec();
  if (tryLocateCli(spec, engineEnv, { searchRoots: install.searchRoots })) return 'found';
  const version = install.version?.trim() || pinned.version;
  if (!VERSION_RE.test(version)) {
    throw new DroidError('config', `engine_version "${version}" is not a version`, { hint: `use an npm version of ${pinned.package}, e.g. ${pinned.version}` });
  }
  const prefix = path.join(install.dir, `${pinned.package.replace('/', '+')}@${version}`);
  const located = (): string | undefined => tryLocateCli(spec, { PATH: '' }, { searchRoots: [prefix] })?.path;
  const cached = located();
  if (cached) {
    engineEnv[spec.overrideEnv] = cached;
    log.info(`${spec.label} ${version}: using the copy installed in ${prefix}`);
    return 'cached';
  }
  ownedDir(install.dir);
  log.info(`${spec.label} is not on PATH: installing ${pinned.package}@${version} into ${prefix}`);
  const run = await runProcess(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-online', '--loglevel=error', `${pinned.package}@${version}`],
    { cwd: install.dir, env: npmEnv(install.env), timeoutMs: 10 * 60_000, keepBytes: 8 * 1024 },
  );
  const found = run.exitCode === 0 ? located() : undefined;
  if (!found) {
    const why = run.spawnError ?? (run.timedOut ? 'npm timed out after 10 minutes' : run.output.trim().split('\n').slice(-6).join('\n') || `npm exited with ${String(run.exitCode)}`);
    throw new DroidError('engine', `could not install ${spec.label} (${pinned.package}@${version}): ${why}`, {
      hint: `${spec.installHint} in the job image before the droid runs, check engine_version, or make the npm registry reachable (npm_config_registry)`,
    });
  }
  engineEnv[spec.overrideEnv] = found;
  log.info(`${spec.label} ${version} installed`);
  return 'installed';
}
