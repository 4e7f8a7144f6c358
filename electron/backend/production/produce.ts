// A production as a job: the selection (any search) made into documents, numbered, redacted, written
// in every format asked for into a staging folder, then recorded in the case and moved into place in
// one step. A failure or a cancel removes the staging folder and records nothing.
import { basename } from 'node:path';
import { ApiError } from '../../../shared/api';
import type { ProductionFormat, ProductionSummary, ProductionUnit } from '../../../shared/production';
import { chainHead, formatHead } from '../audit/log';
import { displayTimeZone } from '../case/display-zone';
import type { Db, Writer } from '../case/open';
import type { JobContext } from '../jobs/runner';
import { liveTags, tagsOfMessages } from '../review/scopes';
import type { SearchCore } from '../search/core';
import { formatLocalIso, utcToLocal } from '../time/zone';
import { searchHitIds } from '../search/hit-ids';
import { inlineImages, readAttachments } from './attachments';
import { batesLabel, DEFAULT_PADDING, firstNumber } from './bates';
import { ContentReader } from './content';
import { datFile, type DatRow } from './dat';
import { planDocuments, type PlannedDocument } from './documents';
import { transcriptHtml, type CoverSheet, type RenderedDocument } from './html';
import { checkOutFolder, discard, publish, stagingFolder, writeStaged } from './out-folder';
import { PdfPrinter } from './pdf';
import type { PrintToPdf } from './page-layout';
import { redactionsApplied } from './redactions';
import { privilegeLogCsv, privilegeLogHtml, type PrivilegeLogLine } from './privilege-log';
import { freezeProduction, previousOfQuery, type FrozenDocument } from './records';
import type { RedactionInfo } from '../../../shared/production';
import { rsmfFile, type RsmfConversation } from './rsmf';
import { documentText } from './text';

export const DEFAULT_LEGEND = 'CONFIDENTIAL';
export const GENERATOR = 'Threadline';
/** Messages whose tags are read at once when finding the withheld ones. */
const TAG_CHUNK = 10_000;
/**
 * The combined transcript holds every document up to this many messages; above it, only the cover
 * sheet (each document has its own file), so a production of a million messages is never one page.
 */
export const COMBINED_LIMIT = 20_000;

export interface ProduceRequest {
  query: string;
  batesPrefix: string;
  start?: number;
  padding?: number;
  unit: ProductionUnit;
  formats: ProductionFormat[];
  /** Documents whose messages all carry this tag are withheld; messages carrying it elsewhere are boxed. */
  withholdTag?: string;
  confidentiality?: string;
  outDir: string;
}

interface ConversationRow {
  id: number;
  title: string;
  platform: string | null;
  kind: string;
  native_id: string | null;
  format: string;
  custodian: string | null;
  sha256: string;
}

/** The plan: selection, withheld messages, documents and their numbers; checked before any file is written. */
export interface ProductionPlan {
  request: ProduceRequest;
  timeZone: string;
  selected: number[];
  withheld: Set<number>;
  documents: (PlannedDocument & { first: number; last: number; withheld: boolean })[];
  padding: number;
  /** An export without Bates numbers (one conversation or day): no number is printed. */
  unnumbered?: boolean;
}

export async function planProduction(db: Db, core: SearchCore, request: ProduceRequest): Promise<ProductionPlan> {
  const selected = await searchHitIds(core, request.query);
  if (selected.length === 0) throw new ApiError('invalid_argument', `The search ${JSON.stringify(request.query)} selects no messages, so there is nothing to produce.`);
  const withheld = withheldMessages(db, selected, request.withholdTag);
  const timeZone = displayTimeZone(db);
  const planned = planDocuments(db, selected, request.unit, timeZone);
  const numbersOf = (d: PlannedDocument, isWithheld: boolean) => (isWithheld ? 1 : d.entries.length);
  const isWithheld = (d: PlannedDocument) => d.entries.every((e) => e.context || withheld.has(e.messageId));
  const total = planned.reduce((n, d) => n + numbersOf(d, isWithheld(d)), 0);
  let next = firstNumber(db, request.batesPrefix, request.start, total);
  const documents = planned.map((d) => {
    const w = isWithheld(d);
    const first = next;
    next += numbersOf(d, w);
    return { ...d, first, last: next - 1, withheld: w };
  });
  return { request, timeZone, selected, withheld, documents, padding: request.padding ?? DEFAULT_PADDING };
}

