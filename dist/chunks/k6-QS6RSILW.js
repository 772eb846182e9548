import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  K6SummaryError,
  K6_EXIT_CODES,
  K6_INSTALL_HINT,
  K6_TREND_STATS,
  applySummary,
  findOnPath,
  parseK6Summary,
  runK6,
  shellQuote
} from "./chunk-SOQNAPKE.js";
import "./chunk-4J3PJH5E.js";
import "./chunk-YX3AB5YE.js";
import "./chunk-PXA4U2FX.js";
import "./chunk-FTISGSZM.js";
export {
  K6SummaryError,
  K6_EXIT_CODES,
  K6_INSTALL_HINT,
  K6_TREND_STATS,
  applySummary,
  findOnPath,
  parseK6Summary,
  runK6,
  shellQuote
};
//# sourceMappingURL=k6-QS6RSILW.js.map
