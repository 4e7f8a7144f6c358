// The resolution rules (electron/backend/people/resolve.ts, suggestions.ts, decisions.ts) on a case
// whose sources and participants are written directly: strong keys merge, names only suggest, and a
// reviewer's merge or unmerge stands whatever is imported after it.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/backend/audit/log';
import { openCase, type CaseFile } from '../../electron/backend/case/open';
import { mergePersons, unmergeParticipant } from '../../electron/backend/people/decisions';
import { listPersons } from '../../electron/backend/people/persons';
import { resolvePersons } from '../../electron/backend/people/resolve';
import { personSuggestions } from '../../electron/backend/people/suggestions';
import { tempDir } from '../support/temp';

let open: CaseFile | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

function emptyCase(): CaseFile {
  open = openCase(join(tempDir(), 'case.threadline'), { create: true });
  return open;
}

let sources = 0;
/** A complete source of `format` with one conversation and these participants (name, native id, messages). */
function addSource(cf: CaseFile, participants: [name: string, nativeId: string | null, messages: number][], format = 'whatsapp'): { sourceId: number; ids: Record<string, number> } {
  const db = cf.writer;
  sources++;
  const sourceId = Number(
    db
      .prepare(
        `INSERT INTO sources(status, path, file_name, sha256, size, format, format_detail, parser_version, time_zone, time_zone_assumed,
           date_order_ambiguous, date_order_locked, date_order_evidence, imported_at)
         VALUES ('complete', ?, ?, ?, 1, ?, '', 'test', 'UTC', 0, 0, 0, '', 0)`,
      )
      .run(`/evidence/chat-${sources}.txt`, `chat-${sources}.txt`, String(sources).padStart(64, '0'), format).lastInsertRowid,
  );
  db.prepare(`INSERT INTO conversations(source_id, title, kind) VALUES (?, 'chat', 'direct')`).run(sourceId);
  const ids: Record<string, number> = {};
  for (const [name, nativeId, messages] of participants) {
    ids[name] = Number(db.prepare('INSERT INTO participants(source_id, name, native_id, message_count) VALUES (?, ?, ?, ?)').run(sourceId, name, nativeId, messages).lastInsertRowid);
  }
  return { sourceId, ids };
}

function personOf(cf: CaseFile, participantId: number) {
  const person = listPersons(cf.reader).find((p) => p.participants.some((x) => x.id === participantId));
  if (!person) throw new Error(`participant ${participantId} has no person`);
  return person;
}

