import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
} from "./chunk-BA4YDI5J.js";
import "./chunk-IIJPV6LH.js";
import "./chunk-QO7B5EEU.js";
import "./chunk-KKDE2SCJ.js";
import "./chunk-GF34SVDV.js";
import "./chunk-BIO2OZBW.js";
import "./chunk-GQ6QQFOT.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-7JDYXFT2.js";
import "./chunk-JQCPZYZA.js";
import "./chunk-TXDIQJFY.js";
import "./chunk-FTISGSZM.js";
export {
  testsKind,
  testsMetrics,
  workspaceRelative,
  workspaceRelativeTo
};
//# sourceMappingURL=tests-GAHZEIYN.js.map
