import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  encodeHistogram,
  fmtRate,
  isLoopback,
  maxLimitSteps,
  maxMs,
  newHistogram,
  percentileMs,
  recordMs
} from "./chunk-3MW4RWXO.js";
import {
  formatDuration
} from "./chunk-HIFI45R2.js";
import "./chunk-CGK5Y2TI.js";
import {
  baseResult,
  crossedJobGates,
  fmt,
  mdCell,
  resolveValue
} from "./chunk-4J3PJH5E.js";
import {
  descendants
} from "./chunk-UVR4YFCP.js";
import "./chunk-7JDYXFT2.js";
import "./chunk-FTISGSZM.js";

// src/jobs/load/engine.ts
import { performance as performance2 } from "node:perf_hooks";

// src/jobs/load/http1.ts
import net from "node:net";
var CR = 13;
var READ_BUF = Buffer.allocUnsafe(256 * 1024);
var LF = 10;
var MAX_HEAD = 64 * 1024;
var Conn = class {
  constructor(host, port, owner) {
    this.owner = owner;
    this.socket = net.connect({
      host,
      port,
      noDelay: true,
      onread: {
        buffer: READ_BUF,
        callback: (n) => {
          this.onData(READ_BUF, n);
          return true;
        }
      }
    });
    this.socket.on("error", (err) => this.fail(err.code ?? "socket error"));
    this.socket.on("end", () => this.onEnd());
    this.socket.on("close", () => {
      if (this.busy) this.fail("closed");
      this.alive = false;
    });
  }
  owner;
  socket;
  busy = false;
  alive = true;
  /** performance.now() when the request was written. */
  sentAt = 0;
  /** performance.now() of the intended send time (open model); equals sentAt in the closed model. */
  intended = 0;
  /** Free for the engine's bookkeeping (e.g. the VU index). */
  tag = 0;
  phase = 0 /* Head */;
  pending = null;
  remaining = 0;
  status = 0;
  closeAfter = false;
  headOnly = false;
  send(request, headOnly, intended, now) {
    this.busy = true;
    this.headOnly = headOnly;
    this.intended = intended;
    this.sentAt = now;
    this.phase = 0 /* Head */;
    this.pending = null;
    this.socket.write(request);
  }
  /** Fails the request in flight (timeouts, errors) and drops the connection. */
  fail(cls) {
    this.alive = false;
    if (!this.socket.destroyed) this.socket.destroy();
    if (!this.busy) return;
    this.busy = false;
    this.owner.onFailure(this, cls);
  }
  close() {
    this.alive = false;
    this.busy = false;
    this.socket.destroy();
  }
  onEnd() {
    if (this.busy && this.phase === 6 /* UntilClose */) {
      this.complete();
      return;
    }
    this.alive = false;
    if (this.busy) this.fail("closed");
  }
  complete() {
    this.busy = false;
    this.pending = null;
    if (this.closeAfter) {
      this.alive = false;
      this.socket.destroy();
    }
    this.owner.onResponse(this, this.status);
  }
  onData(chunk, n) {
    if (!this.busy) {
      this.close();
      return;
    }
    let buf = chunk;
    let len = n;
    if (this.pending !== null) {
      buf = Buffer.concat([this.pending, chunk.subarray(0, n)]);
      len = buf.length;
      this.pending = null;
    }
    let pos = 0;
    while (this.busy) {
      switch (this.phase) {
        case 0 /* Head */: {
          const end = indexOfBlankLine(buf, pos, len);
          if (end < 0) {
            if (len - pos > MAX_HEAD) return this.fail("bad response");
            this.pending = Buffer.from(buf.subarray(pos, len));
            return;
          }
          if (!this.parseHead(buf, pos, end)) return this.fail("bad response");
          pos = end + 4;
          if (this.status < 200) {
            this.phase = 0 /* Head */;
            continue;
          }
          if (this.noBodyLeft()) return this.complete();
          break;
        }
        case 1 /* Length */: {
          const take = Math.min(this.remaining, len - pos);
          this.remaining -= take;
          pos += take;
          if (this.remaining === 0) return this.complete();
          return;
        }
        case 2 /* ChunkSize */: {
          const found = buf.indexOf(LF, pos);
          const eol = found >= len ? -1 : found;
          if (eol < 0) {
            this.pending = Buffer.from(buf.subarray(pos, len));
            return;
          }
          let size = 0;
          let digits = 0;
          for (let i = pos; i < eol; i++) {
            const c = buf[i];
            const v = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
            if (v < 0) break;
            size = size * 16 + v;
            digits++;
          }
          if (digits === 0) return this.fail("bad response");
          pos = eol + 1;
          if (size === 0) this.phase = 5 /* Trailers */;
          else {
            this.remaining = size;
            this.phase = 3 /* ChunkData */;
          }
          break;
        }
        case 3 /* ChunkData */: {
          const take = Math.min(this.remaining, len - pos);
          this.remaining -= take;
          pos += take;
          if (this.remaining > 0) return;
          this.remaining = 2;
          this.phase = 4 /* ChunkDataEnd */;
          break;
        }
        case 4 /* ChunkDataEnd */: {
          const take = Math.min(this.remaining, len - pos);
          this.remaining -= take;
          pos += take;
          if (this.remaining > 0) return;
          this.phase = 2 /* ChunkSize */;
          break;
        }
        case 5 /* Trailers */: {
          if (len - pos >= 2 && buf[pos] === CR && buf[pos + 1] === LF) return this.complete();
          if (indexOfBlankLine(buf, pos, len) < 0) {
            this.pending = Buffer.from(buf.subarray(pos, len));
            return;
          }
          return this.complete();
        }
        case 6 /* UntilClose */:
          return;
      }
      if (pos >= len && this.phase !== 5 /* Trailers */) return;
    }
  }
  noBodyLeft() {
    return this.phase === 1 /* Length */ && this.remaining === 0;
  }
  /** Reads the status line and the framing headers between `start` and `end` (the blank line). */
  parseHead(buf, start, end) {
    if (end - start < 12 || buf[start] !== 72 || buf[start + 4] !== 47 || buf[start + 8] !== 32) return false;
    const a = buf[start + 9] - 48;
    const b = buf[start + 10] - 48;
    const c = buf[start + 11] - 48;
    if (a < 1 || a > 5 || b < 0 || b > 9 || c < 0 || c > 9) return false;
    this.status = a * 100 + b * 10 + c;
    const http10 = buf[start + 7] === 48;
    let contentLength = -1;
    let chunked = false;
    let close = http10;
    let line = buf.indexOf(LF, start) + 1;
    while (line > 0 && line < end) {
      const eol = buf.indexOf(LF, line);
      const stop = eol < 0 || eol > end ? end : eol;
      const first = buf[line] | 32;
      if (first === 99) {
        if (matchName(buf, line, "content-length:")) {
          contentLength = parseDecimal(buf, line + 15, stop);
          if (contentLength < 0) return false;
        } else if (matchName(buf, line, "connection:")) {
          let v = line + 11;
          while (buf[v] === 32 || buf[v] === 9) v++;
          if (matchName(buf, v, "close")) close = true;
          else if (matchName(buf, v, "keep-alive")) close = false;
        }
      } else if (first === 116 && matchName(buf, line, "transfer-encoding:")) {
        chunked = /chunked\s*$/i.test(buf.toString("latin1", line + 18, stop));
      }
      line = eol < 0 ? end : eol + 1;
    }
    this.closeAfter = close;
    if (this.headOnly || this.status === 204 || this.status === 304 || this.status < 200) {
      this.remaining = 0;
      this.phase = 1 /* Length */;
    } else if (chunked) {
      this.phase = 2 /* ChunkSize */;
    } else if (contentLength >= 0) {
      this.remaining = contentLength;
      this.phase = 1 /* Length */;
    } else {
      this.closeAfter = true;
      this.phase = 6 /* UntilClose */;
    }
    return true;
  }
};
function indexOfBlankLine(buf, from, to) {
  const i = buf.indexOf("\r\n\r\n", from, "latin1");
  return i < 0 || i + 4 > to ? -1 : i;
}
function matchName(buf, at, lowerName) {
  for (let i = 0; i < lowerName.length; i++) {
    const c = buf[at + i];
    if (c === void 0 || (c | 32) !== lowerName.charCodeAt(i)) return false;
  }
  return true;
}
function parseDecimal(buf, from, to) {
  let n = 0;
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = buf[i];
    if (c === 32 || c === 9 || c === CR) continue;
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
    digits++;
  }
  return digits > 0 ? n : -1;
}
function prepareRequest(base, method, path, headers, body) {
  const prefix = base.pathname.replace(/\/+$/, "");
  const target = `${prefix}${path}`;
  const lines = [`${method} ${target} HTTP/1.1`, `host: ${base.host}`];
  if (!headers.some(([k]) => k.toLowerCase() === "user-agent")) lines.push("user-agent: integration-gate");
  for (const [k, v] of headers) {
    if (/[\r\n]/.test(v)) throw new Error(`header '${k}' contains a line break`);
    lines.push(`${k}: ${v}`);
  }
  const bodyBuf = body !== void 0 ? Buffer.from(body, "utf8") : void 0;
  if (bodyBuf !== void 0 || ["POST", "PUT", "PATCH"].includes(method)) lines.push(`content-length: ${bodyBuf?.length ?? 0}`);
  const head = Buffer.from(`${lines.join("\r\n")}\r
\r
`, "latin1");
  return {
    bytes: bodyBuf ? Buffer.concat([head, bodyBuf]) : head,
    headOnly: method === "HEAD",
    label: `${method} ${path}`
  };
}

