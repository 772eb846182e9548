/** JSON Pointer (RFC 6901) helpers over plain parsed JSON/YAML values. */

export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** '/a/b~1c' → ['a', 'b/c']; '' or '#' → []. Accepts a leading '#'. */
export function parsePointer(pointer: string): string[] {
  let p = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  try {
    p = decodeURIComponent(p);
  } catch {
    // keep the raw text: a '%' that is not an escape
  }
  if (p === '') return [];
  return p.split('/').slice(1).map(unescapeToken);
}

export function joinPointer(base: string, ...tokens: Array<string | number>): string {
  return base + tokens.map((t) => `/${escapeToken(String(t))}`).join('');
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value at `pointer` in `root`, or undefined. Does not follow $ref. */
export function getAt(root: unknown, pointer: string | string[]): unknown {
  const tokens = typeof pointer === 'string' ? parsePointer(pointer) : pointer;
  let cur: unknown = root;
  for (const t of tokens) {
    if (Array.isArray(cur)) {
      const i = Number(t);
      if (!Number.isInteger(i)) return undefined;
      cur = cur[i];
    } else if (isRecord(cur)) {
      if (!Object.prototype.hasOwnProperty.call(cur, t)) return undefined;
      cur = cur[t];
    } else {
      return undefined;
    }
  }
  return cur;
}
