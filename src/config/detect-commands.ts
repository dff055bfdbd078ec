/**
 * Which shell commands run tests or build, for `droid-ci init` reading CI scripts and Makefiles: a table of
 * patterns per ecosystem. A command that needs what a droid's job lacks (a terminal, docker, sudo, a display,
 * a CI expression or variable) is refused with the reason, so init can say why it left it out.
 * Every pattern is anchored and linear (no nested quantifiers over the same characters).
 */
export type CommandKind = 'node' | 'deno' | 'python' | 'go' | 'rust' | 'maven' | 'gradle' | 'ruby' | 'php' | 'elixir' | 'make' | 'script';

export type Classified =
  | { role: 'test' | 'build'; kind: CommandKind }
  | { role: 'unusable'; why: string }
  | undefined;

const TESTS: ReadonlyArray<[CommandKind, RegExp]> = [
  ['node', /^(?:npm|pnpm|yarn|bun)\s+(?:(?:-\S+|--filter\s+\S+)\s+)*(?:(?:run|run-script)\s+)?(?:t|test)(?::[\w:.-]*)?(?:\s|$)/],
  ['node', /^bun\s+test(?:\s|$)/],
  ['node', /^npm\s+(?:install-test|it|cit|clean-install-test|install-ci-test)(?:\s|$)/],
  ['node', /^(?:npx\s+|pnpm\s+(?:exec\s+)?|yarn\s+|bunx\s+)?(?:nx|turbo|lerna)\s+(?:\S+\s+)*?(?:test|run\s+test|-t\s+test|--target[= ]test)(?::\S*)?(?:\s|$)/],
  ['node', /^yarn\s+workspaces\s+(?:foreach\s+)?(?:\S+\s+)*?(?:run\s+)?test(?:\s|$)/],
  ['node', /^(?:npx\s+|pnpm\s+exec\s+|yarn\s+)?(?:jest|vitest|mocha|ava)(?:\s|$)/],
  ['deno', /^deno\s+(?:test|task\s+test)(?::\S*)?(?:\s|$)/],
  ['python', /^(?:(?:uv|poetry|pdm|pipenv|rye)\s+run\s+(?:--?[\w-]+(?:[= ]\S+)?\s+)*)?(?:coverage\s+run\s+(?:--?\S+\s+)*-m\s+|python3?\s+-m\s+)?(?:pytest|py\.test)(?:\s|$)/],
  ['python', /^(?:hatch\s+test|hatch\s+run\s+(?:[\w.-]+:)?(?:test|cov)\S*)(?:\s|$)/],
  ['python', /^(?:python3?\s+-m\s+)?(?:tox|nox)(?:\s|$)/],
  ['python', /^(?:uv\s+run\s+)?python3?\s+(?:-m\s+unittest|manage\.py\s+test)(?:\s|$)/],
  ['go', /^(?:go\s+test|gotestsum)(?:\s|$)/],
  ['rust', /^cargo\s+(?:\+\S+\s+)?(?:test|nextest\s+run)(?:\s|$)/],
  ['maven', /^(?:\.\/mvnw|mvn)\s(?:.*\s)?(?:test|verify|install|package)(?:\s|$)/],
  ['gradle', /^(?:\.\/gradlew|gradle)\s(?:.*\s)?(?:[\w:-]*:)?(?:test|check|build|test\w*UnitTest)(?:\s|$)/],
  // `rake` alone runs the default task (the tests, by convention); `rake build` or `rake release` do not test
  ['ruby', /^(?:bundle\s+exec\s+|bin\/)?(?:rspec(?:\s|$)|rails\s+test(?:\s|$)|rake(?:\s+(?:test|spec|default)[\w:]*)?(?:\s+-\S+)*$)/],
  ['php', /^(?:php\s+)?(?:\.\/)?(?:vendor\/bin\/)?(?:phpunit|pest|paratest)(?:\s|$)/],
  ['php', /^(?:composer\s+(?:run(?:-script)?\s+)?test|php\s+artisan\s+test)(?::\S*)?(?:\s|$)/],
  ['elixir', /^mix\s+test(?:\s|$)/],
  ['make', /^make\s+(?:-[\w-]+(?:=\S+)?\s+|-C\s+\S+\s+)*(?:[\w.-]*test[\w.-]*|check)(?:\s|$)/],
  // `scripts/test`, `./ci/run-tests.sh`, `bash test.sh` (init checks that the file is there)
  ['script', /^(?:(?:bash|sh)\s+)?(?:\.\/)?(?:(?:[\w.-]{1,64}\/){1,4}[\w.-]{0,32}test[\w.-]{0,32}|[\w.-]{0,32}test[\w.-]{0,32}\.sh)(?:\s|$)/],
];

