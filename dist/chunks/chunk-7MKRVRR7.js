import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-7JDYXFT2.js";

// src/core/paths.ts
import path from "node:path";
function isInside(root, p) {
  const r = path.resolve(root);
  const q = path.resolve(p);
  return q === r || (q + path.sep).startsWith(r + path.sep);
}
function resolveInside(root, userPath, what) {
  const abs = path.resolve(root, userPath);
  if (!isInside(root, abs)) {
    throw new UserError(`${what} '${userPath}' resolves outside the workspace ${root}; use a path inside it`);
  }
  return abs;
}
function toPosix(p) {
  return p.split(path.sep).join("/");
}

export {
  isInside,
  resolveInside,
  toPosix
};
//# sourceMappingURL=chunk-7MKRVRR7.js.map
