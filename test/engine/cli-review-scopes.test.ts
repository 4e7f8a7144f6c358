// The review commands' other scopes, as a script runs them: notes on a conversation-day, a
// conversation and a finding, and a tag over a time range written as wall clock (the case's display
// zone, or --zone), optionally in one conversation; each through the methods the window uses, each
// one entry of the audit log.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NoteInfo, TagResult } from '../../shared/review';
import { threadline } from '../support/cli';
import { openEngine } from '../support/engines';
import { androidChat, tempDir, writeText } from '../support/temp';

const NEW_YORK = 'America/New_York';

/**
 * Two chats of one message a minute (UTC), each opening with a notice at 09:00: Ana's from 09:00 to
 * 10:59 on 1 March 2023, with message 5 deleted, and Tom's from 09:30 to 10:29. The display zone is
 * New York, five hours behind UTC that day.
 */
async function twoChats() {
  const dir = tempDir();
  const casePath = join(dir, 'case.threadline');
  const engine = openEngine(casePath, { defaultTimeZone: 'UTC' });
  const ana = writeText(dir, 'WhatsApp Chat with Ana Ruiz.txt', androidChat(120, { words: (i) => (i === 5 ? 'This message was deleted' : `barge schedule ${i}`) }));
  const tom = writeText(dir, 'WhatsApp Chat with Tom Kessler.txt', androidChat(60, { start: Date.UTC(2023, 2, 1, 9, 30), words: (i) => `dredging ${i}` }));
  await engine.runImport({ paths: [ana], timeZone: 'UTC' }).done;
  await engine.runImport({ paths: [tom], timeZone: 'UTC' }).done;
  await engine.api.setDisplayTimeZone({ timeZone: NEW_YORK });
  const conversations = await engine.api.listConversations({});
  const anaId = conversations.find((c) => c.title.includes('Ana'))!.id;
  const tomId = conversations.find((c) => c.title.includes('Tom'))!.id;
  const { findings } = await engine.api.listFindings({ conversationId: anaId });
  const deletion = findings.find((f) => f.type === 'deleted')!;
  await engine.close();
  return { casePath, anaId, tomId, deletionId: deletion.id };
}

function json<T>(r: { status: number; stdout: string; stderr: string }): T {
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as T;
}

const search = (casePath: string, query: string) => (json<{ total: number }>(threadline('search', query, '--case', casePath, '--json'))).total;

interface AuditJson {
  entries: { action: string; actor: string; detail: Record<string, unknown> }[];
}
const lastEntry = (casePath: string) => json<AuditJson>(threadline('audit', '--case', casePath, '--json')).entries.at(-1)!;

describe('threadline note on a day, a conversation and a finding', () => {
  it('adds each, found by note: on the messages it is about and audited under the reviewer', async () => {
    const { casePath, anaId, tomId, deletionId } = await twoChats();
    // 1 March in New York holds every message of both chats (04:00 to 05:59 there).
    const day = json<NoteInfo>(threadline('note', '--case', casePath, '--conversation', String(tomId), '--day', '2023-03-01', '--text', 'Ask Tom about the tug', '--reviewer', 'Pat Lee', '--json'));
    expect(day).toMatchObject({ scope: 'day', conversationId: tomId, day: '2023-03-01', messageId: null, text: 'Ask Tom about the tug', reviewer: 'Pat Lee' });
    expect(search(casePath, 'note:tug')).toBe(61);
    expect(lastEntry(casePath)).toMatchObject({ action: 'note.add', actor: 'Pat Lee', detail: { noteId: day.id, target: { scope: 'day', conversationId: tomId, day: '2023-03-01' } } });

    const whole = threadline('note', '--case', casePath, '--conversation', String(anaId), '--text', 'Custodian copy only', '--reviewer', 'Pat Lee');
    expect(whole.stderr).toBe('');
    expect(whole.stdout).toMatch(new RegExp(`^Note \\d+ added to conversation ${anaId} by Pat Lee\\.\\n$`));
    expect(search(casePath, 'note:custodian')).toBe(121);

    const finding = json<NoteInfo>(threadline('note', '--case', casePath, '--finding', String(deletionId), '--text', 'Deleted before the hold', '--reviewer', 'Sam Ortiz', '--json'));
    expect(finding).toMatchObject({ scope: 'finding', conversationId: anaId, findingKey: expect.any(String), reviewer: 'Sam Ortiz' });
    expect(search(casePath, 'note:hold')).toBeGreaterThan(0);
    expect(lastEntry(casePath)).toMatchObject({ action: 'note.add', actor: 'Sam Ortiz', detail: { target: { scope: 'finding', findingId: deletionId } } });
  });

  it('refuses a note on no place or on two, a --day without its conversation, and a finding the case lacks, in one sentence', async () => {
    const { casePath } = await twoChats();
    const none = threadline('note', '--case', casePath, '--text', 'x', '--reviewer', 'P');
    expect(none.status).toBe(1);
    expect(none.stderr.trim()).toBe('threadline note needs exactly one of --message <id>, --conversation <id> or --finding <id>.');
    expect(threadline('note', '--case', casePath, '--message', '1', '--finding', '1', '--text', 'x', '--reviewer', 'P').stderr.trim()).toBe(
      'threadline note needs exactly one of --message <id>, --conversation <id> or --finding <id>.',
    );
    expect(threadline('note', '--case', casePath, '--day', '2023-03-01', '--message', '1', '--text', 'x', '--reviewer', 'P').stderr.trim()).toBe('--day goes with --conversation <id>.');
    const missing = threadline('note', '--case', casePath, '--finding', '999999', '--text', 'x', '--reviewer', 'P');
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^[^\n]*finding 999999[^\n]*$/);
  });
});

