import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
} from "./chunk-7HEKQA2T.js";
import "./chunk-HFX226OG.js";
import "./chunk-HJP6QLP4.js";
import "./chunk-MPPVDOMC.js";
import "./chunk-BGDFVSOF.js";
import "./chunk-WDCG2G3I.js";
import "./chunk-VMC3RZ7J.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-7JDYXFT2.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-RHIY2DA2.js";
import "./chunk-FTISGSZM.js";
export {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
};
//# sourceMappingURL=tests-BHK46NIK.js.map
