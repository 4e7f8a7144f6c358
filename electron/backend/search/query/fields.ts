// What each field accepts. Values are checked before anything is looked up, so a typo in a kind or a
// date is a positioned error, never a silently empty result.
import { MESSAGE_KINDS } from '../../../../shared/model';
import { isValidCalendarDate } from '../../time/zone';
import { QuerySyntaxError, positionText, type FieldNode } from './ast';

/** `kind:` takes the message kinds of the model, plus `edited` (a flag on any kind). */
export const KIND_VALUES = [...MESSAGE_KINDS, 'edited'] as const;

/** `has:attachment`, and `has:gap`: a message that carries or borders a finding that something is missing. */
export const HAS_VALUES = ['attachment', 'attachments', 'gap', 'missing'] as const;

/** `reviewed:yes`: messages in a conversation-day marked reviewed; `reviewed:no`: the rest. */
export const REVIEWED_VALUES = ['yes', 'no'] as const;

/** `tag:none` selects messages without any tag; `tag:inherited:X` those carrying X from their day or conversation. */
export const UNTAGGED = 'none';
export const INHERITED_PREFIX = /^inherited:/i;

/** `in:#12` names a conversation by the id `threadline info` prints. */
export const CONVERSATION_ID = /^#(\d{1,15})$/;

export function checkFieldValue(node: FieldNode): void {
  const at = positionText(node.start);
  const value = node.value.trim();
  const fail = (message: string): never => {
    throw new QuerySyntaxError(message, node.start, node.end);
  };
  switch (node.field) {
    case 'tag':
      if (/^inherited:\s*$/i.test(value)) fail(`tag:inherited: at ${at} needs a tag's name, e.g. tag:inherited:Hot.`);
      return;
    case 'reviewed':
      if (!(REVIEWED_VALUES as readonly string[]).includes(value.toLowerCase())) fail(`reviewed:${value} at ${at} must be reviewed:yes or reviewed:no.`);
      return;
    case 'person':
      if (value.startsWith('#') && !CONVERSATION_ID.test(value)) fail(`person:${value} at ${at} is not a person's id; write person:#12 (ids: threadline people), or a name or number.`);
      return;
    case 'kind':
      if (!(KIND_VALUES as readonly string[]).includes(value.toLowerCase())) fail(`kind:${value} at ${at} is not a kind; use one of ${KIND_VALUES.join(', ')}.`);
      return;
    case 'has':
      if (!(HAS_VALUES as readonly string[]).includes(value.toLowerCase())) fail(`has:${value} at ${at} is not supported; use has:attachment or has:gap.`);
      return;
    case 'after':
    case 'before':
    case 'on':
      if (parseIsoDate(value) === null) fail(`${node.field}:${value} at ${at} is not a date; write it as YYYY-MM-DD, e.g. ${node.field}:2024-03-15.`);
      return;
    case 'in':
      if (value.startsWith('#') && !CONVERSATION_ID.test(value)) fail(`in:${value} at ${at} is not a conversation id; write in:#12, or the title.`);
      return;
    default:
      return;
  }
}

export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidCalendarDate(date.year, date.month, date.day) ? date : null;
}
