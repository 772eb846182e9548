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
} from "./chunk-4WQHJ7H4.js";
import "./chunk-4J3PJH5E.js";
import "./chunk-EGBR6HOK.js";
import "./chunk-YUGL3LD2.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-7JDYXFT2.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-7WNJQ25N.js";
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
//# sourceMappingURL=k6-I3OA7Z3Z.js.map
