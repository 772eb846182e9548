import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
} from "./chunk-NE4WQJWE.js";
import "./chunk-PFRBVZ2I.js";
import "./chunk-UCAAEJMN.js";
import "./chunk-7ABPGNNM.js";
import "./chunk-S5MVWJ6C.js";
import "./chunk-4OEMUQTF.js";
import "./chunk-UL2L3TCH.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-FTADXKG2.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-55DZVSBZ.js";
import "./chunk-FTISGSZM.js";
export {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
};
//# sourceMappingURL=tests-RXC3VPJD.js.map
