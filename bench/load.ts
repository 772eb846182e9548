/**
 * Load engine bench (prints figures; asserts nothing). Run alone:
 *
 *   node --import tsx bench/load.ts [--rounds 3] [--seconds 10] [--skip-open] [--skip-stall]
 *
 * Needs wrk and nginx (Debian: apt-get install -y wrk nginx-light). Starts nginx with ONE worker pinned to
 * CPU 0 serving a static JSON file on 127.0.0.1, then, in the same run and interleaved round by round,
 * measures wrk, autocannon and the built-in engine (closed model, 50 connections), each in its own process
 * pinned to CPU 1 when taskset exists. Then: the open model at 5,000 rps for 20 s (achieved vs target), and
 * a 100 rps run against a server that stalls once for 1 s (p99).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const ROUNDS = opt('rounds', 3);
const SECONDS = opt('seconds', 10);
const CONNECTIONS = 50;

function which(cmd: string): string | undefined {
  for (const dir of [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/sbin']) {
    const p = path.join(dir, cmd);
    if (spawnSync('test', ['-x', p]).status === 0) return p;
  }
  return undefined;
}

const wrk = which('wrk');
const nginx = which('nginx');
if (!wrk || !nginx) {
  console.error(`missing: ${[!wrk && 'wrk', !nginx && 'nginx'].filter(Boolean).join(', ')}`);
  console.error('install them (Debian/Ubuntu): sudo apt-get update && sudo apt-get install -y wrk nginx-light');
  process.exit(2);
}
const taskset = which('taskset');
const cpus = os.cpus().length;
/** Prefix that pins a load generator to the CPU nginx does not use. */
const pin = (argv: string[]): string[] => (taskset && cpus >= 2 ? [taskset, '-c', '1', ...argv] : argv);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitPort(port: number, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const c = net.connect(port, '127.0.0.1');
      c.once('connect', () => (c.destroy(), resolve(true)));
      c.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > end) throw new Error(`port ${port} did not open`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function startNginx(dir: string, port: number): ChildProcess {
  // nginx workers started by root run as an unprivileged user: the served tree must be world-readable.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'html'), { recursive: true, mode: 0o755 });
  mkdirSync(path.join(dir, 'logs'), { recursive: true });
  writeFileSync(path.join(dir, 'html', 'bench.json'), '{"ok":true,"service":"bench","items":[1,2,3]}\n');
  const conf = `worker_processes 1;
${cpus >= 2 ? 'worker_cpu_affinity 01;' : ''}
daemon off;
master_process on;
error_log ${dir}/logs/error.log warn;
pid ${dir}/nginx.pid;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  keepalive_requests 100000000;
  keepalive_timeout 65;
  types { application/json json; }
  server {
    listen 127.0.0.1:${port};
    root ${dir}/html;
    location / { try_files /bench.json =404; }
  }
}
`;
  writeFileSync(path.join(dir, 'nginx.conf'), conf);
  return spawn(nginx as string, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
}

function run(argv: string[]): string {
  return execFileSync(argv[0] as string, argv.slice(1), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, cwd: ROOT });
}

function runWrk(url: string, seconds: number): number {
  const out = run(pin([wrk as string, '-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, url]));
  if (/Non-2xx/.test(out)) console.log(`  wrk: ${/Non-2xx[^\n]*/.exec(out)?.[0] ?? ''}`);
  const m = /Requests\/sec:\s+([0-9.]+)/.exec(out);
  return m ? Number(m[1]) : NaN;
}

function runAutocannon(url: string, seconds: number): number {
  const bin = path.join(ROOT, 'node_modules', 'autocannon', 'autocannon.js');
  const out = run(pin([process.execPath, bin, '-j', '-c', String(CONNECTIONS), '-d', String(seconds), url]));
  const j = JSON.parse(out) as { requests: { total: number }; duration: number };
  return j.requests.total / j.duration;
}

interface WorkerOut {
  requests: number;
  errors: number;
  errorsByClass: Record<string, number>;
  achievedRps: number;
  requestedRps: number | null;
  p50: number | null;
  p99: number | null;
  max: number | null;
}

function runOurs(cfg: Record<string, unknown>): WorkerOut {
  const out = run(pin([process.execPath, '--import', 'tsx', path.join(ROOT, 'bench', 'load-worker.ts'), JSON.stringify(cfg)]));
  return JSON.parse(out.trim().split('\n').pop() as string) as WorkerOut;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const k = (n: number): string => `${(n / 1000).toFixed(1)}k`;

const STALL_SERVER = `
const http = require('http');
let n = 0;
http.createServer((req, res) => {
  n++;
  if (n === Number(process.env.STALL_AT)) { const end = Date.now() + 1000; while (Date.now() < end) {} }
  res.end('ok');
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ig-bench-'));
  const port = await freePort();
  const ngx = startNginx(dir, port);
  const children: ChildProcess[] = [ngx];
  const cleanup = (): void => {
    for (const c of children) c.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    await waitPort(port);
    const url = `http://127.0.0.1:${port}/`;
    console.log(`# load engine bench — ${os.cpus()[0]?.model ?? 'cpu'} ×${cpus}, node ${process.version}, nginx 1 worker${cpus >= 2 ? ' on CPU 0' : ''}, generators${taskset && cpus >= 2 ? ' on CPU 1' : ''}`);
    console.log(`## closed model, ${CONNECTIONS} connections, ${SECONDS}s per tool, ${ROUNDS} interleaved rounds`);
    runWrk(url, 2); // warm-up
    const res = { wrk: [] as number[], autocannon: [] as number[], ours: [] as number[] };
    for (let r = 1; r <= ROUNDS; r++) {
      const w = runWrk(url, SECONDS);
      const a = runAutocannon(url, SECONDS);
      const o = runOurs({ url, model: { type: 'closed', vus: CONNECTIONS, thinkMs: 0 }, durationMs: SECONDS * 1000 });
      res.wrk.push(w);
      res.autocannon.push(a);
      res.ours.push(o.achievedRps);
      console.log(`round ${r}: wrk ${k(w)} rps · autocannon ${k(a)} rps · integration-gate ${k(o.achievedRps)} rps (p50 ${o.p50} ms, p99 ${o.p99} ms, errors ${o.errors}${o.errors ? ` ${JSON.stringify(o.errorsByClass)}` : ""})`);
    }
    const mw = median(res.wrk);
    const ma = median(res.autocannon);
    const mo = median(res.ours);
    console.log(`median: wrk ${k(mw)} · autocannon ${k(ma)} · integration-gate ${k(mo)} rps → ${((mo / ma) * 100).toFixed(0)} % of autocannon, ${((mo / mw) * 100).toFixed(0)} % of wrk`);
    console.log(`targets: >= autocannon ${mo >= ma ? 'met' : 'NOT met'}; >= 80 % of wrk ${mo >= 0.8 * mw ? 'met' : 'NOT met'}`);

    if (!args.includes('--skip-open')) {
      console.log('## open model, 5,000 rps for 20 s');
      const o = runOurs({ url, model: { type: 'open', rate: 5000, stages: [] }, durationMs: 20_000, connections: 256 });
      const dev = (o.achievedRps / 5000 - 1) * 100;
      console.log(`requested 5000 rps, achieved ${o.achievedRps.toFixed(1)} rps (${dev >= 0 ? '+' : ''}${dev.toFixed(2)} %), ${o.requests} requests, p50 ${o.p50} ms, p99 ${o.p99} ms, errors ${o.errors} → within 1 %: ${Math.abs(dev) <= 1 ? 'met' : 'NOT met'}`);
    }

    if (!args.includes('--skip-stall')) {
      console.log('## stall: 100 rps for 5 s, the server stalls once for 1 s (after 150 requests)');
      const sp = await freePort();
      const stall = spawn(process.execPath, ['-e', STALL_SERVER], { env: { ...process.env, PORT: String(sp), STALL_AT: '150' }, stdio: 'ignore' });
      children.push(stall);
      await waitPort(sp);
      const o = runOurs({ url: `http://127.0.0.1:${sp}/`, model: { type: 'open', rate: 100, stages: [] }, durationMs: 5000 });
      console.log(`p50 ${o.p50} ms · p99 ${o.p99} ms · max ${o.max} ms · ${o.requests} requests at ${o.achievedRps.toFixed(1)} rps → stall visible in p99: ${(o.p99 ?? 0) > 100 ? 'yes' : 'NO'}`);
      stall.kill('SIGTERM');
    }
  } finally {
    cleanup();
  }
}

void main();
