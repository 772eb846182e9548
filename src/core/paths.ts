import path from 'node:path';
import { UserError } from './errors.js';

/** True when `p` is `root` or inside it (separator-aware: '/root-other' is not inside '/root'). */
export function isInside(root: string, p: string): boolean {
  const r = path.resolve(root);
  const q = path.resolve(p);
  return q === r || (q + path.sep).startsWith(r + path.sep);
}

/** Resolves a user-given path against the workspace and refuses anything outside it. */
export function resolveInside(root: string, userPath: string, what: string): string {
  const abs = path.resolve(root, userPath);
  if (!isInside(root, abs)) {
    throw new UserError(`${what} '${userPath}' resolves outside the workspace ${root}; use a path inside it`);
  }
  return abs;
}

/** POSIX form of a relative path, for bundle entries and annotations. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
