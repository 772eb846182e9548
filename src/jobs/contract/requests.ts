import { sample } from 'openapi-sampler';
import { deref, isJsonType, type ApiModel, type MediaType, type Operation, type Parameter, type SchemaRef, type SecurityScheme } from './model.js';
import { escapeToken, isRecord } from './pointer.js';
import type { PayloadValidator } from './validate.js';

/**
 * Requests built from the description: the spec's examples first, otherwise values generated from the schemas
 * (openapi-sampler). Parameters are serialised with OpenAPI's default styles (path `simple`, query `form`,
 * header `simple`); bodies as JSON, form-urlencoded, multipart or raw text, whichever the operation accepts
 * first in that order.
 */

export interface RequestSpec {
  method: string;
  /** Path with parameters filled in (percent-encoded), no base URL. */
  path: string;
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body?: { contentType: string; text: string; value: unknown };
  /** Parameter values used, by name (for `$request.path.<name>` and friends). */
  params: Record<string, unknown>;
  /** How the request was made, for the evidence: 'example', 'schema', 'link', 'flow', 'negative: …'. */
  origin: string;
}

/** Values to use instead of generated ones, by parameter name (path/query/header/cookie) and for the body. */
export interface Overrides {
  params?: Record<string, unknown>;
  body?: { value: unknown } | undefined;
}

function resolvedSchema(model: ApiModel, ref: SchemaRef | undefined): Record<string, unknown> | undefined {
  if (!ref) return undefined;
  const v = deref(model.doc, ref.schema, ref.pointer).value;
  return isRecord(v) ? v : undefined;
}

/** A value valid for `ref`, from its examples/defaults or generated. */
export function sampleFor(model: ApiModel, ref: SchemaRef | undefined, forRequest = true): unknown {
  if (!ref) return undefined;
  try {
    return sample(ref.schema as never, { skipReadOnly: forRequest, skipWriteOnly: !forRequest, quiet: true }, model.doc);
  } catch {
    return undefined;
  }
}

export function paramValue(model: ApiModel, p: Parameter): { value: unknown; from: 'example' | 'schema' } {
  if (p.example) return { value: p.example.value, from: 'example' };
  const s = resolvedSchema(model, p.schema);
  if (s && 'default' in s) return { value: s.default, from: 'schema' };
  if (s && Array.isArray(s.enum) && s.enum.length > 0) return { value: s.enum[0], from: 'schema' };
  return { value: sampleFor(model, p.schema) ?? 'x', from: 'schema' };
}

