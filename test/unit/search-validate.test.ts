// The contract's validators for the search methods.
import { describe, expect, it } from 'vitest';
import { validateArg } from '../../shared/validate';

describe('search validators', () => {
  it.each<[string, unknown, string]>([
    ['search', { q: 'a', sort: 'newest' }, 'search.sort must be one of time, relevance'],
    ['search', { q: 'a', after: { rank: Number.NaN, id: 1 } }, 'search.after.rank must be a finite number'],
    ['search', { q: 'a', after: { rank: -1.5, sentAt: 3, id: 1 } }, 'search.after.sentAt is not a known field'],
    ['checkQuery', { q: '' }, 'checkQuery.q must have at least 1 characters'],
    ['searchFacets', { q: 'a', conversationId: 0 }, 'searchFacets.conversationId must be between 1 and'],
    ['threadHits', { q: 'a', conversationId: 1, fromSeq: -1, toSeq: 3 }, 'threadHits.fromSeq must be between 0 and'],
    ['adjacentThreadHit', { q: 'a', conversationId: 1, seq: 0, direction: 'up' }, 'adjacentThreadHit.direction must be one of next, previous'],
    ['searchTermReport', { terms: [] }, 'searchTermReport.terms must hold 1 to 500 items'],
    ['searchTermReport', { terms: ['a', 'x'.repeat(2001)] }, 'searchTermReport.terms[1] must have at most 2000 characters'],
    ['saveSearch', { name: '', query: 'a' }, 'saveSearch.name must have at least 1 characters'],
    ['deleteSavedSearch', { id: 'one' }, 'deleteSavedSearch.id must be an integer'],
  ])('%s refuses %j', (method, arg, message) => {
    expect(() => validateArg(method as never, arg)).toThrow(message);
  });

  it('accepts both cursors and a sort', () => {
    expect(validateArg('search', { q: 'a', after: { rank: -1.25, id: 3 }, sort: 'relevance' })).toEqual({ q: 'a', after: { rank: -1.25, id: 3 }, sort: 'relevance' });
    expect(validateArg('search', { q: 'a', after: { sentAt: -8.64e15, id: 3 } })).toEqual({ q: 'a', after: { sentAt: -8.64e15, id: 3 } });
  });
});
