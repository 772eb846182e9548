import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-FTADXKG2.js";
import {
  node_path_default
} from "./chunk-FUU55JNM.js";

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

// src/core/units.ts
var DURATION_UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var DURATION_PATTERN = "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$";
var RATE_PATTERN = "^[0-9]+(\\.[0-9]+)?/(s|m|h)$";
var PERCENT_PATTERN = "^-?[0-9]+(\\.[0-9]+)?%$";
function parseDuration(text) {
  if (typeof text !== "string") return void 0;
  const s = text.trim();
  if (!new RegExp(DURATION_PATTERN).test(s)) return void 0;
  let total = 0;
  for (const m of s.matchAll(/([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)/g)) {
    total += Number(m[1]) * DURATION_UNITS[m[2]];
  }
  return Math.round(total);
}
function parseRate(text) {
  if (typeof text !== "string") return void 0;
  const m = /^([0-9]+(?:\.[0-9]+)?)\/(s|m|h)$/.exec(text.trim());
  if (!m) return void 0;
  const per = m[2] === "s" ? 1 : m[2] === "m" ? 60 : 3600;
  return Number(m[1]) / per;
}
function parsePercentOrNumber(value) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value !== "string") return void 0;
  const s = value.trim();
  if (!new RegExp(PERCENT_PATTERN).test(s)) return void 0;
  return Number(s.slice(0, -1)) / 100;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(ms < 1e4 ? 2 : 1)}s`;
  const m = Math.floor(ms / 6e4);
  const s = Math.round(ms % 6e4 / 1e3);
  return `${m}m${s ? `${s}s` : ""}`;
}

export {
  isInside,
  resolveInside,
  toPosix,
  DURATION_PATTERN,
  RATE_PATTERN,
  PERCENT_PATTERN,
  parseDuration,
  parseRate,
  parsePercentOrNumber,
  formatDuration
};
//# sourceMappingURL=chunk-AQHYNQJM.js.map
