import type { ParserOutcome, RunnerParser } from '../parser.js';
import type { FailureSink } from '../sink.js';
import { RustDiagnostics } from './rust-diagnostics.js';

/**
 * `cargo clippy` / `cargo check`: each error (every finding under `-D warnings`) is a failure
 * named by its clippy lint (`clippy::needless_return`) or rustc message, at its primary span.
 * Warnings alone leave the run clean, as clippy's exit code does.
 */
export function clippyParser(sink: FailureSink): RunnerParser {
  const diagnostics = new RustDiagnostics(sink);
  let finished = false;
  return {
    runner: 'clippy',
    line(text) {
      if (/^ {4}Finished /.test(text)) finished = true;
      diagnostics.line(text);
    },
    finish(): ParserOutcome {
      diagnostics.flush();
      const found = diagnostics.found;
      const infraReason = found === 0 && !finished && diagnostics.cargoError ? `cargo: ${diagnostics.cargoError}` : undefined;
      return { passed: null, failed: found, sawResults: found > 0 || finished, infraReason };
    },
  };
}
