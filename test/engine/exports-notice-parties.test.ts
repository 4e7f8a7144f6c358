// Issue 16: the message exports carry who acted on whom in a group notice (`noticeActor`,
// `noticeTargets`), as the thread shows them; a message that is no notice carries none. Invented chat.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../support/engines';
import { jsonLines } from '../support/cli';
import { tempDir, writeText } from '../support/temp';

const CHAT = [
  '02/05/2024, 07:00 - Ana Ruiz created group "Lunch club"',
  '02/05/2024, 07:01 - Ana Ruiz added Ben Okafor, Carl Ng and Dana Ilić',
  '02/05/2024, 07:02 - Ben Okafor: hello, Ana Ruiz added me',
  '02/05/2024, 07:03 - Carl Ng left',
  '02/05/2024, 07:04 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.',
].join('\n') + '\n';

interface Exported {
  text: string;
  kind: string;
  noticeActor: string | null;
  noticeTargets: string[];
}

describe('message exports name a notice’s people', () => {
  it('as fields of the JSON lines and as columns of the CSV', async () => {
    const dir = tempDir();
    const engine = openEngine(join(dir, 'c.threadline'), { defaultTimeZone: 'UTC' });
    await engine.runImport({ paths: [writeText(dir, 'WhatsApp Chat with Lunch club.txt', CHAT)], timeZone: 'UTC', dateOrder: 'DMY' }).done;
    const [c] = await engine.api.listConversations({});

    const jsonl = await engine.api.exportConversationDay({ conversationId: c!.id, day: '2024-05-02', format: 'jsonl' });
    const records = jsonLines<Exported>(jsonl.text).map(({ kind, noticeActor, noticeTargets }) => ({ kind, noticeActor, noticeTargets }));
    expect(records).toEqual([
      { kind: 'system', noticeActor: 'Ana Ruiz', noticeTargets: [] },
      { kind: 'system', noticeActor: 'Ana Ruiz', noticeTargets: ['Ben Okafor', 'Carl Ng', 'Dana Ilić'] },
      { kind: 'text', noticeActor: null, noticeTargets: [] },
      { kind: 'system', noticeActor: 'Carl Ng', noticeTargets: [] },
      { kind: 'system', noticeActor: null, noticeTargets: [] },
    ]);

    const csv = await engine.api.exportConversationDay({ conversationId: c!.id, day: '2024-05-02', format: 'csv' });
    const [header, ...lines] = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const columns = header!.split(',');
    const actorColumn = columns.indexOf('noticeActor');
    const targetsColumn = columns.indexOf('noticeTargets');
    expect(actorColumn).toBeGreaterThan(0);
    expect(targetsColumn).toBe(actorColumn + 1);
    // Only the last two columns are read, so the commas inside earlier quoted cells do not matter.
    const tail = lines.map((line) => line.split(',').slice(-2));
    expect(targetsColumn).toBe(columns.length - 1);
    expect(tail).toEqual([
      ['Ana Ruiz', ''],
      ['Ana Ruiz', 'Ben Okafor; Carl Ng; Dana Ilić'],
      ['', ''],
      ['Carl Ng', ''],
      ['', ''],
    ]);
    await engine.close();
  });
});
