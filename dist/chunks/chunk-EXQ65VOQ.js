import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-FTISGSZM.js";

// builtin-require:node:net
var m = __require("node:net");
var node_net_default = m;

export {
  node_net_default
};
//# sourceMappingURL=chunk-EXQ65VOQ.js.map
