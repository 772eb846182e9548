import type { GateReport, Logger } from '../core/types.js';
import { formatValue } from '../gates/evaluate.js';

/**
 * The terminal reporter: one line per phase as it starts and ends, live progress on a TTY (one rewritten
 * line), throttled progress lines in CI, and the final gates table. No ANSI codes unless stdout is a TTY.
 */
export class TerminalReporter implements Logger {
  private lastProgress = 0;
  private progressShown = false;
  readonly color: boolean;

  constructor(
    private readonly out: NodeJS.WriteStream = process.stdout,
    private readonly progressIntervalMs = 5000,
  ) {
    this.color = Boolean(out.isTTY) && !process.env.NO_COLOR;
  }

  private paint(code: string, text: string): string {
    return this.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  }

  private clearProgress(): void {
    if (this.progressShown && this.color) {
      this.out.write('\r\u001b[2K');
      this.progressShown = false;
    }
  }

  info(message: string): void {
    this.clearProgress();
    this.out.write(`${message}\n`);
  }

  warn(message: string): void {
    this.clearProgress();
    this.out.write(`${this.paint('33', 'warning:')} ${message}\n`);
  }

  progress(message: string): void {
    if (this.color) {
      this.out.write(`\r\u001b[2K  ${message}`);
      this.progressShown = true;
      return;
    }
    const now = Date.now();
    if (now - this.lastProgress >= this.progressIntervalMs) {
      this.lastProgress = now;
      this.out.write(`  ${message}\n`);
    }
  }

  phaseStart(name: string): void {
    this.info(`${this.paint('36', '▶')} ${name}`);
  }

  phaseEnd(name: string, ok: boolean, detail: string): void {
    this.info(`${ok ? this.paint('32', '✔') : this.paint('31', '✖')} ${name}${detail ? ` — ${detail}` : ''}`);
  }

  gates(report: GateReport): void {
    const rows = report.gates.map((g) => [
      g.status.toUpperCase(),
      g.spec.metric,
      formatValue(g.value, g.unit),
      `${g.spec.op} ${formatValue(g.spec.threshold, g.unit)}`,
      g.spec.severity,
    ]);
    const header = ['STATUS', 'GATE', 'VALUE', 'THRESHOLD', 'SEVERITY'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
    const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
    this.info('');
    this.info(line(header));
    for (const r of rows) {
      const text = line(r);
      this.info(r[0] === 'FAIL' ? this.paint('31', text) : r[0] === 'WARN' ? this.paint('33', text) : text);
    }
    const colour = report.decision === 'GO' ? '32' : report.decision === 'CONDITIONAL' ? '33' : '31';
    this.info('');
    this.info(`${this.paint(`1;${colour}`, report.decision)} — ${report.headline}`);
  }
}

/** Strips control characters from untrusted text before it reaches a terminal (no escape sequences). */
export function safeForTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}
