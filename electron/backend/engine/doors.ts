// Engine calls only doors make, never the renderer: where an attachment's bytes are (the door streams
// them), a message export to the door's own stream, and the CLI's verification of the sources.
import type { Writable } from 'node:stream';
import { ApiError } from '../../../shared/api';
import type { MessageExportFormat } from '../../../shared/enums';
import { verifySources } from '../audit/verify-sources';
import { displayTimeZone } from '../case/display-zone';
import type { CaseFile } from '../case/open';
import { attachmentLocation, requireConversation } from '../case/queries';
import { writeExport } from '../exports/messages';
import type { AttachmentLocation } from '../files/evidence-media';
import { dateRangeIn } from '../timeline/report';
import { SearchCore } from '../search/core';
import { searchHitIds } from '../search/hit-ids';

export interface DoorEngineApi {
  attachmentLocation(a: { attachmentId: number }): Promise<AttachmentLocation | null>;
}

export function doorMethods(cf: CaseFile): DoorEngineApi {
  return {
    async attachmentLocation({ attachmentId }) {
      if (!Number.isSafeInteger(attachmentId) || attachmentId < 1) throw new ApiError('invalid_argument', 'attachmentId must be a positive integer');
      return attachmentLocation(cf.reader, attachmentId);
    },
  };
}

/** Streams a message export (the case, a conversation, a day of the display zone, the hits of a search) to a door's own stream. */
export async function exportMessages(
  cf: CaseFile,
  a: { format: MessageExportFormat; conversationId?: number; day?: string; query?: string },
  out: Writable,
): Promise<{ messages: number; timeZone: string }> {
  const { format, conversationId, day, query } = a;
  if (conversationId !== undefined) requireConversation(cf.reader, conversationId);
  const timeZone = displayTimeZone(cf.reader);
  const scope = {
    ...(conversationId === undefined ? {} : { conversationId }),
    ...(day === undefined ? {} : dateRangeIn(timeZone, day, day)),
    ...(query === undefined ? {} : { messageIds: JSON.stringify(await searchHitIds(new SearchCore(cf.reader), query, conversationId)) }),
  };
  return { messages: await writeExport(cf.reader, format, out, scope), timeZone };
}

/** Hashes every source again, checks the stored rows and the audit chain, from a head printed earlier when given (the CLI's `verify`). */
export function verifyCase(cf: CaseFile, opts?: Parameters<typeof verifySources>[1]): ReturnType<typeof verifySources> {
  return verifySources(cf.reader, opts);
}
