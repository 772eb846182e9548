#!/usr/bin/env node
import * as nodeModule from 'node:module';

// Node ≥ 22.1 can cache compiled code between runs (repeated local CLI runs start faster); older Node skips it.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { cli } = await import('./cli.js');
await cli();
