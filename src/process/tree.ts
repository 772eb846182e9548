import { readdirSync, readFileSync } from 'node:fs';

/**
 * Process-tree handling. Every command we start runs in its own process group (`detached: true`), so one
 * signal to the group reaches its children; descendants that left the group (setsid, daemons) are found
 * through /proc and signalled too. Live groups are tracked so SIGINT/SIGTERM/exit can stop them all.
 */

const live = new Set<number>();

/** pid → parent pid, from /proc (Linux). Empty elsewhere. */
function parentMap(): Map<number, number> {
  const map = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return map;
  }
  for (const e of entries) {
    if (!/^[0-9]+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      // comm may contain spaces and parentheses: the fields after the last ')' are fixed.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(e), Number(rest[1]));
    } catch {
      // process went away while we looked
    }
  }
  return map;
}

/** All descendants of `pid` (not including it), found via /proc. */
export function descendants(pid: number): number[] {
  const parents = parentMap();
  const children = new Map<number, number[]>();
  for (const [child, parent] of parents) {
    const list = children.get(parent) ?? [];
    list.push(child);
    children.set(parent, list);
  }
  const out: number[] = [];
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    for (const c of children.get(p) ?? []) {
      out.push(c);
      stack.push(c);
    }
  }
  return out;
}

function signal(pid: number, sig: NodeJS.Signals, group: boolean): void {
  try {
    process.kill(group ? -pid : pid, sig);
  } catch {
    // already gone
  }
}

/** Whether process `pid` exists (`-pgid`: whether any process of that group does). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function track(pid: number): void {
  live.add(pid);
}
export function untrack(pid: number): void {
  live.delete(pid);
}

/** Sends `sig` to the group led by `pid` and to every descendant that escaped it. */
export function signalTree(pid: number, sig: NodeJS.Signals): number[] {
  const tree = descendants(pid);
  signal(pid, sig, true);
  for (const d of tree) signal(d, sig, false);
  return tree;
}

/**
 * Stops a process tree: SIGTERM, then SIGKILL after `graceMs` for anything still alive.
 * Resolves when every process of the tree is gone (or after the SIGKILL round).
 */
export async function killTree(pid: number, graceMs = 3000): Promise<void> {
  // The usual case after a command ends: its shell has exited and nothing is left in its group. (A dead
  // leader's children were re-parented when it exited, so /proc no longer lists them as its descendants: only
  // the group signal reaches those, and the group is empty.) Skips reading every /proc/<pid>/stat.
  if (!isAlive(pid) && !isAlive(-pid)) {
    untrack(pid);
    return;
  }
  const tree = [pid, ...signalTree(pid, 'SIGTERM')];
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!tree.some(isAlive)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const remaining = tree.filter(isAlive);
  if (remaining.length > 0) {
    signal(pid, 'SIGKILL', true);
    for (const p of [...remaining, ...descendants(pid)]) signal(p, 'SIGKILL', false);
  }
  untrack(pid);
}

/** Synchronous last resort for process exit: SIGKILL every tracked group. */
export function killAllSync(): void {
  for (const pid of live) {
    for (const d of descendants(pid)) signal(d, 'SIGKILL', false);
    signal(pid, 'SIGKILL', true);
  }
  live.clear();
}

export function trackedCount(): number {
  return live.size;
}
