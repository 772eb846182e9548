import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
} from "./chunk-EEFYA6XS.js";
import "./chunk-KRQS4NLL.js";
import "./chunk-E6TLQSAR.js";
import "./chunk-IQMBJ6XM.js";
import "./chunk-NPASDNNC.js";
import "./chunk-53HHSWH4.js";
import "./chunk-PHGLNM26.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-FTADXKG2.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-QHCKSGG6.js";
import "./chunk-FTISGSZM.js";
export {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
};
//# sourceMappingURL=tests-L23CR2EH.js.map
