/**
 * `droid-ci summarize <log> [--junit <file|folder|glob>] [--exit-code <n>] [--json]`: the failure summary of a test
 * log (PRODUCT.md §3, §6). The log is streamed, so a log of any size can be summarised in little memory.
 * Exit codes: 0 summarised (whatever the tests did), 2 usage error or unreadable input.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isGlob, junitFiles } from '../profiles/junit-files.js';
import { MAX_JUNIT_BYTES, readJunitReports, summarizeFile, type JunitResult } from '../profiles/summary/index.js';
import { DroidError, describeError, exitCodeFor } from '../util/errors.js';

export interface SummarizeIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const SUMMARIZE_USAGE = `usage: droid-ci summarize <log> [--junit <file|folder|glob>] [--exit-code <n>] [--json]
  <log>            the test command's output (use - for standard input)
  --junit PATH     JUnit XML report(s) of the same run: a file, a folder of .xml files or a quoted glob
                   ("build/test-results/**/*.xml"); their testcases take precedence over the log text
  --exit-code N    the command's exit code (127 = command not found; non-zero without results = crash)
  --json           print {kind, runner, failed, passed, failures, text} as JSON
exit codes: 0 summarised (the kind says what the tests did), 2 usage error or unreadable input`;

interface Args {
  log: string;
  junit: string | undefined;
  exitCode: number | undefined;
  json: boolean;
  help: boolean;
}

function parse(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        junit: { type: 'string' },
        'exit-code': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new DroidError('usage', (error as Error).message, { hint: SUMMARIZE_USAGE });
  }
  const { values, positionals } = parsed;
  const help = values.help ?? false;
  if (help) return { log: '', junit: undefined, exitCode: undefined, json: false, help };
  if (positionals.length !== 1) {
    throw new DroidError('usage', positionals.length === 0 ? 'missing the log file to summarise' : `expected one log file, got ${positionals.length}`, { hint: SUMMARIZE_USAGE });
  }
  let exitCode: number | undefined;
  const raw = values['exit-code'];
  if (raw !== undefined) {
    if (!/^-?\d{1,3}$/.test(raw.trim())) throw new DroidError('usage', `--exit-code must be a whole number, got "${raw}"`, { hint: SUMMARIZE_USAGE });
    exitCode = Number(raw);
  }
  return { log: positionals[0] ?? '', junit: values.junit, exitCode, json: values.json ?? false, help };
}

async function readable(path: string, what: string): Promise<void> {
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new DroidError('usage', `${what} ${path} is not a file`);
    await access(path, constants.R_OK);
  } catch (error) {
    if (error instanceof DroidError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? String(error)})`;
    throw new DroidError('usage', `${what} ${path} ${why}`, { hint: 'give the path of a file holding the test output' });
  }
}

/** The reports `--junit` names (a file, a folder or a glob), read as one stream. */
async function readReports(spec: string): Promise<JunitResult | Error> {
  const { files, skipped } = await junitFiles(process.cwd(), spec);
  if (files.length === 0) {
    if (!isGlob(spec)) await readable(spec, 'JUnit report');
    throw new DroidError('usage', `--junit ${spec} matches no file`, { hint: 'give a JUnit XML file, a folder holding .xml reports, or a glob such as "target/surefire-reports/*.xml" (quote it)' });
  }
  let bytes = 0;
  for (const file of files) {
    await readable(file, 'JUnit report');
    bytes += (await stat(file)).size;
  }
  if (skipped > 0) throw new DroidError('usage', `--junit ${spec} matches more than ${files.length} files`, { hint: 'name a narrower folder or glob' });
  const report = await readJunitReports(files, bytes);
  if ('tooLarge' in report) {
    throw new DroidError('usage', `JUnit reports under ${spec} hold ${Math.round(bytes / 1024 / 1024)} MB, over the ${MAX_JUNIT_BYTES / 1024 / 1024} MB this reads`, {
      hint: 'summarise the log text without --junit, or name fewer reports',
    });
  }
  return report;
}

export async function summarizeCommand(argv: string[], io: SummarizeIo): Promise<number> {
  try {
    const args = parse(argv);
    if (args.help) {
      io.stdout(SUMMARIZE_USAGE);
      return 0;
    }
    const logPath = args.log === '-' ? '/dev/stdin' : args.log;
    if (args.log !== '-') await readable(logPath, 'log');
    const junit = args.junit === undefined ? undefined : await readReports(args.junit);
    const summary = await summarizeFile(logPath, { exitCode: args.exitCode ?? null, junit });
    if (args.json) {
      const { kind, runner, failed, passed, failures, text } = summary;
      io.stdout(JSON.stringify({ kind, runner, failed, passed, failures: failures.map((f) => ({ name: f.name, full_name: f.full_name, file: f.file ?? null, line: f.line ?? null, message: f.message })), text }, null, 2));
    } else {
      io.stdout(summary.text);
    }
    return 0;
  } catch (error) {
    io.stderr(`droid-ci summarize: ${describeError(error)}`);
    return error instanceof DroidError ? exitCodeFor(error) : 2;
  }
}
