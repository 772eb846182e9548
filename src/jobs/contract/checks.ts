import { errorMessage } from '../../core/errors.js';
import type { CheckName } from './config.js';
import { isJsonType, responseFor, type ApiModel, type Header, type MediaType, type Operation } from './model.js';
import { isRecord, joinPointer } from './pointer.js';
import type { RequestSpec } from './requests.js';
import type { PayloadValidator } from './validate.js';

/** One request sent and what came back. */
export interface Exchange {
  request: RequestSpec;
  url: string;
  status?: number;
  headers: Record<string, string>;
  bodyText: string;
  /** Parsed JSON body, when the body is JSON. */
  json?: { value: unknown } | undefined;
  durationMs: number;
  /** Transport failure (no response). */
  error?: string;
}

/** The outcome of one check on one exchange. */
export interface CheckOutcome {
  check: CheckName;
  ok: boolean;
  expected: string;
  actual: string;
  /** Pointer into the bundled description of what was violated (for the spec line). */
  pointer: string;
}

const MAX_BODY = 5 * 1024 * 1024;

export function buildUrl(baseUrl: string, req: RequestSpec): string {
  const base = baseUrl.replace(/\/+$/, '');
  const qs = req.query.length ? `?${req.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}` : '';
  return `${base}${req.path}${qs}`;
}

export async function send(baseUrl: string, req: RequestSpec, timeoutMs: number, signal: AbortSignal): Promise<Exchange> {
  const url = buildUrl(baseUrl, req);
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method: req.method,
      headers: req.headers,
      redirect: 'manual',
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
      ...(req.body && req.method !== 'GET' && req.method !== 'HEAD' ? { body: req.body.text } : {}),
    });
    const buf = Buffer.from(await res.arrayBuffer());
    const durationMs = performance.now() - started;
    const bodyText = buf.subarray(0, MAX_BODY).toString('utf8');
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      headers[k.toLowerCase()] = v;
    });
    let json: Exchange['json'];
    if (bodyText.length > 0 && isJsonType(headers['content-type'] ?? '')) {
      try {
        json = { value: JSON.parse(bodyText) as unknown };
      } catch {
        json = undefined;
      }
    }
    return { request: req, url, status: res.status, headers, bodyText, json, durationMs };
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? errorMessage(err);
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    return {
      request: req,
      url,
      headers: {},
      bodyText: '',
      durationMs: performance.now() - started,
      error: timedOut ? `no response within ${timeoutMs}ms` : `no response: ${detail}`,
    };
  }
}

function mediaBase(t: string): string {
  return (t.split(';')[0] ?? '').trim().toLowerCase();
}

/** Does the actual content type match a documented media type range (application/*, *\/*, params ignored)? */
export function matchMediaType(actual: string, documented: string[]): string | undefined {
  const a = mediaBase(actual);
  const [at, as] = a.split('/');
  // Exact first, then ranges.
  const exact = documented.find((d) => mediaBase(d) === a);
  if (exact) return exact;
  return documented.find((d) => {
    const [dt, ds] = mediaBase(d).split('/');
    return (dt === '*' || dt === at) && (ds === '*' || ds === as);
  });
}

export interface CheckOptions {
  enabled: (check: CheckName) => boolean;
  maxResponseTimeMs?: number;
}

