import type { Operation } from './model.js';

/**
 * Operation patterns used by include, exclude, waivers and flow steps:
 *   'createPayment'      operationId (glob: 'get*')
 *   'tag:payments'       every operation with that tag
 *   'GET /payments*'     method and path template; '*' as method matches any; '*' in the path any characters
 *   '*'                  everything
 */
export function matchesOperation(pattern: string, op: Operation): boolean {
  const p = pattern.trim();
  if (p === '*') return true;
  if (p.startsWith('tag:')) return op.tags.includes(p.slice(4).trim());
  const m = /^([A-Za-z*]+)\s+(\/.*)$/.exec(p);
  if (m) {
    const method = (m[1] as string).toUpperCase();
    return (method === '*' || method === op.method) && glob(m[2] as string).test(op.path);
  }
  return op.operationId !== undefined && glob(p).test(op.operationId);
}

function glob(pattern: string): RegExp {
  const re = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${re}$`);
}

/** The one operation a flow step names: exact operationId, else exact 'METHOD /path'. */
export function findOperation(ops: Operation[], name: string): Operation | undefined {
  const byId = ops.find((o) => o.operationId === name);
  if (byId) return byId;
  const m = /^([A-Za-z]+)\s+(\/.*)$/.exec(name.trim());
  return m ? ops.find((o) => o.method === (m[1] as string).toUpperCase() && o.path === m[2]) : undefined;
}

/** Included = matches an include (or there are none) and no exclude. */
export function isIncluded(op: Operation, include: string[], exclude: string[]): boolean {
  if (include.length && !include.some((p) => matchesOperation(p, op))) return false;
  return !exclude.some((p) => matchesOperation(p, op));
}

const ORDER: Record<string, number> = { POST: 0, PUT: 1, PATCH: 2, GET: 3, HEAD: 4, OPTIONS: 5, TRACE: 6, DELETE: 9 };

/**
 * Run order: creating methods first (their responses feed `links` to the reads), deletes last, otherwise the
 * order of the description.
 */
export function runOrder(ops: Operation[]): Operation[] {
  return ops
    .map((op, i) => ({ op, i }))
    .sort((a, b) => (ORDER[a.op.method] ?? 5) - (ORDER[b.op.method] ?? 5) || a.i - b.i)
    .map((x) => x.op);
}