describe('automatic resolution', () => {
  it('makes one person of the same number written differently in two sources', () => {
    const cf = emptyCase();
    const a = addSource(cf, [['Ana Ruiz', null, 5], ['+44 7700 900123', null, 3]]);
    const b = addSource(cf, [['Ben Okafor', null, 4], ['+34 612 34 56 78', null, 2]]);
    const c = addSource(cf, [['447700900123@s.whatsapp.net Ben Okafor', null, 7]], 'forensic-csv');
    resolvePersons(cf.writer);
    const ben = personOf(cf, a.ids['+44 7700 900123']!);
    expect(ben.participants.map((p) => [p.id, p.method, p.evidence])).toEqual([
      [a.ids['+44 7700 900123'], 'phone', '+447700900123'],
      [c.ids['447700900123@s.whatsapp.net Ben Okafor'], 'phone', '+447700900123'],
    ]);
    // Named after a name rather than a bare number, whatever has more messages.
    expect(ben.name).toBe('Ben Okafor');
    expect(personOf(cf, b.ids['Ben Okafor']!).participants).toHaveLength(1);
    expect(listPersons(cf.reader)).toHaveLength(4);
    // The join is a decision on evidence, and logged as one.
    expect(listAudit(cf.reader, 1)[0]).toMatchObject({
      action: 'people.resolve',
      detail: { grouped: [{ participantId: c.ids['447700900123@s.whatsapp.net Ben Okafor'], personId: ben.id, method: 'phone', evidence: '+447700900123' }] },
    });
  });

  it('never merges on a name: the same name in two sources is a suggestion', () => {
    const cf = emptyCase();
    const a = addSource(cf, [['Dmitry S', null, 3], ['Elon', null, 2]]);
    const b = addSource(cf, [['~\u00A0Dmitry S', null, 1], ['Elon Musk', null, 1]]);
    resolvePersons(cf.writer);
    expect(personOf(cf, a.ids['Dmitry S']!).id).not.toBe(personOf(cf, b.ids['~\u00A0Dmitry S']!).id);
    const suggestions = personSuggestions(cf.reader);
    expect(suggestions).toEqual([
      expect.objectContaining({ reason: 'same_name', value: 'Dmitry S', personIds: [personOf(cf, a.ids['Dmitry S']!).id, personOf(cf, b.ids['~\u00A0Dmitry S']!).id] }),
    ]);
  });

  it("offers one source's own participants together only when they differ in nothing but invisible marks", () => {
    const cf = emptyCase();
    const a = addSource(cf, [['Dana', null, 3], ['~ Dana', null, 1], ['Tom\u200E Kessler', null, 2], ['Tom Kessler', null, 2]]);
    resolvePersons(cf.writer);
    expect(personSuggestions(cf.reader).map((s) => s.personIds)).toEqual([[personOf(cf, a.ids['Tom\u200E Kessler']!).id, personOf(cf, a.ids['Tom Kessler']!).id]]);
  });

  it('joins accounts of one app, and not ids that mean something only inside their own file', () => {
    const cf = emptyCase();
    const w1 = addSource(cf, [['user002', 'user002', 4]], 'wickr');
    const w2 = addSource(cf, [['Bob', 'user002', 1]], 'wickr');
    const r1 = addSource(cf, [['Alice', '1', 1]], 'rsmf');
    const r2 = addSource(cf, [['Carol', '1', 1]], 'rsmf');
    resolvePersons(cf.writer);
    expect(personOf(cf, w1.ids['user002']!).participants.map((p) => p.id)).toEqual([w1.ids['user002'], w2.ids['Bob']]);
    expect(personOf(cf, w1.ids['user002']!).participants.map((p) => p.identity)).toEqual([
      { kind: 'account', key: 'wickr:user002' },
      { kind: 'account', key: 'wickr:user002' },
    ]);
    expect(personOf(cf, r1.ids['Alice']!).id).not.toBe(personOf(cf, r2.ids['Carol']!).id);
  });

  it('logs nothing when every participant stays on its own', () => {
    const cf = emptyCase();
    addSource(cf, [['Ana', null, 1], ['Ben', null, 1]]);
    expect(resolvePersons(cf.writer)).toMatchObject({ identified: 2, personsCreated: 2, grouped: [] });
    expect(listAudit(cf.reader, 10)).toEqual([]);
  });

  it('resolves only what is new, and keeps person ids across runs', () => {
    const cf = emptyCase();
    const a = addSource(cf, [['+44 7700 900123', null, 3]]);
    resolvePersons(cf.writer);
    const before = personOf(cf, a.ids['+44 7700 900123']!);
    expect(before.participants[0]!.method).toBe('single');
    const b = addSource(cf, [['Ben', '+447700900123', 2]], 'wickr');
    const second = resolvePersons(cf.writer);
    expect(second.identified).toBe(1);
    const after = personOf(cf, b.ids['Ben']!);
    expect(after.id).toBe(before.id);
    // The first holder of the number now shares it: that is why it belongs.
    expect(after.participants.map((p) => p.method)).toEqual(['phone', 'phone']);
    expect(resolvePersons(cf.writer).identified).toBe(0);
  });
});

