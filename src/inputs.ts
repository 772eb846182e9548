import path from 'node:path';
import { UserError } from './core/errors.js';
import { isInside } from './core/paths.js';
import type { FailOn } from './exit.js';

/**
 * The Action's inputs, read once and validated into one typed settings object. `INPUT_<NAME>` variables
 * are what the runner sets from `with:`; reading them here (not deep in the logic) keeps the rest testable.
 */
export interface ActionSettings {
  /** Absolute workspace ($GITHUB_WORKSPACE). */
  workspace: string;
  /** Manifest path relative to the workspace. */
  manifest: string;
  /** Output folder relative to the workspace, or undefined for the default. */
  outDir?: string;
  failOn: FailOn;
  mode: 'run' | 'publish';
  token?: string;
  checkName?: string;
  /** Check-run conclusion for CONDITIONAL. */
  conditionalConclusion: 'neutral' | 'failure';
  comment: 'auto' | 'always' | 'never' | 'on-change';
  annotationsCap: number;
  /** Input `check-run: false` turns the check run off. */
  checkRun: boolean;
  artifactName?: string;
  retentionDays?: number;
  upload: boolean;
}

export function readInputs(env: Record<string, string | undefined>): ActionSettings {
  const input = (name: string): string => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = input(name) || fallback;
    if (!(allowed as readonly string[]).includes(v)) {
      throw new UserError(`input '${name}': expected one of ${allowed.join(', ')}; found '${v}'`);
    }
    return v as T;
  };
  const int = (name: string, fallback: number | undefined, min: number, max: number): number | undefined => {
    const v = input(name);
    if (!v) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`input '${name}': expected a whole number from ${min} to ${max}; found '${v}'`);
    return n;
  };
  const inside = (name: string, v: string): string => {
    if (!isInside(workspace, path.resolve(workspace, v))) throw new UserError(`input '${name}': '${v}' is outside the workspace ${workspace}`);
    return v;
  };
  const manifest = inside('manifest', input('manifest') || 'integration-gate.yml');
  const out = input('out-dir');
  const token = input('token');
  const checkName = input('check-name');
  const artifactName = input('artifact-name');
  const retention = int('retention-days', 0, 0, 90);
  const bool = (name: string, fallback: boolean): boolean => {
    const v = (input(name) || String(fallback)).toLowerCase();
    if (v !== 'true' && v !== 'false') throw new UserError(`input '${name}': expected true or false; found '${v}'`);
    return v === 'true';
  };
  return {
    workspace,
    manifest,
    ...(out ? { outDir: inside('out-dir', out) } : {}),
    failOn: oneOf('fail-on', ['no-go', 'conditional', 'never'] as const, 'no-go'),
    mode: oneOf('mode', ['run', 'publish'] as const, 'run'),
    ...(token ? { token } : {}),
    ...(checkName ? { checkName } : {}),
    conditionalConclusion: oneOf('conditional-conclusion', ['neutral', 'failure'] as const, 'neutral'),
    comment: oneOf('comment', ['auto', 'always', 'never', 'on-change'] as const, 'auto'),
    annotationsCap: int('annotation-limit', 1000, 0, 50_000) as number,
    checkRun: bool('check-run', true),
    ...(artifactName ? { artifactName } : {}),
    ...(retention ? { retentionDays: retention } : {}),
    upload: bool('upload-artifact', true),
  };
}
