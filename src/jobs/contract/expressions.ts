import { getAt, isRecord } from './pointer.js';

/**
 * OpenAPI runtime expressions (the syntax of `links`), plus `$steps.<id>.…` to reach earlier flow steps:
 *
 *   $statusCode · $method · $url
 *   $request.path.<name> · $request.query.<name> · $request.header.<name> · $request.body#/pointer
 *   $response.header.<name> · $response.body#/pointer
 *   $steps.<id>.outputs.<name> · $steps.<id>.request.… · $steps.<id>.response.… · $steps.<id>.statusCode
 *
 * A string that is exactly one expression yields the value itself (a number stays a number); a string with
 * embedded `{$…}` parts is a template and yields a string. Anything else is a literal.
 */

export interface ExchangeView {
  method: string;
  url: string;
  statusCode?: number;
  request: { path: Record<string, unknown>; query: Record<string, string>; headers: Record<string, string>; body?: unknown };
  response?: { headers: Record<string, string>; body?: unknown };
  outputs?: Record<string, unknown>;
}

export interface Scope {
  current?: ExchangeView;
  steps: Record<string, ExchangeView>;
}

export class ExpressionError extends Error {
  override name = 'ExpressionError';
}

const EXPR = /^\$(statusCode|method|url|request\.|response\.|steps\.)/;

export function isExpression(v: unknown): boolean {
  return typeof v === 'string' && EXPR.test(v);
}

export function evaluate(value: unknown, scope: Scope): unknown {
  if (typeof value === 'string') {
    if (isExpression(value)) return evalOne(value, scope);
    if (/\{\$[^}]+\}/.test(value)) {
      return value.replace(/\{(\$[^}]+)\}/g, (_m, e: string) => {
        const v = evalOne(e, scope);
        return typeof v === 'object' ? JSON.stringify(v) : String(v);
      });
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => evaluate(v, scope));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluate(v, scope)]));
  return value;
}

function evalOne(expr: string, scope: Scope): unknown {
  let view = scope.current;
  let rest = expr.slice(1);
  if (rest.startsWith('steps.')) {
    const m = /^steps\.([A-Za-z0-9_-]+)\.(.*)$/.exec(rest);
    if (!m) throw new ExpressionError(`'${expr}': expected $steps.<id>.…`);
    view = scope.steps[m[1] as string];
    if (!view) throw new ExpressionError(`'${expr}': step '${m[1]}' has not run or did not get a response`);
    rest = m[2] as string;
    if (rest.startsWith('outputs.')) {
      const name = rest.slice('outputs.'.length);
      if (!view.outputs || !(name in view.outputs)) throw new ExpressionError(`'${expr}': step '${m[1]}' has no output '${name}'`);
      return view.outputs[name];
    }
  }
  if (!view) throw new ExpressionError(`'${expr}': no request/response to read from here`);
  const found = read(view, rest);
  if (found === undefined) throw new ExpressionError(`'${expr}' has no value`);
  return found;
}

function read(view: ExchangeView, rest: string): unknown {
  if (rest === 'statusCode') return view.statusCode;
  if (rest === 'method') return view.method;
  if (rest === 'url') return view.url;
  const m = /^(request|response)\.(body|header|query|path)(.*)$/.exec(rest);
  if (!m) throw new ExpressionError(`'$${rest}' is not a runtime expression`);
  const side = m[1] === 'request' ? view.request : view.response;
  if (!side) return undefined;
  const tail = m[3] as string;
  if (m[2] === 'body') {
    if (tail === '') return side.body;
    if (!tail.startsWith('#')) throw new ExpressionError(`'$${rest}': expected body#/pointer`);
    return getAt(side.body, tail.slice(1));
  }
  const name = tail.replace(/^\./, '');
  if (m[2] === 'header') {
    const lower = name.toLowerCase();
    return side.headers[lower];
  }
  if (m[2] === 'query' && m[1] === 'request') return view.request.query[name];
  if (m[2] === 'path' && m[1] === 'request') return view.request.path[name];
  return undefined;
}
