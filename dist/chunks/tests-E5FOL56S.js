import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
} from "./chunk-CZEWDZDK.js";
import "./chunk-CHDXLDCM.js";
import "./chunk-NYACEH65.js";
import "./chunk-VXQGHCEL.js";
import "./chunk-ZGZFXDHP.js";
import "./chunk-4EJALFP7.js";
import "./chunk-2PDNFAFC.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-FTADXKG2.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-5NF5IWDF.js";
import "./chunk-FTISGSZM.js";
export {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
};
//# sourceMappingURL=tests-E5FOL56S.js.map
