import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
} from "./chunk-3ITWRMNN.js";
import "./chunk-6UHCW4UU.js";
import "./chunk-IHURMGHJ.js";
import "./chunk-TJKMU6EE.js";
import "./chunk-CVRPI72G.js";
import "./chunk-YVAZ73ZS.js";
import "./chunk-N753GYN3.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-7JDYXFT2.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-EWD7SYHJ.js";
import "./chunk-FTISGSZM.js";
export {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
};
//# sourceMappingURL=tests-DTICMBFG.js.map
