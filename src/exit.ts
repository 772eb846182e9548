import { ExitCode } from './core/errors.js';
import type { Decision } from './core/types.js';

/** The lowest decision that exits non-zero; 'never' reports without failing (the Action's input only). */
export type FailOn = 'no-go' | 'conditional' | 'never';

/** 0 for GO (and CONDITIONAL unless failOn is 'conditional'), 1 for NO-GO. */
export function decisionExitCode(decision: Decision, failOn: FailOn): number {
  if (failOn === 'never') return ExitCode.GO;
  if (decision === 'NO-GO') return ExitCode.NO_GO;
  if (decision === 'CONDITIONAL' && failOn === 'conditional') return ExitCode.NO_GO;
  return ExitCode.GO;
}
