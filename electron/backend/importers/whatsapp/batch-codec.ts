// A batch of WhatsApp messages packed for the trip from the reader's worker to the engine (reader.ts).
// Structured clone copies an object property by property, key names included: for a batch of chat
// lines that cost the engine's thread more than storing them. Packed, the numbers travel in one typed
// array (moved, not copied), the texts in one flat array, and the rare parts (attachments, the people
// a notice names, unusual source bytes) beside them.
import type { MessageKind } from '../../../../shared/model';
import type { LocalTime } from '../../time/zone';
import type { AttachmentRecord } from '../types';
import type { NoticeParties } from './classify';
import type { WhatsAppMessage } from './parse';

const NUMBERS = 10;
const TEXTS = 9;
const WITH_SECONDS = 1;
const DELETED = 2;
const EDITED = 4;

export interface PackedBatch {
  /** Per message: seq, lineStart, lineEnd, flags, then the local time's six fields (NaN for none). */
  numbers: Float64Array;
  /** Per message: body, author, kind, subtype, stampRaw, headerRaw, nativeId, replyTo, record. */
  texts: (string | null)[];
  /** [index in the batch, attachments, parties, raw] of the messages that have any of them. */
  rare: [number, AttachmentRecord[], NoticeParties | null, string | null][];
}

/** What every message of one chat text shares, so it does not travel with each. */
export interface BatchShared {
  conversationKey: string;
  memberFile: string | null;
}

const orNaN = (n: number | null) => (n === null ? NaN : n);
const orNull = (n: number) => (Number.isNaN(n) ? null : n);

export function packBatch(messages: readonly WhatsAppMessage[]): PackedBatch {
  const numbers = new Float64Array(messages.length * NUMBERS);
  const texts: (string | null)[] = new Array(messages.length * TEXTS);
  const rare: PackedBatch['rare'] = [];
  messages.forEach((m, i) => {
    const n = i * NUMBERS;
    numbers[n] = m.seq;
    numbers[n + 1] = orNaN(m.lineStart);
    numbers[n + 2] = orNaN(m.lineEnd);
    numbers[n + 3] = (m.withSeconds ? WITH_SECONDS : 0) | (m.deleted ? DELETED : 0) | (m.edited ? EDITED : 0);
    const l = m.local;
    numbers[n + 4] = l ? l.year : NaN;
    if (l) numbers.set([l.month, l.day, l.hour, l.minute, l.second], n + 5);
    const t = i * TEXTS;
    texts[t] = m.body;
    texts[t + 1] = m.author;
    texts[t + 2] = m.kind;
    texts[t + 3] = m.subtype;
    texts[t + 4] = m.stampRaw;
    texts[t + 5] = m.headerRaw;
    texts[t + 6] = m.nativeId;
    texts[t + 7] = m.replyTo;
    texts[t + 8] = m.record;
    if (m.attachments.length || m.parties || m.raw) rare.push([i, m.attachments, m.parties, m.raw ?? null]);
  });
  return { numbers, texts, rare };
}

export function unpackBatch(batch: PackedBatch, shared: BatchShared): WhatsAppMessage[] {
  const { numbers, texts } = batch;
  const messages = new Array<WhatsAppMessage>(texts.length / TEXTS);
  for (let i = 0; i < messages.length; i++) {
    const n = i * NUMBERS;
    const t = i * TEXTS;
    const flags = numbers[n + 3]!;
    const local: LocalTime | null = Number.isNaN(numbers[n + 4])
      ? null
      : { year: numbers[n + 4]!, month: numbers[n + 5]!, day: numbers[n + 6]!, hour: numbers[n + 7]!, minute: numbers[n + 8]!, second: numbers[n + 9]! };
    messages[i] = {
      conversationKey: shared.conversationKey,
      seq: numbers[n]!,
      author: texts[t + 1] ?? null,
      kind: texts[t + 2] as MessageKind,
      subtype: texts[t + 3] ?? null,
      body: texts[t] as string,
      headerRaw: texts[t + 5] as string,
      stampRaw: texts[t + 4] ?? null,
      local,
      withSeconds: (flags & WITH_SECONDS) !== 0,
      nativeId: texts[t + 6] ?? null,
      replyTo: texts[t + 7] ?? null,
      deleted: (flags & DELETED) !== 0,
      edited: (flags & EDITED) !== 0,
      attachments: [],
      lineStart: orNull(numbers[n + 1]!),
      lineEnd: orNull(numbers[n + 2]!),
      record: texts[t + 8] ?? null,
      raw: null,
      memberFile: shared.memberFile,
      parties: null,
    };
  }
  for (const [i, attachments, parties, raw] of batch.rare) Object.assign(messages[i]!, { attachments, parties, raw });
  return messages;
}
