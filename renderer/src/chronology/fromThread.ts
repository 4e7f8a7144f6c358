// What one key adds to the chronology from where the reviewer is: the selected message or range,
// the gap finding drawn at the focused message, or the focused message's conversation-day. Each
// gives the evidence and a first title the investigator can change in the panel.
import type { EntryEvidence } from '../../../shared/chronology';
import type { Finding } from '../../../shared/findings';
import type { MessageView } from '../../../shared/model';
import { api } from '../api';
import { selectedRanges, type ThreadSelection } from '../selection/selection';
import { inFocusedCopy, selectionPage } from '../selection/threadPage';
import { placeFindings } from '../thread/findingPlaces';

/** The most messages one entry cites (the contract's limit). */
export const ENTRY_MESSAGES_MAX = 1000;
const PAGE = 500;
const TITLE_MAX = 90;

export interface Proposal {
  title: string;
  evidence: EntryEvidence;
  /** Said after the entry is added, when there is more to know. */
  note?: string;
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > TITLE_MAX ? `${line.slice(0, TITLE_MAX - 1)}…` : line;
}

function said(m: MessageView): string {
  return `${m.author ?? 'System'}: ${m.body || m.kind}`;
}

async function messagesIn(selection: ThreadSelection, first: number, last: number): Promise<MessageView[]> {
  const messages: MessageView[] = [];
  for (let from = first; from <= last; from += PAGE) {
    const page = await selectionPage(selection, from, Math.min(PAGE, last - from + 1));
    messages.push(...page.messages);
  }
  return messages;
}

export async function messageAt(conversationId: number, seq: number): Promise<MessageView | null> {
  return (await api.threadPage({ conversationId, fromSeq: seq, limit: 1 })).messages[0] ?? null;
}

/** The selected messages (a message, a range, scattered picks) as one entry; a sentence when they cannot be. */
export async function selectionProposal(selection: ThreadSelection): Promise<Proposal | string> {
  const ranges = selectedRanges(selection);
  const count = ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
  if (count > ENTRY_MESSAGES_MAX) return `${count} messages are selected; an entry cites at most ${ENTRY_MESSAGES_MAX}.`;
  const messages = (await Promise.all(ranges.map(([a, b]) => messagesIn(selection, a, b)))).flat();
  const first = messages[0];
  if (first === undefined) return 'The selected messages could not be read.';
  const title = messages.length === 1 ? clip(said(first)) : clip(`${messages.length} messages from ${said(first)}`);
  return { title, evidence: { kind: 'messages', messageIds: messages.map((m) => m.id) } };
}

/** The findings drawn with the focused message in the thread (above it, below it, or about it). */
export function findingsAt(findings: Finding[], message: MessageView): Finding[] {
  const places = placeFindings(findings);
  const about = findings.filter((f) => f.messageId === message.id);
  return [...new Set([...(places.above.get(message.seq) ?? []), ...about, ...(places.below.get(message.seq) ?? [])])];
}

export async function findingProposal(selected: ThreadSelection): Promise<Proposal | string> {
  const selection = await inFocusedCopy(selected);
  const message = await messageAt(selection.conversationId, selection.focus);
  if (message === null) return 'The focused message could not be read.';
  const { findings } = await api.listFindings({ conversationId: selection.conversationId });
  const here = findingsAt(findings, message);
  const finding = here[0];
  if (finding === undefined) return 'No gap finding is drawn at the focused message: move to a message with a finding band above or below it.';
  const note = here.length > 1 ? `The first of ${here.length} findings drawn here was added.` : undefined;
  return { title: clip(`${finding.rule}: ${finding.explanation}`), evidence: { kind: 'finding', findingId: finding.id }, ...(note === undefined ? {} : { note }) };
}

/** The calendar day of an instant in a zone, YYYY-MM-DD. */
export function dayIn(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export async function dayProposal(selected: ThreadSelection, timeZone: string, conversationName: string): Promise<Proposal | string> {
  const selection = await inFocusedCopy(selected);
  const message = await messageAt(selection.conversationId, selection.focus);
  if (message?.sentAt == null) return 'The focused message has no time, so it is on no day.';
  const day = dayIn(message.sentAt, timeZone);
  return { title: clip(`${conversationName} on ${day}`), evidence: { kind: 'day', conversationId: selection.conversationId, day } };
}
