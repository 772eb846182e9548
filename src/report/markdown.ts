import type { Finding, GateOutcome, JobResultBase, RunRecord } from '../core/types.js';
import { formatDuration } from '../core/units.js';
import { formatValue } from '../gates/evaluate.js';
import { escapeMd, mdCode } from './escape.js';

/**
 * The Markdown report: job summary, check-run summary and PR comment share it. Pure: reads the RunRecord only.
 *
 * Size limits: the header (decision, headline), the gates table and the totals are never cut. Lists (failed
 * tests, violations, flaky tests, jobs) show at most MAX_LIST_ROWS rows, filled while they fit, and end with
 * "… and N more" pointing at the bundle (whose report lists them all).
 */
export interface MarkdownOptions {
  /** Hard limit in characters (GitHub: 65,535 for check runs and comments; 1 MiB for a step summary). */
  maxChars: number;
  flavor: 'summary' | 'check' | 'comment';
  artifactUrl?: string;
  /** Hidden marker placed first (sticky comments). */
  marker?: string;
}

/**
 * Rows a list shows at most: a reviewer reads the first ones, and 500 failures make a table nobody scrolls
 * (nor GitHub renders quickly). All of them are in the bundle: report/index.html, defect-log.csv, run.json.
 */
export const MAX_LIST_ROWS = 100;

export const DECISION_ICON: Record<string, string> = { GO: '✅', CONDITIONAL: '⚠️', 'NO-GO': '❌' };
const STATUS_ICON: Record<string, string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' };

export function renderMarkdown(record: RunRecord, opts: MarkdownOptions): string {
  const head: string[] = [];
  if (opts.marker) head.push(opts.marker);
  const g = record.gates;
  if (opts.flavor !== 'check') {
    head.push(`## ${DECISION_ICON[g.decision]} ${g.decision} — ${escapeMd(record.manifest.name, 100)}`);
  }
  head.push(`**${escapeMd(g.headline, 500)}**`);
  if (record.status === 'halted') {
    head.push('', `> [!CAUTION]\n> The run halted before any job: ${escapeMd(record.haltReason ?? 'unknown reason', 800)}`);
  }
  head.push('', totalsLine(record), '', ...gatesTable(g.gates));

  const tail: string[] = ['', evidenceLine(record, opts), footer(record)];

  const sections: Section[] = [];
  if (record.status === 'halted') {
    sections.push(preflightSection(record), servicesSection(record));
  }
  const findings = record.results.flatMap((r) => r.findings.map((f) => ({ f, r })));
  const failures = findings.filter((x) => x.f.level === 'failure');
  const warnings = findings.filter((x) => x.f.level === 'warning');
  sections.push({
    title: `Failures (${failures.length})`,
    intro: ['| | What | Where | Detail |', '| --- | --- | --- | --- |'],
    items: failures.slice(0, MAX_LIST_ROWS).map(({ f, r }) => `| ❌ | ${escapeMd(f.title, 200)} | ${where(f, r)} | ${escapeMd(f.message, 400)} |`),
    total: failures.length,
    empty: failures.length === 0,
  });
  sections.push({
    title: `Warnings and flaky tests (${warnings.length})`,
    intro: ['| | What | Where | Detail |', '| --- | --- | --- | --- |'],
    items: warnings.slice(0, MAX_LIST_ROWS).map(({ f, r }) => `| ⚠️ | ${escapeMd(f.title, 200)} | ${where(f, r)} | ${escapeMd(f.message, 300)} |`),
    total: warnings.length,
    empty: warnings.length === 0,
  });
  sections.push({
    title: `Jobs (${record.results.length})`,
    intro: ['| Job | Status | Figures | Time |', '| --- | --- | --- | --- |'],
    items: record.results.map(jobRow),
    empty: record.results.length === 0,
  });
  for (const chart of record.results.map(latencyChart).filter((c): c is string[] => c !== undefined)) {
    sections.push({ title: '', intro: [], items: [chart.join('\n')], empty: false, atomic: true });
  }
  if (record.status !== 'halted' && record.preflight.checks.length > 0) {
    sections.push(preflightSection(record));
  }

  const bundleHint = record.bundle ? `${mdCode('report/index.html')} in ${mdCode(record.bundle.name)}` : 'the evidence bundle';
  return fit(head.join('\n'), sections, tail.join('\n'), opts.maxChars, bundleHint);
}

