import { spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { EvidenceSink, Logger, ServiceHandle, ServiceReport } from '../core/types.js';
import { formatDuration } from '../core/units.js';
import type { ServicePlan } from '../manifest/plan.js';
import { httpProbe, tcpProbe } from '../process/probe.js';
import { RedactStream, type SecretRedactor } from '../process/redact.js';
import { killTree, track } from '../process/tree.js';

function occupiedPort(plan: ServicePlan): { host: string; port: number } | undefined {
  if (plan.ready?.tcp) return plan.ready.tcp;
  const url = plan.ready?.http ?? plan.url;
  if (!url) return undefined;
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || (u.protocol === 'https:' ? 443 : 80)) };
}

interface Running {
  plan: ServicePlan;
  pid?: number;
  exited?: { code: number | null; signal: NodeJS.Signals | null };
  log: WriteStream;
  logRel: string;
}

/**
 * Starts the manifest's services, waits for readiness, and stops every process tree at the end, whatever
 * happened in between. Output is redacted into `services/<name>.log` in the bundle.
 */
export class ServiceManager {
  private readonly running: Running[] = [];

  constructor(
    private readonly evidence: EvidenceSink,
    private readonly redactor: SecretRedactor,
    private readonly log: Logger,
    private readonly env: Record<string, string | undefined>,
  ) {}

  handles(): Map<string, ServiceHandle> {
    const out = new Map<string, ServiceHandle>();
    for (const r of this.running) {
      out.set(r.plan.name, { name: r.plan.name, ...(r.plan.url ? { url: r.plan.url } : {}), ...(r.pid ? { pid: r.pid } : {}) });
    }
    return out;
  }

  /** Starts every service in order; stops at the first that does not become ready. */
  async startAll(plans: ServicePlan[], signal: AbortSignal): Promise<ServiceReport[]> {
    const reports: ServiceReport[] = [];
    for (const plan of plans) {
      const report = await this.start(plan, signal);
      reports.push(report);
      if (!report.ready) break;
    }
    return reports;
  }

  private async start(plan: ServicePlan, signal: AbortSignal): Promise<ServiceReport> {
    if (!plan.start) {
      // Not ours to start (e.g. a workflow `services:` container): only probe it when a probe is configured.
      const running: Running = { plan, log: createWriteStream('/dev/null'), logRel: '' };
      this.running.push(running);
      if (!plan.ready) return { name: plan.name, ...(plan.url ? { url: plan.url } : {}), managed: false, ready: true, detail: 'external; not probed' };
      const r = await this.waitReady(running, signal);
      return { name: plan.name, ...(plan.url ? { url: plan.url } : {}), managed: false, ...r };
    }
    // Something already answering on the service's port would be tested instead of what we start.
    const port = occupiedPort(plan);
    if (port) {
      const busy = await tcpProbe(port.host, port.port, 500);
      if (busy.ok) {
        this.running.push({ plan, log: createWriteStream('/dev/null'), logRel: '' });
        return {
          name: plan.name,
          ...(plan.url ? { url: plan.url } : {}),
          managed: true,
          ready: false,
          detail: `not started: ${port.host}:${port.port} is already in use by another process; stop it or give the service another port`,
        };
      }
    }
    const logRel = `services/${plan.name}.log`;
    const logAbs = await this.evidence.reserve(logRel, { kind: 'log', producer: 'services' });
    const log = createWriteStream(logAbs);
    const child = spawn('/bin/sh', ['-c', plan.start], {
      cwd: plan.cwd,
      env: { ...this.env, ...plan.env } as NodeJS.ProcessEnv,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const running: Running = { plan, ...(child.pid ? { pid: child.pid } : {}), log, logRel };
    this.running.push(running);
    if (child.pid) track(child.pid);
    for (const stream of [child.stdout, child.stderr]) stream.pipe(new RedactStream(this.redactor)).pipe(log, { end: false });
    child.on('exit', (code, sig) => {
      running.exited = { code, signal: sig };
    });
    child.on('error', () => {
      running.exited = { code: null, signal: null };
    });
    this.log.info(`service ${plan.name}: $ ${plan.start}`);
    const r = await this.waitReady(running, signal);
    return { name: plan.name, ...(plan.url ? { url: plan.url } : {}), managed: true, ...r, log: logRel };
  }

  private async waitReady(r: Running, signal: AbortSignal): Promise<Pick<ServiceReport, 'ready' | 'readyAfterMs' | 'detail'>> {
    const ready = r.plan.ready;
    if (!ready) return { ready: true, readyAfterMs: 0, detail: 'started (no readiness probe configured)' };
    const started = Date.now();
    const target = ready.http ?? `${ready.tcp?.host}:${ready.tcp?.port}`;
    let last = 'not probed yet';
    while (Date.now() - started < ready.timeoutMs) {
      if (signal.aborted) return { ready: false, detail: 'interrupted while waiting for readiness' };
      if (r.exited) {
        const tail = await this.tail(r);
        return {
          ready: false,
          detail: `exited with ${r.exited.code !== null ? `code ${r.exited.code}` : `signal ${r.exited.signal}`} before becoming ready${tail ? `; last output: ${tail}` : ''} (see ${r.logRel})`,
        };
      }
      const probeTimeout = Math.min(2000, ready.timeoutMs);
      if (ready.http) {
        const res = await httpProbe(ready.http, probeTimeout);
        if (res.status !== undefined && res.status < 400) {
          return { ready: true, readyAfterMs: Date.now() - started, detail: `${ready.http} answered ${res.status}` };
        }
        last = res.status !== undefined ? `answered ${res.status}` : (res.error ?? 'no answer');
      } else if (ready.tcp) {
        const res = await tcpProbe(ready.tcp.host, ready.tcp.port, probeTimeout);
        if (res.ok) return { ready: true, readyAfterMs: Date.now() - started, detail: `${target} accepted a connection` };
        last = res.error ?? 'refused';
      }
      await new Promise((res) => setTimeout(res, ready.intervalMs));
    }
    return {
      ready: false,
      detail: `not ready after ${formatDuration(ready.timeoutMs)}: ${target} ${last}; raise ready.timeout or check ${r.logRel || 'the service'}`,
    };
  }

  private async tail(r: Running): Promise<string> {
    if (!r.logRel) return '';
    await new Promise((res) => setTimeout(res, 50));
    try {
      const text = await readFile(r.log.path as string, 'utf8');
      const lines = text.trim().split('\n').filter(Boolean);
      return (lines[lines.length - 1] ?? '').slice(0, 200);
    } catch {
      return '';
    }
  }

  /** Stops every started process tree (SIGTERM, then SIGKILL after the stop timeout). Never throws. */
  async stopAll(): Promise<void> {
    await Promise.allSettled(
      this.running.reverse().map(async (r) => {
        if (r.pid) {
          await killTree(r.pid, r.plan.stopTimeoutMs);
          this.log.info(`service ${r.plan.name}: stopped`);
        }
        await new Promise<void>((res) => r.log.end(() => res()));
      }),
    );
    this.running.length = 0;
  }
}