describe("a reviewer's decisions", () => {
  it('a merge stands after later imports, and a later holder of a merged number joins it', () => {
    const cf = emptyCase();
    const a = addSource(cf, [['Ana Ruiz', null, 5]]);
    const b = addSource(cf, [['+34 612 34 56 78', null, 2]]);
    resolvePersons(cf.writer);
    const merged = mergePersons(cf.writer, [personOf(cf, b.ids['+34 612 34 56 78']!).id, personOf(cf, a.ids['Ana Ruiz']!).id], undefined, 'reviewer1');
    expect(merged.name).toBe('Ana Ruiz');
    expect(merged.participants.find((p) => p.id === b.ids['+34 612 34 56 78'])).toMatchObject({ method: 'reviewer', decidedBy: 'reviewer1' });

    const c = addSource(cf, [['Ana', '+34612345678', 9], ['Ana Ruiz', null, 1]], 'wickr');
    resolvePersons(cf.writer);
    const after = personOf(cf, a.ids['Ana Ruiz']!);
    expect(after.id).toBe(merged.id);
    expect(after.participants.map((p) => p.id).sort()).toEqual([a.ids['Ana Ruiz'], b.ids['+34 612 34 56 78'], c.ids['Ana']].sort());
    // The new 'Ana Ruiz' has no number: only a suggestion.
    expect(personOf(cf, c.ids['Ana Ruiz']!).id).not.toBe(merged.id);
    expect(personSuggestions(cf.reader).some((s) => s.personIds.includes(merged.id) && s.reason === 'same_name')).toBe(true);
  });

  it('a name given at the merge is kept when more participants join', () => {
    const cf = emptyCase();
    const a = addSource(cf, [['D.W.', null, 1], ['+44 7700 900123', null, 1]]);
    resolvePersons(cf.writer);
    mergePersons(cf.writer, [personOf(cf, a.ids['D.W.']!).id, personOf(cf, a.ids['+44 7700 900123']!).id], 'Dana Whitfield', 'reviewer1');
    addSource(cf, [['Dana W', '+447700900123', 40]], 'wickr');
    resolvePersons(cf.writer);
    expect(personOf(cf, a.ids['D.W.']!)).toMatchObject({ name: 'Dana Whitfield', nameSource: 'reviewer' });
  });

  it('an unmerge separates for good: no suggestion, and a later holder of the number is not guessed into either', () => {
    const cf = emptyCase();
    const a = addSource(cf, [['+44 7700 900123', null, 3]]);
    const b = addSource(cf, [['Shared phone', '+447700900123', 2]], 'wickr');
    resolvePersons(cf.writer);
    const together = personOf(cf, a.ids['+44 7700 900123']!);
    expect(together.participants).toHaveLength(2);

    const { person, from } = unmergeParticipant(cf.writer, b.ids['Shared phone']!, 'reviewer1');
    expect(from.id).toBe(together.id);
    expect(person.participants).toEqual([expect.objectContaining({ id: b.ids['Shared phone'], method: 'reviewer', decidedBy: 'reviewer1' })]);
    expect(personSuggestions(cf.reader)).toEqual([]);

    const c = addSource(cf, [['+44 7700 900123', null, 1]]);
    const resolution = resolvePersons(cf.writer);
    expect(resolution.keptApart).toEqual([{ participantId: c.ids['+44 7700 900123'], key: '+447700900123', personIds: [together.id, person.id] }]);
    const third = personOf(cf, c.ids['+44 7700 900123']!);
    expect(third.participants).toHaveLength(1);
    expect(personOf(cf, b.ids['Shared phone']!).id).toBe(person.id);
    expect(personSuggestions(cf.reader).map((s) => [s.reason, s.personIds])).toEqual([
      ['same_phone', [together.id, third.id]],
      ['same_phone', [person.id, third.id]],
    ]);
  });

  it('a merge of separated participants voids the separation', () => {
    const cf = emptyCase();
    const a = addSource(cf, [['Tom', null, 1]]);
    const b = addSource(cf, [['Tom', null, 1]]);
    resolvePersons(cf.writer);
    const merged = mergePersons(cf.writer, [personOf(cf, a.ids['Tom']!).id, personOf(cf, b.ids['Tom']!).id], undefined, 'r');
    unmergeParticipant(cf.writer, b.ids['Tom']!, 'r');
    expect(personSuggestions(cf.reader)).toEqual([]);
    mergePersons(cf.writer, [merged.id, personOf(cf, b.ids['Tom']!).id], undefined, 'r');
    const again = unmergeParticipant(cf.writer, a.ids['Tom']!, 'r');
    expect(again.from.participants.map((p) => p.id)).toEqual([b.ids['Tom']]);
  });

  it('refuses what cannot be decided', () => {
    const cf = emptyCase();
    const a = addSource(cf, [['Tom', null, 1], ['Ana', null, 1]]);
    resolvePersons(cf.writer);
    const tom = personOf(cf, a.ids['Tom']!).id;
    expect(() => mergePersons(cf.writer, [tom, tom], undefined, 'r')).toThrow(/at least two different persons/);
    expect(() => mergePersons(cf.writer, [tom, 9999], undefined, 'r')).toThrow(/no person 9999/);
    expect(() => unmergeParticipant(cf.writer, a.ids['Tom']!, 'r')).toThrow(/already a person of its own/);
  });
});
