import { getAt, isRecord, joinPointer } from './pointer.js';
import type { SpecVersion } from './spec.js';

/**
 * One shape for the operations of OpenAPI 3.x and Swagger 2.0 descriptions. Every piece keeps the JSON
 * pointer (into the bundled document) where it is declared — after following `$ref`s — so a violation maps
 * back to the line of the spec that declares the violated response, header or schema.
 */

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

export type Schema = Record<string, unknown> | boolean;

export interface SchemaRef {
  schema: Schema;
  /** Pointer of the schema in the bundled document (after following `$ref`). */
  pointer: string;
}

export interface MediaType {
  schema?: SchemaRef;
  /** The first example given for the media type (`example`, `examples.*.value`), if any. */
  example?: { value: unknown };
  pointer: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema?: SchemaRef;
  example?: { value: unknown };
  style?: string;
  explode?: boolean;
  pointer: string;
}

export interface Header {
  name: string;
  required: boolean;
  schema?: SchemaRef;
  pointer: string;
}

export interface Link {
  name: string;
  operationId?: string;
  operationRef?: string;
  parameters: Record<string, unknown>;
  requestBody?: unknown;
  pointer: string;
}

export interface ResponseSpec {
  /** '200', '2XX' or 'default'. */
  key: string;
  /** Media types; empty = no body documented. */
  content: Record<string, MediaType>;
  headers: Header[];
  links: Link[];
  pointer: string;
}

export interface RequestBodySpec {
  required: boolean;
  content: Record<string, MediaType>;
  pointer: string;
}

export type SecurityRequirement = Record<string, string[]>;

export interface Operation {
  /** operationId when given, else 'METHOD /path'. */
  id: string;
  operationId?: string;
  method: string;
  path: string;
  tags: string[];
  parameters: Parameter[];
  requestBody?: RequestBodySpec;
  responses: ResponseSpec[];
  /** Effective security (operation-level, else top-level); undefined = none declared. */
  security?: SecurityRequirement[];
  pointer: string;
}

export interface SecurityScheme {
  name: string;
  type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect' | 'basic' | 'mutualTLS';
  /** apiKey: where and under which name. */
  in?: 'header' | 'query' | 'cookie';
  paramName?: string;
  /** http: 'bearer' | 'basic' | … */
  scheme?: string;
}

export interface ApiModel {
  version: SpecVersion;
  title: string;
  operations: Operation[];
  securitySchemes: Record<string, SecurityScheme>;
  doc: Record<string, unknown>;
}

/** Follows local `$ref`s (bundled documents have no others) and returns the target with its pointer. */
export function deref(doc: unknown, value: unknown, pointer: string): { value: unknown; pointer: string } {
  let cur = value;
  let ptr = pointer;
  for (let i = 0; i < 32 && isRecord(cur) && typeof cur.$ref === 'string' && cur.$ref.startsWith('#'); i++) {
    ptr = decodeURIComponent(cur.$ref.slice(1));
    cur = getAt(doc, ptr);
  }
  return { value: cur, pointer: ptr };
}

function firstExample(node: Record<string, unknown>, doc: unknown): { value: unknown } | undefined {
  if ('example' in node) return { value: node.example };
  if (isRecord(node.examples)) {
    for (const ex of Object.values(node.examples)) {
      const target = deref(doc, ex, '').value;
      if (isRecord(target) && 'value' in target) return { value: target.value };
    }
  }
  return undefined;
}

function schemaRef(doc: unknown, schema: unknown, pointer: string): SchemaRef | undefined {
  if (schema === undefined) return undefined;
  const r = deref(doc, schema, pointer);
  if (!isRecord(r.value) && typeof r.value !== 'boolean') return undefined;
  // Keep the original (possibly `$ref`) node for validation; the pointer is where it is declared.
  return { schema: schema as Schema, pointer: r.pointer };
}

function mediaTypes(doc: unknown, content: unknown, pointer: string): Record<string, MediaType> {
  const out: Record<string, MediaType> = {};
  if (!isRecord(content)) return out;
  for (const [type, mtRaw] of Object.entries(content)) {
    const p = joinPointer(pointer, type);
    const { value: mt, pointer: mp } = deref(doc, mtRaw, p);
    if (!isRecord(mt)) {
      out[type] = { pointer: mp };
      continue;
    }
    const schema = schemaRef(doc, mt.schema, joinPointer(mp, 'schema'));
    const example = firstExample(mt, doc);
    out[type] = { pointer: mp, ...(schema ? { schema } : {}), ...(example ? { example } : {}) };
  }
  return out;
}

