// The incident report, as Markdown and as a print-ready HTML page (Chromium prints it to PDF): summary,
// metrics, timeline, actions with their operators, evidence with hashes, remediation and the review.
// Everything in it came from hosts or operators, so every string is escaped for its format.
import { visibleText } from './visible.js';
import type { IncidentReport } from './types.js';
import { formatDuration, textOf } from '@vigil/format';

export const iso = (ms: number | null | undefined): string => (ms === null || ms === undefined ? '' : new Date(ms).toISOString());

/** Markdown inline text: HTML-significant and Markdown-significant characters escaped, one line. */
export function mdText(s: unknown): string {
  return visibleText(textOf(s))
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1');
}

export function htmlText(s: unknown): string {
  return visibleText(textOf(s)).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function reviewRows(r: IncidentReport): Array<[string, string]> {
  const rv = r.incident.review;
  if (!rv) return [];
  return [
    ['Root cause', rv.rootCause],
    ['What worked', rv.whatWorked],
    ['What did not work', rv.whatDidNot],
    ['Reviewed', `${rv.reviewedBy} at ${iso(rv.reviewedAtMs)}`],
  ];
}

function summaryRows(r: IncidentReport): Array<[string, string]> {
  const i = r.incident;
  return [
    ['Incident', i.id],
    ['Title', i.title],
    ['Severity', i.severity],
    ['Phase', i.phase],
    ['Assignee', i.assignee ?? ''],
    ['Opened', `${iso(i.createdAtMs)} by ${i.createdBy} (${i.source}${i.reportSource ? `: ${i.reportSource}` : ''})`],
    ['Closed', iso(i.closedAtMs)],
    ['Hosts', r.hosts.map((h) => `${h.hostname} (${h.agentId})`).join(', ')],
    ['Alerts', r.alerts.map((a) => `${a.ruleTitle} [${a.severity}]`).join('; ')],
    ['Summary', i.summary],
    ['Time to detect', formatDuration(r.metrics.timeToDetectMs)],
    ['Time to contain', formatDuration(r.metrics.timeToContainMs)],
    ['Time to remediate', formatDuration(r.metrics.timeToRemediateMs)],
  ];
}

export function renderMarkdown(r: IncidentReport): string {
  const out: string[] = [];
  const table = (head: string[], rows: unknown[][]) => {
    out.push(`| ${head.join(' | ')} |`, `|${head.map(() => ' --- |').join('')}`);
    for (const row of rows) out.push(`| ${row.map(mdText).join(' | ')} |`);
    out.push('');
  };
  out.push(`# Incident report: ${mdText(r.incident.title)}`, '', `Generated ${iso(r.generatedAtMs)} by ${mdText(r.generatedBy)}.`, '', '## Summary', '');
  table(['Field', 'Value'], summaryRows(r));
  out.push('## Timeline', '');
  table(
    ['Time (UTC)', 'Type', 'Actor', 'What'],
    r.timeline.map((e) => [iso(e.atMs), e.type, e.actor, e.text]),
  );
  out.push('## Actions', '');
  table(
    ['Ordered (UTC)', 'Operator', 'Host', 'Action', 'Status', 'Finished (UTC)', 'Result'],
    r.actions.map((a) => [iso(a.atMs), a.operator, a.host, a.action, a.status, iso(a.finishedAtMs), a.result]),
  );
  out.push('## Evidence', '', '### Files', '');
  table(
    ['Collected (UTC)', 'Host', 'Requested path', 'Resolved path', 'Bytes', 'SHA-256', 'Requested by', 'Kind'],
    r.files.map((f) => [
      iso(f.collectedAtMs),
      f.hostname,
      f.requestedPath,
      f.resolvedPath ?? '',
      f.size ?? '',
      f.sha256 ?? f.error ?? '',
      f.requestedBy,
      f.kind,
    ]),
  );
  out.push('### Events', '');
  table(
    ['Time (UTC)', 'Host', 'Kind', 'Event', 'Marked by'],
    r.evidenceEvents.map((e) => [iso(e.timeMs), e.agentId, e.kind, e.summary, e.markedBy]),
  );
  out.push('## Remediation', '');
  table(
    ['Item', 'Status', 'Done by', 'Done (UTC)', 'Note'],
    r.checklist.map((c) => [c.label, c.status, c.doneBy ?? '', iso(c.doneAtMs), c.note]),
  );
  out.push('## Review', '');
  const rows = reviewRows(r);
  if (rows.length) {
    table(['Field', 'Value'], rows);
    out.push('### Follow-up actions', '');
    for (const f of r.incident.review?.followUps ?? []) out.push(`- [${f.done ? 'x' : ' '}] ${mdText(f.text)}${f.owner ? ` (${mdText(f.owner)})` : ''}`);
    out.push('');
  } else out.push('No review recorded.', '');
  return out.join('\n');
}

const PRINT_CSS = `
body{font:11pt/1.4 "DejaVu Sans",Arial,sans-serif;color:#111;margin:2cm;max-width:60rem}
h1{font-size:18pt;border-bottom:2px solid #333;padding-bottom:.2em}h2{font-size:14pt;margin-top:1.6em;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:9pt}th,td{border:1px solid #bbb;padding:3px 5px;text-align:left;vertical-align:top}
th{background:#eee}td.hash{font-family:"DejaVu Sans Mono",monospace;word-break:break-all}tr{break-inside:avoid}
.meta{color:#555;font-size:9pt}@page{size:A4;margin:1.5cm}@media print{body{margin:0}h2{break-after:avoid}}`;

export function renderHtml(r: IncidentReport): string {
  const table = (head: string[], rows: unknown[][], hashCol = -1) =>
    `<table><thead><tr>${head.map((h) => `<th>${htmlText(h)}</th>`).join('')}</tr></thead><tbody>${rows
      .map((row) => `<tr>${row.map((c, i) => `<td${i === hashCol ? ' class="hash"' : ''}>${htmlText(c)}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  const review = reviewRows(r);
  const parts = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${htmlText(`Incident report: ${r.incident.title}`)}</title>`,
    `<style>${PRINT_CSS}</style></head><body>`,
    `<h1>Incident report: ${htmlText(r.incident.title)}</h1>`,
    `<p class="meta">Generated ${htmlText(iso(r.generatedAtMs))} by ${htmlText(r.generatedBy)}.</p>`,
    '<h2 id="summary">Summary</h2>',
    table(['Field', 'Value'], summaryRows(r)),
    '<h2 id="timeline">Timeline</h2>',
    table(
      ['Time (UTC)', 'Type', 'Actor', 'What'],
      r.timeline.map((e) => [iso(e.atMs), e.type, e.actor, e.text]),
    ),
    '<h2 id="actions">Actions</h2>',
    table(
      ['Ordered (UTC)', 'Operator', 'Host', 'Action', 'Status', 'Finished (UTC)', 'Result'],
      r.actions.map((a) => [iso(a.atMs), a.operator, a.host, a.action, a.status, iso(a.finishedAtMs), a.result]),
    ),
    '<h2 id="evidence">Evidence</h2><h3>Files</h3>',
    table(
      ['Collected (UTC)', 'Host', 'Requested path', 'Resolved path', 'Bytes', 'SHA-256', 'Requested by', 'Kind'],
      r.files.map((f) => [
        iso(f.collectedAtMs),
        f.hostname,
        f.requestedPath,
        f.resolvedPath ?? '',
        f.size ?? '',
        f.sha256 ?? f.error ?? '',
        f.requestedBy,
        f.kind,
      ]),
      5,
    ),
    '<h3>Events</h3>',
    table(
      ['Time (UTC)', 'Host', 'Kind', 'Event', 'Marked by'],
      r.evidenceEvents.map((e) => [iso(e.timeMs), e.agentId, e.kind, e.summary, e.markedBy]),
    ),
    '<h2 id="remediation">Remediation</h2>',
    table(
      ['Item', 'Status', 'Done by', 'Done (UTC)', 'Note'],
      r.checklist.map((c) => [c.label, c.status, c.doneBy ?? '', iso(c.doneAtMs), c.note]),
    ),
    '<h2 id="review">Review</h2>',
    review.length
      ? `${table(['Field', 'Value'], review)}<h3>Follow-up actions</h3><ul>${(r.incident.review?.followUps ?? [])
          .map((f) => `<li>${f.done ? '[done] ' : ''}${htmlText(f.text)}${f.owner ? ` (${htmlText(f.owner)})` : ''}</li>`)
          .join('')}</ul>`
      : '<p>No review recorded.</p>',
    '</body></html>',
  ];
  return parts.join('\n');
}

/** The Content-Security-Policy the HTML report is served with: no scripts, no fetches, only its own style. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
