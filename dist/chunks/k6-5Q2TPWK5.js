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
} from "./chunk-4DKMMZOY.js";
import "./chunk-4J3PJH5E.js";
import "./chunk-JDGJSJQP.js";
import "./chunk-NOZHGZDD.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-FTADXKG2.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-FUU55JNM.js";
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
//# sourceMappingURL=k6-5Q2TPWK5.js.map