function scalar(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function serialiseSimple(v: unknown): string {
  if (Array.isArray(v)) return v.map(scalar).join(',');
  if (isRecord(v)) return Object.entries(v).map(([k, x]) => `${k},${scalar(x)}`).join(',');
  return scalar(v);
}

function serialiseQuery(p: Parameter, v: unknown): Array<[string, string]> {
  const explode = p.explode ?? (p.style === undefined || p.style === 'form');
  if (Array.isArray(v)) {
    if (p.style === 'spaceDelimited') return [[p.name, v.map(scalar).join(' ')]];
    if (p.style === 'pipeDelimited') return [[p.name, v.map(scalar).join('|')]];
    return explode ? v.map((x) => [p.name, scalar(x)]) : [[p.name, v.map(scalar).join(',')]];
  }
  if (isRecord(v)) {
    if (p.style === 'deepObject') return Object.entries(v).map(([k, x]) => [`${p.name}[${k}]`, scalar(x)]);
    return explode ? Object.entries(v).map(([k, x]) => [k, scalar(x)]) : [[p.name, serialiseSimple(v)]];
  }
  return [[p.name, scalar(v)]];
}

/** Picks the request media type: JSON first, then form, multipart, text, anything. */
export function pickRequestType(content: Record<string, MediaType>): string | undefined {
  const types = Object.keys(content);
  return (
    types.find(isJsonType) ??
    types.find((t) => t.startsWith('application/x-www-form-urlencoded')) ??
    types.find((t) => t.startsWith('multipart/form-data')) ??
    types.find((t) => t.startsWith('text/')) ??
    types[0]
  );
}

/** The Accept header: the JSON types documented for success responses, else anything. */
export function acceptFor(op: Operation): string {
  const types = new Set<string>();
  for (const r of op.responses) for (const t of Object.keys(r.content)) if (isJsonType(t)) types.add(t);
  return types.size ? [...types].join(', ') : '*/*';
}

export function encodeBody(contentType: string, value: unknown): { contentType: string; text: string } {
  const base = contentType.split(';')[0]?.trim() ?? contentType;
  if (isJsonType(base) || base === '*/*') return { contentType: base === '*/*' ? 'application/json' : base, text: JSON.stringify(value ?? null) };
  if (base === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams();
    if (isRecord(value)) for (const [k, v] of Object.entries(value)) form.append(k, scalar(v));
    return { contentType: base, text: form.toString() };
  }
  if (base === 'multipart/form-data') {
    const boundary = 'integration-gate-boundary';
    const parts = isRecord(value)
      ? Object.entries(value).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${scalar(v)}\r\n`)
      : [];
    return { contentType: `${base}; boundary=${boundary}`, text: `${parts.join('')}--${boundary}--\r\n` };
  }
  return { contentType: base, text: typeof value === 'string' ? value : scalar(value) };
}

/** Builds a conformant request for `op`. */
export function buildRequest(model: ApiModel, op: Operation, overrides: Overrides = {}, origin?: string): RequestSpec {
  // 'spec' = nothing needed generating; 'example' = values from the description's examples; 'generated' = some from schemas.
  let from: 'spec' | 'example' | 'generated' = 'spec';
  const note = (f: 'example' | 'schema'): void => {
    if (f === 'schema') from = 'generated';
    else if (from === 'spec') from = 'example';
  };
  let path = op.path;
  const query: Array<[string, string]> = [];
  const headers: Record<string, string> = { accept: acceptFor(op) };
  const cookies: string[] = [];
  const used: Record<string, unknown> = {};
  for (const p of op.parameters) {
    const has = overrides.params && Object.prototype.hasOwnProperty.call(overrides.params, p.name);
    if (!has && !p.required && !p.example) continue; // optional parameters without an example are left out
    let value: unknown;
    if (has) {
      value = overrides.params?.[p.name];
    } else {
      const v = paramValue(model, p);
      note(v.from);
      value = v.value;
    }
    used[p.name] = value;
    if (p.in === 'path') path = path.split(`{${p.name}}`).join(encodeURIComponent(serialiseSimple(value)));
    else if (p.in === 'query') query.push(...serialiseQuery(p, value));
    else if (p.in === 'header') headers[p.name.toLowerCase()] = serialiseSimple(value);
    else cookies.push(`${p.name}=${encodeURIComponent(serialiseSimple(value))}`);
  }
  if (cookies.length) headers.cookie = cookies.join('; ');
  let body: RequestSpec['body'];
  const rb = op.requestBody;
  if (rb || overrides.body) {
    const type = rb ? pickRequestType(rb.content) : 'application/json';
    if (type) {
      const mt = rb?.content[type];
      let value: unknown;
      if (overrides.body) value = overrides.body.value;
      else if (mt?.example) {
        value = mt.example.value;
        note('example');
      } else {
        const s = resolvedSchema(model, mt?.schema);
        if (s && 'example' in s) {
          value = s.example;
          note('example');
        } else {
          value = sampleFor(model, mt?.schema);
          note('schema');
        }
      }
      const enc = encodeBody(type, value);
      body = { contentType: enc.contentType, text: enc.text, value };
      headers['content-type'] = enc.contentType;
    }
  }
  return { method: op.method, path, query, headers, ...(body ? { body } : {}), params: used, origin: origin ?? from };
}

export interface Credentials {
  /** Scheme name → secret value (from env). */
  [scheme: string]: string;
}

/**
 * Applies the first security requirement of `op` that the credentials satisfy (an empty requirement `{}`
 * means anonymous access is allowed). Returns the schemes used, or a note when none could be satisfied.
 */
export function applyAuth(
  req: RequestSpec,
  op: Operation,
  schemes: Record<string, SecurityScheme>,
  creds: Credentials,
): { used: string[]; note?: string } {
  const reqs = op.security ?? [];
  if (reqs.length === 0) return { used: [] };
  for (const alt of reqs) {
    const names = Object.keys(alt);
    if (names.length === 0) return { used: [] };
    if (!names.every((n) => creds[n] !== undefined && schemes[n] !== undefined)) continue;
    for (const n of names) addCredential(req, schemes[n] as SecurityScheme, creds[n] as string);
    return { used: names };
  }
  const wanted = reqs.map((alt) => Object.keys(alt).join(' + ')).join(' or ');
  return { used: [], note: `no credentials configured for ${wanted}; sent without authentication (add auth.<scheme>.fromEnv)` };
}

function addCredential(req: RequestSpec, scheme: SecurityScheme, secret: string): void {
  if (scheme.type === 'apiKey' && scheme.paramName) {
    if (scheme.in === 'query') req.query.push([scheme.paramName, secret]);
    else if (scheme.in === 'cookie') req.headers.cookie = [req.headers.cookie, `${scheme.paramName}=${secret}`].filter(Boolean).join('; ');
    else req.headers[scheme.paramName.toLowerCase()] = secret;
    return;
  }
  if ((scheme.type === 'http' && scheme.scheme === 'basic') || scheme.type === 'basic') {
    req.headers.authorization = `Basic ${Buffer.from(secret).toString('base64')}`;
    return;
  }
  // http bearer, oauth2, openIdConnect: a bearer token.
  req.headers.authorization = `Bearer ${secret}`;
}

/** A request that violates the schema, with what was violated. */
export interface NegativeCase {
  request: RequestSpec;
  violation: string;
  /** Pointer of the violated schema piece in the bundled description. */
  pointer: string;
}

const MAX_NEGATIVE = 16;

/**
 * Schema-violating variants of a conformant request: the body (missing required property, wrong type,
 * out-of-range, not in enum, too long/short, unexpected property under additionalProperties: false, wrong
 * format) and required parameters (wrong type, not in enum, wrong format, out of range). Optional parameters
 * are left alone: servers commonly clamp or ignore them. Each body variant is checked to really violate the
 * schema before it is sent.
 */
export function negativeCases(model: ApiModel, op: Operation, base: RequestSpec, validator: PayloadValidator): NegativeCase[] {
  const out: NegativeCase[] = [];
  const rb = op.requestBody;
  const type = rb ? pickRequestType(rb.content) : undefined;
  const mt = rb && type ? rb.content[type] : undefined;
  if (base.body && mt?.schema && type && isJsonType(type)) {
    const resolved = deref(model.doc, mt.schema.schema, mt.schema.pointer);
    const schema = isRecord(resolved.value) ? resolved.value : undefined;
    for (const [mutated, violation, where] of mutations(model, schema, base.body.value, '', resolved.pointer)) {
      if (out.length >= MAX_NEGATIVE) break;
      if (validator.isValid(mt.schema, mutated)) continue;
      const enc = encodeBody(type, mutated);
      out.push({
        request: { ...base, headers: { ...base.headers }, body: { contentType: enc.contentType, text: enc.text, value: mutated }, origin: `negative: ${violation}` },
        violation,
        pointer: where,
      });
    }
  }
  for (const p of op.parameters) {
    if (out.length >= MAX_NEGATIVE) break;
    if (!p.required || p.in === 'cookie') continue;
    const s = resolvedSchema(model, p.schema);
    const bad = invalidScalar(s);
    if (!bad) continue;
    const req = buildRequest(model, op, { params: { [p.name]: bad.value }, body: base.body ? { value: base.body.value } : undefined });
    // Keep the auth the base request carried.
    for (const [k, v] of Object.entries(base.headers)) if (!(k in req.headers)) req.headers[k] = v;
    for (const q of base.query) if (!req.query.some(([n]) => n === q[0])) req.query.push(q);
    out.push({ request: { ...req, origin: `negative: ${p.in} parameter '${p.name}' ${bad.why}` }, violation: `${p.in} parameter '${p.name}' ${bad.why}`, pointer: p.schema?.pointer ?? p.pointer });
  }
  return out;
}

/** A string value that violates a scalar schema, if one can be made without guessing. */
function invalidScalar(s: Record<string, unknown> | undefined): { value: unknown; why: string } | undefined {
  if (!s) return undefined;
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (Array.isArray(s.enum) && s.enum.every((e) => typeof e === 'string')) return { value: 'not-in-enum-x', why: 'not in enum' };
  if (type === 'integer' || type === 'number') return { value: 'not-a-number', why: `is not ${type === 'integer' ? 'an integer' : 'a number'}` };
  if (type === 'boolean') return { value: 'not-a-boolean', why: 'is not a boolean' };
  if (type === 'string' || type === undefined) {
    if (s.format === 'uuid') return { value: 'not-a-uuid', why: 'is not a uuid' };
    if (s.format === 'date-time' || s.format === 'date') return { value: 'not-a-date', why: `is not a ${String(s.format)}` };
    if (typeof s.maxLength === 'number') return { value: 'x'.repeat(s.maxLength + 1), why: `is longer than maxLength ${s.maxLength}` };
    if (typeof s.minLength === 'number' && s.minLength > 1) return { value: 'x', why: `is shorter than minLength ${s.minLength}` };
  }
  return undefined;
}

function* mutations(
  model: ApiModel,
  schema: Record<string, unknown> | undefined,
  value: unknown,
  where: string,
  ptr: string,
): Generator<[unknown, string, string]> {
  if (!schema) return;
  const at = where || 'body';
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (isRecord(value) && (type === 'object' || isRecord(schema.properties))) {
    const props = isRecord(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
    for (const r of required) {
      if (!(r in value)) continue;
      const copy = { ...value };
      delete copy[r];
      yield [copy, `${at}: required property '${r}' missing`, `${ptr}/required`];
    }
    if (schema.additionalProperties === false) yield [{ ...value, unexpectedProperty: 'x' }, `${at}: property 'unexpectedProperty' not allowed`, `${ptr}/additionalProperties`];
    for (const [k, pRaw] of Object.entries(props)) {
      const { value: ps, pointer: pp } = deref(model.doc, pRaw, `${ptr}/properties/${escapeToken(k)}`);
      if (!isRecord(ps)) continue;
      const current = value[k] ?? sample(ps as never, { quiet: true, skipReadOnly: true }, model.doc);
      for (const [bad, why] of scalarMutations(ps, current)) yield [{ ...value, [k]: bad }, `${at}.${k}: ${why}`, pp];
    }
    yield [[value], `${at}: an array instead of an object`, ptr];
    return;
  }
  for (const [bad, why] of scalarMutations(schema, value)) yield [bad, `${at}: ${why}`, ptr];
}

function* scalarMutations(s: Record<string, unknown>, current: unknown): Generator<[unknown, string]> {
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type === 'integer' || type === 'number') {
    yield ['not-a-number', `a string instead of ${type === 'integer' ? 'an integer' : 'a number'}`];
    if (typeof s.minimum === 'number') yield [s.minimum - 1, `below minimum ${s.minimum}`];
    if (typeof s.maximum === 'number') yield [s.maximum + 1, `above maximum ${s.maximum}`];
    if (type === 'integer') yield [(typeof current === 'number' ? current : 1) + 0.5, 'not an integer'];
  } else if (type === 'string') {
    yield [12345, 'a number instead of a string'];
    if (Array.isArray(s.enum)) yield ['not-in-enum-x', 'not in enum'];
    if (typeof s.maxLength === 'number') yield ['x'.repeat(s.maxLength + 1), `longer than maxLength ${s.maxLength}`];
    if (typeof s.minLength === 'number' && s.minLength > 0) yield ['', `shorter than minLength ${s.minLength}`];
    if (s.format === 'uuid' || s.format === 'date-time' || s.format === 'email') yield [`not-a-${String(s.format)}`, `not a ${String(s.format)}`];
  } else if (type === 'boolean') {
    yield ['not-a-boolean', 'a string instead of a boolean'];
  } else if (type === 'array') {
    yield ['not-an-array', 'a string instead of an array'];
  }
}
