// Every argument crossing a door is checked (docs/design.md#contract).
import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api';
import { isApiMethod, validateArg, validators } from '../../shared/validate';

describe('validators', () => {
  it('exist for every API method', () => {
    expect(Object.keys(validators).sort()).toEqual([...API_METHODS].sort());
  });

  it.each([
    ['threadPage', { conversationId: 1, fromSeq: 0, limit: 501 }, 'threadPage.limit must be between 1 and 500'],
    ['threadPage', { conversationId: 1.5, fromSeq: 0, limit: 5 }, 'threadPage.conversationId must be an integer'],
    ['threadPage', { conversationId: 0, fromSeq: 0, limit: 5 }, 'threadPage.conversationId must be between 1 and'],
    ['threadPage', { conversationId: 1, limit: 5 }, 'threadPage.fromSeq is required'],
    ['search', { q: '' }, 'search.q must have at least 1 characters'],
    ['search', { q: 'x'.repeat(2001) }, 'search.q must have at most 2000 characters'],
    ['search', { q: 'a', after: { sentAt: 1 } }, 'search.after.id is required'],
    ['caseInfo', { extra: true }, 'caseInfo.extra is not a known field'],
    ['caseInfo', [], 'caseInfo must be an object'],
    ['importArchive', { paths: [] }, 'importArchive.paths must hold 1 to 1000 items'],
    ['importArchive', { paths: ['/a'], dateOrder: 'DDMM' }, 'importArchive.dateOrder must be one of DMY, MDY, YMD'],
    ['importArchive', { paths: [42] }, 'importArchive.paths[0] must be a string'],
    ['cancelJob', { jobId: 7 }, 'cancelJob.jobId must be a string'],
  ] as const)('%s rejects %j', (method, arg, message) => {
    expect(() => validateArg(method, arg)).toThrow(message);
  });

  it('passes valid arguments through, dropping nothing and adding nothing', () => {
    expect(validateArg('search', { q: 'permit', limit: 10 })).toEqual({ q: 'permit', limit: 10 });
    expect(validateArg('caseInfo', undefined)).toEqual({});
    expect(validateArg('importArchive', { paths: ['/x'], timeZone: 'Europe/Paris' })).toEqual({ paths: ['/x'], timeZone: 'Europe/Paris' });
  });

  it('knows the method names', () => {
    expect(isApiMethod('search')).toBe(true);
    expect(isApiMethod('constructor')).toBe(false);
    expect(isApiMethod('__proto__')).toBe(false);
  });
});
