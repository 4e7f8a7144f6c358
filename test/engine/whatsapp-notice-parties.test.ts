// Issue 16: who acted on whom in a group notice is stored (notice_parties, schema 15), read as
// participants of the source, shown in the thread, found by from:, named by WA-3, and covered by the
// stored-row digest that `verify` checks. Every chat here is invented.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../electron/backend/api';
import { appendAudit } from '../../electron/backend/audit/log';
import { storedDigest } from '../../electron/backend/audit/digest';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';
import { LARGE_GROUP, largeGroupAuthors, largeGroupChat, memberName } from '../fixtures/whatsapp-group';

const LRM = '\u200E';
const NNBSP = '\u202F';
const p2 = (n: number) => String(n).padStart(2, '0');

/** Android lines, one minute apart from 2 May 2024 07:00: `[author, text]`, author null for a notice. */
function android(lines: [string | null, string][]): string {
  return lines.map(([author, text], i) => `02/05/2024, 07:${p2(i)} - ${author === null ? '' : `${author}: `}${text}`).join('\n') + '\n';
}

/** iOS lines: every line has an author (the group's name or the actor on notices), notices start with U+200E. */
function ios(lines: [string, string][]): string {
  return lines.map(([author, text], i) => `[02/05/2024, 07:${p2(i)}:00] ${author}: ${text}`).join('\r\n') + '\r\n';
}

async function importChat(engine: Engine, name: string, text: string): Promise<number> {
  const dir = tempDir();
  await engine.runImport({ paths: [writeText(dir, name, text)], timeZone: 'UTC', dateOrder: 'DMY' }).done;
  return engine.caseFile.writer.prepare('SELECT max(id) FROM sources').pluck().get() as number;
}

interface StoredParties {
  line: number;
  subtype: string | null;
  actor: string | null;
  targets: string[];
}

/** The actor and targets stored for each notice of a source that names someone, by line. */
function storedParties(engine: Engine, sourceId: number): StoredParties[] {
  const rows = engine.caseFile.writer
    .prepare(
      `SELECT m.line_start AS line, m.subtype, n.role, p.name FROM notice_parties n JOIN messages m ON m.id = n.message_id
       JOIN participants p ON p.id = n.participant_id JOIN conversations c ON c.id = m.conversation_id
       WHERE c.source_id = ? ORDER BY m.seq, n.role, p.id`,
    )
    .all(sourceId) as { line: number; subtype: string | null; role: 'actor' | 'target'; name: string }[];
  const byLine = new Map<number, StoredParties>();
  for (const r of rows) {
    const entry = byLine.get(r.line) ?? { line: r.line, subtype: r.subtype, actor: null, targets: [] };
    if (r.role === 'actor') entry.actor = r.name;
    else entry.targets.push(r.name);
    byLine.set(r.line, entry);
  }
  return [...byLine.values()];
}

function participants(engine: Engine, sourceId: number): { name: string; messages: number }[] {
  return engine.caseFile.writer.prepare('SELECT name, message_count AS messages FROM participants WHERE source_id = ? ORDER BY id').all(sourceId) as { name: string; messages: number }[];
}

const ANDROID_GROUP: [string | null, string][] = [
  [null, 'Ana Ruiz created group "Boat Club"'],
  [null, 'Ana Ruiz added Ben Ito'],
  ['Ana Ruiz', 'Welcome Ben'],
  [null, `Ana Ruiz added Carl Day, Dee Fox and ~${NNBSP}Eli`],
  [null, 'You added Fay Gold'],
  ['Ben Ito', 'thanks for having me'],
  [null, 'Ana Ruiz removed you'],
  [null, 'Ben Ito left'],
  [null, 'Ana Ruiz made Dee Fox an admin'],
];

