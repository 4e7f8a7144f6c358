import { describe, expect, it } from 'vitest';
import type { CompletenessReport, Finding } from '../../shared/findings';
import { completenessHtml } from '../../electron/backend/exports/completeness-html';

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function finding(over: Partial<Finding>): Finding {
  return {
    id: 1, rule: 'R1', type: 'deleted', strength: 'fact', sourceId: 1, conversationId: 7, messageId: 3, beforeMessageId: null, afterMessageId: null,
    beforeSeq: null, afterSeq: null, fromAt: 0, toAt: 0, fromLocal: '2024-01-02T10:00', toLocal: '2024-01-02T10:00', count: 1, score: null,
    explanation: `A message was deleted: ${hostile}`, evidence: [{ file: `chat${hostile}.txt`, line: 12, record: null, text: hostile }], ...over,
  } as Finding;
}

const report: CompletenessReport = {
  conversationId: 7,
  title: `Group ${hostile}`,
  sources: [{ id: 1, file: 'chat.txt', sha256: 'ab'.repeat(32), custodian: hostile, timeZone: 'Europe/Lisbon', firstLocal: '2024-01-01T09:00', lastLocal: '2024-01-03T18:00' }],
  matterPeriod: null,
  counts: { messages: 10, system: 1, deleted: 1, placeholders: 0, viewOnce: 0 },
  findings: [finding({})],
  notRun: [{ rule: 'R3', why: `needs a device database ${hostile}` }],
  days: [{ day: '2024-01-02', messages: 10, system: 1, deleted: 1, placeholders: 0, findings: [{ type: 'deleted', strength: 'fact', count: 1 }] }],
  daysTimeZone: 'America/Chicago',
  statement: `Statement ${hostile}`,
  generatedAt: Date.UTC(2024, 0, 5),
} as CompletenessReport;

describe('the completeness report as HTML', () => {
  const head = { entries: 12, hash: 'cd'.repeat(32) };
  const html = completenessHtml([report], `case${hostile}.threadline`, head);

  it('escapes every text taken from the evidence', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps the report whole: sources, findings, rules that did not run, days', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('ab'.repeat(32));
    expect(html).toContain('Recorded by the source (1)');
    expect(html).toContain('chat&lt;script&gt;');
    expect(html).toContain(':12');
    expect(html).toContain('<b>R3</b>');
    expect(html).toContain('<td>2024-01-02</td>');
    expect(html).toContain('By conversation-day, in America/Chicago');
    expect(html).toContain('content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;"');
    expect(html).toContain('Generated 2024-01-05T00:00:00.000Z');
    expect(html).toContain(`--head 12:${'cd'.repeat(32)}`);
  });
});
