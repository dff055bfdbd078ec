import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderJsonSchema } from '../src/config/json-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const committed = path.join(root, 'schema', 'droid.schema.json');
const run = promisify(execFile);

describe('the JSON Schema for editors', () => {
  it('the committed schema/droid.schema.json is the one generated from the zod schema', async () => {
    expect(await readFile(committed, 'utf8')).toBe(renderJsonSchema());
  });

  it('describes every key with its default, and rejects unknown keys', () => {
    const schema = JSON.parse(renderJsonSchema()) as {
      $schema: string;
      additionalProperties: boolean;
      required: string[];
      properties: Record<string, { default?: unknown; properties?: Record<string, { default?: unknown; enum?: unknown[] }> }>;
    };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['version']);
    expect(Object.keys(schema.properties)).toEqual(['version', 'tests', 'pr', 'engine', 'access', 'ci', 'audit', 'sandbox']);
    expect(schema.properties['tests']?.default).toEqual([]);
    expect(schema.properties['engine']?.properties?.['use']?.enum).toEqual(['droid', 'claude', 'codex', 'command', 'fix-commands']);
    expect(schema.properties['audit']?.properties?.['file']?.default).toBe('.droid/audit.jsonl');
  });

  it('scripts/gen-schema.mjs regenerates the same file on plain Node, without a TypeScript loader', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'droid-schema-'));
    try {
      const out = path.join(dir, 'droid.schema.json');
      await run(process.execPath, [path.join(root, 'scripts', 'gen-schema.mjs'), '--out', out], { cwd: root });
      expect(await readFile(out, 'utf8')).toBe(await readFile(committed, 'utf8'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
