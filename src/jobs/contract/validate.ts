import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { deref, type Schema, type SchemaRef } from './model.js';
import { escapeToken, getAt, isRecord, joinPointer, parsePointer } from './pointer.js';
import type { SpecVersion } from './spec.js';

/**
 * JSON Schema validation of payloads against the description's schemas.
 *
 * - OpenAPI 3.1 schemas are JSON Schema 2020-12: validated by Ajv's 2020 build as they are.
 * - OpenAPI 3.0 and Swagger 2.0 schemas are a draft-04-ish dialect: before compiling, a copy of the document is
 *   rewritten to draft-07 — `nullable: true` (and 2.0's `x-nullable`) becomes a `null` alternative, boolean
 *   `exclusiveMinimum`/`exclusiveMaximum` become numbers, 2.0's `type: file` is dropped.
 * - Formats from ajv-formats plus OpenAPI's own (int32, int64, float, double, byte, binary, password);
 *   unknown formats are ignored, as the JSON Schema specification says.
 *
 * The whole document is registered once under a base URI and each schema is compiled by reference to its
 * pointer, so recursive schemas and `$ref`s between components work unchanged.
 */

const BASE = 'https://integration-gate.invalid/openapi.json';

export interface SchemaViolation {
  /** Where in the payload, as a JSON pointer ('' = the whole payload). */
  instancePath: string;
  keyword: string;
  /** Ajv's message with the offending value's place, e.g. `/amount must be integer`. */
  message: string;
  /** Pointer of the violated schema keyword in the bundled document (for the spec line). */
  schemaPointer: string;
}

type AjvLike = { compile(schema: object): ValidateFunction; addSchema(schema: object, key: string): unknown };

// ajv-formats is CommonJS; its default export arrives as the module object under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: AjvLike) => unknown;

export class PayloadValidator {
  private readonly ajv: AjvLike;
  private readonly cache = new Map<string, ValidateFunction | Error>();

  constructor(
    private readonly doc: Record<string, unknown>,
    readonly version: SpecVersion,
  ) {
    const options = { strict: false, allErrors: true, validateSchema: false, logger: false, unicodeRegExp: false } as const;
    const ajv: AjvLike = version === '3.1' ? new Ajv2020(options) : new Ajv(options);
    addFormats(ajv);
    const a = ajv as unknown as { addFormat(name: string, f: unknown): void };
    a.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 });
    a.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    a.addFormat('float', { type: 'number', validate: () => true });
    a.addFormat('double', { type: 'number', validate: () => true });
    a.addFormat('byte', /^[A-Za-z0-9+/]*={0,2}$/);
    a.addFormat('binary', true);
    a.addFormat('password', true);
    const prepared = version === '3.1' ? structuredClone(doc) : toDraft7(structuredClone(doc), version);
    ajv.addSchema(prepared as object, BASE);
    this.ajv = ajv;
  }

  private compiled(pointer: string): ValidateFunction | Error {
    let fn = this.cache.get(pointer);
    if (!fn) {
      const fragment = parsePointer(pointer).map((t) => `/${encodeURIComponent(escapeToken(t))}`).join('');
      try {
        fn = this.ajv.compile({ $ref: `${BASE}#${fragment}` });
      } catch (err) {
        fn = err instanceof Error ? err : new Error(String(err));
      }
      this.cache.set(pointer, fn);
    }
    return fn;
  }

  /**
   * Validates `value` against the schema declared at `ref.pointer`. Returns the violations (empty = valid).
   * A schema Ajv cannot compile is reported as one violation with keyword 'schema'.
   */
  validate(ref: SchemaRef, value: unknown): SchemaViolation[] {
    if (ref.schema === true || (isRecord(ref.schema) && Object.keys(ref.schema).length === 0)) return [];
    const fn = this.compiled(ref.pointer);
    if (fn instanceof Error) {
      return [{ instancePath: '', keyword: 'schema', message: `the schema cannot be compiled: ${fn.message}`, schemaPointer: ref.pointer }];
    }
    if (fn(value)) return [];
    const errors = (fn.errors ?? []) as ErrorObject[];
    return dedupe(errors).map((e) => ({
      instancePath: e.instancePath,
      keyword: e.keyword,
      message: describe(e),
      schemaPointer: this.locate(ref.pointer, e),
    }));
  }

  isValid(ref: SchemaRef, value: unknown): boolean {
    return this.validate(ref, value).length === 0;
  }

  /** The pointer of the schema (and keyword, when declared there) that `error` is about. */
  private locate(root: string, error: ErrorObject): string {
    let { value: s, pointer: p } = deref(this.doc, getAt(this.doc, root), root);
    for (const token of parsePointer(error.instancePath)) {
      const next = childSchema(this.doc, s, p, token);
      if (!next) break;
      ({ value: s, pointer: p } = deref(this.doc, next.value, next.pointer));
    }
    const withKeyword = joinPointer(p, error.keyword);
    return getAt(this.doc, withKeyword) !== undefined ? withKeyword : p;
  }
}

