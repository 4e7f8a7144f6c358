// The review fields of the search language as the parser reads them (-tag:, quoted values after
// inherited:, reviewed:, person:#id), and the review methods' arguments as the validators check them.
import { describe, expect, it } from 'vitest';
import { QuerySyntaxError, type QueryNode } from '../../electron/backend/search/query/ast';
import { parseQuery } from '../../electron/backend/search/query/parse';
import { validateArg } from '../../shared/validate';

function shape(node: QueryNode): unknown {
  switch (node.type) {
    case 'field':
      return `${node.field}:${node.exact ? `"${node.value}"` : node.value}@${node.start}-${node.end}`;
    case 'and':
    case 'or':
      return { [node.type]: node.items.map(shape) };
    case 'not':
      return { not: shape(node.item) };
    default:
      return `${node.type}@${node.start}-${node.end}`;
  }
}

function failure(query: string): string {
  try {
    parseQuery(query);
  } catch (e) {
    if (e instanceof QuerySyntaxError) return e.message;
    throw e;
  }
  throw new Error(`${query} parsed`);
}

describe('review fields', () => {
  it.each([
    ['tag:Responsive', 'tag:Responsive@0-14'],
    ['tag:"Not responsive"', 'tag:"Not responsive"@0-20'],
    ['tag:inherited:Hot', 'tag:inherited:Hot@0-17'],
    ['tag:inherited:"Not responsive"', 'tag:"inherited:Not responsive"@0-30'],
    ['-tag:Privileged', { not: 'tag:Privileged@1-15' }],
    ['-tag:"Needs second look"', { not: 'tag:"Needs second look"@1-24' }],
    ['permit -tag:Hot', { and: ['word@0-6', { not: 'tag:Hot@8-15' }] }],
    ['note:"call back"', 'note:"call back"@0-16'],
    ['reviewed:YES', 'reviewed:YES@0-12'],
    ['reviewer:"Pat Lee" OR person:#12', { or: ['reviewer:"Pat Lee"@0-18', 'person:#12@22-32'] }],
  ])('%s', (query, expected) => {
    expect(shape(parseQuery(query))).toEqual(expected);
  });

  it.each([
    ['reviewed:maybe', 'reviewed:maybe at position 1 must be reviewed:yes or reviewed:no.'],
    ['person:#x', 'person:#x at position 1 is not a person\'s id; write person:#12 (ids: threadline people), or a name or number.'],
    ['tag:inherited:', "tag:inherited: at position 1 needs a tag's name, e.g. tag:inherited:Hot."],
    ['-permit', 'To leave out messages with permit, write NOT permit (at position 1).'],
    ['-nofield:x', 'To leave out messages with nofield:x, write NOT nofield:x (at position 1).'],
  ])('refuses %s', (query, message) => {
    expect(failure(query)).toBe(message);
  });
});

describe('review arguments', () => {
  it('takes each scope of a target and refuses another', () => {
    expect(validateArg('applyTag', { tag: 'Hot', target: { scope: 'day', conversationId: 3, day: '2024-02-29' } })).toEqual({ tag: 'Hot', target: { scope: 'day', conversationId: 3, day: '2024-02-29' } });
    expect(validateArg('applyTag', { tag: 7, target: { scope: 'conversation', conversationId: 3 }, remove: true })).toMatchObject({ tag: 7, remove: true });
    expect(() => validateArg('applyTag', { tag: 'Hot', target: { scope: 'source', sourceId: 1 } })).toThrow('applyTag.target.scope must be one of message, day, conversation');
    expect(() => validateArg('applyTag', { tag: 'Hot', target: { scope: 'day', conversationId: 3, day: '2023-02-29' } })).toThrow('applyTag.target.day is not a calendar date (2023-02-29)');
    expect(() => validateArg('applyTag', { tag: 'Hot', target: { scope: 'message', messageIds: [] } })).toThrow('applyTag.target.messageIds must hold 1 to 10000 items');
    expect(() => validateArg('applyTag', { tag: 'Hot', target: { scope: 'message', messageIds: [1], day: '2024-01-01' } })).toThrow('applyTag.target.day is not a known field');
  });

  it('checks bulk selections, colours, keys and decisions', () => {
    expect(() => validateArg('bulkTag', { tag: 'Hot', selection: { kind: 'range', from: 10, to: 10 } })).toThrow('the range must end after it starts (from 10, to 10).');
    expect(() => validateArg('bulkTag', { tag: 'Hot', selection: { kind: 'everything' } })).toThrow('bulkTag.selection.kind must be one of messages, query, range, localRange, conversationDays');
    expect(validateArg('createTag', { name: 'Key', color: '#A0B1C2', shortcut: 'K' })).toEqual({ name: 'Key', color: '#a0b1c2', shortcut: 'k' });
    expect(() => validateArg('createTag', { name: 'Key', color: 'red' })).toThrow('createTag.color must have at least 7 characters');
    expect(() => validateArg('createTag', { name: 'Key', shortcut: '!' })).toThrow('createTag.shortcut must be one letter or digit, or empty to clear it');
    expect(() => validateArg('reviewFinding', { findingId: 1, decision: 'ignored' })).toThrow('reviewFinding.decision must be one of confirmed, dismissed, follow_up');
    expect(() => validateArg('setDayStatus', { conversationId: 1, day: '2024-01-01', status: 'done' })).toThrow('setDayStatus.status must be one of unreviewed, in_review, reviewed, auto');
    expect(() => validateArg('addNote', { target: { scope: 'finding', findingId: 2 }, text: '' })).toThrow('addNote.text must have at least 1 characters');
  });
});
