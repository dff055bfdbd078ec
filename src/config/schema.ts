/**
 * The `.droid.yml` schema, version 1 (PRODUCT.md §2): keys, defaults and checks, in one place.
 * The JSON Schema for editors (schema/droid.schema.json) is generated from this file (json-schema.ts).
 * Every object is strict: an unknown key is an error (load.ts adds the "did you mean").
 */
import * as z from 'zod';
import type { DroidConfig } from './types.js';
import { TEMPLATE_FIELDS, unknownTemplateFields } from './template.js';
import { checkHttpUrl, isRecord, isValidBranchName } from '../util/validate.js';

export const MAX_PROFILE_TIMEOUT_SECONDS = 6 * 60 * 60;
export const MAX_ENGINE_TIMEOUT_MINUTES = 6 * 60;
export const MAX_CI_TIMEOUT_MINUTES = 6 * 60;
export const MAX_PROFILES = 100;
export const MAX_TESTS_CONCURRENCY = 64;

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Names the scrubbed environment removes (PRODUCT.md §3); a value for them in a committed file is a leaked secret. */
const SECRET_ENV_NAME = /(^|_)(API_KEY|TOKEN|SECRET|PASSWORD|PRIVATE_KEY)$|^(ACTIONS_RUNTIME_|ACTIONS_ID_TOKEN_)/i;
const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Why a repo-relative path or glob is unacceptable, or undefined when it is fine. */
export function relativePathProblem(value: string): string | undefined {
  if (value.includes('\0')) return 'must not contain a NUL character';
  if (value.includes('\\')) return 'must use "/" as separator, not "\\"';
  if (value.startsWith('/') || /^[A-Za-z]:/.test(value) || value.startsWith('~')) {
    return 'must be relative to the repo root (remove the leading "/", "~" or drive letter)';
  }
  if (value.split('/').includes('..')) return 'must stay inside the repo (no ".." segments)';
  return undefined;
}

/** `./services/api/` -> `services/api`; `` and `./` -> `.` */
export function normalizeRelativePath(value: string): string {
  const parts = value.split('/').filter((p) => p !== '' && p !== '.');
  return parts.length === 0 ? '.' : parts.join('/');
}

function relativePath(what: string) {
  return z
    .string()
    .min(1, { message: `${what} must not be empty` })
    .superRefine((value, ctx) => {
      const problem = relativePathProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `${what} ${problem}` });
    })
    .transform(normalizeRelativePath);
}

function glob(what: string) {
  return z
    .string()
    .min(1, { message: `${what} must not be empty` })
    .superRefine((value, ctx) => {
      const problem = relativePathProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `${what} ${problem}` });
    });
}

function positiveInt(max: number, unit: string) {
  return z
    .number()
    .int({ message: `must be a whole number of ${unit}` })
    .min(1, { message: `must be at least 1 ${unit.replace(/s$/, '')}` })
    .max(max, { message: `must be at most ${max} ${unit}` });
}

function template(what: string) {
  return z
    .string()
    .min(1, { message: `${what} must not be empty` })
    .superRefine((value, ctx) => {
      for (const name of unknownTemplateFields(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown template field \`{${name}}\` in ${what}; allowed: ${TEMPLATE_FIELDS.map((f) => `{${f}}`).join(' ')}`,
          params: { templateField: name },
        });
      }
    });
}

const envValue = z
  .union([z.string(), z.number(), z.boolean()], { message: 'expected a string' })
  .transform((v) => String(v));

export const profileSchema = z
  .strictObject({
    name: z
      .string()
      .min(1, { message: 'a profile name must not be empty' })
      .max(64, { message: 'a profile name must be at most 64 characters' })
      .regex(PROFILE_NAME, { message: 'a profile name may use letters, digits, ".", "_" and "-" (starting with a letter or digit)' })
      .describe('Unique name of the test profile, e.g. api-fast'),
    path: relativePath('path').default('.').describe('Working directory relative to the repo root; also the scope for "affected"'),
    command: z.string().trim().min(1, { message: 'command must not be empty' }).describe('Test command, run through a shell in `path`'),
    timeout_seconds: positiveInt(MAX_PROFILE_TIMEOUT_SECONDS, 'seconds').default(600).describe('The process group is killed at this limit'),
    env: z
      .record(
        z
          .string()
          .regex(ENV_NAME, { message: 'env keys must be variable names like MY_VAR' })
          .refine((name) => !SECRET_ENV_NAME.test(name), {
            message: 'looks like a secret: env is committed in plain text and test commands never get secrets; remove it',
          }),
        envValue,
      )
      .default({})
      .describe('Non-secret variables added to the scrubbed environment'),
    junit: relativePath('junit').optional().describe('JUnit XML report(s) the command writes, relative to `path`: a file, a folder (its .xml files at any depth) or a glob such as `target/surefire-reports/*.xml` or `build/test-results/**/*.xml`; only reports written during the run are read'),
    fix: z.string().trim().min(1, { message: 'fix must not be empty (remove the key instead)' }).optional().describe('Deterministic fixer, used by the fix-commands engine'),
    watch: z.array(glob('a watch glob')).default([]).describe('Extra globs (from the repo root) that make this profile affected'),
  })
  .describe('A test profile');