describe('an Android group in English', () => {
  it('stores each notice’s actor and targets as participants, without a participant for "you"', async () => {
    const engine = openEngine();
    const sourceId = await importChat(engine, 'WhatsApp Chat with Boat Club.txt', android(ANDROID_GROUP));
    expect(storedParties(engine, sourceId)).toEqual([
      { line: 1, subtype: 'system.group_created', actor: 'Ana Ruiz', targets: [] },
      { line: 2, subtype: 'system.added', actor: 'Ana Ruiz', targets: ['Ben Ito'] },
      { line: 4, subtype: 'system.added', actor: 'Ana Ruiz', targets: ['Carl Day', 'Dee Fox', `~${NNBSP}Eli`] },
      { line: 5, subtype: 'system.added', actor: null, targets: ['Fay Gold'] },
      { line: 7, subtype: 'system.removed', actor: 'Ana Ruiz', targets: [] },
      { line: 8, subtype: 'system.left', actor: 'Ben Ito', targets: [] },
      { line: 9, subtype: 'system.admin', actor: 'Ana Ruiz', targets: ['Dee Fox'] },
    ]);
    // The notices' people join the authors as participants; only the authors count messages.
    expect(participants(engine, sourceId)).toEqual([
      { name: 'Ana Ruiz', messages: 1 },
      { name: 'Ben Ito', messages: 1 },
      { name: 'Carl Day', messages: 0 },
      { name: 'Dee Fox', messages: 0 },
      { name: `~${NNBSP}Eli`, messages: 0 },
      { name: 'Fay Gold', messages: 0 },
    ]);
    const authors = engine.caseFile.writer.prepare('SELECT DISTINCT p.name FROM messages m JOIN participants p ON p.id = m.author_id ORDER BY p.name').pluck().all();
    expect(authors).toEqual(['Ana Ruiz', 'Ben Ito']);
  });

  it('shows the people in the thread, finds a notice by its actor with from: and person:, and links them in People', async () => {
    const engine = openEngine();
    await importChat(engine, 'WhatsApp Chat with Boat Club.txt', android(ANDROID_GROUP));
    const conversationId = engine.caseFile.writer.prepare('SELECT id FROM conversations').pluck().get() as number;
    const page = await engine.api.threadPage({ conversationId, fromSeq: 0, limit: 20 });
    expect(page.messages.map((m) => m.parties ?? null)).toEqual([
      { actor: 'Ana Ruiz', targets: [] },
      { actor: 'Ana Ruiz', targets: ['Ben Ito'] },
      null,
      { actor: 'Ana Ruiz', targets: ['Carl Day', 'Dee Fox', `~${NNBSP}Eli`] },
      { actor: null, targets: ['Fay Gold'] },
      null,
      { actor: 'Ana Ruiz', targets: [] },
      { actor: 'Ben Ito', targets: [] },
      { actor: 'Ana Ruiz', targets: ['Dee Fox'] },
    ]);

    const seqsOf = async (query: string) => {
      const result = await engine.api.search({ q: query, limit: 50 });
      const ids = result.hits.map((h) => h.messageId);
      return page.messages.filter((m) => ids.includes(m.id)).map((m) => m.seq);
    };
    expect(await seqsOf('from:"Ana Ruiz"')).toEqual([0, 1, 2, 3, 6, 8]);
    expect(await seqsOf('from:ben')).toEqual([5, 7]);
    // Being acted on is not acting: a target is not found by from:.
    expect(await seqsOf('from:"Dee Fox"')).toEqual([]);
    expect(await seqsOf('person:"Ben Ito"')).toEqual([5, 7]);

    const people = await engine.api.listPersons({});
    expect(people.map((p) => p.name).sort()).toEqual(['Ana Ruiz', 'Ben Ito', 'Carl Day', 'Dee Fox', 'Eli', 'Fay Gold']);
  });
});

describe('iOS groups in several languages', () => {
  // iOS prints a notice under the group's name, or under the actor's own name, after a U+200E.
  it.each([
    ['es', [['Club', `${LRM}Marta López añadió a Pablo Ruiz`], ['Marta López', `${LRM}Marta López eliminó a Pablo Ruiz`]], [['Marta López', ['Pablo Ruiz']], ['Marta López', ['Pablo Ruiz']]]],
    ['pt-BR', [['Clube', `${LRM}Joana Lima adicionou Rui Costa e Inês Sá`], ['Joana Lima', `${LRM}Joana Lima removeu Rui Costa`]], [['Joana Lima', ['Rui Costa', 'Inês Sá']], ['Joana Lima', ['Rui Costa']]]],
    ['de', [['Verein', `${LRM}Jonas Weber hat Lena Koch hinzugefügt`], ['Verein', `${LRM}Jonas Weber hat Lena Koch entfernt`]], [['Jonas Weber', ['Lena Koch']], ['Jonas Weber', ['Lena Koch']]]],
    ['nl', [['Club', `${LRM}Daan de Vries heeft Sanne Bakker toegevoegd`], ['Club', `${LRM}Daan de Vries heeft Sanne Bakker verwijderd`]], [['Daan de Vries', ['Sanne Bakker']], ['Daan de Vries', ['Sanne Bakker']]]],
    ['id', [['Klub', `${LRM}Budi Santoso menambahkan Sari Dewi`], ['Klub', `${LRM}Budi Santoso mengeluarkan Sari Dewi`]], [['Budi Santoso', ['Sari Dewi']], ['Budi Santoso', ['Sari Dewi']]]],
  ] as [string, [string, string][], [string, string[]][]][])('%s', async (_lang, notices, expected) => {
    const engine = openEngine();
    const actor = expected[0]![0];
    const sourceId = await importChat(engine, 'WhatsApp Chat - Club.txt', ios([...notices, [actor, 'ok'], [actor, 'ok']]));
    expect(storedParties(engine, sourceId).map((p) => [p.actor, p.targets])).toEqual(expected);
    expect(engine.caseFile.writer.prepare("SELECT count(*) FROM messages WHERE kind = 'system' AND author_id IS NULL").pluck().get()).toBe(2);
    const authors = engine.caseFile.writer.prepare('SELECT DISTINCT p.name FROM messages m JOIN participants p ON p.id = m.author_id').pluck().all();
    expect(authors).toEqual([actor]);
  });

  it('names who switched disappearing messages on and off in WA-3', async () => {
    const engine = openEngine();
    const marta = `~${NNBSP}Marta`;
    await importChat(
      engine,
      'WhatsApp Chat - Club.txt',
      ios([
        ['Club', `${LRM}Pablo Ruiz añadió a ${marta}`],
        [marta, `${LRM}${marta} activó los mensajes temporales.`],
        ['Pablo Ruiz', 'vale'],
        ['Pablo Ruiz', 'hasta luego'],
        ['Pablo Ruiz', `${LRM}Pablo Ruiz desactivó los mensajes temporales.`],
      ]),
    );
    const { findings } = await engine.api.listFindings({});
    const window = findings.find((f) => f.rule === 'WA-3');
    expect(window?.explanation).toContain(`switched on by ${marta} at`);
    expect(window?.explanation).toContain('until Pablo Ruiz changed the setting at');
  });
});

