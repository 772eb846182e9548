import type { RunRecord } from '../core/types.js';
import { formatDuration } from '../core/units.js';
import { formatValue } from '../gates/evaluate.js';
import { escapeHtml as e } from './escape.js';

/** A self-contained HTML report for the bundle (no scripts, no external resources). Pure. */
export function renderHtml(record: RunRecord): string {
  const g = record.gates;
  const colour = g.decision === 'GO' ? '#1a7f37' : g.decision === 'CONDITIONAL' ? '#9a6700' : '#cf222e';
  const findings = record.results.flatMap((r) => r.findings.map((f) => ({ r, f })));
  const rows = (cells: string[][]): string => cells.map((c) => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(g.decision)} — ${e(record.manifest.name)} · integration-gate</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1 span{color:${colour}} table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
td,th{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top} th{background:#f6f8fa}
.fail{color:#cf222e}.warn{color:#9a6700}.pass{color:#1a7f37} code{font-size:90%}
</style></head><body>
<h1><span>${e(g.decision)}</span> — ${e(record.manifest.name)}</h1>
<p><strong>${e(g.headline)}</strong></p>
${record.haltReason ? `<p class="fail">Halted before any job: ${e(record.haltReason)}</p>` : ''}
<h2>Gates</h2>
<table><tr><th>Gate</th><th>Value</th><th>Threshold</th><th>Severity</th><th>Status</th><th>Why</th></tr>
${rows(g.gates.map((x) => [`<code>${e(x.spec.metric)}</code>`, e(formatValue(x.value, x.unit)), e(`${x.spec.op} ${formatValue(x.spec.threshold, x.unit)}`), e(x.spec.severity), `<span class="${x.status}">${x.status}</span>`, e(x.reason)]))}
</table>
<h2>Findings (${findings.length})</h2>
<table><tr><th>Level</th><th>Integration</th><th>What</th><th>Where</th><th>Detail</th></tr>
${rows(findings.map(({ r, f }) => [`<span class="${f.level === 'failure' ? 'fail' : 'warn'}">${e(f.level)}</span>`, e(r.integration), e(f.title), f.file ? `<code>${e(f.file)}${f.line ? `:${f.line}` : ''}</code>` : '', e(f.message.slice(0, 2000))]))}
</table>
<h2>Jobs</h2>
<table><tr><th>Job</th><th>Status</th><th>Figures</th><th>Time</th><th>Evidence</th></tr>
${rows(record.results.map((r) => [`${e(r.jobId)}<br><small>${e(r.title)}</small>`, e(r.status) + (r.error ? `<br><small>${e(r.error)}</small>` : ''), r.facts.map(([k, v]) => `${e(k)}: ${e(v)}`).join('<br>'), e(formatDuration(r.durationMs)), r.evidence.map((p) => `<code>${e(p)}</code>`).join('<br>')]))}
</table>
<h2>Preflight</h2>
<table><tr><th></th><th>Check</th><th>Target</th><th>Detail</th></tr>
${rows(record.preflight.checks.map((c) => [c.ok ? '<span class="pass">ok</span>' : '<span class="fail">failed</span>', e(c.type), e(c.target), e(c.detail)]))}
</table>
<h2>Services</h2>
<table><tr><th></th><th>Service</th><th>Detail</th></tr>
${rows(record.services.map((s) => [s.ready ? '<span class="pass">ready</span>' : '<span class="fail">not ready</span>', e(s.name), e(s.detail)]))}
</table>
<p><small>${e(`${record.tool.name} ${record.tool.version}`)} · ${e(record.run.commit ?? 'no commit')} · ${e(record.run.startedAt)} → ${e(record.run.finishedAt ?? '')}</small></p>
</body></html>
`;
}