function accountName(what: string) {
  return z
    .string()
    .min(1, { message: `${what} must not be empty` })
    .refine((v) => !v.startsWith('@'), { message: `write ${what} without the leading "@"` })
    .refine((v) => !/\s/.test(v), { message: `${what} must not contain spaces` });
}

const reviewerRuleSchema = z
  .strictObject({
    paths: z.array(glob('a reviewer path glob')).min(1, { message: 'paths needs at least one glob' }),
    users: z.array(accountName('a user')).default([]),
    teams: z.array(accountName('a team')).default([]),
  })
  .superRefine((rule, ctx) => {
    if ((rule.users?.length ?? 0) === 0 && (rule.teams?.length ?? 0) === 0) {
      ctx.addIssue({ code: 'custom', message: 'a reviewer rule needs at least one entry in `users` or `teams`' });
    }
  });

const DEFAULT_PROTECTED_PATHS = ['.github/workflows/**', '.github/actions/**', '.gitlab-ci.yml', '.gitlab/**', 'CODEOWNERS', '.droid.yml'];

const prSchema = z.strictObject({
  target_branch: z
    .string()
    .refine((v) => v === '' || isValidBranchName(v), { message: 'target_branch must be a valid branch name (or "" for the default branch)' })
    .default('')
    .describe('Branch the PR/MR targets; "" = the repo default branch'),
  branch: template('pr.branch')
    .refine((value) => isValidBranchName(value.replace(/\{[^{}]*\}/g, 'x')), {
      message: 'pr.branch must give a valid git branch name: no spaces, "~^:?*[\\", "..", "@{", no leading "-" or "/"',
    })
    .default('droid/{ticket}-{slug}').describe('Branch name template: {ticket} {slug} {summary} {command} {number}'),
  title: template('pr.title').default('[Droid] {ticket}: {summary}').describe('PR/MR title template: {ticket} {slug} {summary} {command} {number}'),
  labels: z
    .array(z.string().min(1, { message: 'a label must not be empty' }).max(50, { message: 'a label must be at most 50 characters' }))
    .default(['ai-generated', 'droid', 'needs-review']),
  draft: z.boolean().default(false),
  require_plan: z.boolean().optional().describe('Default false. `fix` first posts a plan and waits for `/droid approve` to carry it out'),
  on_tests_failing: z.enum(['draft', 'comment-only']).default('draft').describe('What to do when tests still fail after the last iteration'),
  protected_paths: z
    .array(glob('a protected path'))
    .default(DEFAULT_PROTECTED_PATHS)
    .describe('Globs never pushed by the droid; edit this list to allow'),
  reviewers: z
    .strictObject({
      codeowners: z.boolean().default(true).describe('Request owners of changed paths from CODEOWNERS'),
      rules: z.array(reviewerRuleSchema).default([]),
    })
    .default({ codeowners: true, rules: [] }),
  sign: z
    .enum(['none', 'api', 'ssh'])
    .optional()
    .describe("Sign the droid's commit: none (default), api (GitHub's createCommitOnBranch, shown Verified), ssh (the signing_key input / DROID_SIGNING_KEY)"),
});