describe('threadline tag over a time range', () => {
  it('tags every message from --from to --to in the display zone, across the case or in one conversation, as one audited action', async () => {
    const { casePath, anaId } = await twoChats();
    // 04:15 to 04:45 in New York is 09:15 to 09:45 UTC: 30 of Ana's messages and 15 of Tom's.
    const both = json<TagResult>(threadline('tag', 'Hot', '--case', casePath, '--from', '2023-03-01T04:15', '--to', '2023-03-01 04:45', '--reviewer', 'Pat Lee', '--json'));
    expect(both).toMatchObject({ tagged: 45, alreadyTagged: 0, scope: 'message', removed: false, actionId: expect.any(Number) });
    expect(search(casePath, 'tag:Hot')).toBe(45);
    expect(search(casePath, 'tag:Hot dredging')).toBe(15);
    expect(lastEntry(casePath)).toMatchObject({
      action: 'tag.apply',
      actor: 'Pat Lee',
      detail: { target: { selection: { kind: 'localRange', from: '2023-03-01T04:15', to: '2023-03-01T04:45' }, timeZone: NEW_YORK, utc: { from: Date.UTC(2023, 2, 1, 9, 15), to: Date.UTC(2023, 2, 1, 9, 45) } } },
    });

    const one = threadline('tag', 'Responsive', '--case', casePath, '--conversation', String(anaId), '--from', '2023-03-01T04:00', '--to', '2023-03-01T05:00', '--reviewer', 'Pat Lee');
    expect(one.stderr).toBe('');
    // 09:00 to 10:00 UTC in Ana's chat: the opening notice and messages 0 to 59.
    expect(one.stdout.trim()).toBe('Responsive applied to 61 messages (0 already carried it).');
    expect(search(casePath, 'tag:Responsive dredging')).toBe(0);

    const removed = json<TagResult>(threadline('tag', 'Hot', '--case', casePath, '--from', '2023-03-01T04:30', '--to', '2023-03-01T04:45', '--remove', '--reviewer', 'Pat Lee', '--json'));
    expect(removed).toMatchObject({ tagged: 30, removed: true });
    expect(search(casePath, 'tag:Hot')).toBe(15);
  });

  it('reads --from and --to in --zone instead, and refuses a half or backward range in one sentence', async () => {
    const { casePath } = await twoChats();
    // 10:00 to 10:10 UTC: ten messages of each chat, whatever the display zone.
    expect(json<TagResult>(threadline('tag', 'Hot', '--case', casePath, '--from', '2023-03-01T10:00', '--to', '2023-03-01T10:10', '--zone', 'UTC', '--reviewer', 'P', '--json'))).toMatchObject({ tagged: 20 });
    // A date alone is its midnight: New York's 1 March from midnight to 04:30 holds 09:00 to 09:30 UTC,
    // both chats' opening notices (09:00) and Ana's first 30 messages.
    expect(json<TagResult>(threadline('tag', 'Privileged', '--case', casePath, '--from', '2023-03-01', '--to', '2023-03-01T04:30', '--reviewer', 'P', '--json'))).toMatchObject({ tagged: 32 });

    const refused = (args: string[]) => {
      const r = threadline('tag', 'Hot', '--case', casePath, '--reviewer', 'P', ...args);
      expect(r.status).toBe(1);
      return r.stderr.trim();
    };
    expect(refused(['--from', '2023-03-01T04:00'])).toBe('--from and --to go together: give both.');
    expect(refused(['--from', '2023-03-01T05:00', '--to', '2023-03-01T04:00'])).toBe('--to must be later than --from (from 2023-03-01T05:00, to 2023-03-01T04:00).');
    expect(refused(['--from', '2023-03-01T25:00', '--to', '2023-03-02'])).toBe("--from must be a time written YYYY-MM-DDTHH:MM (or a date YYYY-MM-DD for its midnight), not '2023-03-01T25:00'.");
    expect(refused(['--from', '2023-03-01', '--to', '2023-03-02', '--query', 'barge'])).toBe(
      'threadline tag needs exactly one of --query <query>, --message <id>, --from <local time> --to <local time> or --conversation <id>.',
    );
    expect(refused(['--conversation', '1', '--day', '2023-03-01', '--from', '2023-03-01', '--to', '2023-03-02'])).toBe('--day and --from/--to each choose the time tagged: give one of them.');
    expect(refused(['--message', '1', '--zone', 'UTC'])).toBe('--zone goes with --from and --to.');
  });

  it('lists the new options in --help', () => {
    const tag = threadline('tag', '--help').stdout;
    expect(tag).toContain('[--from <local time>] [--to <local time>] [--zone <IANA zone>]');
    expect(tag).toMatch(/--from <local time> +With --to: tag every message sent from this wall-clock time on/);
    const note = threadline('note', '--help').stdout;
    expect(note).toContain('Usage: threadline note --case <file> [--message <id>] [--conversation <id>] [--day <date>] [--finding <id>] --text <text>');
    expect(note).toContain('Give exactly one of --message, --conversation (with --day for one of its days) or --finding.');
  });
});