/** Messages of the selection carrying the tag (their own, or their day's or conversation's, not replaced nearer). */
function withheldMessages(db: Db, selected: readonly number[], tagName: string | undefined): Set<number> {
  if (tagName === undefined) return new Set();
  const name = tagName.toLowerCase();
  if (!liveTags(db).some((t) => t.name.toLowerCase() === name)) throw new ApiError('invalid_argument', `There is no tag named ${JSON.stringify(tagName)} to withhold by; 'threadline tags' lists them.`);
  const withheld = new Set<number>();
  for (let at = 0; at < selected.length; at += TAG_CHUNK) {
    for (const m of tagsOfMessages(db, selected.slice(at, at + TAG_CHUNK))) {
      if (m.tags.some((t) => t.name.toLowerCase() === name && !t.overridden)) withheld.add(m.messageId);
    }
  }
  return withheld;
}

/** Everything a production writes of one document, shared by the job and the dialog's preview. */
export class DocumentRenderer {
  private readonly content: ContentReader;
  private readonly conversations;
  private readonly authorNames;
  /** The number each selected message goes out under, built when a reply first quotes a parent. */
  private numbers: Map<number, number> | null = null;

  constructor(
    private readonly db: Db,
    private readonly plan: ProductionPlan,
  ) {
    this.content = new ContentReader(db);
    this.conversations = db.prepare(
      `SELECT c.id, c.title, c.platform, c.kind, c.native_id, s.format, s.custodian, s.sha256 FROM conversations c JOIN sources s ON s.id = c.source_id WHERE c.id = ?`,
    );
    this.authorNames = db
      .prepare('SELECT p.name FROM messages m JOIN participants p ON p.id = m.author_id WHERE m.id IN (SELECT value FROM json_each(?)) GROUP BY p.name ORDER BY min(m.conversation_id), min(m.seq)')
      .pluck();
  }

  /** The authors of a document's messages, in the order they first write. */
  authors(entries: readonly { messageId: number }[]): string[] {
    return this.authorNames.all(JSON.stringify(entries.map((e) => e.messageId))) as string[];
  }

  conversation(id: number): ConversationRow {
    return this.conversations.get(id) as ConversationRow;
  }

  bates(n: number): string {
    return this.plan.unnumbered ? '' : batesLabel(this.plan.request.batesPrefix, this.plan.padding, n);
  }

  /** The Bates number a selected message goes out under in this production (its slip sheet's when withheld), or null. */
  producedAs(messageId: number): string | null {
    if (this.plan.unnumbered) return null;
    this.numbers ??= new Map(this.plan.documents.flatMap((d) => d.entries.flatMap((e, i) => (e.context ? [] : [[e.messageId, d.withheld ? d.first : d.first + i] as const]))));
    const n = this.numbers.get(messageId);
    return n === undefined ? null : this.bates(n);
  }

  /** The document as an RSMF file, carrying its attachments. */
  rsmf(doc: RenderedDocument, conversationId: number, files: ReadonlyMap<number, Uint8Array>): Buffer {
    const c = this.conversation(conversationId);
    const conversation: RsmfConversation = {
      id: c.native_id ?? `threadline-conversation-${c.id}`,
      platform: c.platform ?? c.format,
      title: c.title,
      direct: c.kind === 'direct',
      custodian: c.custodian,
      collectionId: `threadline-${c.id}-${c.sha256.slice(0, 16)}`,
      sourceSha256: c.sha256,
      generator: GENERATOR,
    };
    return rsmfFile(doc, conversation, files);
  }

