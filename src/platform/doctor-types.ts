/** Shared shapes of `droid-ci doctor` (src/commands/doctor.ts) and the platforms' doctor probes; defined in types.ts. */
export type { Check, CheckState, DoctorPlatform, DoctorStep } from './types.js';
