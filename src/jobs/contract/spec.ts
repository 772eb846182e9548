import { readFileSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { errorMessage } from '../../core/errors.js';
import { isInside, toPosix } from '../../core/paths.js';
import { isRecord, parsePointer } from './pointer.js';

/**
 * Loading an API description: OpenAPI 3.0 / 3.1 or Swagger 2.0, YAML or JSON, `$ref`s across files.
 *
 * - Swagger Parser (`@apidevtools/swagger-parser`) validates the description against the official schemas
 *   (it supports 2.0, 3.0.x and 3.1.0–3.1.2) and bundles external files into one document, so the rest of the
 *   job only ever sees internal `#/…` references.
 * - The `yaml` package re-reads the source files keeping positions, so any JSON pointer into the bundled
 *   document (a violated response, a schema keyword) maps back to `file:line` in the file where it is declared,
 *   following `$ref`s across files on the way.
 */

export type SpecVersion = '2.0' | '3.0' | '3.1';

export interface SourcePosition {
  /** Absolute file. */
  file: string;
  line: number;
  col: number;
}

/** The description could not be used: syntax, schema violation, or an unresolvable `$ref`. */
export class SpecError extends Error {
  override name = 'SpecError';
  constructor(
    /** Workspace-relative (or absolute when outside) file. */
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
    readonly col?: number,
    options?: { cause?: unknown },
  ) {
    super(`${file}${line !== undefined ? `:${line}:${col ?? 1}` : ''}: ${detail}`, options);
  }
}

export interface LoadedSpec {
  /** Absolute path of the root file. */
  file: string;
  version: SpecVersion;
  /** The bundled document: one object, only internal `#/…` references left. */
  doc: Record<string, unknown>;
  positions: PositionIndex;
}

interface SourceDoc {
  doc: Document;
  lines: LineCounter;
}

/** Maps JSON pointers of the bundled document to source positions, following `$ref`s across files. */
export class PositionIndex {
  private readonly docs = new Map<string, SourceDoc | null>();

  constructor(readonly rootFile: string) {}

  /** Preloads a file already read (avoids reading the root twice). */
  seed(file: string, source: SourceDoc): void {
    this.docs.set(file, source);
  }

  private load(file: string): SourceDoc | null {
    if (this.docs.has(file)) return this.docs.get(file) ?? null;
    let source: SourceDoc | null = null;
    try {
      const lines = new LineCounter();
      const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines, uniqueKeys: false });
      source = { doc, lines };
    } catch {
      source = null;
    }
    this.docs.set(file, source);
    return source;
  }

  /**
   * Position of the deepest part of `pointer` that exists in the sources: the key of the last matched member
   * (e.g. the `'201':` line for a response), following `$ref` on the way. Undefined when nothing matched.
   */
  locate(pointer: string): SourcePosition | undefined {
    return this.walk(this.rootFile, parsePointer(pointer), 0);
  }

  private walk(file: string, tokens: string[], depth: number): SourcePosition | undefined {
    const source = this.load(file);
    if (!source || depth > 32) return undefined;
    let node: unknown = source.doc.contents;
    let best: SourcePosition | undefined = this.pos(file, source, node);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      const ref = refOf(node);
      if (ref !== undefined) {
        const [refFile, fragment] = splitRef(file, ref);
        if (refFile === undefined) return best;
        return this.walk(refFile, [...parsePointer(fragment), ...tokens.slice(i)], depth + 1) ?? best;
      }
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === token);
        if (!pair) return best;
        best = this.pos(file, source, pair.key) ?? best;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(token)];
        if (item === undefined) return best;
        best = this.pos(file, source, item) ?? best;
        node = item;
      } else {
        return best;
      }
    }
    return best;
  }

  private pos(file: string, source: SourceDoc, node: unknown): SourcePosition | undefined {
    const range = (node as YamlNode | null | undefined)?.range;
    if (!range) return undefined;
    const lp = source.lines.linePos(range[0]);
    return { file, line: lp.line, col: lp.col };
  }

  /** Every `$ref: <value>` in the loaded sources, with its position (for unresolvable-reference errors). */
  findRef(value: string): SourcePosition | undefined {
    for (const [file, source] of this.docs) {
      if (!source) continue;
      const hit = findRefIn(source.doc.contents, value);
      if (hit) return this.pos(file, source, hit);
    }
    return undefined;
  }
}

