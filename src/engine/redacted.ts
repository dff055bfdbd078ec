/**
 * What an engine says (summary, plan, error, refusals) goes into commit messages, PR bodies, comments
 * and logs. A model can repeat a key it was called with (or was steered into reading), so every text of
 * an EngineResult passes the run's redactor before anything else sees it.
 */
import type { Redactor } from '../util/redact.js';
import type { Engine, EngineResult } from './types.js';

export function redactedEngine(engine: Engine, redactor: Redactor): Engine {
  const clean = (text: string | undefined): string | undefined => (text === undefined ? undefined : redactor.redact(text));
  return {
    name: engine.name,
    preflight: (env, config) => engine.preflight(env, config),
    async run(input): Promise<EngineResult> {
      const result = await engine.run(input);
      return {
        ...result,
        summary: redactor.redact(result.summary),
        error: clean(result.error),
        plan: clean(result.plan),
        review: clean(result.review),
        refusedEdits: result.refusedEdits?.map((r) => redactor.redact(r)),
        touched: result.touched?.map((t) => ({ ...t, path: redactor.redact(t.path) })),
      };
    },
  };
}
