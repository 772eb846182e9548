import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  execFile
} from "./chunk-LB7AMZPR.js";
import {
  readdir
} from "./chunk-PGERGIYD.js";
import {
  existsSync,
  node_path_default
} from "./chunk-UGYKR3M7.js";

// src/core/repo-files.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".integration-gate", "dist", "build", "target", ".venv", "vendor"]);
var MAX_WALK_FILES = 2e5;
var RepoFileIndex = class _RepoFileIndex {
  byStem = /* @__PURE__ */ new Map();
  files;
  constructor(files) {
    const set = /* @__PURE__ */ new Set();
    for (const f of files) {
      set.add(f);
      const base = node_path_default.posix.basename(f);
      const stem = base.includes(".") ? base.slice(0, base.indexOf(".")) : base;
      const key = stem.toLowerCase();
      const list = this.byStem.get(key);
      if (list) list.push(f);
      else this.byStem.set(key, [f]);
    }
    this.files = set;
  }
  /**
   * Lists the files under `root`: `git ls-files` when it is in a git checkout (tracked files, and untracked ones
   * that are not ignored), else one walk. Git is started only when a `.git` is there: starting it costs ~15 ms.
   */
  static async load(root) {
    const viaGit = !inGitCheckout(root) ? void 0 : await new Promise((resolve) => {
      execFile(
        "git",
        ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        { cwd: root, maxBuffer: 512 * 1024 * 1024, timeout: 3e4 },
        (err, stdout) => resolve(err ? void 0 : stdout.split("\0").filter(Boolean))
      );
    });
    if (viaGit) return new _RepoFileIndex(viaGit);
    const out = [];
    const walk = async (dir, rel) => {
      if (out.length >= MAX_WALK_FILES) return;
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) await walk(node_path_default.join(dir, e.name), r);
        } else if (e.isFile()) out.push(r);
      }
    };
    await walk(root, "");
    return new _RepoFileIndex(out);
  }
  /**
   * Finds the file of a class or module named in dotted, slashed or `::` form, e.g. `com.acme.PaymentsTest`,
   * `tests/test_refund.py::TestRefund`, `PaymentsTest`. Tries the longest qualified suffix first; a bare name
   * must be unique.
   */
  findByName(name) {
    const segs = name.split(/[./\\:]+|::/).filter((s) => /^[\w$-]+$/.test(s));
    for (let end = segs.length; end >= 1; end--) {
      const last = segs[end - 1];
      if (!last) continue;
      const candidates = this.byStem.get(last.toLowerCase());
      if (!candidates) continue;
      const qual = segs.slice(0, end).join("/").toLowerCase();
      const qualified = candidates.filter((f) => {
        const noExt = f.slice(0, f.length - node_path_default.posix.extname(f).length).toLowerCase();
        return noExt === qual || noExt.endsWith(`/${qual}`);
      });
      if (end > 1 && qualified.length > 0) return shortest(qualified);
      if (end === 1 || end === segs.length) {
        if (candidates.length === 1) return candidates[0];
      }
    }
    return void 0;
  }
  /**
   * Finds the file a path names when it is not a path of this listing (`demo/FlakyTest.java` from a Java frame,
   * `calc_test.go` from `go test`, `/home/runner/work/app/web/a.test.js` from another machine): the files that
   * end with the longest tail of it; one is taken; among several, the one whose folders end with the most
   * segments of a class or package name in `scopes` (`example.com/shop/calc`, `com.x.FooTest`). A tie is no
   * answer. A path of the listing itself is returned as it is.
   */
  findByTail(file, scopes = []) {
    if (this.files.has(file)) return file;
    const parts = file.split(/[\\/]/).filter((p) => p !== "" && p !== "." && p !== ".." && !/^[A-Za-z]:$/.test(p));
    const base = parts[parts.length - 1];
    if (!base) return void 0;
    const stem = base.includes(".") ? base.slice(0, base.indexOf(".")) : base;
    const listed = this.byStem.get(stem.toLowerCase());
    if (!listed) return void 0;
    const named = listed.filter((f) => f === base || f.endsWith(`/${base}`));
    for (let k = parts.length; k >= 1; k--) {
      const tail = parts.slice(parts.length - k).join("/");
      const candidates = named.filter((f) => f === tail || f.endsWith(`/${tail}`));
      if (candidates.length === 1) return candidates[0];
      if (candidates.length > 1) return bestForScope(candidates, [...scopes]);
    }
    return void 0;
  }
};
function bestForScope(candidates, scopes) {
  let best;
  let bestScore = 0;
  let tie = false;
  for (const c of candidates) {
    const dirs = c.split("/").slice(0, -1);
    let score = 0;
    for (const scope of scopes) score = Math.max(score, sharedSegments(dirs, scope.split(/[./\\:]+/).filter(Boolean)));
    if (score > bestScore) {
      best = c;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) {
      tie = true;
    }
  }
  return bestScore > 0 && !tie ? best : void 0;
}
function sharedSegments(dirs, scope) {
  let best = 0;
  for (const s of [scope, scope.slice(0, -1)]) {
    let n = 0;
    while (n < s.length && n < dirs.length && dirs[dirs.length - 1 - n] === s[s.length - 1 - n]) n++;
    best = Math.max(best, n);
  }
  return best;
}
function inGitCheckout(dir) {
  for (let d = node_path_default.resolve(dir); ; d = node_path_default.dirname(d)) {
    if (existsSync(node_path_default.join(d, ".git"))) return true;
    if (node_path_default.dirname(d) === d) return false;
  }
}
function shortest(list) {
  return [...list].sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
}
var indexCache = /* @__PURE__ */ new Map();
function repoFileIndex(root) {
  const key = node_path_default.resolve(root);
  let p = indexCache.get(key);
  if (!p) {
    p = RepoFileIndex.load(key);
    indexCache.set(key, p);
  }
  return p;
}

export {
  repoFileIndex
};
//# sourceMappingURL=chunk-XW47EVGH.js.map
