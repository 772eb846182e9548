import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
} from "./chunk-OW3JJG2X.js";
import "./chunk-HJRZHRLP.js";
import "./chunk-HSZY2AMS.js";
import "./chunk-GB7UFPD6.js";
import "./chunk-G77PZJAD.js";
import "./chunk-PPNRV6JX.js";
import "./chunk-JNU365WD.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-FTADXKG2.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-SFSRUL5A.js";
import "./chunk-FTISGSZM.js";
export {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
};
//# sourceMappingURL=tests-USAEFIAE.js.map
