import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
} from "./chunk-EMBNUYLM.js";
import "./chunk-4LFQOQX4.js";
import "./chunk-HWTQ6SLP.js";
import "./chunk-VUVASOXT.js";
import "./chunk-VD6AXIIM.js";
import "./chunk-7THHQZXW.js";
import "./chunk-7JQHG5I5.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-FTADXKG2.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-CC45JZIB.js";
import "./chunk-FTISGSZM.js";
export {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
};
//# sourceMappingURL=tests-HVAXQAHN.js.map
