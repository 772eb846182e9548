import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoFileIndex } from '../../core/repo-files.js';

/** A URL (`https://…`), not a path; two letters at least, as `C:` starts a Windows path. */
const URL_LIKE = /^[a-z][a-z0-9+.-]+:/i;

/**
 * Finds, in the workspace, the source file a failure's location names when the name is not a workspace path:
 * stack traces and test reports name files relative to something else — Java's frames give the package path
 * (`demo/FlakyTest.java` for `src/test/java/demo/FlakyTest.java`), `go test` the file name alone
 * (`calc_test.go`), a report written on another machine an absolute path of there. An annotation on a path
 * that is not in the repository is not shown on the pull request's diff, so each such location is looked up
 * by its trailing path in the workspace's listing (`RepoFileIndex.findByTail`: made once, and only when some
 * location is missing), the case's class or package settling a tie; an unresolved location stays as written.
 *
 * `wanted`: workspace-relative (POSIX) or absolute paths from the findings, with the class of the case naming
 * them. Returns the ones found, as workspace-relative POSIX paths; paths that exist are left out.
 */
export async function findSources(workspace: string, wanted: ReadonlyArray<{ file: string; scope?: string }>): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const missing = new Map<string, Set<string>>();
  const present = new Set<string>();
  for (const { file, scope } of wanted) {
    if (file === '' || present.has(file)) continue;
    let scopes = missing.get(file);
    if (!scopes) {
      if (file.includes(':') && URL_LIKE.test(file)) continue;
      if (!path.isAbsolute(file) && !file.includes('..') && existsSync(`${workspace}/${file}`)) {
        present.add(file);
        continue;
      }
      missing.set(file, (scopes = new Set()));
    }
    if (scope) scopes.add(scope);
  }
  if (missing.size === 0) return found;
  const index = await repoFileIndex(workspace).catch(() => undefined);
  if (!index) return found;
  for (const [file, scopes] of missing) {
    const pick = index.findByTail(file, scopes);
    if (pick !== undefined) found.set(file, pick); // a listed path: relative, inside the workspace
  }
  return found;
}