const BUILDS: ReadonlyArray<[CommandKind, RegExp]> = [
  ['node', /^(?:npm|pnpm|yarn|bun)\s+(?:(?:-\S+|--filter\s+\S+)\s+)*(?:run\s+)?build(?::[\w:.-]*)?(?:\s|$)/],
  ['node', /^(?:npx\s+|pnpm\s+(?:exec\s+)?|yarn\s+)?(?:tsc|(?:nx|turbo|lerna)\s+(?:\S+\s+)*?(?:build|run\s+build|-t\s+build))(?:\s|$)/],
  ['deno', /^deno\s+task\s+build(?:\s|$)/],
  ['rust', /^cargo\s+(?:\+\S+\s+)?build(?:\s|$)/],
  ['go', /^go\s+(?:build|generate)(?:\s|$)/],
  ['maven', /^(?:\.\/mvnw|mvn)\s(?:.*\s)?(?:compile|install|package)\s(?:.*\s)?-D(?:skipTests|maven\.test\.skip)\S*(?:\s|$)/],
  ['gradle', /^(?:\.\/gradlew|gradle)\s+(?:assemble|compile\w*|build\s+-x\s+test)(?:\s|$)/],
  ['elixir', /^mix\s+compile(?:\s|$)/],
  ['ruby', /^bundle\s+exec\s+rake\s+compile(?:\s|$)/],
  ['make', /^make(?:\s+(?:-j\s*\d*|-[\w-]+))*(?:\s+(?:build|all|compile))?$/],
];

/** Script names that need a browser or a deployed app: not the first choice for a droid's inner loop. */
const HEAVY_TEST = /e2e|playwright|cypress|browser|visual|smoke|acceptance|integration|benchmark|bench\b/i;

/** CI's test command as a profile runs it: `npm install-test` (install, then test) -> `npm test`, the install being the job's set-up. */
export function profileCommand(command: string): string {
  return command.replace(/^npm\s+(?:install-test|it|cit|clean-install-test|install-ci-test)(?=\s|$)/, 'npm test');
}

/** The file a `script` kind command runs (`bash ci/test.sh -v` -> `ci/test.sh`). */
export function scriptFile(command: string): string {
  return bareCommand(command).replace(/^(?:bash|sh)\s+/, '').split(/\s/, 1)[0]!.replace(/^\.\//, '');
}

/** `FOO=1 BAR=2 time npm test` -> `npm test` (what the pattern tables look at). */
export function bareCommand(command: string): string {
  return command.replace(/^(?:[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|\S*)\s+)+/, '').replace(/^(?:time|command|exec)\s+/, '').trim();
}

/** Why a command cannot run in a droid's job as written, or undefined. */
export function unusableReason(command: string): string | undefined {
  if (command.includes('${{')) return 'it uses a workflow expression (${{ }})';
  // a value written next to a secret-looking name is not copied into .droid.yml (nor shown by init)
  if (/(?:^|\s)[A-Za-z_]*(?:TOKEN|SECRET|PASSWORD|API_KEY|PRIVATE_KEY)[A-Za-z_]*=/i.test(command)) return 'it sets a secret-looking variable';
  if (/\$(?:\{|\(|[A-Za-z_])|`/.test(command)) return 'it uses a CI variable or command substitution';
  if (/(?:^|[\s;&|(])(?:docker|docker-compose|podman|kubectl)\s/.test(command)) return 'it runs docker';
  if (/(?:^|\s)(?:sudo|xvfb-run|ssh)\s/.test(command)) return 'it needs sudo, a display or a remote host';
  if (/(?:^|\s)-(?:it|ti)(?:\s|$)|\s--tty\b|\s--interactive\b/.test(command)) return 'it needs a terminal (-it)';
  return undefined;
}

export function classifyCommand(command: string): Classified {
  const bare = bareCommand(command);
  const test = TESTS.find(([, pattern]) => pattern.test(bare));
  const build = test ? undefined : BUILDS.find(([, pattern]) => pattern.test(bare));
  const hit = test ?? build;
  if (!hit) return undefined;
  const why = unusableReason(command);
  if (why) return test ? { role: 'unusable', why } : undefined;
  if (test && HEAVY_TEST.test(bare)) return { role: 'unusable', why: 'it looks like an end-to-end or integration suite' };
  if (test && hit[0] === 'python' && /^(?:python3?\s+-m\s+)?(?:tox|nox)\s+(?:-e|-s|--sessions?)\s+(\S+)/.test(bare)) {
    const envs = /(?:-e|-s|--sessions?)\s+(\S+)/.exec(bare)?.[1] ?? '';
    if (envs.split(',').every((env) => /lint|type|mypy|docs?|format|style|pre-commit|check|build|release/i.test(env))) return undefined;
  }
  // `mvn install -DskipTests` and `gradle build -x test` build without testing
  if (test && hit[0] === 'maven' && /\s-D(?:skipTests|maven\.test\.skip)/.test(bare)) return { role: 'build', kind: 'maven' };
  if (test && hit[0] === 'gradle' && /\s(?:-x|--exclude-task)\s+(?:\S*:)?test(?:\s|$)/.test(bare)) return { role: 'build', kind: 'gradle' };
  return { role: test ? 'test' : 'build', kind: hit[0] };
}
