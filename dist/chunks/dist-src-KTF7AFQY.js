import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  Octokit,
  legacyRestEndpointMethods,
  paginateRest,
  requestLog
} from "./chunk-2R6WT5YB.js";
import "./chunk-F3NEB4WO.js";
import "./chunk-FTISGSZM.js";

// ../../work/main/node_modules/@octokit/rest/dist-src/version.js
var VERSION = "22.0.1";

// ../../work/main/node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION}`
  }
);
export {
  Octokit2 as Octokit
};
//# sourceMappingURL=dist-src-KTF7AFQY.js.map
