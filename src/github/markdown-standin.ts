/**
 * STAND-IN for the lead's `renderMarkdown` (src/report/markdown.ts); same signature. Small on purpose: the
 * decision, the gates table and the totals are never cut; the findings list is shortened to fit `maxChars`
 * with "… and N more" and a pointer to the evidence bundle. All untrusted text is escaped.
 */
import type { Finding, GateOutcome, RunRecord } from '../core/types.js';

export type RenderFlavor = 'check' | 'summary' | 'comment';
export interface RenderOptions {
  maxChars: number;
  flavor: RenderFlavor;
  artifactUrl?: string;
}

const ICON = { GO: '🟢', CONDITIONAL: '🟡', 'NO-GO': '🔴' } as const;
const STATUS = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' } as const;

/** Escapes untrusted text for one Markdown table cell or list item (no HTML, no links, one line). */
export function escapeMd(text: string, max = 300): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const cut = one.length > max ? `${one.slice(0, max - 1)}…` : one;
  return cut.replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`).replace(/&/g, '&amp;');
}

function fmt(g: GateOutcome): string {
  if (g.value === null) return 'no data';
  const v = g.value;
  if (g.unit === 'ratio') return `${(v * 100).toFixed(2)} %`;
  if (g.unit === 'ms') return `${v.toFixed(0)} ms`;
  return `${Number.isInteger(v) ? v : v.toFixed(2)}${g.unit === 'rps' ? ' rps' : ''}`;
}
function threshold(g: GateOutcome): string {
  const t = g.spec.threshold;
  return `${g.spec.op} ${g.unit === 'ratio' ? `${(t * 100).toFixed(2)} %` : t}`;
}

export function renderMarkdown(record: RunRecord, opts: RenderOptions): string {
  const { gates } = record;
  const c = gates.counts;
  const head: string[] = [];
  if (opts.flavor !== 'check') head.push(`## ${ICON[gates.decision]} ${escapeMd(record.manifest.name, 100)}: **${gates.decision}**`, '');
  head.push(`**${gates.decision}** — ${escapeMd(gates.headline, 500)}`, '');
  if (record.status === 'halted') head.push(`> Halted before any job ran: ${escapeMd(record.haltReason ?? 'preflight failed', 500)}`, '');
  head.push('| gate | value | threshold | severity | status |', '| --- | --- | --- | --- | --- |');
  for (const g of gates.gates) {
    head.push(`| \`${escapeMd(g.spec.metric, 120)}\` | ${fmt(g)} | ${threshold(g)} | ${g.spec.severity} | ${STATUS[g.status]} |`);
  }
  const findings: Finding[] = record.results.flatMap((r) => r.findings);
  const failures = findings.filter((f) => f.level === 'failure').length;
  head.push(
    '',
    `**Totals:** ${c.total} gates — ${c.passed} passed, ${c.warned} warned, ${c.failed} failed (${c.criticalFailed} critical) · ` +
      `${record.results.length} jobs · ${findings.length} findings (${failures} failures)`,
  );
  const footer: string[] = [''];
  if (opts.artifactUrl) footer.push(`Evidence: [${escapeMd(record.bundle?.name ?? 'evidence bundle', 200)}](${opts.artifactUrl})`);
  else if (record.bundle) footer.push(`Evidence: \`${escapeMd(record.bundle.name, 200)}\``);

  const fixed = head.join('\n');
  const tail = footer.join('\n');
  if (findings.length === 0) return clip(`${fixed}\n${tail}`, opts.maxChars);
  const items = findings.map(
    (f) =>
      `- ${f.level === 'failure' ? '❌' : f.level === 'warning' ? '⚠️' : 'ℹ️'} **${escapeMd(f.title, 200)}**` +
      `${f.file ? ` (\`${escapeMd(f.file, 200)}${f.line ? `:${f.line}` : ''}\`)` : ''} — ${escapeMd(f.message, 300)}`,
  );
  const listHead = '\n\n### Findings\n';
  const moreLine = (n: number) => `- … and ${n} more (see the evidence bundle)`;
  let body = `${fixed}${listHead}`;
  let shown = 0;
  const reserve = tail.length + moreLine(items.length).length + 2;
  for (const item of items) {
    if (body.length + item.length + 1 + reserve > opts.maxChars) break;
    body += `${item}\n`;
    shown++;
  }
  if (shown < items.length) body += `${moreLine(items.length - shown)}\n`;
  return clip(`${body}${tail}`, opts.maxChars);
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = '\n\n… (cut to fit GitHub’s size limit; the evidence bundle has everything)';
  return text.slice(0, Math.max(0, max - note.length)) + note;
}
