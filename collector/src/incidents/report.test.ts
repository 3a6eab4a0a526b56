import { describe, expect, it } from 'vitest';
import { renderHtml, renderMarkdown } from './report.js';
import type { IncidentReport } from './types.js';

const evil = '<script>alert(1)</script> | *bold* [x](javascript:y)';

function report(): IncidentReport {
  return {
    generatedAtMs: Date.UTC(2025, 0, 2, 10),
    generatedBy: 'alice',
    incident: {
      id: 'inc-1',
      title: `Web shell ${evil}`,
      severity: 'high',
      phase: 'closed',
      assignee: 'bob',
      source: 'alerts',
      reportSource: null,
      summary: evil,
      createdBy: 'alice',
      createdAtMs: Date.UTC(2025, 0, 1, 9),
      updatedAtMs: 0,
      firstMaliciousMs: null,
      containedAtMs: null,
      remediatedAtMs: null,
      closedAtMs: Date.UTC(2025, 0, 1, 12),
      review: {
        rootCause: `unpatched ${evil}`,
        whatWorked: 'isolation',
        whatDidNot: 'paging',
        followUps: [{ text: 'patch', owner: 'ops', done: true }],
        reviewedBy: 'alice',
        reviewedAtMs: Date.UTC(2025, 0, 1, 11),
      },
      hosts: ['a1'],
      alertIds: [],
    },
    hosts: [{ agentId: 'a1', hostname: `web-1${evil}` }],
    alerts: [],
    timeline: [
      { atMs: Date.UTC(2025, 0, 1, 9), type: 'phase', actor: 'alice', agentId: null, text: 'incident opened (identified)', ref: 'identified' },
      { atMs: Date.UTC(2025, 0, 1, 9, 5), type: 'command', actor: 'alice', agentId: 'a1', text: `isolate ordered on ${evil}`, ref: 'c1' },
    ],
    actions: [
      {
        atMs: Date.UTC(2025, 0, 1, 9, 5),
        operator: 'alice',
        host: 'web-1',
        action: 'isolate',
        status: 'succeeded',
        finishedAtMs: Date.UTC(2025, 0, 1, 9, 6),
        result: 'done',
      },
    ],
    evidenceEvents: [],
    files: [
      {
        id: 'f1',
        incidentId: 'inc-1',
        agentId: 'a1',
        hostname: 'web-1',
        commandId: 'c2',
        kind: 'file',
        requestedPath: '/tmp/link',
        resolvedPath: '/var/www/shell.php',
        size: 42,
        sha256: 'ab'.repeat(32),
        storedPath: '/data/evidence/f1',
        status: 'stored',
        error: null,
        requestedBy: 'alice',
        requestedAtMs: 1,
        collectedAtMs: Date.UTC(2025, 0, 1, 9, 30),
        detail: null,
      },
    ],
    checklist: [],
    metrics: { timeToDetectMs: 400, timeToContainMs: 65_000, timeToRemediateMs: null },
  };
}

describe('incident report', () => {
  it('Markdown has every section in order and escapes host and operator text', () => {
    const md = renderMarkdown(report());
    const order = ['## Summary', '## Timeline', '## Actions', '## Evidence', '## Remediation', '## Review'].map((h) => md.indexOf(h));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('\\| \\*bold\\* \\[x\\]\\(javascript:y\\)');
    expect(md).toContain('| 2025-01-01T09:05:00.000Z | command | alice |');
    expect(md).toContain('ab'.repeat(32));
    expect(md).toContain('/var/www/shell.php');
    expect(md).toContain('| Time to contain | 1m 05s |');
    expect(md).toContain('- [x] patch (ops)');
  });

  it('HTML is a complete page with nothing interpretable from the data', () => {
    const html = renderHtml(report());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('@media print');
    expect(html.indexOf('id="timeline"')).toBeLessThan(html.indexOf('id="review"'));
    expect(html).toContain(`<td class="hash">${'ab'.repeat(32)}</td>`);
  });
});