interface Section {
  title: string;
  intro: string[];
  /** The rows to show (at most MAX_LIST_ROWS are made). */
  items: string[];
  /** How many there are in all (default: items.length). */
  total?: number;
  empty: boolean;
  /** Either all of it or none (a chart). */
  atomic?: boolean;
}

function fit(head: string, sections: Section[], tail: string, maxChars: number, bundleHint: string): string {
  let budget = maxChars - head.length - tail.length - 2;
  const parts: string[] = [head];
  for (const s of sections) {
    if (s.empty) continue;
    const title = s.title ? `\n### ${s.title}\n` : '\n';
    const intro = s.intro.length ? `${s.intro.join('\n')}\n` : '';
    const fixed = title.length + intro.length;
    if (s.atomic) {
      const body = s.items.join('\n');
      if (fixed + body.length + 1 <= budget) {
        parts.push(`${title}${body}`);
        budget -= fixed + body.length + 1;
      }
      continue;
    }
    // Reserve room for a "… and N more" line.
    const total = s.total ?? s.items.length;
    const moreLine = (n: number): string => `\n… and ${n} more — see ${bundleHint}`;
    if (fixed + moreLine(total).length > budget) {
      continue;
    }
    let used = fixed;
    const kept: string[] = [];
    for (let i = 0; i < Math.min(s.items.length, MAX_LIST_ROWS); i++) {
      const item = s.items[i] as string;
      const rest = total - i - 1;
      const reserve = rest > 0 ? moreLine(rest).length : 0;
      if (used + item.length + 1 + reserve > budget) break;
      kept.push(item);
      used += item.length + 1;
    }
    const omitted = total - kept.length;
    const text = `${title}${intro}${kept.join('\n')}${omitted > 0 ? moreLine(omitted) : ''}`;
    parts.push(text);
    budget -= text.length + 1;
  }
  parts.push(tail);
  const out = parts.join('\n');
  // Belt and braces: the head alone may exceed a tiny limit; never return more than allowed.
  return out.length <= maxChars ? out : `${out.slice(0, Math.max(0, maxChars - 2))}…`;
}

/** The run in figures, one [label, text] per line: tests, contract, load (where they ran), gates, jobs. Plain text. */
export function totals(record: RunRecord): Array<[label: string, text: string]> {
  const m = record.metrics;
  const v = (k: string): number | null => m[k]?.value ?? null;
  const parts: Array<[string, string]> = [];
  if (m['integration.tests']) {
    parts.push([
      'Tests',
      `${v('integration.tests')} · ${v('integration.failed')} failed · ${v('integration.skipped')} skipped · ${v('integration.flaky')} flaky · success ${formatValue(v('integration.success_rate'), 'ratio')}`,
    ]);
  }
  if (m['contract.pass_rate']) parts.push(['Contract', `${formatValue(v('contract.pass_rate'), 'ratio')} of checks passed, coverage ${formatValue(v('contract.coverage'), 'ratio')}`]);
  if (m['load.p95_ms']) parts.push(['Load', `p95 ${formatValue(v('load.p95_ms'), 'ms')} · ${formatValue(v('load.rps'), 'rps')} · errors ${formatValue(v('load.error_rate'), 'ratio')}`]);
  const c = record.gates.counts;
  parts.push(['Gates', `${c.passed} passed · ${c.warned} warned · ${c.failed} failed of ${c.total}`]);
  parts.push(['Jobs', `${record.results.length} (${record.results.filter((r) => r.status === 'errored').length} errored)`]);
  return parts;
}

function totalsLine(record: RunRecord): string {
  return totals(record).map(([label, text]) => `**${label}** ${text}`).join('  \n');
}

function gatesTable(gates: GateOutcome[]): string[] {
  if (gates.length === 0) return ['_No gates were evaluated._'];
  const rows = [...gates].sort((a, b) => order(a) - order(b));
  return [
    '| Gate | Value | Threshold | Severity | Status |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (g) =>
        `| ${mdCode(g.spec.metric, 120)} | ${formatValue(g.value, g.unit)} | ${g.spec.op} ${formatValue(g.spec.threshold, g.unit)} | ${g.spec.severity} | ${STATUS_ICON[g.status]}${g.status === 'pass' ? '' : ` — ${escapeMd(g.reason, 160)}`} |`,
    ),
  ];
}

