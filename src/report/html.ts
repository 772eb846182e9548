import { findingDetails, type Finding, type JobResultBase, type RunRecord } from '../core/types.js';
import { formatDuration } from '../core/units.js';
import { formatValue } from '../gates/evaluate.js';
import { escapeHtml as e } from './escape.js';
import { totals } from './markdown.js';

/** What a tests job's result says of each JUnit file it read (duck-typed: the report knows no job kinds). */
interface ReportFile {
  file: string;
  producer?: string;
  counts: { tests: number; passed: number; failed: number; errored: number; skipped: number; flaky: number };
  disagreements?: Array<{ suite: string; attribute: string; attributeValue: number; fromCases: number }>;
  suiteFailures?: Array<{ suite: string; message: string }>;
}

/** Disagreements shown per file; the rest are counted (run.json lists them all). */
const DISAGREEMENTS_SHOWN = 5;
/** Findings shown with their stack trace (the first ones, failures first), and how much of each trace. */
const TRACES_SHOWN = 100;
const TRACE_CHARS = 16_000;
const LEVEL_ORDER: Record<Finding['level'], number> = { failure: 0, warning: 1, notice: 2 };

/** Escaped text that may wrap after each `/`, `.` and `_` (a long path or class name widens no table). */
const breakable = (text: string): string => e(text).replace(/[/._]+/g, '$&<wbr>');
const pathCode = (p: string): string => `<code>${breakable(p)}</code>`;

/**
 * The findings table: failures first, then warnings and notices (each in the jobs' order). A failed test's
 * stack trace folds out under its message (`<details>`: no script needed), for the first TRACES_SHOWN.
 */
function findingsTable(record: RunRecord, rows: (cells: string[][]) => string): string {
  const findings = record.results
    .flatMap((r) => r.findings.map((f) => ({ r, f })))
    .sort((a, b) => LEVEL_ORDER[a.f.level] - LEVEL_ORDER[b.f.level]);
  let traces = 0;
  const detail = (r: JobResultBase, f: Finding): string => {
    const message = e(f.message.slice(0, 2000));
    const trace = traces < TRACES_SHOWN ? findingDetails(r, f) : undefined;
    if (trace === undefined) return message;
    traces++;
    const cut = trace.length > TRACE_CHARS ? `${trace.slice(0, TRACE_CHARS)}\n… (cut; run.json and the raw file have it whole)` : trace;
    return `${message}<details><summary>stack trace</summary><pre>${e(cut)}</pre></details>`;
  };
  return `<h2>Findings (${findings.length})</h2>
<table><tr><th>Level</th><th>Integration</th><th>What</th><th>Where</th><th>Detail</th></tr>
${rows(findings.map(({ r, f }) => [`<span class="${f.level === 'failure' ? 'fail' : 'warn'}">${e(f.level)}</span>`, e(r.integration), breakable(f.title), f.file ? pathCode(`${f.file}${f.line ? `:${f.line}` : ''}`) : '', detail(r, f)]))}
</table>
`;
}

/**
 * One row per JUnit file: who wrote it, what it counts, and where its suite attributes contradict its cases
 * (the cases were counted) — what an auditor checks a count against.
 */
function reportFiles(record: RunRecord, rows: (cells: string[][]) => string): string {
  const files = record.results.flatMap((r) => ((r as { files?: unknown }).files as ReportFile[] | undefined ?? []).map((f) => ({ r, f })));
  if (files.length === 0) return '';
  const said = (f: ReportFile): string => {
    const d = f.disagreements ?? [];
    const shown = d.slice(0, DISAGREEMENTS_SHOWN).map((x) => `${e(x.suite)}: <code>${e(x.attribute)}</code> says ${x.attributeValue}, its cases ${x.fromCases}`);
    if (d.length > DISAGREEMENTS_SHOWN) shown.push(`… and ${d.length - DISAGREEMENTS_SHOWN} more (run.json)`);
    for (const s of f.suiteFailures ?? []) shown.push(`<span class="warn">${e(s.suite)}: ${e(s.message.slice(0, 300))}</span>`);
    return shown.join('<br>');
  };
  return `<h2>JUnit files (${files.length})</h2>
<p><small>Counts are the test cases'; where a suite's attributes say otherwise, that is listed (the cases were counted).</small></p>
<table><tr><th>Job</th><th>File</th><th>Producer</th><th>Tests</th><th>Passed</th><th>Failed</th><th>Errored</th><th>Skipped</th><th>Flaky</th><th>Attributes that disagree, failures outside the cases</th></tr>
${rows(files.map(({ r, f }) => [e(r.jobId), pathCode(f.file), e(f.producer ?? ''), ...[f.counts.tests, f.counts.passed, f.counts.failed, f.counts.errored, f.counts.skipped, f.counts.flaky].map(String), said(f)]))}
</table>
`;
}

