import { performance } from 'node:perf_hooks';
import { Conn, type ConnOwner, type PreparedRequest } from './http1.js';
import { maxMs, newHistogram, percentileMs, recordMs, type Histogram } from './histogram.js';
import type { LoadModel, RateStage, TimelinePoint } from './types.js';

/**
 * The built-in load engine.
 *
 * Open model: request i has an intended send time fixed by the schedule (constant or ramping arrival rate).
 * A scheduler tick sends every request that is due; if no connection is free and the connection cap is
 * reached, the request waits in a queue. Latency is measured from the INTENDED send time, so a stalled
 * server (or a saturated generator) shows up in the percentiles instead of silently lowering the rate:
 * no coordinated omission (the wrk2 approach). A request that cannot even be sent within the timeout counts
 * as a timeout.
 *
 * Closed model: N virtual users, each with one keep-alive connection, send their next request when the
 * previous one answered (plus optional think time). Latency is measured from the actual send; the closed
 * model measures what the server can do at a given concurrency, not what users at a given rate see.
 */

export interface EngineConfig {
  host: string;
  port: number;
  /** The request mix; `weights` gives their relative shares (same length). */
  requests: PreparedRequest[];
  weights: number[];
  model: LoadModel;
  durationMs: number;
  iterations?: number;
  timeoutMs: number;
  connections: number;
  /** True when a status counts as success. */
  isOk: (status: number) => boolean;
  signal?: AbortSignal;
  /** Called about once a second while load runs. */
  onProgress?: (p: EngineProgress) => void;
}

export interface EngineProgress {
  elapsedMs: number;
  /** Completions in the last full second. */
  rps: number;
  p95Ms: number | null;
  requests: number;
  errors: number;
}

export interface EngineOutcome {
  startedAt: string;
  /** From the start until the last request finished (or timed out). */
  elapsedMs: number;
  /** Requests that completed (answered, failed or timed out). */
  requests: number;
  errors: number;
  errorsByClass: Record<string, number>;
  statusCounts: Record<string, number>;
  /** Latencies in µs of every answered or timed-out request. */
  histogram: Histogram;
  timeline: TimelinePoint[];
  /** Open model: requests the schedule asked for, and the average rate that means. */
  scheduled: number;
  requestedRps?: number;
  /** Completed requests per second over the run. */
  achievedRps: number;
  /** Most requests that waited at once for a free connection (open model). */
  maxQueued: number;
  connectionsOpened: number;
  aborted: boolean;
}

/** Arrival schedule of the open model: piecewise-linear rate, integrated. Times in ms from the start. */
export class Schedule {
  private readonly segs: Array<{ t0: number; d: number; r0: number; r1: number; n0: number }> = [];
  readonly total: number;
  readonly durationMs: number;

  constructor(rate: number, stages: RateStage[], durationMs: number) {
    let t0 = 0;
    let n0 = 0;
    let r0 = rate / 1000;
    const list = stages.length > 0 ? stages : [{ durationMs, target: rate }];
    for (const s of list) {
      const r1 = s.target / 1000;
      this.segs.push({ t0, d: s.durationMs, r0, r1, n0 });
      n0 += ((r0 + r1) / 2) * s.durationMs;
      t0 += s.durationMs;
      r0 = r1;
    }
    this.durationMs = t0;
    // Requests whose intended time is before the end: i with N(t_i) = i, t_i < duration.
    this.total = Math.max(0, Math.ceil(n0 - 1e-9));
  }

  /** Requests due by time t (ms): the number of i with t_i <= t. */
  dueAt(t: number): number {
    if (t >= this.durationMs) return this.total;
    const s = this.segs.find((x) => t < x.t0 + x.d) ?? this.segs[this.segs.length - 1];
    if (!s) return 0;
    const x = t - s.t0;
    const n = s.n0 + s.r0 * x + ((s.r1 - s.r0) * x * x) / (2 * s.d);
    return Math.min(this.total, Math.floor(n + 1e-9) + 1);
  }

