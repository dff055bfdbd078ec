/**
 * The Jira and Linear adapters at the HTTP wire, against the fakes in test/support: auth as each system
 * documents it, the Markdown the description becomes, the unknown key, the one write-back comment that
 * is edited rather than repeated, the transition made once, 5xx retries and 429 Retry-After.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../src/audit/audit.js';
import { defaultConfig } from '../src/config/schema.js';
import type { TicketsConfig } from '../src/config/types.js';
import { ticketSystemFor } from '../src/tickets/index.js';
import { lookUpTicket, writeBackTicket, writeBackText } from '../src/tickets/stage.js';
import type { TicketSystem } from '../src/tickets/types.js';
import type { Request } from '../src/trigger/request.js';
import { silentLogger } from '../src/util/log.js';
import { Redactor } from '../src/util/redact.js';
import { startJiraApi, type JiraApi } from './support/jira-api/server.js';
import { ADF_DESCRIPTION, ADF_MARKDOWN, WIKI_DESCRIPTION, WIKI_MARKDOWN } from './support/jira-api/samples.js';
import { startLinearApi, type LinearApi } from './support/linear-api/server.js';

const TOKEN = 'jira-canary-T0ken-5f1e2d3c4b5a';
const LINEAR_KEY = 'lin_api_canaryK3y0123456789abcdef';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

function tickets(overrides: Partial<TicketsConfig>): TicketsConfig {
  return { ...defaultConfig().tickets, ...overrides };
}

function system(config: TicketsConfig, env: NodeJS.ProcessEnv, redactor = new Redactor()): TicketSystem {
  const made = ticketSystemFor(config, { DROID_GITHUB_RETRY_SCALE: '0.001', ...env }, { log: silentLogger, redactor, audit: new AuditLog('t', { redactor, actor: () => 'test' }) });
  if (!made || !('system' in made)) throw new Error(`no system: ${JSON.stringify(made)}`);
  return made.system;
}

async function jira(api: 'cloud' | 'server'): Promise<{ fake: JiraApi; sys: TicketSystem; redactor: Redactor }> {
  const fake = await startJiraApi({ api, token: TOKEN, email: 'bot@acme.example' });
  closers.push(() => fake.close());
  const redactor = new Redactor();
  const sys = system(tickets({ provider: 'jira', api, url: fake.url, transition: 'In Review' }), { JIRA_API_TOKEN: TOKEN, JIRA_EMAIL: 'bot@acme.example' }, redactor);
  return { fake, sys, redactor };
}

function request(lookup: string): Request {
  return {
    command: 'fix',
    ticket: { key: lookup, title: lookup, body: '' },
    ticketLookup: lookup,
    instructions: '',
    actor: 'octocat',
    actorIsBot: false,
    target: { kind: 'ticket' },
    source: { event: 'github:repository_dispatch' },
  };
}

describe('Jira Cloud (REST v3, Basic email:token, ADF)', () => {
  it('fetches title, status, URL and the ADF description as Markdown', async () => {
    const { fake, sys } = await jira('cloud');
    fake.addIssue({ key: 'PROJ-12', summary: 'Fix the status file', description: ADF_DESCRIPTION, status: 'To Do' });
    const ticket = await sys.fetch('PROJ-12');
    expect(ticket).toEqual({ key: 'PROJ-12', title: 'Fix the status file', description: ADF_MARKDOWN, url: `${fake.url}/browse/PROJ-12`, status: 'To Do' });
    expect(fake.authHeaders[0]).toBe(`Basic ${Buffer.from(`bot@acme.example:${TOKEN}`).toString('base64')}`);
    expect(fake.requests[0]).toEqual({ method: 'GET', path: '/rest/api/3/issue/PROJ-12' });
    expect(fake.violations).toEqual([]);
  });

  it('an unknown key (404 with Jira\'s error body) is a refusal naming the key and Jira', async () => {
    const { fake, sys } = await jira('cloud');
    const redactor = new Redactor();
    const result = await lookUpTicket(request('PROJ-404'), tickets({ provider: 'jira', url: fake.url }), { system: sys }, new AuditLog('t', { redactor, actor: () => 'test' }));
    expect(result.refusal).toMatch(/PROJ-404 does not exist in Jira/);
    expect(fake.violations).toEqual([]);
  });

  it('writes one comment (ADF) and edits it on the next run; transitions once', async () => {
    const { fake, sys } = await jira('cloud');
    const issue = fake.addIssue({ key: 'PROJ-12', summary: 'Fix it', status: 'To Do' });
    const audit = new AuditLog('t', { redactor: new Redactor(), actor: () => 'test' });
    const config = tickets({ provider: 'jira', url: fake.url, transition: 'In Review' });
    const first = await sys.fetch('PROJ-12');
    const text1 = writeBackText({ key: 'PROJ-12', prUrl: 'https://github.com/o/r/pull/7', prNumber: 7, testsLine: '1 profile(s) pass', testsPassed: true, kind: 'PR' });
    expect(await writeBackTicket({ config, system: sys, ticket: first!, text: text1, audit })).toEqual([]);
    expect(issue.comments).toHaveLength(1);
    expect(issue.status).toBe('In Review');
    const body = JSON.stringify(issue.comments[0]!.body);
    expect(body).toContain('"href":"https://github.com/o/r/pull/7"');
    expect(body).toContain('droid-ci:ticket:PROJ-12');

    const second = await sys.fetch('PROJ-12');
    const text2 = writeBackText({ key: 'PROJ-12', prUrl: 'https://github.com/o/r/pull/7', prNumber: 7, testsLine: 'failing: unit', testsPassed: false, kind: 'PR' });
    expect(await writeBackTicket({ config, system: sys, ticket: second!, text: text2, audit })).toEqual([]);
    expect(issue.comments).toHaveLength(1);
    expect(JSON.stringify(issue.comments[0]!.body)).toContain('failing: unit');
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/transitions'))).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  it('a 500 on write-back is a warning, never a throw; a 5xx on GET is retried', async () => {
    const { fake, sys } = await jira('cloud');
    fake.addIssue({ key: 'PROJ-12', summary: 'Fix it' });
    fake.failNext({ method: 'GET', pathPart: '/issue/PROJ-12' }, 503, 2);
    const ticket = await sys.fetch('PROJ-12');
    expect(ticket?.title).toBe('Fix it');
    expect(fake.requests.filter((r) => r.path === '/rest/api/3/issue/PROJ-12')).toHaveLength(3);
    fake.failNext({ method: 'POST', pathPart: '/comment' }, 500, 10);
    const warnings = await writeBackTicket({ config: tickets({ provider: 'jira', url: fake.url }), system: sys, ticket: ticket!, text: 'x', audit: new AuditLog('t', { redactor: new Redactor(), actor: () => 'test' }) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Could not comment on Jira ticket PROJ-12: .*POST \/rest\/api\/3\/issue\/PROJ-12\/comment answered 500: injected 500/);
    // a POST that may have been applied is not repeated
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(warnings[0]).not.toContain(TOKEN);
  });

  it('honours 429 Retry-After before trying again', async () => {
    const fake = await startJiraApi({ api: 'cloud', token: TOKEN, email: 'bot@acme.example' });
    closers.push(() => fake.close());
    // no wait scaling here: the client really waits the second the server asked for
    const sys = system(tickets({ provider: 'jira', url: fake.url }), { JIRA_API_TOKEN: TOKEN, JIRA_EMAIL: 'bot@acme.example', DROID_GITHUB_RETRY_SCALE: undefined });
    fake.addIssue({ key: 'PROJ-12', summary: 'Fix it' });
    fake.failNext({ method: 'GET' }, 429, 1, { 'Retry-After': '1' });
    const started = Date.now();
    expect((await sys.fetch('PROJ-12'))?.title).toBe('Fix it');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.requests).toHaveLength(2);
  });

  it('a wrong token is a 401 warning that names the variable, not the token', async () => {
    const fake = await startJiraApi({ api: 'cloud', token: 'the-right-one-123456', email: 'bot@acme.example' });
    closers.push(() => fake.close());
    const sys = system(tickets({ provider: 'jira', url: fake.url }), { JIRA_API_TOKEN: TOKEN, JIRA_EMAIL: 'bot@acme.example' });
    const result = await lookUpTicket(request('PROJ-1'), tickets({ provider: 'jira', url: fake.url }), { system: sys }, new AuditLog('t', { redactor: new Redactor(), actor: () => 'test' }));
    expect(result.refusal).toBeUndefined();
    expect(result.warning).toMatch(/Jira ticket PROJ-1 could not be read .*401/);
    expect(result.request.ticket.title).toBe('PROJ-1');
  });
});

describe('Jira Server / Data Center (REST v2, Bearer PAT, wiki markup)', () => {
  it('fetches through v2 with a Bearer token and converts wiki markup; comments are wiki strings', async () => {
    const { fake, sys } = await jira('server');
    const issue = fake.addIssue({ key: 'OPS-7', summary: 'Rotate logs', description: WIKI_DESCRIPTION, status: 'Open' });
    const ticket = await sys.fetch('OPS-7');
    expect(ticket?.description).toBe(WIKI_MARKDOWN);
    expect(fake.authHeaders[0]).toBe(`Bearer ${TOKEN}`);
    await sys.upsertComment('OPS-7', writeBackText({ key: 'OPS-7', prUrl: 'https://gitlab.example/g/p/-/merge_requests/3', prNumber: 3, testsLine: '1 profile(s) pass', testsPassed: true, kind: 'MR' }), 'droid-ci:ticket:OPS-7');
    expect(issue.comments[0]!.body).toContain('[MR !3|https://gitlab.example/g/p/-/merge_requests/3]');
    expect(issue.comments[0]!.body).toContain('*Droid for CI*');
    expect(fake.requests.every((r) => r.path.startsWith('/rest/api/2/'))).toBe(true);
    expect(fake.violations).toEqual([]);
  });
});

describe('Linear (GraphQL validated against the SDK schema, API key without Bearer)', () => {
  async function linear(): Promise<{ fake: LinearApi; sys: TicketSystem }> {
    const fake = await startLinearApi({ apiKey: LINEAR_KEY });
    closers.push(() => fake.close());
    return { fake, sys: system(tickets({ provider: 'linear', url: fake.url }), { LINEAR_API_KEY: LINEAR_KEY }) };
  }

  it('fetches ENG-42 with every operation valid against the schema', async () => {
    const { fake, sys } = await linear();
    fake.addIssue({ identifier: 'ENG-42', title: 'Make status say fixed', description: '## Steps\n\n- edit `status.txt`', state: 'Todo' });
    const ticket = await sys.fetch('ENG-42');
    expect(ticket).toMatchObject({ key: 'ENG-42', title: 'Make status say fixed', description: '## Steps\n\n- edit `status.txt`', status: 'Todo' });
    expect(ticket?.url).toMatch(/^https:\/\/linear\.app\/acme\/issue\/ENG-42\//);
    expect(fake.authHeaders).toEqual([LINEAR_KEY]);
    expect(fake.violations).toEqual([]);
  });

  it('an unknown identifier is a refusal naming Linear', async () => {
    const { fake, sys } = await linear();
    const result = await lookUpTicket(request('ENG-999'), tickets({ provider: 'linear' }), { system: sys }, new AuditLog('t', { redactor: new Redactor(), actor: () => 'test' }));
    expect(result.refusal).toMatch(/ENG-999 does not exist in Linear/);
    expect(fake.violations).toEqual([]);
  });

  it('comments once, edits that comment later, and moves the issue to the state once', async () => {
    const { fake, sys } = await linear();
    const issue = fake.addIssue({ identifier: 'ENG-42', title: 't', state: 'Todo' });
    issue.comments.push({ id: 'human-1', body: 'droid-ci:ticket:ENG-42 copied by a human', mine: false });
    const config = tickets({ provider: 'linear', transition: 'In Review' });
    const audit = new AuditLog('t', { redactor: new Redactor(), actor: () => 'test' });
    for (const tests of ['1 profile(s) pass', 'failing: unit']) {
      const ticket = await sys.fetch('ENG-42');
      const text = writeBackText({ key: 'ENG-42', prUrl: 'https://github.com/o/r/pull/9', prNumber: 9, testsLine: tests, testsPassed: tests.includes('pass'), kind: 'PR' });
      expect(await writeBackTicket({ config, system: sys, ticket: ticket!, text, audit })).toEqual([]);
    }
    const mine = issue.comments.filter((c) => c.mine);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toContain('failing: unit');
    expect(issue.comments.find((c) => c.id === 'human-1')!.body).toBe('droid-ci:ticket:ENG-42 copied by a human');
    expect(issue.state).toBe('In Review');
    expect(fake.operations.filter((o) => o.name === 'DroidIssueUpdate')).toHaveLength(1);
    expect(fake.operations.map((o) => o.name)).toContain('DroidCommentUpdate');
    expect(fake.violations).toEqual([]);
  });

  it('the fake rejects an operation that is not in Linear\'s schema', async () => {
    const { fake } = await linear();
    const res = await fetch(fake.url, { method: 'POST', headers: { Authorization: LINEAR_KEY, 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ issue(id: "ENG-1") { titel } }' }) });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('Cannot query field \\"titel\\" on type \\"Issue\\"');
    expect(fake.violations).toHaveLength(1);
  });

  it('retries a GraphQL query on 502 and honours 429 Retry-After; a missing key is a warning', async () => {
    const { fake, sys } = await linear();
    fake.addIssue({ identifier: 'ENG-42', title: 'ok' });
    fake.failNext(502, 1);
    fake.failNext(429, 1, { 'Retry-After': '1' });
    expect((await sys.fetch('ENG-42'))?.title).toBe('ok');
    expect(fake.authHeaders).toHaveLength(3);
    const made = ticketSystemFor(tickets({ provider: 'linear' }), {}, { log: silentLogger, redactor: new Redactor(), audit: new AuditLog('t', { redactor: new Redactor(), actor: () => 'test' }) });
    expect(made).toEqual({ problem: expect.stringMatching(/LINEAR_API_KEY is not set/) });
  });
});

describe('keys:', () => {
  it('only keys of the listed projects are looked up', async () => {
    const { fake, sys } = await jira('cloud');
    fake.addIssue({ key: 'WEB-1', summary: 'web' });
    const audit = new AuditLog('t', { redactor: new Redactor(), actor: () => 'test' });
    const config = tickets({ provider: 'jira', url: fake.url, keys: ['PROJ'] });
    const ignored = await lookUpTicket(request('WEB-1'), config, { system: sys }, audit);
    expect(ignored.fetched).toBeUndefined();
    expect(fake.requests).toHaveLength(0);
    const looked = await lookUpTicket(request('WEB-1'), { ...config, keys: ['PROJ', 'WEB'] }, { system: sys }, audit);
    expect(looked.request.ticket.title).toBe('web');
  });
});

describe('tickets: in .droid.yml', () => {
  it('defaults to provider none and checks names, keys and the Jira URL', async () => {
    const { loadConfig } = await import('../src/config/load.js');
    expect(loadConfig({ text: 'version: 1\n', file: '.droid.yml' }).tickets.provider).toBe('none');
    const ok = loadConfig({ text: 'version: 1\ntickets:\n  provider: jira\n  url: https://acme.atlassian.net\n  keys: [PROJ, WEB]\n  transition: In Review\n', file: '.droid.yml' });
    expect(ok.tickets).toMatchObject({ provider: 'jira', api: 'cloud', keys: ['PROJ', 'WEB'], on_pr: 'comment', transition: 'In Review' });
    expect(() => loadConfig({ text: 'version: 1\ntickets:\n  provider: jira\n', file: '.droid.yml' })).toThrow(/tickets.url is required/);
    expect(() => loadConfig({ text: 'version: 1\ntickets:\n  provider: linear\n  token_env: lin_api_abc def\n', file: '.droid.yml' })).toThrow(/NAME of an environment variable/);
    expect(() => loadConfig({ text: 'version: 1\ntickets:\n  provider: jira\n  url: https://me:pw@acme.atlassian.net\n', file: '.droid.yml' })).toThrow(/must not contain credentials/);
  });
});

describe('the ticket token stays with the ticket client', () => {
  it('is dropped from the engine environment under any name token_env gives, and masked once the client is built', async () => {
    const { ticketSecretNames } = await import('../src/tickets/index.js');
    const { withoutNames } = await import('../src/tickets/stage.js');
    const config = tickets({ provider: 'jira', url: 'https://acme.atlassian.net', token_env: 'ACME_JIRA_PAT' });
    expect(ticketSecretNames(config)).toEqual(['ACME_JIRA_PAT']);
    expect(ticketSecretNames(tickets({ provider: 'linear' }))).toEqual(['LINEAR_API_KEY']);
    expect(ticketSecretNames(tickets({}))).toEqual([]);
    expect(withoutNames({ ACME_JIRA_PAT: TOKEN, PATH: '/bin' }, ticketSecretNames(config))).toEqual({ PATH: '/bin' });
    const redactor = new Redactor();
    system({ ...config, api: 'server' }, { ACME_JIRA_PAT: TOKEN }, redactor);
    expect(redactor.redact(`Authorization: Bearer ${TOKEN} and ${TOKEN}`)).not.toContain(TOKEN);
  });
});
