#!/usr/bin/env node
import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);

// src/bin.ts
import * as nodeModule from "node:module";
nodeModule.enableCompileCache?.();
var { cli } = await import("./chunks/cli-D7Z2PFV5.js");
await cli();
//# sourceMappingURL=cli.js.map
