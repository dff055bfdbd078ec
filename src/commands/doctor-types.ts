/** Shared shapes of `droid-ci doctor` (src/commands/doctor.ts) and the platforms' doctor set-ups. */
import type { Forge } from '../platform/types.js';

export type CheckState = 'ok' | 'fail' | 'skip' | 'warn';

export interface Check {
  name: string;
  state: CheckState;
  /** what was found and, for fail/warn, what to fix */
  detail: string;
}

/** The steps whose failures a platform explains. */
export type DoctorStep = 'read' | 'push' | 'change' | 'labels' | 'ci';

export interface DoctorPlatform {
  forge: Forge;
  /** which credentials are used and what that means (the job token starts no workflows; a GitLab token without the api scope) */
  credentials: { state: 'ok' | 'warn' | 'fail'; detail: string };
  /** what to change when `step` failed with `error`; undefined when the error's own hint says it */
  fix(step: DoctorStep, error: unknown): string | undefined;
}