function refOf(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => isScalar(p.key) && p.key.value === '$ref');
  return pair && isScalar(pair.value) && typeof pair.value.value === 'string' ? pair.value.value : undefined;
}

function findRefIn(node: unknown, value: string): unknown {
  if (isMap(node)) {
    for (const p of node.items) {
      if (isScalar(p.key) && p.key.value === '$ref' && isScalar(p.value) && p.value.value === value) return p.value;
      const hit = findRefIn(p.value, value);
      if (hit) return hit;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const hit = findRefIn(item, value);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** `other.yaml#/a/b` relative to `file` → [absolute other file, '/a/b']; remote refs → [undefined, …]. */
function splitRef(file: string, ref: string): [string | undefined, string] {
  const hash = ref.indexOf('#');
  const target = hash < 0 ? ref : ref.slice(0, hash);
  const fragment = hash < 0 ? '' : ref.slice(hash + 1);
  if (target === '') return [file, fragment];
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return [undefined, fragment];
  return [path.resolve(path.dirname(file), decodeURIComponent(target)), fragment];
}

/** A file name for messages and annotations: workspace-relative when inside it. */
export function displayPath(workspace: string, file: string): string {
  return isInside(workspace, file) ? toPosix(path.relative(workspace, file)) || path.basename(file) : file;
}

/**
 * Reads, validates and bundles the description. Throws SpecError naming the file and, where the source gives
 * one, the line and column of the problem.
 */
export async function loadSpec(file: string, workspace: string): Promise<LoadedSpec> {
  const shown = displayPath(workspace, file);
  const inside = insideWorkspace(workspace);
  if (!inside(file)) {
    throw new SpecError(shown, 'the API description is a link to a file outside the workspace; not read — keep the description (and every file it refers to) inside the workspace');
  }
  // Files a `$ref` names are read only inside the workspace (through links too), and URLs not at all: a run
  // downloads nothing and reads nothing of the machine's beyond the workspace.
  const refs = { resolve: { http: false, file: { canRead: (f: { url: string }) => inside(f.url) } } };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new SpecError(shown, `cannot read the API description: ${errorMessage(err)}`, undefined, undefined, { cause: err });
  }
  const lines = new LineCounter();
  const yamlDoc = parseDocument(text, { lineCounter: lines });
  const syntax = yamlDoc.errors[0];
  if (syntax) {
    const at = syntax.linePos?.[0];
    throw new SpecError(shown, `not valid YAML/JSON: ${syntax.message.split('\n')[0]}`, at?.line, at?.col);
  }
  const positions = new PositionIndex(file);
  positions.seed(file, { doc: yamlDoc, lines });

  const raw: unknown = yamlDoc.toJS();
  if (!isRecord(raw)) throw new SpecError(shown, 'an API description must be a YAML/JSON object', 1, 1);
  const declared = typeof raw.openapi === 'string' ? raw.openapi : typeof raw.swagger === 'string' ? raw.swagger : undefined;
  const version: SpecVersion | undefined =
    declared === undefined ? undefined : declared.startsWith('3.1') ? '3.1' : declared.startsWith('3.0') ? '3.0' : declared === '2.0' ? '2.0' : undefined;
  if (!version) {
    const at = positions.locate(raw.openapi !== undefined ? '/openapi' : '/swagger');
    throw new SpecError(
      shown,
      `unsupported or missing version: expected 'openapi: 3.0.x', 'openapi: 3.1.x' or 'swagger: "2.0"', found ${JSON.stringify(declared ?? null)}`,
      at?.line ?? 1,
      at?.col ?? 1,
    );
  }

  try {
    // validate() dereferences in place, so it gets its own parser; bundle() below starts from the files again.
    await new SwaggerParser().validate(file, { ...refs, validate: { schema: true, spec: true } });
  } catch (err) {
    throw toSpecError(err, shown, positions, workspace);
  }
  let doc: unknown;
  try {
    doc = await new SwaggerParser().bundle(file, refs);
  } catch (err) {
    throw toSpecError(err, shown, positions, workspace);
  }
  if (!isRecord(doc)) throw new SpecError(shown, 'the API description did not bundle into an object');
  return { file, version, doc, positions };
}

/** A URL's scheme (two characters at least: `C:` starts a Windows path). */
const URL_SCHEME = /^[a-z][a-z0-9+.-]+:/i;

/**
 * Whether a file (a path, or a `file:` URL as the `$ref` resolver gives it) is inside the workspace once links
 * are followed. Anything else — an http(s) URL, say — is not.
 */
function insideWorkspace(workspace: string): (file: string) => boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p); // not there (yet): judged by its path; reading it fails on its own
    }
  };
  const root = real(workspace);
  return (file) => {
    let p = file;
    if (p.startsWith('file:')) p = fileURLToPath(p);
    else if (URL_SCHEME.test(p)) return false;
    try {
      p = decodeURIComponent(p);
    } catch {
      // not percent-encoded
    }
    return isInside(root, real(p));
  };
}