  /** Intended time (ms) of request i. */
  timeOf(i: number): number {
    for (let k = 0; k < this.segs.length; k++) {
      const s = this.segs[k] as (typeof this.segs)[number];
      const nEnd = s.n0 + ((s.r0 + s.r1) / 2) * s.d;
      if (i < nEnd || k === this.segs.length - 1) {
        const want = i - s.n0;
        const a = (s.r1 - s.r0) / (2 * s.d);
        const b = s.r0;
        let x: number;
        if (Math.abs(a) < 1e-15) x = b > 0 ? want / b : 0;
        else x = (-b + Math.sqrt(Math.max(0, b * b + 4 * a * want))) / (2 * a);
        return s.t0 + Math.min(Math.max(x, 0), s.d);
      }
    }
    return this.durationMs;
  }
}

class Recorder {
  readonly histogram = newHistogram();
  private readonly second = newHistogram();
  readonly timeline: TimelinePoint[] = [];
  requests = 0;
  errors = 0;
  readonly byClass = new Map<string, number>();
  readonly statuses = new Map<number, number>();
  private sec = 0;
  private secCount = 0;
  private secErrors = 0;
  lastCompletion = 0;

  constructor(
    private readonly start: number,
    private readonly onSecond: (rec: Recorder, rps: number) => void,
  ) {}

  /** latencyMs undefined: no latency to record (connection refused before anything was sent). */
  record(now: number, latencyMs: number | undefined, errorClass: string | undefined): void {
    const sec = Math.floor((now - this.start) / 1000);
    if (sec !== this.sec) this.rollTo(sec);
    // Recorded once, into this second's histogram; it is added to the run's histogram when the second closes.
    if (latencyMs !== undefined) recordMs(this.second, latencyMs);
    this.requests++;
    this.secCount++;
    this.lastCompletion = now;
    if (errorClass !== undefined) {
      this.errors++;
      this.secErrors++;
      this.byClass.set(errorClass, (this.byClass.get(errorClass) ?? 0) + 1);
    }
  }

  status(code: number): void {
    this.statuses.set(code, (this.statuses.get(code) ?? 0) + 1);
  }

  rollTo(sec: number): void {
    while (this.sec < sec) {
      const rps = this.secCount;
      this.timeline.push({
        t: this.sec,
        rps,
        p50: round3(percentileMs(this.second, 50) ?? 0),
        p95: round3(percentileMs(this.second, 95) ?? 0),
        errors: this.secErrors,
      });
      if (this.second.totalCount > 0) this.histogram.add(this.second);
      this.second.reset();
      this.secCount = 0;
      this.secErrors = 0;
      this.sec++;
      this.onSecond(this, rps);
    }
  }

  /** Closes the current (partial) second if anything happened in it. */
  flush(): void {
    if (this.secCount > 0) this.rollTo(this.sec + 1);
  }
}

export function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Runs one load phase and resolves with its measurements. Never rejects for failures of the target. */
export function runEngine(cfg: EngineConfig): Promise<EngineOutcome> {
  return new Promise((resolve) => new Run(cfg, resolve).start());
}

class Run implements ConnOwner {
  private readonly t0 = performance.now();
  private readonly startedAt = new Date().toISOString();
  private readonly rec: Recorder;
  private readonly all = new Set<Conn>();
  private readonly free: Conn[] = [];
  private readonly queue: number[] = [];
  private qHead = 0;
  private maxQueued = 0;
  private opened = 0;
  private started = 0;
  private scheduled = 0;
  private generating = true;
  private finished = false;
  private aborted = false;
  private readonly cumulative: number[];
  private readonly weightTotal: number;
  private tickTimer: NodeJS.Timeout | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private drainTimer: NodeJS.Timeout | undefined;
  private readonly schedule: Schedule | undefined;
  private readonly maxRequests: number;
  private readonly onAbort = (): void => this.abort();

