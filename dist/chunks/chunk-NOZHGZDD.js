import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readFileSync,
  readdirSync
} from "./chunk-FUU55JNM.js";

// src/process/tree.ts
var live = /* @__PURE__ */ new Set();
function parentMap() {
  const map = /* @__PURE__ */ new Map();
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return map;
  }
  for (const e of entries) {
    if (!/^[0-9]+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, "utf8");
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      map.set(Number(e), Number(rest[1]));
    } catch {
    }
  }
  return map;
}
function descendants(pid) {
  const parents = parentMap();
  const children = /* @__PURE__ */ new Map();
  for (const [child, parent] of parents) {
    const list = children.get(parent) ?? [];
    list.push(child);
    children.set(parent, list);
  }
  const out = [];
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop();
    for (const c of children.get(p) ?? []) {
      out.push(c);
      stack.push(c);
    }
  }
  return out;
}
function signal(pid, sig, group) {
  try {
    process.kill(group ? -pid : pid, sig);
  } catch {
  }
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
function track(pid) {
  live.add(pid);
}
function untrack(pid) {
  live.delete(pid);
}
function signalTree(pid, sig) {
  const tree = descendants(pid);
  signal(pid, sig, true);
  for (const d of tree) signal(d, sig, false);
  return tree;
}
async function killTree(pid, graceMs = 3e3) {
  if (!isAlive(pid) && !isAlive(-pid)) {
    untrack(pid);
    return;
  }
  const tree = [pid, ...signalTree(pid, "SIGTERM")];
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!tree.some(isAlive)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const remaining = tree.filter(isAlive);
  if (remaining.length > 0) {
    signal(pid, "SIGKILL", true);
    for (const p of [...remaining, ...descendants(pid)]) signal(p, "SIGKILL", false);
  }
  untrack(pid);
}
function killAllSync() {
  for (const pid of live) {
    for (const d of descendants(pid)) signal(d, "SIGKILL", false);
    signal(pid, "SIGKILL", true);
  }
  live.clear();
}

export {
  descendants,
  track,
  untrack,
  killTree,
  killAllSync
};
//# sourceMappingURL=chunk-NOZHGZDD.js.map
