import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  DURATION_PATTERN
} from "./chunk-AQHYNQJM.js";

// src/manifest/schema-parts.ts
var duration = (description) => ({
  type: "string",
  pattern: DURATION_PATTERN,
  description: `${description} A duration: 250ms, 30s, 10m, 1h, 1m30s.`
});
var junitGlobs = (description) => ({
  anyOf: [{ type: "string", minLength: 1 }, { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 }],
  description: `${description} Relative to cwd; only files written during this run count.`
});

export {
  duration,
  junitGlobs
};
//# sourceMappingURL=chunk-MDZGSRUX.js.map
