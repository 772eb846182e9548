import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-7JDYXFT2.js";
import {
  node_path_default
} from "./chunk-UGYKR3M7.js";

// src/core/paths.ts
function isInside(root, p) {
  const r = node_path_default.resolve(root);
  const q = node_path_default.resolve(p);
  return q === r || (q + node_path_default.sep).startsWith(r + node_path_default.sep);
}
function resolveInside(root, userPath, what) {
  const abs = node_path_default.resolve(root, userPath);
  if (!isInside(root, abs)) {
    throw new UserError(`${what} '${userPath}' resolves outside the workspace ${root}; use a path inside it`);
  }
  return abs;
}
function toPosix(p) {
  return p.split(node_path_default.sep).join("/");
}

export {
  isInside,
  resolveInside,
  toPosix
};
//# sourceMappingURL=chunk-PSTDYEJV.js.map
