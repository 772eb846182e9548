import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);

// src/core/paths.ts
import path from "node:path";
function isInside(root, p) {
  const r = path.resolve(root);
  const q = path.resolve(p);
  return q === r || (q + path.sep).startsWith(r + path.sep);
}
function toPosix(p) {
  return p.split(path.sep).join("/");
}

export {
  isInside,
  toPosix
};
//# sourceMappingURL=chunk-CGK5Y2TI.js.map
