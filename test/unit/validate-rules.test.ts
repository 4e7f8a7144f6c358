// Rules between the fields of one argument are checked where every argument is (shared/validate.ts),
// once, at the door; and the argument types the methods see are the validators' own.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ApiArg, ViewerApi } from '../../shared/api';
import { validateArg } from '../../shared/validate';

describe('rules between fields', () => {
  it.each([
    ['setMatterPeriod', { start: '2024-01-01' }, 'setMatterPeriod: needs both start and end, or neither to clear it.'],
    ['setMatterPeriod', { end: '2024-01-01' }, 'setMatterPeriod: needs both start and end, or neither to clear it.'],
    ['setMatterPeriod', { start: '2024-02-01', end: '2024-01-31' }, 'setMatterPeriod: the matter period cannot end (2024-01-31) before it starts (2024-02-01).'],
    ['markSourceAccount', { sourceId: 1, kind: 'none', holder: 'Ana' }, 'markSourceAccount: an unmarked source has no holder; leave holder out with kind none.'],
    ['linkConversations', { conversationIds: [4, 4] }, 'linkConversations: a conversation is not a copy of itself; name two different conversations.'],
    ['threadHits', { q: 'x', conversationId: 1, fromSeq: 10, toSeq: 9 }, 'threadHits: threadHits answers at most 500 messages at once'],
    ['threadHits', { q: 'x', conversationId: 1, fromSeq: 0, toSeq: 501 }, 'threadHits: threadHits answers at most 500 messages at once'],
    ['locateTime', { from: 5, to: 5 }, 'locateTime: the span must end after it starts (from 5, to 5).'],
    ['timeline', { from: 9, to: 3 }, 'timeline: the range must end after it starts (from 9, to 3).'],
  ] as const)('%s refuses %j', (method, arg, message) => {
    expect(() => validateArg(method, arg)).toThrow(message);
  });

  it.each([
    ['setMatterPeriod', {}],
    ['setMatterPeriod', { start: '2024-01-01', end: '2024-01-01' }],
    ['markSourceAccount', { sourceId: 1, kind: 'none' }],
    ['markSourceAccount', { sourceId: 1, kind: 'personal', holder: 'Ana' }],
    ['linkConversations', { conversationIds: [4, 5] }],
    ['threadHits', { q: 'x', conversationId: 1, fromSeq: 0, toSeq: 500 }],
    ['timeline', { from: 9 }],
  ] as const)('%s accepts %j', (method, arg) => {
    expect(validateArg(method, arg)).toEqual(arg);
  });
});

describe('argument types', () => {
  it('are what the validators return: optional fields may be left out, required ones may not', () => {
    expectTypeOf<ApiArg<'search'>>().toEqualTypeOf<{ q: string; conversationId?: number; limit?: number; after?: ApiArg<'search'>['after']; sort?: 'time' | 'relevance' }>();
    expectTypeOf<ApiArg<'caseInfo'>>().toEqualTypeOf<Record<string, never>>();
    expectTypeOf<Parameters<ViewerApi['threadPage']>[0]>().toEqualTypeOf<{ conversationId: number; fromSeq: number; limit: number }>();
    expectTypeOf(validateArg('markSourceAccount', { sourceId: 1, kind: 'none' }).kind).toEqualTypeOf<'official' | 'personal' | 'none'>();
  });
});
