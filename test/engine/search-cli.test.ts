// `threadline search` over the query language: the documented JSON shape kept, the additive options
// (--sort, --conversation, --facets, --save / --saved, --report with --json or --csv), and errors as
// one sentence with exit status 1.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { threadline } from '../support/cli';
import { androidChat, tempDir, writeText } from '../support/temp';

function imported(): { dir: string; casePath: string } {
  const dir = tempDir();
  const casePath = join(dir, 'c.threadline');
  const words = (i: number) => (i % 3 === 0 ? `the permit fee ${i}` : i % 3 === 1 ? `call about the harbour ${i}` : `note ${i} 🔥🔥`);
  expect(threadline('import', writeText(dir, 'chat.txt', androidChat(30, { words })), '--case', casePath, '--tz', 'Europe/London').status).toBe(0);
  return { dir, casePath };
}

function sentence(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('threadline search', () => {
  it('keeps the documented JSON shape and adds the sort and what terms expanded to', () => {
    const { casePath } = imported();
    const r = threadline('search', 'permit w/1 fee OR 🔥', '--case', casePath, '--json', '--limit', '3');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ total: 20, sort: 'time', expansions: [{ term: '🔥', kind: 'symbol', used: ['🔥🔥'], omitted: 0 }] });
    expect(typeof out.tookMs).toBe('number');
    expect(out.hits).toHaveLength(3);
    expect(Object.keys(out.hits[0])).toEqual(expect.arrayContaining(['messageId', 'conversationId', 'sentAt', 'sentAtLocal', 'author', 'snippet']));
    expect(out.hits[0]).toMatchObject({ sentAt: '2023-03-01T09:00:00.000Z', sentAtLocal: '2023-03-01T09:00', author: 'Ben Okafor', snippet: 'the «permit» «fee» 0' });
  });

  it('sorts by relevance, narrows to a conversation and adds facets when asked', () => {
    const { casePath } = imported();
    const ranked = JSON.parse(threadline('search', 'harbour', '--case', casePath, '--json', '--sort', 'relevance', '--conversation', '1', '--facets').stdout);
    expect(ranked).toMatchObject({
      total: 10,
      sort: 'relevance',
      facets: { total: 10, timeZone: 'UTC', authors: [{ label: 'Ana Ruiz', count: 5, filter: 'from:"Ana Ruiz"' }, { label: 'Ben Okafor', count: 5, filter: 'from:"Ben Okafor"' }] },
    });
    const text = threadline('search', 'harbour', '--case', casePath, '--facets');
    expect(text.stdout).toContain('10 messages match');
    expect(text.stdout).toContain('authors: Ana Ruiz 5; Ben Okafor 5');
  });

  it('saves a search in the case and runs it again by name', () => {
    const { casePath } = imported();
    const saved = threadline('search', 'permit NOT fee', '--case', casePath, '--save', 'Permits without fees');
    expect(saved.status).toBe(0);
    expect(saved.stderr).toBe("Saved as 'Permits without fees'.\n");
    const again = JSON.parse(threadline('search', '--saved', 'Permits without fees', '--case', casePath, '--json').stdout);
    expect(again.total).toBe(0);
    expect(sentence(threadline('search', '--saved', 'Nope', '--case', casePath).stderr)).toMatch(/^There is no saved search named 'Nope' in /);
  });

  it('makes a search-term report from a file, as text, JSON or CSV', () => {
    const { dir, casePath } = imported();
    const terms = writeText(dir, 'terms.txt', '\uFEFFpermit\n# a comment\n\nharbour\r\n🔥\n');
    const csv = threadline('search', '--report', terms, '--case', casePath, '--csv');
    expect(csv.status).toBe(0);
    expect(csv.stdout).toBe('\uFEFFSearch,Hits,Messages,Conversations,Conversation-days (UTC),Messages: no custodian,Error\r\npermit,10,10,1,1,10,\r\nharbour,10,10,1,1,10,\r\n🔥,10,10,1,1,10,\r\n');
    const json = JSON.parse(threadline('search', '--report', terms, '--case', casePath, '--json').stdout);
    expect(json.rows.map((r: { term: string }) => r.term)).toEqual(['permit', 'harbour', '🔥']);
    expect(threadline('search', '--report', terms, '--case', casePath).stdout).toContain('permit: 10 hits, 10 messages, 1 conversations, 1 conversation-days (no custodian 10)');
  });

  it('says in one sentence what is wrong: a query, a terms-file line, an option', () => {
    const { dir, casePath } = imported();
    const bad = threadline('search', 'permit (fee', '--case', casePath);
    expect(bad.status).toBe(1);
    expect(sentence(bad.stderr)).toBe('The ( at position 8 is never closed; add a ).');
    const terms = writeText(dir, 'terms.txt', 'permit\n\n"harbour\n');
    expect(sentence(threadline('search', '--report', terms, '--case', casePath).stderr)).toBe(`${terms}, line 3: The quote at position 1 is never closed; add a closing ".`);
    expect(sentence(threadline('search', 'permit', '--case', casePath, '--sort', 'newest').stderr)).toBe("--sort must be one of time, relevance, not 'newest'.");
    expect(sentence(threadline('search', 'permit', '--case', casePath, '--csv').stderr)).toBe('--csv goes with --report <terms-file>.');
    expect(sentence(threadline('search', 'tag:hott', '--case', casePath).stderr)).toBe('tag:hott at position 1 names no tag of this case; the tags are Responsive, Not responsive, Partly responsive, Privileged, Hot, Needs second look.');
  });
});
