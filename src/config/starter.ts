/**
 * The starter `.droid.yml` that `droid-ci init` writes: every section of PRODUCT.md §2 with its default and a
 * comment saying what it does, plus the detected test profiles. The result always passes loadConfig.
 */
import { stringify } from 'yaml';
import type { DetectedProfile } from './detect.js';
import { SCHEMA_ID } from './json-schema.js';

/** A YAML scalar as the yaml library would write it (plain when safe, quoted otherwise). */
function scalar(value: string | number | boolean): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function profileBlock(detected: DetectedProfile): string {
  const { profile, reason } = detected;
  return [
    `  - name: ${scalar(profile.name)}  # found: ${reason.replace(/[\r\n]+/g, ' ')}`,
    `    path: ${scalar(profile.path)}`,
    `    command: ${scalar(profile.command)}`,
    `    timeout_seconds: ${profile.timeout_seconds}`,
  ].join('\n');
}

const PROFILE_HELP = [
  '    # env: { CI: "true" }       # optional: non-secret variables for the command',
  '    # junit: reports/junit.xml  # optional: JUnit XML report the command writes (relative to path)',
  '    # fix: npx eslint --fix .   # optional: deterministic fixer, used by the fix-commands engine',
  '    # watch: [libs/shared/**]   # optional: more globs (from the repo root) that make this profile affected',
].join('\n');

const NO_PROFILES = [
  'tests: []',
  '# No test command was found. Add your own, for example:',
  '# tests:',
  '#   - name: unit',
  '#     path: .',
  '#     command: npm test',
  '#     timeout_seconds: 600',
].join('\n');

export function renderStarterConfig(detected: readonly DetectedProfile[]): string {
  const tests =
    detected.length === 0
      ? NO_PROFILES
      : ['tests:', ...detected.map((d, i) => (i === 0 ? `${profileBlock(d)}\n${PROFILE_HELP}` : profileBlock(d)))].join('\n');
  return `# yaml-language-server: $schema=${SCHEMA_ID}
# Droid for CI configuration, written by \`droid-ci init\` from what it found in this repo.
# Check the test commands, then commit this file. \`droid-ci validate\` checks it; unknown keys are errors.

version: 1

# Test profiles: each runs \`command\` through a shell in \`path\` (relative to the repo root) with a scrubbed
# environment. The droid runs the profiles its change affects and iterates until they pass.
${tests}

pr:
  target_branch: ""                   # "" = the repo's default branch
  branch: "droid/{ticket}-{slug}"     # fields: {ticket} {slug} {summary} {command} {number}
  title: "[Droid] {ticket}: {summary}"
  labels: [ai-generated, droid, needs-review]
  draft: false
  on_tests_failing: draft             # draft | comment-only
  # Files the droid never pushes; edit this list to allow them.
  protected_paths: [.github/workflows/**, .github/actions/**, .gitlab-ci.yml, .gitlab/**, CODEOWNERS, .droid.yml]
  reviewers:
    codeowners: true                  # request the owners of changed paths from CODEOWNERS
    rules: []                         # e.g. - { paths: [services/api/**], users: [alice], teams: [backend] }

engine:
  use: droid                          # droid | claude | codex | command | fix-commands
  model: ""                           # model id for the engine's CLI ("" = its default)
  auto: medium                        # droid autonomy: low | medium | high
  max_iterations: 3                   # edit -> test rounds, 1..10
  timeout_minutes: 30
  # base_url: https://llm.example.com/v1   # your team's own model endpoint
  # provider: openai                       # with base_url: anthropic | openai | generic-chat-completion-api
  # api_key_env: MY_MODEL_KEY              # NAME of the variable that holds the model key

access:
  trigger: /droid                     # comments starting with this start a run
  allow_bots: []                      # bot accounts allowed to trigger runs

ci:
  wait: true                          # follow the CI of the pushed commit in the same job
  timeout_minutes: 30
  max_fix_attempts: 2                 # for ci-fix: pushes per branch before giving up

audit:
  file: .droid/audit.jsonl
`;
}
