// Productions frozen in the case: which message went out in which document under which Bates number,
// with which redactions, by whom and when, and the audit chain's head printed on its cover. Written
// once, in the job's transaction; a production of the same query again says what changed.
import type { ProductionFormat, ProductionSummary, ProductionUnit } from '../../../shared/production';
import { appendAudit } from '../audit/log';
import type { Db, Writer } from '../case/open';
import { batesLabel } from './bates';
import type { DocumentEntry } from './documents';
import type { ProductionPlan } from './produce';

export interface FrozenDocument {
  index: number;
  first: number;
  last: number;
  conversationId: number;
  label: string;
  startAt: number | null;
  endAt: number | null;
  withheld: boolean;
  files: string[];
  entries: DocumentEntry[];
}

interface ProductionRow {
  id: number;
  bates_prefix: string;
  bates_padding: number;
  first_number: number;
  last_number: number;
  query: string;
  unit: ProductionUnit;
  formats: string;
  withhold_tag: string | null;
  time_zone: string;
  produced_by: string;
  produced_at: number;
  out_dir: string;
  audit_head: string;
  changes: string | null;
  documents: number;
  messages: number;
  withheld_documents: number;
  redactions: number;
}

const SELECT = `SELECT p.*, (SELECT count(*) FROM production_documents d WHERE d.production_id = p.id) AS documents,
                       (SELECT count(*) FROM production_messages m WHERE m.production_id = p.id) AS messages,
                       (SELECT count(*) FROM production_documents d WHERE d.production_id = p.id AND d.withheld = 1) AS withheld_documents,
                       (SELECT count(*) FROM production_redactions r WHERE r.production_id = p.id) AS redactions
                FROM productions p`;

function toSummary(r: ProductionRow): ProductionSummary {
  return {
    id: r.id,
    batesPrefix: r.bates_prefix,
    batesBegin: batesLabel(r.bates_prefix, r.bates_padding, r.first_number),
    batesEnd: batesLabel(r.bates_prefix, r.bates_padding, r.last_number),
    query: r.query,
    unit: r.unit,
    formats: JSON.parse(r.formats) as ProductionFormat[],
    withholdTag: r.withhold_tag,
    timeZone: r.time_zone,
    producedBy: r.produced_by,
    producedAt: r.produced_at,
    outDir: r.out_dir,
    documents: r.documents,
    messages: r.messages,
    withheldDocuments: r.withheld_documents,
    redactions: r.redactions,
    auditHead: r.audit_head,
    changes: r.changes === null ? null : (JSON.parse(r.changes) as ProductionSummary['changes']),
  };
}

export function listProductions(db: Db): ProductionSummary[] {
  return (db.prepare(`${SELECT} ORDER BY p.id DESC`).all() as ProductionRow[]).map(toSummary);
}

export function productionById(db: Db, id: number): ProductionSummary | null {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as ProductionRow | undefined;
  return row ? toSummary(row) : null;
}

/** The latest earlier production of the same query and the messages it selected (context parents aside). */
export function previousOfQuery(db: Db, query: string): { id: number; messageIds: Set<number> } | null {
  const id = db.prepare('SELECT max(id) FROM productions WHERE query = ?').pluck().get(query) as number | null;
  if (id === null) return null;
  const ids = db.prepare('SELECT message_id FROM production_messages WHERE production_id = ? AND context = 0').pluck().all(id) as number[];
  return { id, messageIds: new Set(ids) };
}

export function freezeProduction(
  db: Writer,
  a: { plan: ProductionPlan; reviewer: string; producedAt: number; outDir: string; auditHead: string; documents: FrozenDocument[]; redactions: number[]; previous: { id: number; messageIds: Set<number> } | null },
): ProductionSummary {
  const { request } = a.plan;
  const selected = new Set(a.documents.flatMap((d) => d.entries.filter((e) => !e.context).map((e) => e.messageId)));
  const changes = a.previous && {
    previousProductionId: a.previous.id,
    added: [...selected].filter((id) => !a.previous!.messageIds.has(id)).length,
    removed: [...a.previous.messageIds].filter((id) => !selected.has(id)).length,
  };
  const first = a.documents[0]!.first;
  const last = a.documents[a.documents.length - 1]!.last;
  const id = Number(
    db
      .prepare(
        `INSERT INTO productions(bates_prefix, bates_padding, first_number, last_number, query, unit, formats, withhold_tag, time_zone, produced_by, produced_at, out_dir, audit_head, changes)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(request.batesPrefix, a.plan.padding, first, last, request.query, request.unit, JSON.stringify(request.formats), request.withholdTag ?? null, a.plan.timeZone, a.reviewer, a.producedAt, a.outDir, a.auditHead, changes && JSON.stringify(changes))
      .lastInsertRowid,
  );
  const doc = db.prepare('INSERT INTO production_documents(production_id, doc_index, first_number, last_number, conversation_id, label, start_at, end_at, withheld, files) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const message = db.prepare('INSERT INTO production_messages(production_id, message_id, doc_index, bates_number, context) VALUES (?, ?, ?, ?, ?)');
  for (const d of a.documents) {
    doc.run(id, d.index, d.first, d.last, d.conversationId, d.label, d.startAt, d.endAt, d.withheld ? 1 : 0, JSON.stringify(d.files));
    d.entries.forEach((e, i) => message.run(id, e.messageId, d.index, d.withheld ? d.first : d.first + i, e.context ? 1 : 0));
  }
  const redaction = db.prepare('INSERT INTO production_redactions(production_id, redaction_id) VALUES (?, ?)');
  for (const r of a.redactions) redaction.run(id, r);
  const summary = productionById(db, id)!;
  appendAudit(
    db,
    'production.create',
    { productionId: id, batesBegin: summary.batesBegin, batesEnd: summary.batesEnd, query: request.query, unit: request.unit, formats: request.formats, documents: summary.documents, withheldDocuments: summary.withheldDocuments, redactions: a.redactions, outDir: a.outDir, auditHeadOnCover: a.auditHead, changes },
    a.reviewer,
  );
  return summary;
}