function parameter(doc: unknown, raw: unknown, pointer: string, v2: boolean): (Parameter & { v2Body?: unknown }) | undefined {
  const { value: p, pointer: pp } = deref(doc, raw, pointer);
  if (!isRecord(p) || typeof p.name !== 'string' || typeof p.in !== 'string') return undefined;
  if (v2 && (p.in === 'body' || p.in === 'formData')) return { name: p.name, in: 'query', required: false, pointer: pp, v2Body: p };
  if (!['path', 'query', 'header', 'cookie'].includes(p.in)) return undefined;
  // Swagger 2.0 keeps type/format/enum on the parameter itself.
  const schemaNode = v2 ? pickSchemaKeywords(p) : p.schema;
  const schema = v2 ? { schema: schemaNode as Schema, pointer: pp } : schemaRef(doc, schemaNode, joinPointer(pp, 'schema'));
  const example = firstExample(p, doc) ?? (isRecord(p.schema) ? firstExampleOfSchema(doc, p.schema) : undefined);
  return {
    name: p.name,
    in: p.in as Parameter['in'],
    required: p.required === true || p.in === 'path',
    pointer: pp,
    ...(schema ? { schema } : {}),
    ...(example ? { example } : {}),
    ...(typeof p.style === 'string' ? { style: p.style } : {}),
    ...(typeof p.explode === 'boolean' ? { explode: p.explode } : {}),
    ...(v2 && p.collectionFormat === 'multi' ? { explode: true } : v2 && p.type === 'array' ? { explode: false } : {}),
  };
}

function firstExampleOfSchema(doc: unknown, schema: unknown): { value: unknown } | undefined {
  const s = deref(doc, schema, '').value;
  if (isRecord(s) && 'example' in s) return { value: s.example };
  if (isRecord(s) && Array.isArray(s.examples) && s.examples.length > 0) return { value: s.examples[0] };
  return undefined;
}

const V2_SCHEMA_KEYS = [
  'type', 'format', 'items', 'enum', 'default', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'multipleOf',
];

function pickSchemaKeywords(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of V2_SCHEMA_KEYS) if (k in p) out[k] = p[k];
  if (out.type === 'file') delete out.type;
  return out;
}

function headers(doc: unknown, raw: unknown, pointer: string, v2: boolean): Header[] {
  const out: Header[] = [];
  if (!isRecord(raw)) return out;
  for (const [name, hRaw] of Object.entries(raw)) {
    const { value: h, pointer: hp } = deref(doc, hRaw, joinPointer(pointer, name));
    if (!isRecord(h)) continue;
    const schema = v2 ? { schema: pickSchemaKeywords(h) as Schema, pointer: hp } : schemaRef(doc, h.schema, joinPointer(hp, 'schema'));
    out.push({ name, required: h.required === true, pointer: hp, ...(schema ? { schema } : {}) });
  }
  return out;
}

function links(doc: unknown, raw: unknown, pointer: string): Link[] {
  const out: Link[] = [];
  if (!isRecord(raw)) return out;
  for (const [name, lRaw] of Object.entries(raw)) {
    const { value: l, pointer: lp } = deref(doc, lRaw, joinPointer(pointer, name));
    if (!isRecord(l)) continue;
    out.push({
      name,
      pointer: lp,
      parameters: isRecord(l.parameters) ? l.parameters : {},
      ...(typeof l.operationId === 'string' ? { operationId: l.operationId } : {}),
      ...(typeof l.operationRef === 'string' ? { operationRef: l.operationRef } : {}),
      ...('requestBody' in l ? { requestBody: l.requestBody } : {}),
    });
  }
  return out;
}

function securitySchemes(doc: Record<string, unknown>, version: SpecVersion): Record<string, SecurityScheme> {
  const raw = version === '2.0' ? doc.securityDefinitions : getAt(doc, '/components/securitySchemes');
  const out: Record<string, SecurityScheme> = {};
  if (!isRecord(raw)) return out;
  for (const [name, sRaw] of Object.entries(raw)) {
    const s = deref(doc, sRaw, '').value;
    if (!isRecord(s) || typeof s.type !== 'string') continue;
    out[name] = {
      name,
      type: s.type as SecurityScheme['type'],
      ...(s.in === 'header' || s.in === 'query' || s.in === 'cookie' ? { in: s.in } : {}),
      ...(typeof s.name === 'string' ? { paramName: s.name } : {}),
      ...(typeof s.scheme === 'string' ? { scheme: s.scheme.toLowerCase() } : {}),
    };
  }
  return out;
}

function security(raw: unknown): SecurityRequirement[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.filter(isRecord).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : []])));
}