  constructor(
    private readonly cfg: EngineConfig,
    private readonly done: (o: EngineOutcome) => void,
  ) {
    this.rec = new Recorder(this.t0, (rec, rps) => {
      cfg.onProgress?.({
        elapsedMs: performance.now() - this.t0,
        rps,
        p95Ms: percentileMs(rec.histogram, 95),
        requests: rec.requests,
        errors: rec.errors,
      });
    });
    let acc = 0;
    this.cumulative = cfg.weights.map((w) => (acc += w));
    this.weightTotal = acc;
    this.maxRequests = cfg.iterations ?? Number.POSITIVE_INFINITY;
    if (cfg.model.type === 'open') this.schedule = new Schedule(cfg.model.rate, cfg.model.stages, cfg.durationMs);
  }

  start(): void {
    if (this.cfg.signal?.aborted) {
      this.aborted = true;
      this.finish();
      return;
    }
    this.cfg.signal?.addEventListener('abort', this.onAbort, { once: true });
    const sweepEvery = Math.max(10, Math.min(100, this.cfg.timeoutMs / 10));
    this.sweepTimer = setInterval(() => this.sweep(), sweepEvery);
    // End of generation for both models (the open model's schedule ends at the same time).
    this.drainTimer = setTimeout(() => this.stopGenerating(), this.cfg.durationMs);
    if (this.cfg.model.type === 'open') this.tick();
    else {
      const n = Math.min(this.cfg.model.vus, this.maxRequests);
      for (let i = 0; i < n; i++) this.sendNext(this.connect(), performance.now());
    }
  }

  private pick(): PreparedRequest {
    const reqs = this.cfg.requests;
    if (reqs.length === 1) return reqs[0] as PreparedRequest;
    const r = Math.random() * this.weightTotal;
    for (let i = 0; i < this.cumulative.length; i++) if (r < (this.cumulative[i] as number)) return reqs[i] as PreparedRequest;
    return reqs[reqs.length - 1] as PreparedRequest;
  }

  private connect(): Conn {
    const c = new Conn(this.cfg.host, this.cfg.port, this);
    this.all.add(c);
    this.opened++;
    c.socket.once('close', () => this.all.delete(c));
    return c;
  }

  private sendNext(conn: Conn, intended: number): void {
    const c = conn.alive ? conn : this.connect();
    const req = this.pick();
    this.started++;
    c.send(req.bytes, req.headOnly, intended, performance.now());
  }

  // ---- open model ----------------------------------------------------------------------------
  private tick(): void {
    this.tickTimer = undefined;
    if (!this.generating) return;
    const schedule = this.schedule as Schedule;
    const now = performance.now();
    const due = Math.min(schedule.dueAt(now - this.t0), this.maxRequests);
    while (this.scheduled < due) {
      const intended = this.t0 + schedule.timeOf(this.scheduled);
      this.scheduled++;
      this.dispatch(intended);
    }
    if (this.scheduled >= schedule.total || this.scheduled >= this.maxRequests) {
      this.stopGenerating();
      return;
    }
    const next = this.t0 + schedule.timeOf(this.scheduled);
    // Wake up at the next intended send (timers have ~1 ms resolution), at least every 50 ms.
    this.tickTimer = setTimeout(() => this.tick(), Math.max(0, Math.min(next - performance.now(), 50)));
  }

  private dispatch(intended: number): void {
    let conn = this.free.pop();
    while (conn && !conn.alive) conn = this.free.pop();
    if (!conn && this.all.size < this.cfg.connections) conn = this.connect();
    if (conn) this.sendNext(conn, intended);
    else {
      this.queue.push(intended);
      const q = this.queue.length - this.qHead;
      if (q > this.maxQueued) this.maxQueued = q;
    }
  }

