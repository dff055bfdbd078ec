import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../src/audit/audit.js';
import type { Telemetry } from '../src/audit/telemetry.js';
import type { AuditLine } from '../src/audit/types.js';
import { Redactor } from '../src/util/redact.js';

/**
 * The audit sink itself: whatever a stage hands it (an error message with a token in it, an API path with
 * a key in the query), the line on disk and the line sent to telemetry are redacted.
 */
const TOKEN = 'audit-secret-6b1f0e2d9c8a7b6c';
const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'droid-audit-'));
  dirs.push(dir);
  const redactor = new Redactor();
  redactor.add(TOKEN);
  const sent: AuditLine[] = [];
  const stages: string[] = [];
  const telemetry: Telemetry = {
    setAttributes: () => undefined,
    startStage: (s) => stages.push(`start ${s}`),
    endStage: (s, o) => stages.push(`end ${s} ${o}`),
    event: (l) => sent.push(l),
    shutdown: async () => undefined,
  };
  let actor = 'unknown';
  const audit = new AuditLog('run-1', { actor: () => actor, redactor, telemetry, now: () => new Date('2026-01-02T03:04:05.000Z') });
  return { dir, audit, sent, stages, setActor: (a: string) => (actor = a) };
}

describe('AuditLog', () => {
  it('redacts every line, on disk and on the way to telemetry', async () => {
    const { dir, audit, sent } = setup();
    const file = join(dir, 'a/b/audit.jsonl');
    audit.useFile(file);
    audit.record({
      stage: 'pr',
      action: 'api.call',
      outcome: 'fail',
      detail: { method: 'GET', path: `/repos/o/r?access_token=${TOKEN}`, error: `Authorization: Bearer ghp_${'k'.repeat(36)}`, status: 401 },
    });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('k'.repeat(36));
    expect(JSON.parse(text)).toEqual({
      time: '2026-01-02T03:04:05.000Z',
      run_id: 'run-1',
      actor: 'unknown',
      stage: 'pr',
      action: 'api.call',
      outcome: 'fail',
      detail: { method: 'GET', path: '/repos/o/r?access_token=***', error: 'Authorization: Bearer ***', status: 401 },
    });
    expect(JSON.stringify(sent)).not.toContain(TOKEN);
    await audit.close();
  });

  it('writes a failing stage as stage.end/fail with the redacted reason, and rethrows', async () => {
    const { dir, audit, stages } = setup();
    audit.useFile(join(dir, 'audit.jsonl'));
    await expect(audit.stage('push', () => Promise.reject(new Error(`push to https://x-access-token:${TOKEN}@h/r.git refused`)))).rejects.toThrow('refused');
    const lines = readFileSync(join(dir, 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as AuditLine);
    expect(lines.map((l) => [l.stage, l.action, l.outcome])).toEqual([
      ['push', 'stage.start', 'ok'],
      ['push', 'stage.end', 'fail'],
    ]);
    expect(String(lines[1]!.detail?.error)).toBe('push to https://x-access-token:***@h/r.git refused');
    expect(stages).toEqual(['start push', 'end push fail']);
  });

  it('keeps lines in memory until it knows its file, then carries them over in order', () => {
    const { dir, audit, setActor } = setup();
    audit.record({ stage: 'trigger', action: 'request', outcome: 'ok' });
    setActor('alice');
    audit.record({ stage: 'config', action: 'config.read', outcome: 'ok' });
    expect(audit.entries).toHaveLength(2);
    const file = join(dir, 'logs/audit.jsonl');
    audit.useFile(file);
    audit.record({ stage: 'config', action: 'after', outcome: 'ok' });
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as AuditLine);
    expect(lines.map((l) => [l.action, l.actor])).toEqual([
      ['request', 'unknown'],
      ['config.read', 'alice'],
      ['after', 'alice'],
    ]);
    // moving to the same file again does not duplicate anything
    audit.useFile(file);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(3);
  });
});
