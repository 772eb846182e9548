import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import validateManifest from './validator.generated.js';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { ManifestError, UserError } from '../core/errors.js';
import { isInside } from '../core/paths.js';
import { DURATION_PATTERN, PERCENT_PATTERN, RATE_PATTERN, parseDuration } from '../core/units.js';
import type { ManifestValidator, PlanContext } from '../jobs/kind.js';
import { JOB_KINDS, loadJobKinds } from '../jobs/registry.js';
import { jobKeysUsed, toPlan, type Plan } from './plan.js';

/**
 * Loads a manifest: YAML with source positions → JSON Schema validation → typed Plan. Every error is a
 * ManifestError naming file:line:col, the key, what was expected and what was found.
 */

export interface LoadOptions {
  /** Manifest path as the user gave it (shown in errors). */
  file: string;
  workspace: string;
}

export async function loadManifest(opts: LoadOptions): Promise<Plan> {
  const abs = path.resolve(opts.workspace, opts.file);
  if (!isInside(opts.workspace, abs)) {
    throw new UserError(`${opts.file}: the manifest must be inside the workspace ${opts.workspace}`);
  }
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UserError(`${opts.file}: manifest not found; create it (see the README's manifest reference) or pass --manifest <path>`, { cause: err });
    }
    throw new UserError(`${opts.file}: cannot read the manifest (${code ?? 'error'})`, { cause: err });
  }
  return parseManifest(text, opts);
}

/** Manifest text → Plan (loads the code of the job kinds it uses). */
export async function parseManifest(text: string, opts: LoadOptions): Promise<Plan> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const pos = (offset: number): { line: number; col: number } => lines.linePos(offset);

  const yamlError = doc.errors[0];
  if (yamlError) {
    const p = pos(yamlError.pos[0]);
    throw new ManifestError(opts.file, p.line, p.col, '', `invalid YAML: ${firstLine(yamlError.message)}`);
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  if (value === null || value === undefined) {
    throw new ManifestError(opts.file, 1, 1, '', 'the manifest is empty; expected a mapping with version, name and integrations');
  }

  const located = new Located(doc, opts.file, pos);
  const manifest = value as Record<string, unknown>;
  const keys = jobKeysUsed(manifest);
  const [errors, kinds] = await Promise.all([schemaErrors(value, keys), loadJobKinds(keys)]);
  if (errors.length > 0) throw located.fromAjv(pickError(errors), value);
  const ctxFor = (integration: string, service?: PlanContext['service']): PlanContext => ({
    file: opts.file,
    workspace: opts.workspace,
    integration,
    ...(service ? { service } : {}),
    fail: (pointer, detail) => {
      throw located.at(pointer, detail);
    },
    resolvePath: (pointer, userPath) => {
      const p = path.resolve(opts.workspace, userPath);
      if (!isInside(opts.workspace, p)) throw located.at(pointer, `path '${userPath}' resolves outside the workspace; use a path inside it`);
      return p;
    },
    duration: (pointer, v) => {
      const ms = parseDuration(v);
      if (ms === undefined) throw located.at(pointer, `expected a duration like 30s, 10m or 250ms; found ${describe(v)}`);
      return ms;
    },
  });
  const plan = toPlan(manifest, {
    file: opts.file,
    workspace: opts.workspace,
    ctxFor,
    fail: (p, d) => {
      throw located.at(p, d);
    },
  }, kinds);
  return { ...plan, source: text };
}

/**
 * The manifest's schema errors (none: valid). The manifest without its job sections is checked by one
 * validator, each job section by its kind's (loaded only for the kinds the manifest uses); together they are
 * the whole schema, with the same errors at the same places (test/manifest/staged-validation.test.ts).
 */
export async function schemaErrors(value: unknown, keys = jobKeysUsed((value ?? {}) as Record<string, unknown>)): Promise<ErrorObject[]> {
  const manifest = (value ?? {}) as Record<string, unknown>;
  const used = JOB_KINDS.filter((k) => keys.has(k.key));
  const validators = await Promise.all(used.map((k) => k.validator()));
  const errors = validateManifest(value) ? [] : [...(validateManifest.errors ?? [])];
  if (!Array.isArray(manifest.integrations)) return errors;
  manifest.integrations.forEach((raw: unknown, i) => {
    if (raw === null || typeof raw !== 'object') return;
    used.forEach((k, j) => {
      const section = (raw as Record<string, unknown>)[k.key];
      const validate = validators[j] as ManifestValidator;
      if (section === undefined) return;
      const at = { instancePath: `/integrations/${i}/${k.key}`, parentData: raw, parentDataProperty: k.key, rootData: value };
      if (!validate(section, at)) errors.push(...(validate.errors ?? []));
    });
  });
  return errors;
}

/** The most useful error of many: the deepest, preferring unknown keys and type errors over anyOf noise. */
function pickError(errors: ErrorObject[]): ErrorObject {
  // An anyOf failure says more than the failures of its alternatives at the same place ("a number or a percentage").
  const depth = (e: ErrorObject): number => e.instancePath.split('/').length;
  const deepest = Math.max(...errors.map(depth));
  const anyOf = errors.find((e) => depth(e) === deepest && (e.keyword === 'anyOf' || e.keyword === 'oneOf'));
  if (anyOf) return anyOf;
  const rank = (e: ErrorObject): number =>
    e.keyword === 'additionalProperties' ? 0 : e.keyword === 'required' ? 1 : e.keyword === 'anyOf' || e.keyword === 'oneOf' ? 9 : 2;
  const sorted = [...errors].sort((a, b) => {
    const depth = b.instancePath.split('/').length - a.instancePath.split('/').length;
    return depth !== 0 ? depth : rank(a) - rank(b);
  });
  return sorted[0] as ErrorObject;
}

