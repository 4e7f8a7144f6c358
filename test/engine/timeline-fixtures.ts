// A case for the timeline and conversation-day tests (the chats of timeline-chats.ts, each in its own
// zone), and the brute force: every message read back with its author, for plain JavaScript to count
// what the engine aggregates.
import { join } from 'node:path';
import type { Finding } from '../../shared/findings';
import type { Engine } from '../../electron/backend/api';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';
import { londonChat, tokyoChat } from './timeline-chats';

export interface TimelineCase {
  engine: Engine;
  casePath: string;
  london: number;
  tokyo: number;
}

export async function timelineCase(): Promise<TimelineCase> {
  const dir = tempDir();
  const casePath = join(dir, 'case.threadline');
  const engine = openEngine(casePath);
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Harbour Group.txt', londonChat())], timeZone: 'Europe/London', dateOrder: 'DMY' }).done;
  await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Kenji Sato.txt', tokyoChat())], timeZone: 'Asia/Tokyo', dateOrder: 'DMY' }).done;
  const conversations = await engine.api.listConversations({});
  const idOf = (title: string) => conversations.find((c) => c.title === title)!.id;
  return { engine, casePath, london: idOf('Harbour Group'), tokyo: idOf('Kenji Sato') };
}

export interface MessageFact {
  id: number;
  conversationId: number;
  seq: number;
  sentAt: number | null;
  kind: string;
  deleted: number;
  author: string | null;
  personId: number | null;
}

export function everyMessage(engine: Engine): MessageFact[] {
  return engine.caseFile.reader
    .prepare(
      `SELECT m.id, m.conversation_id AS conversationId, m.seq, m.sent_at AS sentAt, m.kind, m.deleted, p.name AS author, pm.person_id AS personId
       FROM messages m LEFT JOIN participants p ON p.id = m.author_id LEFT JOIN person_members pm ON pm.participant_id = m.author_id ORDER BY m.id`,
    )
    .all() as MessageFact[];
}

/** The local date of an instant in a zone, as Intl reads it. */
export function localDate(t: number, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(t));
}

/** A finding's span as the bands read it: [lo, hi], a single instant for a finding about one message. */
export function spanOf(f: Finding): [number, number] | null {
  const a = f.fromAt ?? f.toAt;
  const b = f.toAt ?? f.fromAt;
  return a === null || b === null ? null : [Math.min(a, b), Math.max(a, b)];
}
