/** The action's bundle entry: only calls main() (tests import main.ts directly). */
import { main } from './entry/action.js';

await main();