function childSchema(doc: unknown, s: unknown, p: string, token: string): { value: unknown; pointer: string } | undefined {
  if (!isRecord(s)) return undefined;
  if (isRecord(s.properties) && Object.prototype.hasOwnProperty.call(s.properties, token)) {
    return { value: s.properties[token], pointer: joinPointer(p, 'properties', token) };
  }
  if (/^[0-9]+$/.test(token)) {
    if (Array.isArray(s.prefixItems) && Number(token) < s.prefixItems.length) {
      return { value: s.prefixItems[Number(token)], pointer: joinPointer(p, 'prefixItems', token) };
    }
    if (isRecord(s.items)) return { value: s.items, pointer: joinPointer(p, 'items') };
  }
  for (const comb of ['allOf', 'anyOf', 'oneOf'] as const) {
    const branches = s[comb];
    if (!Array.isArray(branches)) continue;
    for (let i = 0; i < branches.length; i++) {
      const b = deref(doc, branches[i], joinPointer(p, comb, i));
      const hit = childSchema(doc, b.value, b.pointer, token);
      if (hit) return hit;
    }
  }
  if (isRecord(s.additionalProperties)) return { value: s.additionalProperties, pointer: joinPointer(p, 'additionalProperties') };
  return undefined;
}

function describe(e: ErrorObject): string {
  const where = e.instancePath || '(body)';
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${where}: missing required property '${String(params.missingProperty)}'`;
    case 'additionalProperties':
      return `${where}: property '${String(params.additionalProperty)}' is not allowed (additionalProperties: false)`;
    case 'enum':
      return `${where} must be one of ${JSON.stringify(params.allowedValues)}`;
    default:
      return `${where} ${e.message ?? 'is invalid'}`;
  }
}

/** Ajv repeats errors for each failing anyOf/oneOf branch; keep one per path and message. */
function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Rewrites OpenAPI 3.0 / Swagger 2.0 schema dialect to draft-07, in place. */
export function toDraft7(node: unknown, version: SpecVersion): unknown {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = toDraft7(node[i], version);
    return node;
  }
  if (!isRecord(node)) return node;
  // Data (examples, defaults) is rewritten too: harmless, as this copy only feeds the validator.
  for (const k of Object.keys(node)) node[k] = toDraft7(node[k], version);
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof node[flag] === 'boolean') {
      if (node[flag] === true && typeof node[bound] === 'number') {
        node[flag] = node[bound];
        delete node[bound];
      } else {
        delete node[flag];
      }
    }
  }
  if (node.type === 'file') delete node.type;
  const nullable = node.nullable === true || node['x-nullable'] === true;
  if ('nullable' in node && typeof node.nullable === 'boolean') delete node.nullable;
  if (nullable) {
    if (typeof node.type === 'string' && node.$ref === undefined) {
      node.type = [node.type, 'null'];
      if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
      return node;
    }
    return { anyOf: [node, { type: 'null' }] };
  }
  return node;
}

export type { Schema };
