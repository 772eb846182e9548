import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (this file is test/junit/helpers.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shared real-world files: ../shared/data/junit relative to the repository root. */
export const sharedDir = path.resolve(repoRoot, '..', 'shared', 'data', 'junit');
export const haveShared = existsSync(path.join(sharedDir, 'expected.json'));
export const fixturesDir = path.join(repoRoot, 'fixtures', 'junit');
