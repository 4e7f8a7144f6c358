// One conversation or one day as a transcript (HTML) or RSMF without Bates numbers: the export
// command's html and rsmf formats, written by the same code as a production, redactions applied.
import { ApiError } from '../../../shared/api';
import type { TranscriptExportFormat } from '../../../shared/enums';
import type { Db } from '../case/open';
import { displayTimeZone } from '../case/display-zone';
import { requireConversation } from '../case/queries';
import { SearchCore } from '../search/core';
import { searchHitIds } from '../search/hit-ids';
import { dateRangeIn } from '../timeline/report';
import { inlineImages, readAttachments } from './attachments';
import { planDocuments } from './documents';
import { transcriptHtml } from './html';
import { DocumentRenderer, type ProductionPlan } from './produce';


export interface TranscriptScope {
  conversationId?: number;
  /** YYYY-MM-DD in the display zone. */
  day?: string;
  query?: string;
}

export async function exportTranscript(db: Db, format: TranscriptExportFormat, scope: TranscriptScope): Promise<{ data: string | Buffer; messages: number; timeZone: string }> {
  if (scope.conversationId !== undefined) requireConversation(db, scope.conversationId);
  if (format === 'rsmf' && scope.conversationId === undefined) throw new ApiError('invalid_argument', 'An RSMF file holds one conversation: name it (--conversation <id>).');
  if (scope.conversationId === undefined && scope.day === undefined) throw new ApiError('invalid_argument', 'A transcript export is of one conversation or one day: give --conversation <id>, --day <date>, or both.');
  const timeZone = displayTimeZone(db);
  const range = scope.day === undefined ? null : dateRangeIn(timeZone, scope.day, scope.day);
  let ids = scope.query === undefined
    ? (db.prepare(`SELECT m.id FROM messages m JOIN conversations c ON c.id = m.conversation_id JOIN sources s ON s.id = c.source_id WHERE s.status = 'complete'
                   AND (@conversation IS NULL OR m.conversation_id = @conversation) AND (@from IS NULL OR m.sent_at >= @from) AND (@to IS NULL OR m.sent_at < @to) ORDER BY m.id`)
        .pluck().all({ conversation: scope.conversationId ?? null, from: range?.from ?? null, to: range?.to ?? null }) as number[])
    : await searchHitIds(new SearchCore(db), scope.query, scope.conversationId);
  if (scope.query !== undefined && range) {
    const inRange = new Set(db.prepare('SELECT id FROM messages WHERE id IN (SELECT value FROM json_each(?)) AND sent_at >= ? AND sent_at < ?').pluck().all(JSON.stringify(ids), range.from, range.to) as number[]);
    ids = ids.filter((id) => inRange.has(id));
  }
  if (ids.length === 0) throw new ApiError('invalid_argument', 'No message is in that conversation, day or search, so there is nothing to export.');
  const planned = planDocuments(db, ids, 'conversation', timeZone).map((d) => ({ ...d, label: scope.day ?? d.label, first: 0, last: 0, withheld: false }));
  const plan: ProductionPlan = {
    request: { query: scope.query ?? '', batesPrefix: '', unit: 'conversation', formats: [format], outDir: '' },
    timeZone,
    selected: ids,
    withheld: new Set(),
    documents: planned,
    padding: 0,
    unnumbered: true,
  };
  const renderer = new DocumentRenderer(db, plan);
  const docs = [];
  for (const d of planned) {
    const { doc } = renderer.render(d);
    const files = await readAttachments(db, doc.messages);
    if (format === 'rsmf') return { data: renderer.rsmf(doc, d.conversationId, files), messages: ids.length, timeZone };
    docs.push({ ...doc, images: inlineImages(doc.messages, files) });
  }
  return { data: transcriptHtml(docs.map((d) => `${d.conversation} — ${d.label}`).join('; ') || 'Transcript', null, docs), messages: ids.length, timeZone };
}