  render(d: ProductionPlan['documents'][number]): { doc: RenderedDocument; redactions: RedactionInfo[] } {
    const conversation = this.conversation(d.conversationId);
    const base = { batesBegin: this.bates(d.first), batesEnd: this.bates(d.last), conversation: conversation.title, platform: conversation.platform, label: d.label };
    const reason = this.plan.request.withholdTag ?? 'Privileged';
    if (d.withheld) return { doc: { ...base, withheld: reason, messages: [], bands: [] }, redactions: [] };
    const { messages, redactor } = this.content.messages(d.entries, (i) => this.bates(d.first + i), this.plan.withheld, reason, (id) => this.producedAs(id));
    return { doc: { ...base, withheld: null, messages, bands: this.content.bands(d.conversationId, messages, redactor) }, redactions: redactor.all() };
  }
}

function coverSheet(db: Db, casePath: string, plan: ProductionPlan, r: DocumentRenderer, producedBy: string, producedAt: number): CoverSheet {
  const ids = JSON.stringify(plan.documents.flatMap((d) => d.entries.map((e) => e.messageId)));
  const counts = db
    .prepare(
      `SELECT count(*) AS messages, coalesce(sum(deleted), 0) AS deleted, min(sent_at) AS first, max(sent_at) AS last,
              (SELECT count(*) FROM findings f WHERE f.conversation_id IN (SELECT DISTINCT conversation_id FROM messages WHERE id IN (SELECT value FROM json_each(@ids)))) AS findings
       FROM messages WHERE id IN (SELECT value FROM json_each(@ids))`,
    )
    .get({ ids }) as { messages: number; deleted: number; first: number | null; last: number | null; findings: number };
  const inZone = (at: number | null) => (at === null ? null : formatLocalIso(utcToLocal(at, plan.timeZone), true).replace('T', ' '));
  const sources = db
    .prepare(
      `SELECT DISTINCT s.file_name AS file, s.sha256, s.format, s.custodian, s.imported_at FROM sources s JOIN conversations c ON c.source_id = s.id
       WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY s.id`,
    )
    .all(JSON.stringify([...new Set(plan.documents.map((d) => d.conversationId))])) as { file: string; sha256: string; format: string; custodian: string | null; imported_at: number }[];
  const first = plan.documents[0]!;
  const last = plan.documents[plan.documents.length - 1]!;
  return {
    caseName: basename(casePath).replace(/\.[^.]+$/, ''),
    title: `Production ${r.bates(first.first)} – ${r.bates(last.last)}`,
    confidentiality: plan.request.confidentiality ?? DEFAULT_LEGEND,
    batesBegin: r.bates(first.first),
    batesEnd: r.bates(last.last),
    documents: plan.documents.length,
    withheldDocuments: plan.documents.filter((d) => d.withheld).length,
    query: plan.request.query,
    unit: plan.request.unit,
    timeZone: plan.timeZone,
    firstLocal: inZone(counts.first),
    lastLocal: inZone(counts.last),
    messages: counts.messages,
    deletedMessages: counts.deleted,
    findings: counts.findings,
    redactions: redactionsApplied(db, plan.documents.flatMap((d) => (d.withheld ? [] : d.entries.map((e) => e.messageId)))),
    custodians: [...new Set(sources.map((s) => s.custodian).filter((c): c is string => c !== null))],
    sources: sources.map((s) => ({ file: s.file, sha256: s.sha256, format: s.format, custodian: s.custodian, importedAt: new Date(s.imported_at).toISOString() })),
    producedBy,
    producedAt: new Date(producedAt).toISOString(),
    auditHead: formatHead(chainHead(db)),
  };
}

