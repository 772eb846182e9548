import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import net from 'node:net';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const ACTION = path.join(ROOT, 'dist', 'index.js');

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * A fresh workspace holding a copy of the demo (fixtures/demo) on its own port, so tests run in parallel.
 * `edit` may rewrite the manifest text.
 */
/** The demo manifest without its load jobs (they take ~25 s; most tests are about other things). */
export const withoutLoad = (m: string): string => m.replace(/\n {4}load:\n[\s\S]*?\n(?=gates:)/, '\n').replace(/\n {2}load\.p95_ms:.*\n/, '\n');

export async function demoWorkspace(
  edit: (manifest: string) => string = (m) => m,
  opts: { load?: boolean } = {},
): Promise<{ dir: string; port: number; manifest: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-ws-'));
  cpSync(path.join(ROOT, 'fixtures', 'demo'), path.join(dir, 'fixtures', 'demo'), { recursive: true });
  const port = await freePort();
  const file = path.join(dir, 'fixtures', 'demo', 'integration-gate.yml');
  const text = readFileSync(file, 'utf8').replaceAll('3917', String(port));
  writeFileSync(file, edit(opts.load ? text : withoutLoad(text)));
  return { dir, port, manifest: 'fixtures/demo/integration-gate.yml' };
}

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a node script as a child process (the way users and the Actions runner do). */
export function runNode(script: string, args: string[], opts: { cwd: string; env?: Record<string, string>; timeoutMs?: number }): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: opts.cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Pids of processes whose command line contains `marker` (to prove no orphan is left). */
export function processesWith(marker: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', marker], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number)
      .filter((p) => p !== process.pid);
  } catch {
    return [];
  }
}
