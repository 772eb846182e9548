/**
 * One error class per failure mode, with structured fields, so callers use `instanceof` and the CLI maps
 * each to its exit code. Messages are one line and say what to do next.
 */

/** Exit codes, documented in the README. */
export const ExitCode = {
  GO: 0,
  NO_GO: 1,
  /** Bad input or configuration: manifest, flags, inputs, unreadable bundle. */
  USAGE: 2,
  /** `verify` found a hash mismatch, a missing or an extra file. */
  VERIFY_FAILED: 3,
  /** An unexpected internal error (a bug in integration-gate). */
  INTERNAL: 70,
} as const;

/** A problem in the user's input: exit code 2, printed as one line, never with a stack trace. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A manifest problem at a source position. */
export class ManifestError extends UserError {
  override name = 'ManifestError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly col: number,
    readonly key: string,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${col}: ${key ? `${key}: ` : ''}${detail}`);
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}