class Located {
  constructor(
    private readonly doc: Document,
    private readonly file: string,
    private readonly pos: (offset: number) => { line: number; col: number },
  ) {}

  /** The YAML node at a JSON pointer (or its closest existing ancestor), and whether we want its key. */
  private node(pointer: string, wantKey = false): Node | undefined {
    const segs = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node: Node | undefined = this.doc.contents ?? undefined;
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i] as string;
      if (isMap(node)) {
        const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === seg);
        if (!pair) return node;
        if (wantKey && i === segs.length - 1) return pair.key as Node;
        node = (pair.value as Node | null) ?? (pair.key as Node);
      } else if (isSeq(node)) {
        const item = node.items[Number(seg)] as Node | undefined;
        if (!item) return node;
        node = item;
      } else {
        return node;
      }
    }
    return node;
  }

  at(pointer: string, detail: string, wantKey = false): ManifestError {
    const n = this.node(pointer, wantKey);
    const p = this.pos(n?.range?.[0] ?? 0);
    return new ManifestError(this.file, p.line, p.col, keyPath(pointer), detail);
  }

  fromAjv(e: ErrorObject, root: unknown): ManifestError {
    const found = valueAt(root, e.instancePath);
    switch (e.keyword) {
      case 'additionalProperties': {
        const extra = String((e.params as { additionalProperty: string }).additionalProperty);
        const allowed = Object.keys(((e.parentSchema as { properties?: object })?.properties) ?? {});
        const hint = suggest(extra, allowed);
        return this.at(
          `${e.instancePath}/${extra}`,
          `unknown key '${extra}'; expected one of: ${allowed.join(', ')}${hint ? ` (did you mean '${hint}'?)` : ''}`,
          true,
        );
      }
      case 'required': {
        const missing = (e.params as { missingProperty: string }).missingProperty;
        return this.at(e.instancePath, `missing required key '${missing}'`);
      }
      case 'type':
        return this.at(e.instancePath, `expected ${(e.params as { type: string }).type}${patternName(e.parentSchema)}; found ${describe(found)}`);
      case 'pattern':
        return this.at(e.instancePath, `expected ${patternDescription(String((e.params as { pattern: string }).pattern))}; found ${describe(found)}`);
      case 'enum':
        return this.at(e.instancePath, `expected one of ${((e.params as { allowedValues: unknown[] }).allowedValues).map((v) => JSON.stringify(v)).join(', ')}; found ${describe(found)}`);
      case 'const':
        return this.at(e.instancePath, `expected ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}; found ${describe(found)}`);
      case 'anyOf':
      case 'oneOf':
        return this.at(e.instancePath, `expected ${alternatives(e.parentSchema)}; found ${describe(found)}`);
      case 'propertyNames': {
        const name = String((e.params as { propertyName: string }).propertyName);
        return this.at(`${e.instancePath}/${name}`, `'${name}' is not a valid name here`, true);
      }
      default:
        return this.at(e.instancePath, `${e.message ?? 'invalid value'}; found ${describe(found)}`);
    }
  }
}

function patternDescription(pattern: string): string {
  if (pattern === DURATION_PATTERN) return 'a duration like 30s, 10m or 250ms';
  if (pattern === RATE_PATTERN) return 'a rate like 200/s or 600/m';
  if (pattern === PERCENT_PATTERN) return 'a percentage like 90%';
  if (pattern.startsWith('^https?://')) return 'an http:// or https:// URL';
  if (pattern.includes(':[0-9]{1,5}')) return 'host:port, e.g. 127.0.0.1:5432';
  if (pattern === '^[A-Za-z_][A-Za-z0-9_]*$') return 'an environment variable name';
  return `a value matching ${pattern}`;
}

function patternName(schema: unknown): string {
  const p = (schema as { pattern?: string } | undefined)?.pattern;
  return p ? ` (${patternDescription(p)})` : '';
}

function alternatives(schema: unknown): string {
  const alts = ((schema as { anyOf?: unknown[]; oneOf?: unknown[] }).anyOf ?? (schema as { oneOf?: unknown[] }).oneOf ?? []) as Array<{
    type?: string;
    pattern?: string;
  }>;
  return alts
    .map((a) => (a.pattern ? patternDescription(a.pattern) : a.type === 'array' ? 'a list' : a.type ? `a ${a.type}` : 'a value'))
    .join(' or ');
}

function valueAt(root: unknown, pointer: string): unknown {
  let v: unknown = root;
  for (const seg of pointer.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

/** '/integrations/0/tests/1/timeout' → 'integrations[0].tests[1].timeout' */
export function keyPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, s) => (/^[0-9]+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
}

export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `'${v.length > 60 ? `${v.slice(0, 60)}…` : v}'`;
  return `${typeof v} ${String(v)}`;
}

function suggest(word: string, options: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const d = distance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Optimal-string-alignment distance: edits, with a swap of two neighbours counting as one. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => (d[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  return at(a.length, b.length);
}

function firstLine(s: string): string {
  return s.split('\n')[0]?.trim() ?? s;
}