/** The first document as the dialog previews it, numbered as the production would be now. */
export async function previewProduction(db: Db, core: SearchCore, casePath: string, request: ProduceRequest, reviewer: string) {
  const plan = await planProduction(db, core, request);
  const r = new DocumentRenderer(db, plan);
  const cover = coverSheet(db, casePath, plan, r, reviewer, Date.now());
  return {
    html: transcriptHtml(cover.title, cover, [r.render(plan.documents[0]!).doc]),
    documents: plan.documents.length,
    messages: plan.selected.length,
    withheldDocuments: cover.withheldDocuments,
    redactions: cover.redactions,
    batesBegin: cover.batesBegin,
    batesEnd: cover.batesEnd,
  };
}

function recipientsOf(author: string | null, everyone: readonly string[]): string {
  return everyone.filter((p) => p !== author).join('; ');
}

/** Runs the production; resolves with its summary once it is recorded and in place. */
export async function runProduction(
  db: { read: Db; write: Writer },
  core: SearchCore,
  casePath: string,
  request: ProduceRequest,
  reviewer: string,
  ctx: JobContext,
  printToPdf?: PrintToPdf,
): Promise<ProductionSummary> {
  const out = checkOutFolder(request.outDir);
  const plan = await planProduction(db.read, core, request);
  const r = new DocumentRenderer(db.read, plan);
  const producedAt = Date.now();
  const cover = coverSheet(db.read, casePath, plan, r, reviewer, producedAt);
  const formats = new Set(request.formats);
  if (formats.has('dat')) formats.add('text');
  const staging = stagingFolder(out);
  let published = false;
  const printer = formats.has('pdf') ? await PdfPrinter.open(printToPdf) : null;
  try {
    const legend = cover.confidentiality;
    const frozen: FrozenDocument[] = [];
    const rendered: RenderedDocument[] = [];
    const combineAll = plan.documents.reduce((n, d) => n + d.entries.length, 0) <= COMBINED_LIMIT;
    const datRows: DatRow[] = [];
    const log: PrivilegeLogLine[] = [];
    const applied = new Map<number, RedactionInfo>();
    // The privilege log's description is the reviewer's own note where there is one.
    const messageNote = db.read.prepare("SELECT text FROM notes WHERE scope = 'message' AND message_id = ? AND removed_at IS NULL ORDER BY id DESC LIMIT 1").pluck();
    const dayNote = db.read.prepare("SELECT text FROM notes WHERE scope = 'day' AND conversation_id = ? AND day = ? AND removed_at IS NULL ORDER BY id DESC LIMIT 1").pluck();
    for (const [i, d] of plan.documents.entries()) {
      ctx.progress('writing documents', i, plan.documents.length);
      await ctx.checkpoint();
      const { doc: base, redactions } = r.render(d);
      const attachments = await readAttachments(db.read, base.messages);
      const doc = { ...base, images: inlineImages(base.messages, attachments) };
      const conversation = r.conversation(d.conversationId);
      redactions.forEach((x) => applied.set(x.id, x));
      const name = doc.batesBegin;
      const files: string[] = [];
      const write = (rel: string, data: string | Uint8Array) => {
        writeStaged(staging, rel, data);
        files.push(rel);
      };
      if (formats.has('html')) write(`HTML/${name}.html`, transcriptHtml(`${doc.batesBegin} ${doc.conversation}`, null, [doc]));
      if (formats.has('text')) write(`TEXT/${name}.txt`, documentText(doc));
      if (formats.has('rsmf') && doc.withheld === null) {
        write(`NATIVES/${name}.rsmf`, r.rsmf(doc, d.conversationId, attachments));
      }
      if (printer) write(`PDF/${name}.pdf`, await printer.print(transcriptHtml(name, null, [doc]), { bates: doc.batesBegin === doc.batesEnd ? doc.batesBegin : `${doc.batesBegin} – ${doc.batesEnd}`, legend }));
      if (combineAll) rendered.push(doc);
      // A slip sheet shows no message, but who wrote the withheld ones is disclosed (load file, privilege log).
      const participants = r.authors(d.entries);
      datRows.push({
        BEGBATES: doc.batesBegin,
        ENDBATES: doc.batesEnd,
        CUSTODIAN: conversation.custodian ?? '',
        CONVERSATION: conversation.title,
        PARTICIPANTS: participants.join('; '),
        DATEBEGIN: doc.messages.find((m) => m.sentAtUtc)?.sentAtUtc ?? (d.startAt === null ? '' : new Date(d.startAt).toISOString()),
        DATEEND: [...doc.messages].reverse().find((m) => m.sentAtUtc)?.sentAtUtc ?? (d.endAt === null ? '' : new Date(d.endAt - 1).toISOString()),
        MESSAGECOUNT: String(doc.messages.length),
        SOURCEHASH: conversation.sha256,
        NATIVEPATH: files.find((f) => f.startsWith('NATIVES/')) ?? '',
        TEXTPATH: files.find((f) => f.startsWith('TEXT/')) ?? '',
        PDFPATH: files.find((f) => f.startsWith('PDF/')) ?? '',
      });
      if (doc.withheld !== null) {
        log.push({ bates: doc.batesBegin, date: d.label, author: participants.join('; '), recipients: '', privilegeType: doc.withheld, description: (dayNote.get(d.conversationId, d.label) as string | undefined) ?? `Withheld document: ${d.entries.length} message${d.entries.length === 1 ? '' : 's'} of ${conversation.title}, ${d.label}` });
      }
      for (const m of doc.messages) {
        const kept = [
          ...(m.withheld === null ? [] : [{ reason: m.withheld, what: 'message withheld' }]),
          ...redactions.filter((x) => x.messageId === m.id).map((x) => ({ reason: x.reason, what: `${x.kind} redacted` })),
        ];
        for (const k of kept) {
          log.push({ bates: m.bates, date: m.sentAtLocal?.replace('T', ' ') ?? '', author: m.author ?? '', recipients: recipientsOf(m.author, participants), privilegeType: k.reason, description: (messageNote.get(m.id) as string | undefined) ?? `${k.what} (${m.kind})` });
        }
      }
      frozen.push({ index: i, first: d.first, last: d.last, conversationId: d.conversationId, label: d.label, startAt: d.startAt, endAt: d.endAt, withheld: d.withheld, files, entries: d.entries });
    }
    ctx.progress('writing documents', plan.documents.length, plan.documents.length);
    const combined = transcriptHtml(cover.title, cover, rendered);
    if (formats.has('html')) writeStaged(staging, 'production.html', combined);
    if (printer) {
      ctx.progress('printing the combined PDF', 0, 1);
      writeStaged(staging, 'production.pdf', await printer.print(combined, { bates: `${cover.batesBegin} – ${cover.batesEnd}`, legend }));
      writeStaged(staging, 'DATA/privilege-log.pdf', await printer.print(privilegeLogHtml(`Privilege log, ${cover.title}`, log), { bates: `${cover.batesBegin} – ${cover.batesEnd}`, legend }));
    }
    if (formats.has('dat')) writeStaged(staging, 'DATA/loadfile.dat', datFile(datRows));
    writeStaged(staging, 'DATA/privilege-log.csv', privilegeLogCsv(log));
    await ctx.checkpoint();
    const previous = previousOfQuery(db.read, request.query);
    const summary = await ctx.atomically(async () => {
      const recorded = freezeProduction(db.write, { plan, reviewer, producedAt, outDir: out, auditHead: cover.auditHead, documents: frozen, redactions: [...applied.keys()], previous });
      writeStaged(staging, 'DATA/production.json', JSON.stringify({ ...recorded, cover }, null, 2));
      publish(staging, out);
      published = true;
      return recorded;
    });
    return summary;
  } catch (e) {
    // A cancel that arrives as the record commits rolls it back: the folder goes with it.
    discard(published ? out : staging);
    throw e;
  } finally {
    await printer?.close();
  }
}