/** The response checks for a conformant request. */
export function checkResponse(model: ApiModel, op: Operation, ex: Exchange, validator: PayloadValidator, opts: CheckOptions): CheckOutcome[] {
  const out: CheckOutcome[] = [];
  const responsesPtr = joinPointer(op.pointer, 'responses');
  const documented = op.responses.map((r) => r.key);
  if (ex.status === undefined) {
    if (opts.enabled('not_a_server_error')) {
      out.push({ check: 'not_a_server_error', ok: false, expected: 'a response', actual: ex.error ?? 'no response', pointer: op.pointer });
    }
    return out;
  }
  const status = ex.status;
  if (opts.enabled('not_a_server_error')) {
    out.push({ check: 'not_a_server_error', ok: status < 500, expected: 'a status below 500', actual: `${status}${excerptMessage(ex)}`, pointer: responsesPtr });
  }
  const resp = responseFor(op, status);
  if (opts.enabled('status_code_conformance')) {
    out.push({
      check: 'status_code_conformance',
      ok: resp !== undefined,
      expected: `a documented status: ${documented.join(', ') || '(none documented)'}`,
      actual: `${status}${excerptMessage(ex)}`,
      pointer: responsesPtr,
    });
  }
  if (opts.maxResponseTimeMs !== undefined && opts.enabled('max_response_time')) {
    out.push({
      check: 'max_response_time',
      ok: ex.durationMs <= opts.maxResponseTimeMs,
      expected: `at most ${opts.maxResponseTimeMs}ms`,
      actual: `${Math.round(ex.durationMs)}ms`,
      pointer: op.pointer,
    });
  }
  if (!resp) return out;

  const types = Object.keys(resp.content);
  const contentType = ex.headers['content-type'];
  const hasBody = ex.bodyText.length > 0 && ex.request.method !== 'HEAD';
  let media: MediaType | undefined;
  if (opts.enabled('content_type_conformance') && (hasBody || types.length === 0)) {
    let ok: boolean;
    let expected: string;
    if (types.length === 0) {
      ok = !hasBody;
      expected = `no body (response ${resp.key} documents no content)`;
    } else {
      const hit = contentType ? matchMediaType(contentType, types) : undefined;
      ok = hit !== undefined;
      expected = `Content-Type ${types.join(' or ')}`;
    }
    out.push({
      check: 'content_type_conformance',
      ok,
      expected,
      actual: hasBody ? `${contentType ? `Content-Type ${contentType}` : 'no Content-Type'} with a ${ex.bodyText.length}-byte body` : 'no body',
      pointer: types.length ? joinPointer(resp.pointer, 'content') : resp.pointer,
    });
  }
  if (contentType && types.length) {
    const hit = matchMediaType(contentType, types);
    media = hit ? resp.content[hit] : undefined;
  }

  if (opts.enabled('response_schema_conformance') && media?.schema && hasBody && contentType && isJsonType(contentType)) {
    if (!ex.json) {
      out.push({
        check: 'response_schema_conformance',
        ok: false,
        expected: 'a JSON body',
        actual: `unparsable JSON: ${ex.bodyText.slice(0, 120)}`,
        pointer: media.schema.pointer,
      });
    } else {
      const violations = validator.validate(media.schema, ex.json.value);
      out.push({
        check: 'response_schema_conformance',
        ok: violations.length === 0,
        expected: `a body valid against the schema of response ${resp.key} (${mediaBase(contentType)})`,
        actual: violations.length ? violations.slice(0, 5).map((v) => v.message).join('; ') + (violations.length > 5 ? `; … ${violations.length - 5} more` : '') : 'valid',
        pointer: violations[0]?.schemaPointer ?? media.schema.pointer,
      });
    }
  }

  if (opts.enabled('response_headers_conformance')) {
    const headers = resp.headers.filter((h) => h.name.toLowerCase() !== 'content-type');
    if (headers.length) {
      const problems: Array<{ h: Header; why: string; pointer: string }> = [];
      for (const h of headers) {
        const v = ex.headers[h.name.toLowerCase()];
        if (v === undefined) {
          if (h.required) problems.push({ h, why: `required header ${h.name} missing`, pointer: h.pointer });
          continue;
        }
        if (h.schema) {
          const violations = validator.validate(h.schema, coerceHeader(model, h, v));
          if (violations.length) problems.push({ h, why: `header ${h.name}: ${violations[0]?.message.replace('(body)', 'value') ?? 'invalid'}`, pointer: violations[0]?.schemaPointer ?? h.pointer });
        }
      }
      out.push({
        check: 'response_headers_conformance',
        ok: problems.length === 0,
        expected: `documented headers of response ${resp.key}: ${headers.map((h) => `${h.name}${h.required ? ' (required)' : ''}`).join(', ')}`,
        actual: problems.length ? problems.map((p) => p.why).join('; ') : 'conformant',
        pointer: problems[0]?.pointer ?? joinPointer(resp.pointer, 'headers'),
      });
    }
  }
  return out;
}

/** Header values are strings; a header whose schema is numeric or boolean is compared as such. */
function coerceHeader(model: ApiModel, h: Header, v: string): unknown {
  const s = h.schema?.schema;
  const resolved = isRecord(s) && typeof s.$ref === 'string' ? undefined : s;
  const type = isRecord(resolved) ? resolved.type : undefined;
  if ((type === 'integer' || type === 'number') && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  if (type === 'boolean' && (v === 'true' || v === 'false')) return v === 'true';
  if (type === 'array') return v.split(',').map((x) => x.trim());
  void model;
  return v;
}

/** A short hint of what the body said, for 4xx/5xx actuals: ' (error: not_found)'. */
function excerptMessage(ex: Exchange): string {
  if (ex.status === undefined || ex.status < 400) return '';
  const v = ex.json?.value;
  if (isRecord(v)) {
    const msg = [v.error, v.message, v.title, v.detail].filter((x) => typeof x === 'string').join(': ');
    if (msg) return ` (${msg.slice(0, 160)})`;
  }
  return ex.bodyText ? ` (${ex.bodyText.slice(0, 120).replace(/\s+/g, ' ')})` : '';
}

/** negative_data_rejection: a schema-violating request must get a 4xx. */
export function checkNegative(ex: Exchange, violation: string, pointer: string): CheckOutcome {
  const ok = ex.status !== undefined && ex.status >= 400 && ex.status < 500;
  return {
    check: 'negative_data_rejection',
    ok,
    expected: `a 4xx rejection of a request whose ${violation}`,
    actual: ex.status === undefined ? (ex.error ?? 'no response') : `${ex.status}${ex.status < 400 ? ' (accepted)' : ''}${excerptMessage(ex)}`,
    pointer,
  };
}
