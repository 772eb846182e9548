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
} from "./chunk-366VLQAR.js";
import "./chunk-4J3PJH5E.js";
import "./chunk-YVAZ73ZS.js";
import "./chunk-N753GYN3.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-7JDYXFT2.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-EWD7SYHJ.js";
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
//# sourceMappingURL=k6-5N4UT4MG.js.map
