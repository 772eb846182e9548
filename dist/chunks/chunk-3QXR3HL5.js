import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);

// src/jobs/contract/pointer.ts
function escapeToken(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapeToken(token) {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
function parsePointer(pointer) {
  let p = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  try {
    p = decodeURIComponent(p);
  } catch {
  }
  if (p === "") return [];
  return p.split("/").slice(1).map(unescapeToken);
}
function joinPointer(base, ...tokens) {
  return base + tokens.map((t) => `/${escapeToken(String(t))}`).join("");
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function getAt(root, pointer) {
  const tokens = typeof pointer === "string" ? parsePointer(pointer) : pointer;
  let cur = root;
  for (const t of tokens) {
    if (Array.isArray(cur)) {
      const i = Number(t);
      if (!Number.isInteger(i)) return void 0;
      cur = cur[i];
    } else if (isRecord(cur)) {
      if (!Object.prototype.hasOwnProperty.call(cur, t)) return void 0;
      cur = cur[t];
    } else {
      return void 0;
    }
  }
  return cur;
}

export {
  escapeToken,
  parsePointer,
  joinPointer,
  isRecord,
  getAt
};
//# sourceMappingURL=chunk-3QXR3HL5.js.map