const engineSchema = z.strictObject({
  use: z.enum(['droid', 'claude', 'codex', 'command', 'fix-commands']).default('droid'),
  command: z.string().default('').describe('For `use: command`: run with the prompt in $DROID_PROMPT_FILE'),
  model: z.string().default('').describe("Model id for the engine's CLI"),
  base_url: z
    .string()
    .superRefine((value, ctx) => {
      const problem = baseUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .default('')
    .describe("The team's own model endpoint (droid BYOK, claude, codex)"),
  provider: z.enum(['anthropic', 'openai', 'generic-chat-completion-api', '']).default('').describe('With base_url: the wire protocol of the endpoint'),
  api_key_env: z
    .string()
    .regex(/^([A-Za-z_][A-Za-z0-9_]*)?$/, { message: 'api_key_env must be the NAME of an environment variable (like MY_MODEL_KEY), not the key itself' })
    .default('')
    .describe('Name of the environment variable that holds the model key'),
  auto: z.enum(['low', 'medium', 'high']).default('medium').describe('droid autonomy'),
  max_iterations: z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be between 1 and 10' }).max(10, { message: 'must be between 1 and 10' }).default(3),
  timeout_minutes: positiveInt(MAX_ENGINE_TIMEOUT_MINUTES, 'minutes').default(30),
  max_cost_usd: z
    .number({ message: 'must be a number of US dollars, e.g. 2.5' })
    .positive({ message: 'must be more than 0 (remove the key for no cap)' })
    .max(10_000, { message: 'must be at most 10000' })
    .optional()
    .describe('No new engine round once the run has cost this much (USD, as the CLI reports it); unset = no cap'),
  max_turns: z
    .number()
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be between 1 and 10000' })
    .max(10_000, { message: 'must be between 1 and 10000' })
    .optional()
    .describe('No new engine round once the run has used this many model turns; passed to claude as --max-turns'),
});

const accessSchema = z.strictObject({
  trigger: z
    .string()
    .regex(/^\S{1,64}$/, { message: 'trigger must be one word without spaces, e.g. /droid' })
    .default('/droid'),
  allow_bots: z.array(z.string().min(1)).default([]).describe('Bot accounts allowed to trigger runs'),
});

const ciSchema = z.strictObject({
  wait: z.boolean().default(true).describe('Follow the CI of the pushed SHA in the same job'),
  timeout_minutes: positiveInt(MAX_CI_TIMEOUT_MINUTES, 'minutes').default(30),
  max_fix_attempts: z.number().int({ message: 'must be a whole number' }).min(0, { message: 'must be between 0 and 10' }).max(10, { message: 'must be between 0 and 10' }).default(2),
});

const sandboxSchema = z.strictObject({
  mode: z
    .enum(['auto', 'user', 'off'])
    .default('auto')
    .describe('auto: run engine rounds and test profiles as the sandbox user where the runner allows it (root or passwordless sudo); user: always, or stop; off: unisolated'),
  user: z
    .string()
    .regex(/^[a-z_][a-z0-9_-]{0,30}$/, { message: 'must be a Linux account name (lower case letters, digits, _ and -, at most 31 characters)' })
    .default('droid-sandbox')
    .describe('The unprivileged account engine rounds and test profiles run as (created when missing)'),
});

const severity = z.enum(['low', 'medium', 'high']);

const reviewSchema = z.strictObject({
  auto: z.boolean().default(false).describe('Review every pull request when it is opened, pushed to or marked ready (GitHub pull_request, GitLab merge_request_event)'),
  forks: z.boolean().default(false).describe('Also review pull requests from forks (their code is never run)'),
  security: z.boolean().default(false).describe('Run a second, security-focused pass with its own prompt'),
  security_threshold: severity.default('medium').describe('Security findings below this severity are not posted'),
  fail_on: z.enum(['low', 'medium', 'high', 'none']).default('none').describe('Fail the step when a posted finding is at or above this severity'),
});

const auditSchema = z.strictObject({
  file: relativePath('audit.file').default('.droid/audit.jsonl'),
});

const envName = (what: string, fallback: string) =>
  z
    .string()
    .regex(/^([A-Za-z_][A-Za-z0-9_]*)?$/, { message: `${what} must be the NAME of an environment variable (like ${fallback}), not the value itself` })
    .default('');

function ticketsUrlProblem(value: string): string | undefined {
  return urlProblem(value, 'tickets.url', 'use e.g. https://acme.atlassian.net', 'put the token in the variable named by token_env');
}

/** Why a config URL is refused, with what to do: an example for a malformed one, where the secret goes instead of the URL. */
function urlProblem(value: string, field: string, example: string, secretHint: string): string | undefined {
  if (value === '') return undefined;
  const problem = checkHttpUrl(value, field);
  if (typeof problem !== 'string') return undefined;
  return `${problem}; ${problem.endsWith('credentials') ? secretHint : example}`;
}

const ticketsSchema = z.strictObject({
  provider: z.enum(['jira', 'linear', 'none']).default('none').describe('Where ticket keys in the trigger are looked up; none = the ticket comes from the trigger'),
  url: z
    .string()
    .superRefine((value, ctx) => {
      const problem = ticketsUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .default('')
    .describe('jira: the site (Cloud) or base URL (Server / Data Center); linear: the GraphQL endpoint (default https://api.linear.app/graphql)'),
  api: z.enum(['cloud', 'server']).default('cloud').describe('jira: cloud (REST v3, Basic email:API token) | server (REST v2, Bearer personal access token)'),
  email_env: envName('email_env', 'JIRA_EMAIL').describe('jira cloud: the variable holding the account email (default JIRA_EMAIL)'),
  token_env: envName('token_env', 'JIRA_API_TOKEN').describe('The variable holding the token: jira default JIRA_API_TOKEN, linear default LINEAR_API_KEY'),
  keys: z
    .array(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, { message: 'a key must be a project / team key like PROJ (letters, digits, "_")' }))
    .default([])
    .describe('Project / team keys that count as ticket keys (default: any KEY-123)'),
  on_pr: z.enum(['comment', 'none']).default('comment').describe('comment: write the PR/MR link and the tests result back on the ticket'),
  transition: z.string().max(100).default('').describe('Move the ticket when the PR/MR opens, e.g. "In Review" (Jira transition / Linear state name)'),
});

/** Cross-field checks; runs even when other fields failed, so `value` is only partly checked. */
function crossFieldChecks(value: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  if (!isRecord(value)) return;
  const tests = value['tests'];
  if (Array.isArray(tests)) {
    const seen = new Map<string, number>();
    tests.forEach((profile: unknown, index) => {
      if (!isRecord(profile) || typeof profile['name'] !== 'string') return;
      const name = profile['name'];
      const first = seen.get(name);
      if (first === undefined) seen.set(name, index);
      else ctx.addIssue({ code: 'custom', path: ['tests', index, 'name'], message: `duplicate profile name \`${name}\` (also used by tests[${first}]); names must be unique` });
    });
  }
  const tickets = value['tickets'];
  if (isRecord(tickets) && tickets['provider'] === 'jira' && !(typeof tickets['url'] === 'string' && tickets['url'] !== '')) {
    ctx.addIssue({ code: 'custom', path: ['tickets', 'url'], message: 'tickets.url is required with `provider: jira` (e.g. https://acme.atlassian.net)' });
  }
  const engine = value['engine'];
  if (isRecord(engine)) {
    if (engine['use'] === 'command' && !(typeof engine['command'] === 'string' && engine['command'].trim() !== '')) {
      ctx.addIssue({ code: 'custom', path: ['engine', 'command'], message: 'engine.command is required when `use: command` (a command that reads the prompt from $DROID_PROMPT_FILE)' });
    }
    if (typeof engine['provider'] === 'string' && engine['provider'] !== '' && !(typeof engine['base_url'] === 'string' && engine['base_url'] !== '')) {
      ctx.addIssue({ code: 'custom', path: ['engine', 'provider'], message: 'engine.provider only applies with engine.base_url; set base_url or remove provider' });
    }
  }
}

function baseUrlProblem(value: string): string | undefined {
  return urlProblem(value, 'base_url', 'use e.g. https://llm.example.com/v1', 'put the key in the variable named by api_key_env');
}

export const configSchema = z
  .strictObject({
    version: z.literal(1, { message: 'version must be 1' }).describe('Config format version; always 1'),
    tests: z.array(profileSchema).max(MAX_PROFILES, { message: `at most ${MAX_PROFILES} test profiles` }).default([]),
    tests_concurrency: z
      .number()
      .int({ message: 'must be a whole number of profiles' })
      .min(1, { message: `must be between 1 and ${MAX_TESTS_CONCURRENCY}` })
      .max(MAX_TESTS_CONCURRENCY, { message: `must be between 1 and ${MAX_TESTS_CONCURRENCY}` })
      .optional()
      .describe('How many test profiles run at the same time; unset = the number of CPUs'),
    pr: prSchema.default(() => prSchema.parse({})),
    engine: engineSchema.default(() => engineSchema.parse({})),
    access: accessSchema.default(() => accessSchema.parse({})),
    ci: ciSchema.default(() => ciSchema.parse({})),
    audit: auditSchema.default(() => auditSchema.parse({})),
    sandbox: sandboxSchema.default(() => sandboxSchema.parse({})),
    review: reviewSchema.default(() => reviewSchema.parse({})),
    tickets: ticketsSchema.default(() => ticketsSchema.parse({})),
  })
  .check(z.superRefine(crossFieldChecks, { when: () => true }))
  .describe('Droid for CI configuration (.droid.yml), version 1');

/** The config used when the repo has no `.droid.yml`: every default, no test profiles. */
export function defaultConfig(): DroidConfig {
  return configSchema.parse({ version: 1 });
}

// The schema and the shared DroidConfig type must describe the same thing, both ways.
type SchemaOutput = z.output<typeof configSchema>;
type Assert<T extends true> = T;
export type _SchemaMatchesTypes = Assert<SchemaOutput extends DroidConfig ? (DroidConfig extends SchemaOutput ? true : false) : false>;