/** Reads every operation of the bundled document. */
export function buildModel(doc: Record<string, unknown>, version: SpecVersion): ApiModel {
  const v2 = version === '2.0';
  const operations: Operation[] = [];
  const paths = isRecord(doc.paths) ? doc.paths : {};
  const topSecurity = security(doc.security);
  const topProduces = Array.isArray(doc.produces) ? doc.produces.map(String) : undefined;
  const topConsumes = Array.isArray(doc.consumes) ? doc.consumes.map(String) : undefined;

  for (const [p, itemRaw] of Object.entries(paths)) {
    const { value: item, pointer: ip } = deref(doc, itemRaw, joinPointer('/paths', p));
    if (!isRecord(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters.map((raw, i) => parameter(doc, raw, joinPointer(ip, 'parameters', i), v2)) : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const opPointer = joinPointer(ip, method);
      const own = Array.isArray(op.parameters) ? op.parameters.map((raw, i) => parameter(doc, raw, joinPointer(opPointer, 'parameters', i), v2)) : [];
      // Operation-level parameters override path-level ones with the same name and location.
      const merged = new Map<string, Parameter & { v2Body?: unknown }>();
      for (const prm of [...shared, ...own]) if (prm) merged.set(`${prm.in}:${prm.name}:${prm.v2Body ? 'body' : ''}`, prm);
      const params = [...merged.values()];
      const parameters = params.filter((x) => !x.v2Body).map(({ v2Body: _b, ...rest }) => rest);

      let requestBody: RequestBodySpec | undefined;
      if (v2) {
        const bodyParam = params.find((x) => isRecord(x.v2Body) && x.v2Body.in === 'body');
        const consumes = Array.isArray(op.consumes) ? op.consumes.map(String) : topConsumes ?? ['application/json'];
        if (bodyParam && isRecord(bodyParam.v2Body)) {
          const schema = schemaRef(doc, bodyParam.v2Body.schema, joinPointer(bodyParam.pointer, 'schema'));
          requestBody = {
            required: bodyParam.v2Body.required === true,
            pointer: bodyParam.pointer,
            content: Object.fromEntries(consumes.map((c) => [c, { pointer: bodyParam.pointer, ...(schema ? { schema } : {}) }])),
          };
        }
      } else if (op.requestBody !== undefined) {
        const { value: rb, pointer: rbp } = deref(doc, op.requestBody, joinPointer(opPointer, 'requestBody'));
        if (isRecord(rb)) requestBody = { required: rb.required === true, pointer: rbp, content: mediaTypes(doc, rb.content, joinPointer(rbp, 'content')) };
      }

      const responses: ResponseSpec[] = [];
      const produces = Array.isArray(op.produces) ? op.produces.map(String) : topProduces ?? ['application/json'];
      if (isRecord(op.responses)) {
        for (const [key, rRaw] of Object.entries(op.responses)) {
          if (key.startsWith('x-')) continue;
          const { value: r, pointer: rp } = deref(doc, rRaw, joinPointer(opPointer, 'responses', key));
          if (!isRecord(r)) continue;
          let content: Record<string, MediaType>;
          if (v2) {
            const schema = schemaRef(doc, r.schema, joinPointer(rp, 'schema'));
            const ex = isRecord(r.examples) ? Object.entries(r.examples)[0] : undefined;
            content = schema
              ? Object.fromEntries(produces.map((c) => [c, { pointer: rp, schema, ...(ex && ex[0] === c ? { example: { value: ex[1] } } : {}) }]))
              : {};
          } else {
            content = mediaTypes(doc, r.content, joinPointer(rp, 'content'));
          }
          responses.push({
            key: key.toUpperCase() === key ? key : key.toLowerCase(),
            content,
            headers: headers(doc, r.headers, joinPointer(rp, 'headers'), v2),
            links: v2 ? [] : links(doc, r.links, joinPointer(rp, 'links')),
            pointer: rp,
          });
        }
      }
      const sec = security(op.security) ?? topSecurity;
      operations.push({
        id: typeof op.operationId === 'string' ? op.operationId : `${method.toUpperCase()} ${p}`,
        ...(typeof op.operationId === 'string' ? { operationId: op.operationId } : {}),
        method: method.toUpperCase(),
        path: p,
        tags: Array.isArray(op.tags) ? op.tags.map(String) : [],
        parameters,
        ...(requestBody ? { requestBody } : {}),
        responses,
        ...(sec ? { security: sec } : {}),
        pointer: opPointer,
      });
    }
  }
  const info = isRecord(doc.info) ? doc.info : {};
  return {
    version,
    title: typeof info.title === 'string' ? info.title : 'API',
    operations,
    securitySchemes: securitySchemes(doc, version),
    doc,
  };
}

/** The documented response for a status: exact code, then the `2XX` range, then `default`. */
export function responseFor(op: Operation, status: number): ResponseSpec | undefined {
  const exact = op.responses.find((r) => r.key === String(status));
  if (exact) return exact;
  const range = op.responses.find((r) => r.key.toUpperCase() === `${Math.floor(status / 100)}XX`);
  return range ?? op.responses.find((r) => r.key === 'default');
}

/** True for JSON media types: application/json, application/problem+json, text/json… */
export function isJsonType(mediaType: string): boolean {
  const t = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return t === 'application/json' || t === 'text/json' || t.endsWith('+json');
}