describe('a 500-member iOS group', () => {
  it('comes out with the right authors, system lines, deletions and the people of every notice', async () => {
    const engine = openEngine(join(tempDir(), 'c.threadline'));
    const chat = largeGroupChat();
    const sourceId = await importChat(engine, `WhatsApp Chat - ${LARGE_GROUP.title}.txt`, chat.text);
    const db = engine.caseFile.writer;
    const authors = db.prepare('SELECT DISTINCT p.name FROM messages m JOIN participants p ON p.id = m.author_id').pluck().all() as string[];
    expect(authors.sort()).toEqual(largeGroupAuthors().sort());
    expect(db.prepare("SELECT line_start FROM messages WHERE kind = 'system' ORDER BY seq").pluck().all()).toEqual(chat.systemLines);
    expect(db.prepare("SELECT line_start FROM messages WHERE subtype = 'deleted.admin' ORDER BY seq").pluck().all()).toEqual(chat.tombstoneLines);

    const stored = storedParties(engine, sourceId);
    const count = (subtype: string) => stored.filter((p) => p.subtype === subtype).length;
    expect(count('system.joined_via_link')).toBe(LARGE_GROUP.joinsByLink);
    expect(count('system.number_changed')).toBe(LARGE_GROUP.numberChanges);
    expect(count('system.added')).toBe(LARGE_GROUP.additions);
    // Each notice's actor is the member the line is about; the additions name the admin and the new member.
    expect(stored.filter((p) => p.subtype === 'system.joined_via_link').map((p) => p.actor)).toEqual(largeGroupAuthors().slice(1, LARGE_GROUP.joinsByLink + 1));
    expect(stored.filter((p) => p.subtype === 'system.added')).toEqual(
      Array.from({ length: LARGE_GROUP.additions }, (_, k) => expect.objectContaining({ actor: LARGE_GROUP.admin, targets: [memberName(600 + k)] })),
    );
    expect(stored.filter((p) => p.subtype?.startsWith('system.timer')).map((p) => p.actor)).toEqual([LARGE_GROUP.admin, LARGE_GROUP.admin]);
    // The only participants that write nothing are the members the admin added, who never speak.
    const silent = participants(engine, sourceId).filter((p) => p.messages === 0).map((p) => p.name);
    expect(silent).toEqual(Array.from({ length: LARGE_GROUP.additions }, (_, k) => memberName(600 + k)));
  });
});

describe('verify and the people of notices', () => {
  it('catches an edited actor, and still verifies a source whose digest was recorded in version 1', async () => {
    const engine = openEngine();
    const sourceId = await importChat(engine, 'WhatsApp Chat with Boat Club.txt', android(ANDROID_GROUP));
    const db = engine.caseFile.writer;
    expect((await engine.verifySources()).problems).toBe(0);

    // A digest of version 1 (before notice parties were covered), as an older Threadline recorded it.
    appendAudit(db, 'reread', { sourceId, storedDigest: storedDigest(db, sourceId, 1), digestVersion: 1 });
    expect((await engine.verifySources()).sources[0]!.stored.status).toBe('unchanged');
    appendAudit(db, 'reread', { sourceId, storedDigest: storedDigest(db, sourceId), digestVersion: 2 });

    const fay = db.prepare("SELECT id FROM participants WHERE name = 'Fay Gold'").pluck().get() as number;
    const changed = db.prepare("UPDATE notice_parties SET participant_id = ? WHERE role = 'actor' AND message_id = (SELECT id FROM messages WHERE seq = 1)").run(fay).changes;
    expect(changed).toBe(1);
    const result = await engine.verifySources();
    expect(result.sources[0]!.stored.status).toBe('changed');
    expect(result.problems).toBeGreaterThan(0);
  });
});