/** A self-contained HTML report for the bundle (no scripts, no external resources). Pure. */
export function renderHtml(record: RunRecord): string {
  const g = record.gates;
  const colour = g.decision === 'GO' ? '#1a7f37' : g.decision === 'CONDITIONAL' ? '#9a6700' : '#cf222e';
  const rows = (cells: string[][]): string => cells.map((c) => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(g.decision)} — ${e(record.manifest.name)} · integration-gate</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1 span{color:${colour}} table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
td,th{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word} th{background:#f6f8fa}
.fail{color:#cf222e}.warn{color:#9a6700}.pass{color:#1a7f37} code{font-size:90%}
pre{white-space:pre-wrap;font-size:85%;margin:.3rem 0 0;max-height:24rem;overflow:auto;background:#f6f8fa;padding:.4rem}
summary{cursor:pointer;color:#57606a;font-size:90%}
</style></head><body>
<h1><span>${e(g.decision)}</span> — ${e(record.manifest.name)}</h1>
<p><strong>${e(g.headline)}</strong></p>
<p>${totals(record).map(([label, text]) => `<strong>${e(label)}</strong> ${e(text)}`).join('<br>')}</p>
${record.haltReason ? `<p class="fail">Halted before any job: ${e(record.haltReason)}</p>` : ''}
<h2>Gates</h2>
<table><tr><th>Gate</th><th>Value</th><th>Threshold</th><th>Severity</th><th>Status</th><th>Why</th></tr>
${rows(g.gates.map((x) => [`<code>${e(x.spec.metric)}</code>`, e(formatValue(x.value, x.unit)), e(`${x.spec.op} ${formatValue(x.spec.threshold, x.unit)}`), e(x.spec.severity), `<span class="${x.status}">${x.status}</span>`, e(x.reason)]))}
</table>
${findingsTable(record, rows)}<h2>Jobs</h2>
<table><tr><th>Job</th><th>Status</th><th>Figures</th><th>Time</th><th>Evidence</th></tr>
${rows(record.results.map((r) => [`${e(r.jobId)}<br><small>${e(r.title)}</small>`, e(r.status) + (r.error ? `<br><small>${e(r.error)}</small>` : ''), r.facts.map(([k, v]) => `${e(k)}: ${e(v)}`).join('<br>'), e(formatDuration(r.durationMs)), r.evidence.map(pathCode).join('<br>')]))}
</table>
${reportFiles(record, rows)}${
    record.preflight.checks.length === 0
      ? ''
      : `<h2>Preflight</h2>
<table><tr><th></th><th>Check</th><th>Target</th><th>Detail</th></tr>
${rows(record.preflight.checks.map((c) => [c.ok ? '<span class="pass">ok</span>' : '<span class="fail">failed</span>', e(c.type), e(c.target), e(c.detail)]))}
</table>
`
  }${
    record.services.length === 0
      ? ''
      : `<h2>Services</h2>
<table><tr><th></th><th>Service</th><th>Detail</th></tr>
${rows(record.services.map((s) => [s.ready ? '<span class="pass">ready</span>' : '<span class="fail">not ready</span>', e(s.name), e(s.detail)]))}
</table>
`
  }<p><small>${e(`${record.tool.name} ${record.tool.version}`)} · ${e(record.run.commit ?? 'no commit')} · ${e(record.run.startedAt)} → ${e(record.run.finishedAt ?? '')}</small></p>
</body></html>
`;
}