// src/jobs/load/engine.ts
var Schedule = class {
  segs = [];
  total;
  durationMs;
  constructor(rate, stages, durationMs) {
    let t0 = 0;
    let n0 = 0;
    let r0 = rate / 1e3;
    const list = stages.length > 0 ? stages : [{ durationMs, target: rate }];
    for (const s of list) {
      const r1 = s.target / 1e3;
      this.segs.push({ t0, d: s.durationMs, r0, r1, n0 });
      n0 += (r0 + r1) / 2 * s.durationMs;
      t0 += s.durationMs;
      r0 = r1;
    }
    this.durationMs = t0;
    this.total = Math.max(0, Math.ceil(n0 - 1e-9));
  }
  /** Requests due by time t (ms): the number of i with t_i <= t. */
  dueAt(t) {
    if (t >= this.durationMs) return this.total;
    const s = this.segs.find((x2) => t < x2.t0 + x2.d) ?? this.segs[this.segs.length - 1];
    if (!s) return 0;
    const x = t - s.t0;
    const n = s.n0 + s.r0 * x + (s.r1 - s.r0) * x * x / (2 * s.d);
    return Math.min(this.total, Math.floor(n + 1e-9) + 1);
  }
  /** Intended time (ms) of request i. */
  timeOf(i) {
    for (let k = 0; k < this.segs.length; k++) {
      const s = this.segs[k];
      const nEnd = s.n0 + (s.r0 + s.r1) / 2 * s.d;
      if (i < nEnd || k === this.segs.length - 1) {
        const want = i - s.n0;
        const a = (s.r1 - s.r0) / (2 * s.d);
        const b = s.r0;
        let x;
        if (Math.abs(a) < 1e-15) x = b > 0 ? want / b : 0;
        else x = (-b + Math.sqrt(Math.max(0, b * b + 4 * a * want))) / (2 * a);
        return s.t0 + Math.min(Math.max(x, 0), s.d);
      }
    }
    return this.durationMs;
  }
};
var Recorder = class {
  constructor(start, onSecond) {
    this.start = start;
    this.onSecond = onSecond;
  }
  start;
  onSecond;
  histogram = newHistogram();
  second = newHistogram();
  timeline = [];
  requests = 0;
  errors = 0;
  byClass = /* @__PURE__ */ new Map();
  statuses = /* @__PURE__ */ new Map();
  sec = 0;
  secCount = 0;
  secErrors = 0;
  lastCompletion = 0;
  /** latencyMs undefined: no latency to record (connection refused before anything was sent). */
  record(now, latencyMs, errorClass) {
    const sec = Math.floor((now - this.start) / 1e3);
    if (sec !== this.sec) this.rollTo(sec);
    if (latencyMs !== void 0) recordMs(this.second, latencyMs);
    this.requests++;
    this.secCount++;
    this.lastCompletion = now;
    if (errorClass !== void 0) {
      this.errors++;
      this.secErrors++;
      this.byClass.set(errorClass, (this.byClass.get(errorClass) ?? 0) + 1);
    }
  }
  status(code) {
    this.statuses.set(code, (this.statuses.get(code) ?? 0) + 1);
  }
  rollTo(sec) {
    while (this.sec < sec) {
      const rps = this.secCount;
      this.timeline.push({
        t: this.sec,
        rps,
        p50: round3(percentileMs(this.second, 50) ?? 0),
        p95: round3(percentileMs(this.second, 95) ?? 0),
        errors: this.secErrors
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
  flush() {
    if (this.secCount > 0) this.rollTo(this.sec + 1);
  }
};
function round3(n) {
  return Math.round(n * 1e3) / 1e3;
}
function runEngine(cfg) {
  return new Promise((resolve) => new Run(cfg, resolve).start());
}
var Run = class {
  constructor(cfg, done) {
    this.cfg = cfg;
    this.done = done;
    this.rec = new Recorder(this.t0, (rec, rps) => {
      cfg.onProgress?.({
        elapsedMs: performance2.now() - this.t0,
        rps,
        p95Ms: percentileMs(rec.histogram, 95),
        requests: rec.requests,
        errors: rec.errors
      });
    });
    let acc = 0;
    this.cumulative = cfg.weights.map((w) => acc += w);
    this.weightTotal = acc;
    this.maxRequests = cfg.iterations ?? Number.POSITIVE_INFINITY;
    if (cfg.model.type === "open") this.schedule = new Schedule(cfg.model.rate, cfg.model.stages, cfg.durationMs);
  }
  cfg;
  done;
  t0 = performance2.now();
  startedAt = (/* @__PURE__ */ new Date()).toISOString();
  rec;
  all = /* @__PURE__ */ new Set();
  free = [];
  queue = [];
  qHead = 0;
  maxQueued = 0;
  opened = 0;
  started = 0;
  scheduled = 0;
  generating = true;
  finished = false;
  aborted = false;
  cumulative;
  weightTotal;
  tickTimer;
  sweepTimer;
  drainTimer;
  schedule;
  maxRequests;
  onAbort = () => this.abort();
  start() {
    if (this.cfg.signal?.aborted) {
      this.aborted = true;
      this.finish();
      return;
    }
    this.cfg.signal?.addEventListener("abort", this.onAbort, { once: true });
    const sweepEvery = Math.max(10, Math.min(100, this.cfg.timeoutMs / 10));
    this.sweepTimer = setInterval(() => this.sweep(), sweepEvery);
    this.drainTimer = setTimeout(() => this.stopGenerating(), this.cfg.durationMs);
    if (this.cfg.model.type === "open") this.tick();
    else {
      const n = Math.min(this.cfg.model.vus, this.maxRequests);
      for (let i = 0; i < n; i++) this.sendNext(this.connect(), performance2.now());
    }
  }
  pick() {
    const reqs = this.cfg.requests;
    if (reqs.length === 1) return reqs[0];
    const r = Math.random() * this.weightTotal;
    for (let i = 0; i < this.cumulative.length; i++) if (r < this.cumulative[i]) return reqs[i];
    return reqs[reqs.length - 1];
  }
  connect() {
    const c = new Conn(this.cfg.host, this.cfg.port, this);
    this.all.add(c);
    this.opened++;
    c.socket.once("close", () => this.all.delete(c));
    return c;
  }
  sendNext(conn, intended) {
    const c = conn.alive ? conn : this.connect();
    const req = this.pick();
    this.started++;
    c.send(req.bytes, req.headOnly, intended, performance2.now());
  }
  // ---- open model ----------------------------------------------------------------------------
  tick() {
    this.tickTimer = void 0;
    if (!this.generating) return;
    const schedule = this.schedule;
    const now = performance2.now();
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
    this.tickTimer = setTimeout(() => this.tick(), Math.max(0, Math.min(next - performance2.now(), 50)));
  }
  dispatch(intended) {
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
  release(conn) {
    if (this.finished) return;
    if (this.cfg.model.type === "open") {
      if (this.qHead < this.queue.length) {
        const intended = this.queue[this.qHead++];
        if (this.qHead > 4096 && this.qHead * 2 > this.queue.length) {
          this.queue.splice(0, this.qHead);
          this.qHead = 0;
        }
        this.sendNext(conn, intended);
      } else if (conn.alive) this.free.push(conn);
      this.maybeDone();
      return;
    }
    if (!this.generating || this.started >= this.maxRequests) {
      if (conn.alive) conn.close();
      if (this.generating) this.stopGenerating();
      else this.maybeDone();
      return;
    }
    const think = this.cfg.model.thinkMs;
    if (think > 0) {
      setTimeout(() => {
        if (this.generating && this.started < this.maxRequests) this.sendNext(conn, performance2.now());
        else this.maybeDone();
      }, think);
    } else this.sendNext(conn, performance2.now());
  }
  onResponse(conn, status) {
    const now = performance2.now();
    this.rec.status(status);
    this.rec.record(now, now - conn.intended, this.cfg.isOk(status) ? void 0 : `status ${status}`);
    this.release(conn);
  }
  onFailure(conn, cls) {
    const now = performance2.now();
    this.rec.record(now, cls === "timeout" ? now - conn.intended : void 0, cls);
    this.release(conn);
  }
  sweep() {
    const now = performance2.now();
    const limit = this.cfg.timeoutMs;
    for (const c of this.all) if (c.busy && now - c.sentAt > limit) c.fail("timeout");
    while (this.qHead < this.queue.length && now - this.queue[this.qHead] > limit) {
      const intended = this.queue[this.qHead++];
      this.rec.record(now, now - intended, "timeout");
    }
    this.maybeDone();
  }
  stopGenerating() {
    if (!this.generating) return;
    this.generating = false;
    if (this.tickTimer) clearTimeout(this.tickTimer);
    if (this.drainTimer) clearTimeout(this.drainTimer);
    this.drainTimer = setTimeout(() => this.finish(), this.cfg.timeoutMs + 500);
    for (const c of this.free) c.close();
    this.free.length = 0;
    this.maybeDone();
  }
  maybeDone() {
    if (this.generating || this.finished) return;
    if (this.qHead < this.queue.length) return;
    for (const c of this.all) if (c.busy) return;
    this.finish();
  }
  abort() {
    this.aborted = true;
    this.finish();
  }
  finish() {
    if (this.finished) return;
    this.finished = true;
    this.generating = false;
    this.cfg.signal?.removeEventListener("abort", this.onAbort);
    if (this.tickTimer) clearTimeout(this.tickTimer);
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    if (this.drainTimer) clearTimeout(this.drainTimer);
    for (const c of [...this.all]) c.close();
    this.rec.flush();
    const end = Math.max(this.rec.lastCompletion, this.t0 + 1);
    const elapsedMs = end - this.t0;
    const windowMs = this.cfg.model.type === "open" ? Math.max(elapsedMs, Math.min(this.cfg.durationMs, performance2.now() - this.t0)) : elapsedMs;
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
      scheduled: this.cfg.model.type === "open" ? this.scheduled : this.started,
      ...schedule ? { requestedRps: scheduledTotal / Math.max(1, schedule.durationMs) * 1e3 } : {},
      achievedRps: windowMs > 0 ? this.rec.requests / windowMs * 1e3 : 0,
      maxQueued: this.maxQueued,
      connectionsOpened: this.opened,
      aborted: this.aborted
    });
  }
};

// src/jobs/load/limits.ts
function judgeStep(l, rate, o) {
  const limited = l.statuses.reduce((n, s) => n + (o.statusCounts[String(s)] ?? 0), 0);
  const requests = Math.max(1, o.requests);
  const limitedRatio = limited / requests;
  const errorRate = Math.max(0, o.errors - limited) / requests;
  const p95 = percentileMs(o.histogram, 95) ?? 0;
  const step = {
    rate: round3(rate),
    held: true,
    requests: o.requests,
    achievedRps: round3(o.achievedRps),
    p95Ms: round3(p95),
    limitedRatio: round3(limitedRatio),
    errorRate: round3(errorRate)
  };
  const statusText = l.statuses.join("/");
  if (o.requests === 0) {
    step.held = false;
    step.reason = "no request completed";
  } else if (limitedRatio > l.statusMax) {
    step.held = false;
    step.reason = `${statusText} on ${(limitedRatio * 100).toFixed(1)} % of requests`;
  } else if (errorRate > l.errorRate) {
    step.held = false;
    const other = Object.fromEntries(Object.entries(o.errorsByClass).filter(([k]) => !l.statuses.some((s) => k === `status ${s}`)));
    step.reason = `errors on ${(errorRate * 100).toFixed(1)} % of requests (${describeErrors(other)})`;
  } else if (p95 > l.p95Ms) {
    step.held = false;
    step.reason = `p95 ${fmt(p95)} ms > ${l.p95Ms} ms`;
  }
  return step;
}
async function runLimits(plan, target, ctx) {
  const l = plan.limits;
  const steps = [];
  const timeline = [];
  let held;
  let failed;
  let first;
  let t = 0;
  const budget = maxLimitSteps(l);
  const step = async (rate2) => {
    if (steps.length > 0 && l.pauseMs > 0) await new Promise((r) => setTimeout(r, l.pauseMs));
    const stepPlan = { ...plan, model: { type: "open", rate: rate2, stages: [] }, durationMs: l.stepMs };
    delete stepPlan.iterations;
    const o = await runEngine(
      engineConfig(
        stepPlan,
        target,
        ctx,
        (p) => ctx.log.progress(`${plan.jobId} limits step ${steps.length + 1}: ${fmtRate(round3(rate2))} \xB7 ${formatDuration(p.elapsedMs)} \xB7 ${p.rps} rps \xB7 p95 ${p.p95Ms === null ? "\u2013" : fmt(p.p95Ms)} ms \xB7 errors ${p.errors}`)
      )
    );
    first ??= o;
    for (const p of o.timeline) timeline.push({ ...p, t: t + p.t });
    t += Math.max(1, o.timeline.length);
    const verdict = judgeStep(l, rate2, o);
    steps.push(verdict);
    ctx.log.info(`${plan.jobId}: ${fmtRate(round3(rate2))} ${verdict.held ? "held" : `failed: ${verdict.reason}`}`);
    if (verdict.held) held = { rate: rate2, outcome: o };
    else failed = { rate: rate2, reason: verdict.reason ?? "failed" };
    return verdict.held && !o.aborted;
  };
  let rate = l.startRate;
  while (!ctx.signal.aborted && steps.length < budget) {
    const ok = await step(rate);
    if (!ok || rate >= l.maxRate) break;
    rate = Math.min(l.maxRate, rate * l.factor);
  }
  while (!ctx.signal.aborted && held && failed && failed.rate / held.rate > 1 + l.resolution && steps.length < budget) {
    await step(Math.sqrt(held.rate * failed.rate));
  }
  const criteria = `stepped the arrival rate from ${fmtRate(l.startRate)} \xD7${l.factor} up to ${fmtRate(l.maxRate)} for ${formatDuration(l.stepMs)} a step, then bisected to within ${(l.resolution * 100).toFixed(0)} %; a step failed on ${l.statuses.join("/")} > ${(l.statusMax * 100).toFixed(1)} %, other errors > ${(l.errorRate * 100).toFixed(1)} %, or p95 > ${l.p95Ms} ms`;
  const report = {
    highestHeld: held ? round3(held.rate) : null,
    firstFailed: failed ? round3(failed.rate) : null,
    ...failed ? { reason: failed.reason } : {},
    steps,
    criteria
  };
  report.report = await writeApiLimits(plan, ctx, report);
  return { report, outcome: held?.outcome ?? first, timeline };
}
async function writeApiLimits(plan, ctx, r) {
  const api = plan.requests.map((q) => `${q.method} ${q.path}`).join(", ");
  const found = r.highestHeld === null ? `below ${fmtRate(r.steps[0]?.rate ?? 0)}` : fmtRate(round1(r.highestHeld));
  const next = r.firstFailed === null ? `none up to ${fmtRate(plan.limits?.maxRate ?? 0)}` : `${fmtRate(round1(r.firstFailed))}: ${r.reason ?? ""}`;
  const lines = [
    "# API limits",
    "",
    `Found by integration-gate limits discovery (load job \`${mdCell(plan.jobId)}\`).`,
    "",
    "| API | limit found (highest rate that held) | first rate that did not hold | how it was found | evidence |",
    "| --- | --- | --- | --- | --- |",
    `| ${mdCell(`${plan.integration} \xB7 ${api}`)} | ${found} | ${mdCell(next)} | ${mdCell(r.criteria)} | ${mdCell(`${plan.evidenceDir}/summary.json`)} |`,
    "",
    `Target: ${mdCell(plan.url ?? "")}. Latency is measured from each request's intended send time (open model).`,
    "",
    "## Steps",
    "",
    "| # | rate | requests | achieved rps | p95 ms | limited | other errors | verdict |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...r.steps.map(
      (s, i) => `| ${i + 1} | ${fmtRate(round1(s.rate))} | ${s.requests} | ${fmt(s.achievedRps)} | ${fmt(s.p95Ms)} | ${(s.limitedRatio * 100).toFixed(1)} % | ${(s.errorRate * 100).toFixed(1)} % | ${s.held ? "held" : mdCell(`failed: ${s.reason ?? ""}`)} |`
    ),
    ""
  ];
  const rel = ctx.evidence.unique("api-limits.md");
  return ctx.evidence.writeText(rel, lines.join("\n"), { kind: "report", producer: plan.jobId });
}
function round1(n) {
  return Math.round(n * 10) / 10;
}

// src/jobs/load/resources.ts
import { readFileSync } from "node:fs";
var CLK_TCK = 100;
var PAGE_SIZE = 4096;
var ResourceSampler = class {
  constructor(rootPid, everyMs = 500) {
    this.rootPid = rootPid;
    this.everyMs = everyMs;
  }
  rootPid;
  everyMs;
  timer;
  last;
  pids = [];
  treeAt = 0;
  cpuMax = 0;
  cpuSum = 0;
  cpuN = 0;
  memMax = 0;
  seen = /* @__PURE__ */ new Set();
  available = false;
  start() {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.everyMs);
    this.timer.unref();
  }
  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = void 0;
    this.sample();
    if (!this.available || this.cpuN === 0) return void 0;
    return {
      cpuPercentMax: Math.round(this.cpuMax * 10) / 10,
      cpuPercentAvg: Math.round(this.cpuSum / this.cpuN * 10) / 10,
      memoryBytesMax: this.memMax,
      samples: this.cpuN,
      processes: this.seen.size
    };
  }
  sample() {
    const now = performance.now();
    if (now - this.treeAt > 2e3 || this.pids.length === 0) {
      this.pids = [this.rootPid, ...descendants(this.rootPid)];
      this.treeAt = now;
    }
    const ticks = /* @__PURE__ */ new Map();
    let rss = 0;
    for (const pid of this.pids) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        ticks.set(pid, Number(rest[11]) + Number(rest[12]));
        const statm = readFileSync(`/proc/${pid}/statm`, "utf8").split(" ");
        rss += Number(statm[1]) * PAGE_SIZE;
        this.seen.add(pid);
      } catch {
      }
    }
    if (ticks.size === 0) return;
    this.available = true;
    if (rss > this.memMax) this.memMax = rss;
    const prev = this.last;
    this.last = { ticks, at: now };
    if (!prev) return;
    let delta = 0;
    for (const [pid, t] of ticks) {
      const before = prev.ticks.get(pid);
      if (before !== void 0 && t >= before) delta += t - before;
    }
    const seconds = (now - prev.at) / 1e3;
    if (seconds < 0.05) return;
    const cpu = delta / CLK_TCK / seconds * 100;
    this.cpuSum += cpu;
    this.cpuN++;
    if (cpu > this.cpuMax) this.cpuMax = cpu;
  }
};

