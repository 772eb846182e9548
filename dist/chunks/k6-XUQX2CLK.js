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
} from "./chunk-VJDYRNVV.js";
import "./chunk-4J3PJH5E.js";
import "./chunk-VMXVCKCN.js";
import "./chunk-LB7AMZPR.js";
import "./chunk-KTC7ZSMU.js";
import "./chunk-PZNFXMKH.js";
import "./chunk-WWD3VH5O.js";
import "./chunk-SQRRHZ52.js";
import "./chunk-7JDYXFT2.js";
import "./chunk-PGERGIYD.js";
import "./chunk-UGYKR3M7.js";
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
//# sourceMappingURL=k6-XUQX2CLK.js.map