interface AjvLikeDetail {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function toSpecError(err: unknown, shown: string, positions: PositionIndex, workspace: string): SpecError {
  const e = err as { code?: unknown; details?: unknown; targetRef?: unknown; source?: unknown; message?: unknown };
  // Schema violations: Swagger Parser passes the validator's errors as `details` (JSON pointers into the document).
  if (Array.isArray(e.details) && e.details.length > 0) {
    const details = (e.details as AjvLikeDetail[]).filter((d) => typeof d.instancePath === 'string');
    // The deepest pointer is the most specific; oneOf wrappers repeat their parents.
    details.sort((a, b) => (b.instancePath as string).length - (a.instancePath as string).length);
    const first = details[0];
    if (first) {
      const at = positions.locate(first.instancePath as string);
      const extra = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
      const params = first.params && Object.keys(first.params).length ? ` ${JSON.stringify(first.params)}` : '';
      return new SpecError(
        at ? displayPath(workspace, at.file) : shown,
        `invalid API description at ${first.instancePath || '/'}: ${first.message ?? 'schema violation'}${params}${extra}`,
        at?.line,
        at?.col,
        { cause: err },
      );
    }
  }
  if (e.code === 'EMISSINGPOINTER' || e.code === 'EINVALIDPOINTER' || e.code === 'ERESOLVER' || e.code === 'EUNMATCHEDRESOLVER') {
    const ref = typeof e.targetRef === 'string' ? e.targetRef : undefined;
    const at = ref ? positions.findRef(ref) : undefined;
    return new SpecError(
      at ? displayPath(workspace, at.file) : shown,
      `unresolvable $ref${ref ? ` '${ref}'` : ''}: ${String(e.message ?? errorMessage(err)).split('\n')[0]}`,
      at?.line,
      at?.col,
      { cause: err },
    );
  }
  if (e.code === 'EPARSER' || e.code === 'EUNMATCHEDPARSER') {
    const source = typeof e.source === 'string' ? e.source : undefined;
    return new SpecError(source ? displayPath(workspace, source) : shown, `cannot parse: ${errorMessage(err).split('\n')[0]}`, undefined, undefined, {
      cause: err,
    });
  }
  // A `$ref` no resolver may read: a file outside the workspace, or a URL (see loadSpec).
  const unread = /^Unable to resolve \$ref pointer "([^"]+)"/.exec(errorMessage(err));
  if (unread) {
    const target = unread[1] as string;
    return new SpecError(
      shown,
      `unresolvable $ref to ${URL_SCHEME.test(target) ? target : displayPath(workspace, target)}: only files inside the workspace are read, and URLs are not fetched — copy what it refers to into the workspace`,
      undefined,
      undefined,
      { cause: err },
    );
  }
  return new SpecError(shown, `invalid API description: ${errorMessage(err).split('\n').slice(0, 3).join(' ')}`, undefined, undefined, {
    cause: err,
  });
}
