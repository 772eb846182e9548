import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  escapeMd,
  formatValue,
  mdCode
} from "./chunk-GOZZUDSB.js";
import {
  formatDuration
} from "./chunk-HIFI45R2.js";

// src/core/types.ts
function findingDetails(result, finding) {
  if (finding.case === void 0) return void 0;
  const cases = result.cases;
  const details = cases?.[finding.case]?.details;
  return typeof details === "string" && details !== "" ? details : void 0;
}

// src/report/markdown.ts
var MAX_LIST_ROWS = 100;
var DECISION_ICON = { GO: "\u2705", CONDITIONAL: "\u26A0\uFE0F", "NO-GO": "\u274C" };
var STATUS_ICON = { pass: "\u2705 pass", warn: "\u26A0\uFE0F warn", fail: "\u274C fail" };
function renderMarkdown(record, opts) {
  const head = [];
  if (opts.marker) head.push(opts.marker);
  const g = record.gates;
  if (opts.flavor !== "check") {
    head.push(`## ${DECISION_ICON[g.decision]} ${g.decision} \u2014 ${escapeMd(record.manifest.name, 100)}`);
  }
  head.push(`**${escapeMd(g.headline, 500)}**`);
  if (record.status === "halted") {
    head.push("", `> [!CAUTION]
> The run halted before any job: ${escapeMd(record.haltReason ?? "unknown reason", 800)}`);
  }
  head.push("", totalsLine(record), "", ...gatesTable(g.gates));
  const tail = ["", evidenceLine(record, opts), footer(record)];
  const sections = [];
  if (record.status === "halted") {
    sections.push(preflightSection(record), servicesSection(record));
  }
  const findings = record.results.flatMap((r) => r.findings.map((f) => ({ f, r })));
  const failures = findings.filter((x) => x.f.level === "failure");
  const warnings = findings.filter((x) => x.f.level === "warning");
  sections.push({
    title: `Failures (${failures.length})`,
    intro: ["| | What | Where | Detail |", "| --- | --- | --- | --- |"],
    items: failures.slice(0, MAX_LIST_ROWS).map(({ f, r }) => `| \u274C | ${escapeMd(f.title, 200)} | ${where(f, r)} | ${escapeMd(f.message, 400)} |`),
    total: failures.length,
    empty: failures.length === 0
  });
  sections.push({
    title: `Warnings and flaky tests (${warnings.length})`,
    intro: ["| | What | Where | Detail |", "| --- | --- | --- | --- |"],
    items: warnings.slice(0, MAX_LIST_ROWS).map(({ f, r }) => `| \u26A0\uFE0F | ${escapeMd(f.title, 200)} | ${where(f, r)} | ${escapeMd(f.message, 300)} |`),
    total: warnings.length,
    empty: warnings.length === 0
  });
  sections.push({
    title: `Jobs (${record.results.length})`,
    intro: ["| Job | Status | Figures | Time |", "| --- | --- | --- | --- |"],
    items: record.results.map(jobRow),
    empty: record.results.length === 0
  });
  for (const chart of record.results.map(latencyChart).filter((c) => c !== void 0)) {
    sections.push({ title: "", intro: [], items: [chart.join("\n")], empty: false, atomic: true });
  }
  if (record.status !== "halted" && record.preflight.checks.length > 0) {
    sections.push(preflightSection(record));
  }
  const bundleHint = record.bundle ? `${mdCode("report/index.html")} in ${mdCode(record.bundle.name)}` : "the evidence bundle";
  return fit(head.join("\n"), sections, tail.join("\n"), opts.maxChars, bundleHint);
}
function fit(head, sections, tail, maxChars, bundleHint) {
  let budget = maxChars - head.length - tail.length - 2;
  const parts = [head];
  for (const s of sections) {
    if (s.empty) continue;
    const title = s.title ? `
### ${s.title}
` : "\n";
    const intro = s.intro.length ? `${s.intro.join("\n")}
` : "";
    const fixed = title.length + intro.length;
    if (s.atomic) {
      const body = s.items.join("\n");
      if (fixed + body.length + 1 <= budget) {
        parts.push(`${title}${body}`);
        budget -= fixed + body.length + 1;
      }
      continue;
    }
    const total = s.total ?? s.items.length;
    const moreLine = (n) => `
\u2026 and ${n} more \u2014 see ${bundleHint}`;
    if (fixed + moreLine(total).length > budget) {
      continue;
    }
    let used = fixed;
    const kept = [];
    for (let i = 0; i < Math.min(s.items.length, MAX_LIST_ROWS); i++) {
      const item = s.items[i];
      const rest = total - i - 1;
      const reserve = rest > 0 ? moreLine(rest).length : 0;
      if (used + item.length + 1 + reserve > budget) break;
      kept.push(item);
      used += item.length + 1;
    }
    const omitted = total - kept.length;
    const text = `${title}${intro}${kept.join("\n")}${omitted > 0 ? moreLine(omitted) : ""}`;
    parts.push(text);
    budget -= text.length + 1;
  }
  parts.push(tail);
  const out = parts.join("\n");
  return out.length <= maxChars ? out : `${out.slice(0, Math.max(0, maxChars - 2))}\u2026`;
}
function totals(record) {
  const m = record.metrics;
  const v = (k) => m[k]?.value ?? null;
  const parts = [];
  if (m["integration.tests"]) {
    parts.push([
      "Tests",
      `${v("integration.tests")} \xB7 ${v("integration.failed")} failed \xB7 ${v("integration.skipped")} skipped \xB7 ${v("integration.flaky")} flaky \xB7 success ${formatValue(v("integration.success_rate"), "ratio")}`
    ]);
  }
  if (m["contract.pass_rate"]) parts.push(["Contract", `${formatValue(v("contract.pass_rate"), "ratio")} of checks passed, coverage ${formatValue(v("contract.coverage"), "ratio")}`]);
  if (m["load.p95_ms"]) parts.push(["Load", `p95 ${formatValue(v("load.p95_ms"), "ms")} \xB7 ${formatValue(v("load.rps"), "rps")} \xB7 errors ${formatValue(v("load.error_rate"), "ratio")}`]);
  const c = record.gates.counts;
  parts.push(["Gates", `${c.passed} passed \xB7 ${c.warned} warned \xB7 ${c.failed} failed of ${c.total}`]);
  parts.push(["Jobs", `${record.results.length} (${record.results.filter((r) => r.status === "errored").length} errored)`]);
  return parts;
}
function totalsLine(record) {
  return totals(record).map(([label, text]) => `**${label}** ${text}`).join("  \n");
}
function gatesTable(gates) {
  if (gates.length === 0) return ["_No gates were evaluated._"];
  const rows = [...gates].sort((a, b) => order(a) - order(b));
  return [
    "| Gate | Value | Threshold | Severity | Status |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map(
      (g) => `| ${mdCode(g.spec.metric, 120)} | ${formatValue(g.value, g.unit)} | ${g.spec.op} ${formatValue(g.spec.threshold, g.unit)} | ${g.spec.severity} | ${STATUS_ICON[g.status]}${g.status === "pass" ? "" : ` \u2014 ${escapeMd(g.reason, 160)}`} |`
    )
  ];
}
function order(g) {
  const s = g.status === "fail" ? 0 : g.status === "warn" ? 1 : 2;
  const sev = g.spec.severity === "critical" ? 0 : g.spec.severity === "major" ? 1 : 2;
  return s * 10 + sev;
}
function where(f, r) {
  const loc = f.file ? mdCode(`${f.file}${f.line ? `:${f.line}` : ""}`, 150) : "";
  return `${escapeMd(r.integration, 60)}${loc ? ` ${loc}` : ""}`;
}
function jobRow(r) {
  const icon = r.status === "passed" ? "\u2705" : r.status === "failed" ? "\u274C" : "\u{1F4A5}";
  const figures = r.facts.map(([k, v]) => `${escapeMd(k, 40)}: ${escapeMd(v, 60)}`).join(" \xB7 ");
  const err = r.error ? ` \u2014 ${escapeMd(r.error, 300)}` : "";
  return `| ${escapeMd(r.jobId, 80)}<br>${escapeMd(r.title, 120)} | ${icon} ${r.status}${err} | ${figures} | ${formatDuration(r.durationMs)} |`;
}
function latencyChart(r) {
  const timeline = r.timeline;
  if (!Array.isArray(timeline) || timeline.length < 2) return void 0;
  const step = Math.max(1, Math.ceil(timeline.length / 60));
  const points = timeline.filter((_, i) => i % step === 0);
  const num = (n) => Number.isFinite(n) ? String(Math.round(n * 10) / 10) : "0";
  const max = Math.max(1, ...points.map((p) => Number.isFinite(p.p95) ? p.p95 : 0));
  return [
    `**Latency over time \u2014 ${escapeMd(r.jobId, 80)}** (ms; line 1 = p50, line 2 = p95)`,
    "```mermaid",
    "xychart-beta",
    `  x-axis "seconds" [${points.map((p) => num(p.t)).join(", ")}]`,
    `  y-axis "ms" 0 --> ${Math.ceil(max * 1.1)}`,
    `  line [${points.map((p) => num(p.p50)).join(", ")}]`,
    `  line [${points.map((p) => num(p.p95)).join(", ")}]`,
    "```"
  ];
}
function preflightSection(record) {
  const checks = record.preflight.checks;
  return {
    title: `Preflight (${checks.filter((c) => c.ok).length} of ${checks.length} passed)`,
    intro: ["| | Check | Target | Detail |", "| --- | --- | --- | --- |"],
    items: checks.map((c) => `| ${c.ok ? "\u2705" : "\u274C"} | ${c.type} | ${escapeMd(c.target, 120)} | ${escapeMd(c.detail, 300)} |`),
    empty: checks.length === 0
  };
}
function servicesSection(record) {
  return {
    title: "Services",
    intro: ["| | Service | Detail |", "| --- | --- | --- |"],
    items: record.services.map((s) => `| ${s.ready ? "\u2705" : "\u274C"} | ${escapeMd(s.name, 60)} | ${escapeMd(s.detail, 400)} |`),
    empty: record.services.length === 0
  };
}
function evidenceLine(record, opts) {
  const b = record.bundle;
  const what = b ? `${mdCode(b.name)} (${b.files} files, sha256 in \`integration-evidence-manifest.json\`)` : "not written";
  const link = opts.artifactUrl ? ` \xB7 [download the evidence artifact](${encodeURI(opts.artifactUrl)})` : b?.path ? ` at ${mdCode(b.path, 200)}` : "";
  return `**Evidence** ${what}${link}`;
}
function footer(record) {
  const r = record.run;
  const bits = [`${record.tool.name} ${record.tool.version}`];
  if (r.commit) bits.push(`commit ${r.commit.slice(0, 12)}`);
  if (r.runUrl) bits.push(`[run](${encodeURI(r.runUrl)})`);
  bits.push(r.finishedAt ?? r.startedAt);
  return `<sub>${bits.map((b) => b.startsWith("[") ? b : escapeMd(b, 100)).join(" \xB7 ")}</sub>`;
}

export {
  findingDetails,
  renderMarkdown,
  totals
};
//# sourceMappingURL=chunk-K4RJYZHM.js.map
