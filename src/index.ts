/**
 * The action's bundle entry. It says that the droid started before anything else is loaded (the rest of
 * the bundle is a separate chunk, read after this first line: issue 13, first log line within 150 ms of
 * node's start), then runs main() (tests import entry/action.ts directly).
 */
import { VERSION } from './entry/cli.js';

const event = process.env.GITHUB_EVENT_NAME;
process.stdout.write(`Droid for CI ${VERSION}${event ? `: ${event} event` : ''}${process.env.GITHUB_REPOSITORY ? ` on ${process.env.GITHUB_REPOSITORY}` : ''}\n`);
const { main } = await import('./entry/action.js');
await main();