function order(g: GateOutcome): number {
  const s = g.status === 'fail' ? 0 : g.status === 'warn' ? 1 : 2;
  const sev = g.spec.severity === 'critical' ? 0 : g.spec.severity === 'major' ? 1 : 2;
  return s * 10 + sev;
}

function where(f: Finding, r: JobResultBase): string {
  const loc = f.file ? mdCode(`${f.file}${f.line ? `:${f.line}` : ''}`, 150) : '';
  return `${escapeMd(r.integration, 60)}${loc ? ` ${loc}` : ''}`;
}

function jobRow(r: JobResultBase): string {
  const icon = r.status === 'passed' ? '✅' : r.status === 'failed' ? '❌' : '💥';
  const figures = r.facts.map(([k, v]) => `${escapeMd(k, 40)}: ${escapeMd(v, 60)}`).join(' · ');
  const err = r.error ? ` — ${escapeMd(r.error, 300)}` : '';
  return `| ${escapeMd(r.jobId, 80)}<br>${escapeMd(r.title, 120)} | ${icon} ${r.status}${err} | ${figures} | ${formatDuration(r.durationMs)} |`;
}

/** A Mermaid chart of p50/p95 over time for results that carry a timeline (load jobs). */
function latencyChart(r: JobResultBase): string[] | undefined {
  const timeline = (r as { timeline?: Array<{ t: number; p50: number; p95: number }> }).timeline;
  if (!Array.isArray(timeline) || timeline.length < 2) return undefined;
  const step = Math.max(1, Math.ceil(timeline.length / 60));
  const points = timeline.filter((_, i) => i % step === 0);
  const num = (n: number): string => (Number.isFinite(n) ? String(Math.round(n * 10) / 10) : '0');
  const max = Math.max(1, ...points.map((p) => (Number.isFinite(p.p95) ? p.p95 : 0)));
  return [
    `**Latency over time — ${escapeMd(r.jobId, 80)}** (ms; line 1 = p50, line 2 = p95)`,
    '```mermaid',
    'xychart-beta',
    `  x-axis "seconds" [${points.map((p) => num(p.t)).join(', ')}]`,
    `  y-axis "ms" 0 --> ${Math.ceil(max * 1.1)}`,
    `  line [${points.map((p) => num(p.p50)).join(', ')}]`,
    `  line [${points.map((p) => num(p.p95)).join(', ')}]`,
    '```',
  ];
}

function preflightSection(record: RunRecord): Section {
  const checks = record.preflight.checks;
  return {
    title: `Preflight (${checks.filter((c) => c.ok).length} of ${checks.length} passed)`,
    intro: ['| | Check | Target | Detail |', '| --- | --- | --- | --- |'],
    items: checks.map((c) => `| ${c.ok ? '✅' : '❌'} | ${c.type} | ${escapeMd(c.target, 120)} | ${escapeMd(c.detail, 300)} |`),
    empty: checks.length === 0,
  };
}

function servicesSection(record: RunRecord): Section {
  return {
    title: 'Services',
    intro: ['| | Service | Detail |', '| --- | --- | --- |'],
    items: record.services.map((s) => `| ${s.ready ? '✅' : '❌'} | ${escapeMd(s.name, 60)} | ${escapeMd(s.detail, 400)} |`),
    empty: record.services.length === 0,
  };
}

function evidenceLine(record: RunRecord, opts: MarkdownOptions): string {
  const b = record.bundle;
  const what = b ? `${mdCode(b.name)} (${b.files} files, sha256 in \`integration-evidence-manifest.json\`)` : 'not written';
  const link = opts.artifactUrl ? ` · [download the evidence artifact](${encodeURI(opts.artifactUrl)})` : b?.path ? ` at ${mdCode(b.path, 200)}` : '';
  return `**Evidence** ${what}${link}`;
}

function footer(record: RunRecord): string {
  const r = record.run;
  const bits = [`${record.tool.name} ${record.tool.version}`];
  if (r.commit) bits.push(`commit ${r.commit.slice(0, 12)}`);
  if (r.runUrl) bits.push(`[run](${encodeURI(r.runUrl)})`);
  bits.push(r.finishedAt ?? r.startedAt);
  return `<sub>${bits.map((b) => (b.startsWith('[') ? b : escapeMd(b, 100))).join(' · ')}</sub>`;
}
