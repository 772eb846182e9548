import { readFileSync } from 'node:fs';
import { descendants } from '../../process/tree.js';

/**
 * Samples CPU and resident memory of a service's process tree from /proc while load runs (Linux only;
 * elsewhere `available` stays false and no metric is reported). CPU is in percent of one core, so a
 * service busy on two cores reads 200 %.
 */

const CLK_TCK = 100; // USER_HZ: 100 on every Linux ABI Node runs on
const PAGE_SIZE = 4096;

interface Sample {
  ticks: Map<number, number>;
  at: number;
}

export interface ResourceSummary {
  cpuPercentMax: number;
  cpuPercentAvg: number;
  memoryBytesMax: number;
  samples: number;
  processes: number;
}

export class ResourceSampler {
  private timer: NodeJS.Timeout | undefined;
  private last: Sample | undefined;
  private pids: number[] = [];
  private treeAt = 0;
  private cpuMax = 0;
  private cpuSum = 0;
  private cpuN = 0;
  private memMax = 0;
  private seen = new Set<number>();
  available = false;

  constructor(
    private readonly rootPid: number,
    private readonly everyMs = 500,
  ) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.everyMs);
    this.timer.unref();
  }

  stop(): ResourceSummary | undefined {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.sample();
    if (!this.available || this.cpuN === 0) return undefined;
    return {
      cpuPercentMax: Math.round(this.cpuMax * 10) / 10,
      cpuPercentAvg: Math.round((this.cpuSum / this.cpuN) * 10) / 10,
      memoryBytesMax: this.memMax,
      samples: this.cpuN,
      processes: this.seen.size,
    };
  }

  private sample(): void {
    const now = performance.now();
    if (now - this.treeAt > 2000 || this.pids.length === 0) {
      this.pids = [this.rootPid, ...descendants(this.rootPid)];
      this.treeAt = now;
    }
    const ticks = new Map<number, number>();
    let rss = 0;
    for (const pid of this.pids) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // Fields after the last ')' start at field 3 (state); utime and stime are fields 14 and 15.
        const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks.set(pid, Number(rest[11]) + Number(rest[12]));
        const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
        rss += Number(statm[1]) * PAGE_SIZE;
        this.seen.add(pid);
      } catch {
        // gone, or not Linux
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
      if (before !== undefined && t >= before) delta += t - before;
    }
    const seconds = (now - prev.at) / 1000;
    if (seconds < 0.05) return;
    const cpu = ((delta / CLK_TCK) / seconds) * 100;
    this.cpuSum += cpu;
    this.cpuN++;
    if (cpu > this.cpuMax) this.cpuMax = cpu;
  }
}