// src/jobs/load/builtin.ts
function outcomeMetrics(o) {
  const h = o.histogram;
  const r = (v) => v === null ? null : round3(v);
  return {
    p50_ms: r(percentileMs(h, 50)),
    p90_ms: r(percentileMs(h, 90)),
    p95_ms: r(percentileMs(h, 95)),
    p99_ms: r(percentileMs(h, 99)),
    max_ms: r(maxMs(h)),
    rps: o.requests > 0 ? round3(o.achievedRps) : null,
    error_rate: o.requests > 0 ? o.errors / o.requests : null,
    reliability: o.requests > 0 ? 1 - o.errors / o.requests : null,
    requests: o.requests,
    errors: o.errors
  };
}
function describeErrors(byClass) {
  return Object.entries(byClass).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} \xD7${n}`).join(", ");
}
function prepareTarget(plan, ctx) {
  if (!plan.url) return "no target URL: set url on the job or give the integration a service with a url";
  let base;
  try {
    base = new URL(plan.url);
  } catch {
    return `'${plan.url}' is not a valid URL`;
  }
  if (base.protocol !== "http:") return `the built-in engine speaks plain HTTP/1.1; '${base.protocol}' targets need engine: k6`;
  if (!plan.allowRemote && !isLoopback(base.hostname)) return `target host '${base.hostname}' is not on the loopback interface; set allow_remote: true to load-test it on purpose`;
  const requests = [];
  for (const r of plan.requests) {
    const headers = [];
    for (const [k, v] of r.headers) {
      const value = resolveValue(v, ctx);
      if (value === void 0) return `header '${k}' of ${r.method} ${r.path}: environment variable '${typeof v === "string" ? "" : v.fromEnv}' is not set`;
      headers.push([k, value]);
    }
    try {
      requests.push(prepareRequest(base, r.method, r.path, headers, r.body));
    } catch (err) {
      return `${r.method} ${r.path}: ${err.message}`;
    }
  }
  const host = base.hostname.replace(/^\[|\]$/g, "");
  return { host: host === "localhost" ? "127.0.0.1" : host, port: Number(base.port || 80), requests, weights: plan.requests.map((r) => r.weight) };
}
function engineConfig(plan, target, ctx, onProgress) {
  const ok = plan.expectStatus ? new Set(plan.expectStatus) : void 0;
  return {
    host: target.host,
    port: target.port,
    requests: target.requests,
    weights: target.weights,
    model: plan.model,
    durationMs: plan.durationMs,
    ...plan.iterations !== void 0 ? { iterations: plan.iterations } : {},
    timeoutMs: plan.timeoutMs,
    connections: plan.connections,
    isOk: ok ? (s) => ok.has(s) : (s) => s >= 200 && s < 400,
    signal: ctx.signal,
    ...onProgress ? { onProgress } : {}
  };
}
async function runBuiltin(plan, ctx) {
  const started = Date.now();
  const result = baseResult(plan, "builtin", started);
  const target = prepareTarget(plan, ctx);
  if (typeof target === "string") return { ...result, error: target, durationMs: Date.now() - started };
  const sampler = ctx.service?.pid !== void 0 ? new ResourceSampler(ctx.service.pid) : void 0;
  sampler?.start();
  const total = formatDuration(plan.durationMs);
  const progress = (p, prefix = "") => {
    ctx.log.progress(
      `${plan.jobId} ${prefix}${formatDuration(p.elapsedMs)}/${total} \xB7 ${p.rps} rps \xB7 p95 ${p.p95Ms === null ? "\u2013" : `${fmt(p.p95Ms)} ms`} \xB7 errors ${p.errors}/${p.requests}`
    );
  };
  let outcome;
  if (plan.limits) {
    const found = await runLimits(plan, target, ctx);
    result.limits = found.report;
    outcome = found.outcome;
    result.timeline = found.timeline;
    result.metrics.limit_rps = found.report.highestHeld;
    result.metrics.limit_failed_rps = found.report.firstFailed;
  } else {
    outcome = await runEngine(engineConfig(plan, target, ctx, (p) => progress(p)));
    result.timeline = outcome.timeline;
  }
  const resources = sampler?.stop();
  Object.assign(result.metrics, outcomeMetrics(outcome));
  if (resources) {
    result.metrics.cpu_percent_max = resources.cpuPercentMax;
    result.metrics.memory_bytes_max = resources.memoryBytesMax;
  }
  result.errorsByClass = outcome.errorsByClass;
  if (outcome.requestedRps !== void 0) result.requestedRps = round3(outcome.requestedRps);
  result.achievedRps = round3(outcome.achievedRps);
  result.histogram = encodeHistogram(outcome.histogram);
  result.durationMs = Date.now() - started;
  result.facts = facts(plan, outcome, resources, result);
  addFindings(plan, outcome, result);
  await writeEvidence(plan, ctx, outcome, resources, result);
  if (outcome.aborted) return { ...result, status: "errored", error: "load run aborted (the run was cancelled); figures cover the part that ran" };
  if (outcome.requests === 0) return { ...result, status: "errored", error: "no request completed: nothing was measured" };
  const crossed = crossedJobGates(plan, result.metrics);
  if (crossed.length > 0) return { ...result, status: "failed", error: `job gates crossed: ${crossed.join("; ")}` };
  return { ...result, status: "passed" };
}
function facts(plan, o, res, r) {
  const m = r.metrics;
  const ms = (v) => v === null || v === void 0 ? "n/a" : `${fmt(v)} ms`;
  const out = [];
  if (r.limits) {
    const l = r.limits;
    out.push(["limit found", l.highestHeld === null ? `none: even ${fmtRate(plan.limits?.startRate ?? 0)} failed` : `${fmtRate(round12(l.highestHeld))} held`]);
    out.push(["first rate that failed", l.firstFailed === null ? `none up to ${fmtRate(plan.limits?.maxRate ?? 0)}` : `${fmtRate(round12(l.firstFailed))} (${l.reason ?? ""})`]);
    out.push(["steps", String(l.steps.length)]);
  }
  out.push(["model", plan.model.type === "open" ? "open (arrival rate; latency from intended send time)" : `closed (${plan.model.vus} VUs)`]);
  out.push(["requests", `${o.requests}${o.errors ? ` (${o.errors} failed)` : ""}`]);
  if (o.requestedRps !== void 0) out.push(["throughput", `${fmt(o.achievedRps)} rps of ${fmt(o.requestedRps)} requested`]);
  else out.push(["throughput", `${fmt(o.achievedRps)} rps`]);
  out.push(["p50 / p95 / p99", `${ms(m.p50_ms)} / ${ms(m.p95_ms)} / ${ms(m.p99_ms)}`]);
  out.push(["max", ms(m.max_ms)]);
  out.push(["error rate", m.error_rate === null || m.error_rate === void 0 ? "n/a" : `${(m.error_rate * 100).toFixed(2)} %`]);
  if (o.errors > 0) out.push(["errors by class", describeErrors(o.errorsByClass)]);
  if (res) out.push(["service CPU / memory (max)", `${res.cpuPercentMax} % / ${(res.memoryBytesMax / 1048576).toFixed(1)} MiB`]);
  return out;
}
function round12(n) {
  return Math.round(n * 10) / 10;
}
function addFindings(plan, o, r) {
  const summary = `${plan.evidenceDir}/summary.json`;
  if (o.requestedRps !== void 0 && o.requestedRps > 0 && !plan.limits) {
    const short = 1 - o.achievedRps / o.requestedRps;
    if (short > 0.01) {
      r.findings.push({
        level: "warning",
        title: `rate shortfall: ${fmt(o.achievedRps)} of ${fmt(o.requestedRps)} rps`,
        message: `The open model asked for ${fmt(o.requestedRps)} requests/s and ${fmt(o.achievedRps)} completed per second (${(short * 100).toFixed(1)} % short).` + (o.maxQueued > 0 ? ` Up to ${o.maxQueued} requests waited for one of the ${plan.connections} connections; raise 'connections' if the server can take more.` : " The generator or the server could not keep up."),
        evidence: summary
      });
    }
  }
  if (o.errors > 0) {
    r.findings.push({
      level: o.errors / Math.max(1, o.requests) > 0.01 ? "failure" : "warning",
      title: `${o.errors} of ${o.requests} load requests failed`,
      message: `Errors by class: ${describeErrors(o.errorsByClass)}.`,
      evidence: summary
    });
  }
  if (r.limits) {
    const l = r.limits;
    r.findings.push({
      level: "notice",
      title: `limit of ${plan.title.replace(/^limits discovery · /, "")}: ${l.highestHeld === null ? "below the start rate" : `${fmtRate(round12(l.highestHeld))}`}`,
      message: l.firstFailed === null ? `Every rate up to ${fmtRate(plan.limits?.maxRate ?? 0)} held (${l.criteria}).` : `Highest rate that held: ${l.highestHeld === null ? "none" : fmtRate(round12(l.highestHeld))}; first that did not: ${fmtRate(round12(l.firstFailed))} (${l.reason ?? ""}).`,
      ...l.report ? { evidence: l.report } : {}
    });
  }
}
async function writeEvidence(plan, ctx, o, res, r) {
  const meta = { kind: "result", producer: plan.jobId };
  const dir = plan.evidenceDir;
  const summary = await ctx.evidence.writeJson(
    `${dir}/summary.json`,
    {
      jobId: plan.jobId,
      engine: "builtin",
      title: plan.title,
      target: plan.url,
      requests: plan.requests.map((q) => ({ method: q.method, path: q.path, weight: q.weight, headers: q.headers.map(([k, v]) => [k, typeof v === "string" ? v : `\${${v.fromEnv}}`]) })),
      model: plan.model,
      durationMs: plan.durationMs,
      iterations: plan.iterations ?? null,
      timeoutMs: plan.timeoutMs,
      connections: plan.connections,
      measurement: plan.model.type === "open" ? "latency from the intended send time (no coordinated omission)" : "latency from the actual send time (closed model)",
      startedAt: o.startedAt,
      elapsedMs: round3(o.elapsedMs),
      metrics: r.metrics,
      requestedRps: r.requestedRps ?? null,
      achievedRps: r.achievedRps,
      errorsByClass: o.errorsByClass,
      statusCounts: o.statusCounts,
      maxQueued: o.maxQueued,
      connectionsOpened: o.connectionsOpened,
      resources: res ?? null,
      limits: r.limits ?? null,
      histogram: { file: "latency.hdr", unit: "microseconds", encoding: "HdrHistogram V2 compressed, base64" }
    },
    meta
  );
  const timeline = await ctx.evidence.writeJson(`${dir}/timeline.json`, r.timeline, meta);
  const hist = await ctx.evidence.writeText(`${dir}/latency.hdr`, `${r.histogram ?? ""}
`, { kind: "raw", producer: plan.jobId });
  r.evidence.push(summary, timeline, hist);
  if (r.limits?.report) r.evidence.push(r.limits.report);
}
export {
  describeErrors,
  engineConfig,
  outcomeMetrics,
  prepareTarget,
  runBuiltin
};
//# sourceMappingURL=builtin-G4WMZNZV.js.map
