import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  formatValue
} from "./chunk-NAPEE2LL.js";
import {
  ExitCode
} from "./chunk-7JDYXFT2.js";

// src/exit.ts
function decisionExitCode(decision, failOn) {
  if (failOn === "never") return ExitCode.GO;
  if (decision === "NO-GO") return ExitCode.NO_GO;
  if (decision === "CONDITIONAL" && failOn === "conditional") return ExitCode.NO_GO;
  return ExitCode.GO;
}

// src/report/terminal.ts
var TerminalReporter = class {
  constructor(out = process.stdout, progressIntervalMs = 5e3) {
    this.out = out;
    this.progressIntervalMs = progressIntervalMs;
    this.color = Boolean(out.isTTY) && !process.env.NO_COLOR;
  }
  out;
  progressIntervalMs;
  lastProgress = 0;
  progressShown = false;
  color;
  paint(code, text) {
    return this.color ? `\x1B[${code}m${text}\x1B[0m` : text;
  }
  clearProgress() {
    if (this.progressShown && this.color) {
      this.out.write("\r\x1B[2K");
      this.progressShown = false;
    }
  }
  info(message) {
    this.clearProgress();
    this.out.write(`${message}
`);
  }
  warn(message) {
    this.clearProgress();
    this.out.write(`${this.paint("33", "warning:")} ${message}
`);
  }
  progress(message) {
    if (this.color) {
      this.out.write(`\r\x1B[2K  ${message}`);
      this.progressShown = true;
      return;
    }
    const now = Date.now();
    if (now - this.lastProgress >= this.progressIntervalMs) {
      this.lastProgress = now;
      this.out.write(`  ${message}
`);
    }
  }
  phaseStart(name) {
    this.info(`${this.paint("36", "\u25B6")} ${name}`);
  }
  phaseEnd(name, ok, detail) {
    this.info(`${ok ? this.paint("32", "\u2714") : this.paint("31", "\u2716")} ${name}${detail ? ` \u2014 ${detail}` : ""}`);
  }
  gates(report) {
    const rows = report.gates.map((g) => [
      g.status.toUpperCase(),
      g.spec.metric,
      formatValue(g.value, g.unit),
      `${g.spec.op} ${formatValue(g.spec.threshold, g.unit)}`,
      g.spec.severity
    ]);
    const header = ["STATUS", "GATE", "VALUE", "THRESHOLD", "SEVERITY"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
    this.info("");
    this.info(line(header));
    for (const r of rows) {
      const text = line(r);
      this.info(r[0] === "FAIL" ? this.paint("31", text) : r[0] === "WARN" ? this.paint("33", text) : text);
    }
    const colour = report.decision === "GO" ? "32" : report.decision === "CONDITIONAL" ? "33" : "31";
    this.info("");
    this.info(`${this.paint(`1;${colour}`, report.decision)} \u2014 ${report.headline}`);
  }
};
function safeForTerminal(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "?");
}

export {
  decisionExitCode,
  TerminalReporter,
  safeForTerminal
};
//# sourceMappingURL=chunk-XWW5NNAC.js.map
