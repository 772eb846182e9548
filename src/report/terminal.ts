import type { Finding, GateReport, Logger } from '../core/types.js';
import { formatValue } from '../gates/evaluate.js';
import { oneLine } from './escape.js';

/** At most this many findings are listed under a job's line (failures first); the rest are counted. */
export const MAX_TERMINAL_FINDINGS = 10;
/** A finding's message is cut to this many characters on its one line. */
const MAX_MESSAGE_CHARS = 300;

/**
 * The terminal reporter: one line per phase as it starts and ends, under a job's line what it found (failed
 * tests, unreadable files, …: one line each, the first few), live progress on a TTY (one rewritten line),
 * throttled progress lines in CI, and the final gates table. No ANSI codes unless stdout is a TTY.
 */
export class TerminalReporter implements Logger {
  private lastProgress = 0;
  private progressShown = false;
  /** Set once the reader is gone (`integration-gate run | head`): the run goes on, its bundle is written. */
  private closed = false;
  readonly color: boolean;

  constructor(
    private readonly out: NodeJS.WriteStream = process.stdout,
    private readonly progressIntervalMs = 5000,
  ) {
    this.color = Boolean(out.isTTY) && !process.env.NO_COLOR;
    // A write to a closed pipe fails with EPIPE, emitted as an 'error' that would otherwise end the process
    // before the bundle is written. What the terminal shows is a view; the bundle is the record.
    out.on?.('error', () => {
      this.closed = true;
    });
  }

  private write(text: string): void {
    if (!this.closed) this.out.write(text);
  }

  private paint(code: string, text: string): string {
    return this.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  }

  private clearProgress(): void {
    if (this.progressShown && this.color) {
      this.write('\r\u001b[2K');
      this.progressShown = false;
    }
  }

  info(message: string): void {
    this.clearProgress();
    this.write(`${message}\n`);
  }

  warn(message: string): void {
    this.clearProgress();
    this.write(`${this.paint('33', 'warning:')} ${message}\n`);
  }

  progress(message: string): void {
    if (this.color) {
      this.write(`\r\u001b[2K  ${message}`);
      this.progressShown = true;
      return;
    }
    const now = Date.now();
    if (now - this.lastProgress >= this.progressIntervalMs) {
      this.lastProgress = now;
      this.write(`  ${message}\n`);
    }
  }

  phaseStart(name: string): void {
    this.info(`${this.paint('36', '▶')} ${name}`);
  }

  phaseEnd(name: string, ok: boolean, detail: string): void {
    this.info(`${ok ? this.paint('32', '✔') : this.paint('31', '✖')} ${name}${detail ? ` — ${detail}` : ''}`);
  }

  /**
   * A job's findings under its line: failures first, then warnings, at most MAX_TERMINAL_FINDINGS, each on
   * one line — its place (`file:line`, where the message does not already start with it), its title, its message's
   * first 300 characters with white space folded — and how many more there are. Untrusted text: control
   * characters are replaced, so a test name cannot move the cursor or colour the terminal.
   */
  findings(findings: readonly Finding[], more = 'the HTML report in the evidence bundle lists all'): void {
    const shown = [...findings.filter((f) => f.level === 'failure'), ...findings.filter((f) => f.level !== 'failure')].slice(0, MAX_TERMINAL_FINDINGS);
    for (const f of shown) {
      const mark = f.level === 'failure' ? this.paint('31', '✖') : f.level === 'warning' ? this.paint('33', '⚠') : 'ℹ';
      const message = oneLine(f.message, MAX_MESSAGE_CHARS);
      // The place, unless the message starts with it, or the title does and there is no line to add.
      const place = f.file && !message.startsWith(f.file) && !(f.line === undefined && f.title.startsWith(f.file)) ? `${f.file}${f.line ? `:${f.line}` : ''} ` : '';
      this.info(`    ${mark} ${safeForTerminal(place)}${safeForTerminal(oneLine(f.title, MAX_MESSAGE_CHARS))}${message ? ` — ${safeForTerminal(message)}` : ''}`);
    }
    const rest = findings.length - shown.length;
    if (rest > 0) this.info(`    … and ${rest} more (${more})`);
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