  /** A connection became free: give it the oldest waiting request, or park it. */
  private release(conn: Conn): void {
    if (this.finished) return;
    if (this.cfg.model.type === 'open') {
      if (this.qHead < this.queue.length) {
        const intended = this.queue[this.qHead++] as number;
        if (this.qHead > 4096 && this.qHead * 2 > this.queue.length) {
          this.queue.splice(0, this.qHead);
          this.qHead = 0;
        }
        this.sendNext(conn, intended);
      } else if (conn.alive) this.free.push(conn);
      this.maybeDone();
      return;
    }
    // closed model
    if (!this.generating || this.started >= this.maxRequests) {
      if (conn.alive) conn.close();
      if (this.generating) this.stopGenerating(); // iterations reached
      else this.maybeDone();
      return;
    }
    const think = this.cfg.model.thinkMs;
    if (think > 0) {
      setTimeout(() => {
        if (this.generating && this.started < this.maxRequests) this.sendNext(conn, performance.now());
        else this.maybeDone();
      }, think);
    } else this.sendNext(conn, performance.now());
  }

  onResponse(conn: Conn, status: number): void {
    const now = performance.now();
    this.rec.status(status);
    this.rec.record(now, now - conn.intended, this.cfg.isOk(status) ? undefined : `status ${status}`);
    this.release(conn);
  }

  onFailure(conn: Conn, cls: string): void {
    const now = performance.now();
    // Timeouts count with the time waited; refused/reset connections have no latency to speak of.
    this.rec.record(now, cls === 'timeout' ? now - conn.intended : undefined, cls);
    this.release(conn);
  }

  private sweep(): void {
    const now = performance.now();
    const limit = this.cfg.timeoutMs;
    for (const c of this.all) if (c.busy && now - c.sentAt > limit) c.fail('timeout');
    // Waiting requests that could not even be sent within the timeout.
    while (this.qHead < this.queue.length && now - (this.queue[this.qHead] as number) > limit) {
      const intended = this.queue[this.qHead++] as number;
      this.rec.record(now, now - intended, 'timeout');
    }
    this.maybeDone();
  }

  private stopGenerating(): void {
    if (!this.generating) return;
    this.generating = false;
    if (this.tickTimer) clearTimeout(this.tickTimer);
    if (this.drainTimer) clearTimeout(this.drainTimer);
    // Whatever is still in flight gets its timeout (the sweep enforces it); then we finish.
    this.drainTimer = setTimeout(() => this.finish(), this.cfg.timeoutMs + 500);
    for (const c of this.free) c.close();
    this.free.length = 0;
    this.maybeDone();
  }

  private maybeDone(): void {
    if (this.generating || this.finished) return;
    if (this.qHead < this.queue.length) return;
    for (const c of this.all) if (c.busy) return;
    this.finish();
  }

  private abort(): void {
    this.aborted = true;
    this.finish();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.generating = false;
    this.cfg.signal?.removeEventListener('abort', this.onAbort);
    if (this.tickTimer) clearTimeout(this.tickTimer);
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    if (this.drainTimer) clearTimeout(this.drainTimer);
    for (const c of [...this.all]) c.close();
    this.rec.flush();
    const end = Math.max(this.rec.lastCompletion, this.t0 + 1);
    const elapsedMs = end - this.t0;
    const windowMs = this.cfg.model.type === 'open' ? Math.max(elapsedMs, Math.min(this.cfg.durationMs, performance.now() - this.t0)) : elapsedMs;
    const schedule = this.schedule;
    const scheduledTotal = schedule ? Math.min(schedule.total, this.maxRequests) : this.started;
    this.done({
      startedAt: this.startedAt,
      elapsedMs,
      requests: this.rec.requests,
      errors: this.rec.errors,
      errorsByClass: Object.fromEntries(this.rec.byClass),
      statusCounts: Object.fromEntries([...this.rec.statuses].map(([k, v]) => [String(k), v])),
      histogram: this.rec.histogram,
      timeline: this.rec.timeline,
      scheduled: this.cfg.model.type === 'open' ? this.scheduled : this.started,
      ...(schedule ? { requestedRps: (scheduledTotal / Math.max(1, schedule.durationMs)) * 1000 } : {}),
      achievedRps: windowMs > 0 ? (this.rec.requests / windowMs) * 1000 : 0,
      maxQueued: this.maxQueued,
      connectionsOpened: this.opened,
      aborted: this.aborted,
    });
  }
}

export { maxMs, percentileMs };
