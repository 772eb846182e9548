import { ExitCode } from './core/errors.js';
import type { Decision } from './core/types.js';

export type FailOn = 'no-go' | 'conditional';

/** 0 for GO (and CONDITIONAL unless failOn is 'conditional'), 1 for NO-GO. */
export function decisionExitCode(decision: Decision, failOn: FailOn): number {
  if (decision === 'NO-GO') return ExitCode.NO_GO;
  if (decision === 'CONDITIONAL' && failOn === 'conditional') return ExitCode.NO_GO;
  return ExitCode.GO;
}
