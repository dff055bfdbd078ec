/**
 * Installing a missing engine CLI: real npm against a registry on 127.0.0.1 that serves the package
 * metadata (packument) and a tarball made with `npm pack`, as registry.npmjs.org does.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureEngineCli, npmEnv, PINNED } from '../src/engine/install.js';
import type { Logger } from '../src/util/log.js';

const VERSION = PINNED.codex.version;
let tmp: string;
let server: Server;
let registry: string;
const requests: string[] = [];
const lines: string[] = [];
const log: Logger = { debug: () => {}, info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m), group: () => () => {} };

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'droid-install-'));
  const pkg = join(tmp, 'pkg');
  mkdirSync(join(pkg, 'bin'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@openai/codex', version: VERSION, bin: { codex: 'bin/codex.js' } }));
  writeFileSync(join(pkg, 'bin', 'codex.js'), '#!/usr/bin/env node\nconsole.log("codex from the registry");\n', { mode: 0o755 });
  const file = execFileSync('npm', ['pack', '--silent', '--pack-destination', tmp], { cwd: pkg, encoding: 'utf8' }).trim().split('\n').pop()!;
  const tarball = readFileSync(join(tmp, file));
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const url = decodeURIComponent(req.url ?? '');
    if (url === '/@openai/codex') {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          name: '@openai/codex',
          'dist-tags': { latest: VERSION },
          versions: {
            [VERSION]: {
              name: '@openai/codex',
              version: VERSION,
              bin: { codex: 'bin/codex.js' },
              dist: {
                tarball: `${registry}/tarballs/codex-${VERSION}.tgz`,
                shasum: createHash('sha1').update(tarball).digest('hex'),
                integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
              },
            },
          },
        }),
      );
    } else if (url === `/tarballs/codex-${VERSION}.tgz`) {
      res.end(tarball);
    } else {
      res.statusCode = 404;
      res.end('{"error":"not found"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(tmp, { recursive: true, force: true });
});

function npmSettings(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: join(tmp, 'home'), npm_config_registry: registry, npm_config_cache: join(tmp, 'npm-cache'), GITHUB_TOKEN: 'ghp_canaryInstall000000000000000000000000' };
}

describe('installing a missing engine CLI', () => {
  it('installs the pinned package with npm, points the engine at it, and reuses it on the next run', async () => {
    const dir = join(tmp, 'engines');
    const engineEnv: NodeJS.ProcessEnv = { PATH: '/usr/bin:/bin' };
    const first = await ensureEngineCli('codex', engineEnv, { dir, env: npmSettings(), searchRoots: [] }, log);
    expect(first).toBe('installed');
    const installed = engineEnv.CODEX_CLI_PATH!;
    expect(installed).toContain(join(dir, `@openai+codex@${VERSION}`));
    expect(execFileSync(installed, { encoding: 'utf8' })).toContain('codex from the registry');
    expect(requests.some((r) => r.includes('tarballs'))).toBe(true);

    const seen = requests.length;
    const again: NodeJS.ProcessEnv = { PATH: '/usr/bin:/bin' };
    expect(await ensureEngineCli('codex', again, { dir, env: npmSettings(), searchRoots: [] }, log)).toBe('cached');
    expect(again.CODEX_CLI_PATH).toBe(installed);
    expect(requests.length).toBe(seen);
  });

  it('installs nothing when the CLI is already there, and nothing for engines without a CLI', async () => {
    const engineEnv: NodeJS.ProcessEnv = { PATH: '/usr/bin:/bin', CODEX_CLI_PATH: '/bin/true' };
    expect(await ensureEngineCli('codex', engineEnv, { dir: join(tmp, 'unused'), env: npmSettings(), searchRoots: [] }, log)).toBe('found');
    expect(await ensureEngineCli('fix-commands', {}, { dir: join(tmp, 'unused'), env: npmSettings(), searchRoots: [] }, log)).toBe('not-a-cli');
  });

  it('a version the registry does not have is an engine error naming the package, the version and the fix', async () => {
    const engineEnv: NodeJS.ProcessEnv = { PATH: '/usr/bin:/bin' };
    const error = await ensureEngineCli('codex', engineEnv, { dir: join(tmp, 'engines-404'), version: '9.9.9', env: npmSettings(), searchRoots: [] }, log).catch((e: unknown) => e as Error & { hint?: string });
    expect(String(error)).toContain('@openai/codex@9.9.9');
    expect((error as { hint?: string }).hint).toContain('engine_version');
    expect(engineEnv.CODEX_CLI_PATH).toBeUndefined();
  });

  it('refuses a version that is not one, and an install folder others can write', async () => {
    await expect(ensureEngineCli('codex', { PATH: '' }, { dir: join(tmp, 'x'), version: '1.0; rm -rf /', env: npmSettings(), searchRoots: [] }, log)).rejects.toThrow(/is not a version/);
    const open = join(tmp, 'open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    await expect(ensureEngineCli('codex', { PATH: '' }, { dir: open, env: npmSettings(), searchRoots: [] }, log)).rejects.toThrow(/only this user can write/);
  });

  it('npm sees no token of the job: only PATH, HOME, proxies and npm settings', () => {
    const env = npmEnv({ PATH: '/bin', HOME: '/h', GITHUB_TOKEN: 'x', INPUT_GITHUB_TOKEN: 'y', ANTHROPIC_API_KEY: 'z', npm_config_registry: 'r', NPM_CONFIG__AUTHTOKEN: 'secret', https_proxy: 'p' });
    expect(env).toEqual({ PATH: '/bin', HOME: '/h', npm_config_registry: 'r', https_proxy: 'p' });
  });
});
