import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
} from "./chunk-VSCXQAGZ.js";
import "./chunk-MDZGSRUX.js";
import "./chunk-HJDUQUJH.js";
import "./chunk-TTFJPRAO.js";
import "./chunk-AQHYNQJM.js";
import "./chunk-JDGJSJQP.js";
import "./chunk-NOZHGZDD.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-FTADXKG2.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-FUU55JNM.js";
import "./chunk-FTISGSZM.js";
export {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
};
//# sourceMappingURL=tests-57GSLB5H.js.map
