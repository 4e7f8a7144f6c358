// Issue 16: real group chats. Each block is one class of error, tested on invented lines in the shapes
// the issue quotes: the old iOS layout with seconds and no comma, iOS notices printed under their actor's
// name, deletions by a named admin, newer authorless notices, invented authors, and who acted on whom.
import { describe, expect, it } from 'vitest';
import { Classifier } from '../../electron/backend/importers/whatsapp/classify';
import { matchHeader } from '../../electron/backend/importers/whatsapp/header';
import { LEXICONS } from '../../electron/backend/importers/whatsapp/lexicon';
import { adminDeletionEvent, looksLikeAuthor, recordBatch, splitAuthor } from '../../electron/backend/importers/whatsapp/parse';
import { LARGE_GROUP, largeGroupAuthors, largeGroupChat } from '../fixtures/whatsapp-group';
import { header, LRM, NNBSP, parseSource, parseText, sourceOf } from './whatsapp-helpers';

const classifier = new Classifier(LEXICONS);

describe('class 1: the old iOS layout `date time: name: text` (24-hour, seconds, no comma)', () => {
  it.each([
    ['08/10/13 14:07:41: Dana: text', ['08', '10', '13']],
    ['06-01-16 12:29:41: Dana: text', ['06', '01', '16']],
    ['8/10/2013 09:07:41: Dana: text', ['8', '10', '2013']],
  ])('%s is a colon header with seconds', (line, fields) => {
    expect(header(line)).toMatchObject({ layout: 'colon', fields, second: 41 });
  });
  it('the stamp is cut exactly and the rest starts at the author', () => {
    const line = '08/10/13 14:07:41: Dana: text';
    const h = header(line);
    expect(h.stampRaw).toBe('08/10/13 14:07:41');
    expect(line.slice(h.restStart)).toBe('Dana: text');
  });
  it('without seconds, a line starting `12/03/21 14:00: ` is text, not a header', () => {
    expect(matchHeader('12/03/21 14:00: dentist, then lunch')).toBeNull();
  });
  it('a whole file in the layout reads, group notices included, with one author and one system line', async () => {
    const { messages, scan } = await parseText('08/10/13 14:07:41: Dana: first\n08/10/13 14:08:02: Dana added Eli\n08/10/13 14:09:13: Dana: second\n');
    expect(scan.layouts.get('colon')).toBe(3);
    expect(messages.map((m) => [m.author, m.kind, m.subtype])).toEqual([
      ['Dana', 'text', null],
      [null, 'system', 'system.added'],
      ['Dana', 'text', null],
    ]);
    expect(messages[1]!.local).toMatchObject({ hour: 14, minute: 8, second: 2 });
  });
});

describe('class 2: iOS notices printed under their actor’s name are system lines, not the actor’s messages', () => {
  const cases: [string, string, string][] = [
    ['Ana Ruiz', 'Ana Ruiz changed their phone number to a new number. Tap to message or add the new number.', 'system.number_changed'],
    ['\u202A+51 912 000 111\u202C', '\u202A+51 912 000 111\u202C cambió su número de teléfono.', 'system.number_changed'],
    ['Lía Soto', 'Lía Soto se unió usando el enlace de invitación.', 'system.joined_via_link'],
    [`~${NNBSP}Marta`, `~${NNBSP}Marta turned on disappearing messages.`, 'system.timer_on'],
    [`~${NNBSP}Marta`, `~${NNBSP}Marta turned off disappearing messages.`, 'system.timer_off'],
    ['Ana Ruiz', 'Ana Ruiz pinned a message', 'system.pinned'],
    ['Ana Ruiz', 'Ana Ruiz is a contact.', 'system.contact'],
    ['Jonas Weber', 'Du hast diesen Kontakt blockiert.', 'system.blocked'],
    ['Ana Ruiz', 'You unblocked this contact.', 'system.unblocked'],
  ];
  it.each(cases)('%s: ‎%s', async (author, body, subtype) => {
    const text = `[08/10/2023, 14:07:41] Ben: hi\n[08/10/2023, 14:08:41] ${author}: ${LRM}${body}\n[08/10/2023, 14:09:41] Ben: ok\n`;
    const { messages, result } = await parseText(text);
    expect(messages[1]).toMatchObject({ author: null, kind: 'system', subtype });
    expect([...result.participants.keys()]).toEqual(['Ben']);
  });
  it('the timer switched on under the actor’s name is a timer notice (the expected-loss window needs it)', async () => {
    const { messages } = await parseText(`[08/10/2023, 14:07:41] ~${NNBSP}Marta: ${LRM}~${NNBSP}Marta turned on disappearing messages.\n`);
    expect(messages[0]).toMatchObject({ subtype: 'system.timer_on', parties: { actor: `~${NNBSP}Marta`, target: null } });
  });
  it('a notice in a wording no lexicon lists is still a system line by its shape (U+200E, then the author’s own name), with a warning', async () => {
    const { messages, result } = await parseText(`[08/10/2023, 14:07:41] Ben: hi\n[08/10/2023, 14:08:41] Dritan Hoxha: ${LRM}Dritan Hoxha ndryshoi numrin e telefonit\n`);
    expect(messages[1]).toMatchObject({ author: null, kind: 'system', subtype: 'system.unlisted', parties: { actor: 'Dritan Hoxha', target: null } });
    expect([...result.participants.keys()]).toEqual(['Ben']);
    expect(result.warnings.map((w) => [w.line, w.code])).toEqual([[2, 'unlisted_notice']]);
  });
  it('a chat name whose every line is marked with U+200E is not an author, whatever its notices say', async () => {
    const text = `[08/10/2023, 14:07:41] Klubi: ${LRM}Ana shtoi Ben\n[08/10/2023, 14:08:41] Ana: hi\n[08/10/2023, 14:09:41] Klubi: ${LRM}Ana hoqi Ben\n`;
    const { messages, result } = await parseText(text);
    expect(messages.map((m) => [m.author, m.kind])).toEqual([
      [null, 'system'],
      ['Ana', 'text'],
      [null, 'system'],
    ]);
    expect([...result.participants.keys()]).toEqual(['Ana']);
  });
  it('marked placeholders and tombstones keep their author; a person’s marked line that repeats no name stays theirs', async () => {
    const text = `[08/10/2023, 14:07:41] Ana: ${LRM}image omitted\n[08/10/2023, 14:08:41] Ana: ${LRM}This message was deleted.\n[08/10/2023, 14:09:41] Ana: ${LRM}Waiting for this message\n[08/10/2023, 14:10:41] Ana: hi\n`;
    const { messages } = await parseText(text);
    expect(messages.map((m) => [m.author, m.kind])).toEqual([
      ['Ana', 'media'],
      ['Ana', 'deleted'],
      ['Ana', 'text'],
      ['Ana', 'text'],
    ]);
  });
  it('without the mark and without repeating the name, a notice-like sentence stays the author’s message', async () => {
    const { messages } = await parseText('[08/10/2023, 14:07:41] Ben: Ana Ruiz pinned a message\n[08/10/2023, 14:08:41] Ben: ok\n');
    expect(messages[0]).toMatchObject({ author: 'Ben', kind: 'text' });
  });
});

describe('class 3: deletions by a named admin are tombstones with the admin as the actor', () => {
  it.each([
    [`${LRM}This message was deleted by admin ~${NNBSP}Sam Okoro.`, 'en', `~${NNBSP}Sam Okoro`],
    [`${LRM}Mensagem apagada por um admin (você)`, 'pt-BR', 'você'],
  ])('%s', (body, lang, admin) => {
    expect(classifier.classifyAuthored(body)).toMatchObject({ kind: 'deleted', subtype: 'deleted.admin', lang, parties: { actor: admin, target: null } });
  });
  it('the tombstone keeps its sender as author, and becomes a delete event by the admin on that message', async () => {
    const { messages } = await parseText('[08/10/2023, 14:07:41] Ben: hi\n[08/10/2023, 14:08:41] Lía: \u200EThis message was deleted by admin Sam Okoro.\n');
    const tombstone = messages[1]!;
    expect(tombstone).toMatchObject({ author: 'Lía', kind: 'deleted', deleted: true, subtype: 'deleted.admin' });
    expect(adminDeletionEvent(tombstone)).toMatchObject({ kind: 'delete', actor: 'Sam Okoro', targetSeq: 1, lineStart: 2, detail: { by: 'admin' } });
    expect(recordBatch(messages).events).toHaveLength(1);
  });
  it('an admin deletion that names no admin is a tombstone without a delete event', async () => {
    const { messages } = await parseText('[08/10/2023, 14:08:41] Lía: This message was deleted by an admin.\n');
    expect(messages[0]).toMatchObject({ subtype: 'deleted.admin', parties: null });
    expect(recordBatch(messages).events).toEqual([]);
  });
});

describe('class 4: newer Android notices without an author are system lines', () => {
  it.each([
    ['You pinned a message', 'system.pinned'],
    ['Ana Ruiz pinned a message', 'system.pinned'],
    ['You blocked this contact. Tap to unblock.', 'system.blocked'],
    ["Ana Ruiz reset this group's invite link", 'system.invite_link_reset'],
    ['Ana Ruiz turned on admin approval to join this group', 'system.settings_changed'],
    ['Ana Ruiz joined', 'system.joined'],
  ])('%s', async (body, subtype) => {
    const { messages, result } = await parseText(`08/10/2023, 14:07 - ${body}\n`);
    expect(messages[0]).toMatchObject({ author: null, kind: 'system', subtype });
    expect(result.warnings).toEqual([]);
  });
});

describe('class 5: an author must look like one', () => {
  it.each(['Ana Ruiz', 'Prof. Oak', '~\u202FPushname', '+51 912 000 111', 'Jessie & James', 'Doe, John', 'John Doe 🤓', '山田 太郎', 'محمد علي', 'राहुल शर्मा'])('%s looks like a name', (name) => {
    expect(looksLikeAuthor(name)).toBe(true);
  });
  it.each([
    'Please bring the keys tomorrow. Then we row',
    'Who has the keys?',
    'Ana added this group to the community',
    'Well, here is the list',
    'This is far too long to be anybody’s name in any address book at all really',
    // Scripts with their own sentence marks: full-width ？ ！ ； 。, the Arabic ؟ ؛ and the Devanagari danda.
    '谁有钥匙？答案',
    '會議改期了。清單',
    'من لديه المفاتيح؟ الجواب',
    'चाबी किसके पास है। जवाब',
  ])('%s is a sentence', (text) => {
    expect(looksLikeAuthor(text)).toBe(false);
  });
  it('a chat name that iOS prints before its own notice (U+200E after the colon) is taken even when it is no name', async () => {
    const { messages } = await parseText(`[08/10/2023, 14:07:41] Trip 2024?!: ${LRM}Ana Ruiz added Ben Ito\n[08/10/2023, 14:08:41] Ana Ruiz: hi\n`);
    expect(messages[0]).toMatchObject({ author: null, kind: 'system', subtype: 'system.added', parties: { actor: 'Ana Ruiz', target: 'Ben Ito' } });
  });
  it('a known author is taken as it is, whatever it looks like', () => {
    expect(splitAuthor('Who has the keys?: me', new Set(['Who has the keys?']))).toMatchObject({ author: 'Who has the keys?' });
  });
  it('in a chat exported without names, the sentence before the only `: ` is not an author; the line is warned about', async () => {
    const { messages, result } = await parseText('08/10/2023, 14:07 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n08/10/2023, 14:08 - The meeting moved to Friday, see the list: oars, cox box\n');
    expect(messages[1]).toMatchObject({ author: null, kind: 'unclassified' });
    expect(result.participants.size).toBe(0);
    expect(result.warnings.map((w) => [w.line, w.code])).toEqual([[2, 'unclassified']]);
  });
});

describe('who acted on whom, as the notice names them', () => {
  it.each([
    ['Ana Ruiz added Ben Ito', 'system.added', 'Ana Ruiz', 'Ben Ito'],
    [`~${NNBSP}Sam Okoro removed +51 912 000 111`, 'system.removed', `~${NNBSP}Sam Okoro`, '+51 912 000 111'],
    ['Ana Ruiz left', 'system.left', 'Ana Ruiz', null],
    ['Ana Ruiz made Ben Ito an admin', 'system.admin', 'Ana Ruiz', 'Ben Ito'],
    ['+51 912 000 111 changed to +51 912 000 222', 'system.number_changed', '+51 912 000 111', '+51 912 000 222'],
    ['Ana Ruiz hat Ben Ito hinzugefügt', 'system.added', 'Ana Ruiz', 'Ben Ito'],
    ['Ana Ruiz a retiré Ben Ito', 'system.removed', 'Ana Ruiz', 'Ben Ito'],
    ['Ana Ruiz removeu Ben Ito', 'system.removed', 'Ana Ruiz', 'Ben Ito'],
    ['Ana Ruiz menambahkan Ben Ito', 'system.added', 'Ana Ruiz', 'Ben Ito'],
  ])('%s', (body, subtype, actor, target) => {
    expect(classifier.classifyAuthorless(`${LRM}${body}`)).toMatchObject({ kind: 'system', subtype, parties: { actor, target } });
  });
  it('a fixed notice names nobody', () => {
    expect(classifier.classifyAuthorless('You were added')).toMatchObject({ subtype: 'system.added', parties: null });
  });
});

describe('a 500-member group with admin deletions, number changes and joins by link', () => {
  it('comes out with the right authors, system lines and deletions', async () => {
    const chat = largeGroupChat();
    const { messages } = await parseText(chat.text);
    const authors = new Set(messages.filter((m) => m.author !== null).map((m) => m.author));
    expect([...authors].sort()).toEqual(largeGroupAuthors().sort());
    const lineOf = (m: { lineStart: number | null }) => m.lineStart!;
    expect(messages.filter((m) => m.kind === 'system').map(lineOf)).toEqual(chat.systemLines);
    expect(messages.filter((m) => m.deleted).map(lineOf)).toEqual(chat.tombstoneLines);
    expect(chat.systemLines).toHaveLength(1 + LARGE_GROUP.joinsByLink + LARGE_GROUP.numberChanges + LARGE_GROUP.additions + LARGE_GROUP.timers);
    expect(recordBatch(messages).events.map((e) => e.actor)).toEqual(Array(LARGE_GROUP.adminDeletions).fill(LARGE_GROUP.admin));
    expect(messages.filter((m) => m.kind === 'unclassified')).toEqual([]);
  });
});

describe('class 7: lines ending in CR CR LF are numbered as `grep -n` and editors number them', () => {
  // The first body is longer than the reader's encoding sniff, so that the later chunks arrive as cut.
  const text = `08/10/2023, 14:07 - Ana: ${'x'.repeat(5000)}\r\r\n08/10/2023, 14:08 - Ben: two\r\r\nand more\r\r\n08/10/2023, 14:09 - Ana: three\r\r\n`;
  const firstCr = text.indexOf('\r');
  const secondEnd = text.indexOf('\r', firstCr + 3);
  it.each([
    ['one chunk', [text]],
    ['a chunk ending between the two CRs', [text.slice(0, firstCr + 1), text.slice(firstCr + 1)]],
    ['a chunk ending after the two CRs', [text.slice(0, secondEnd + 2), text.slice(secondEnd + 2)]],
    ['one CR per chunk', [text.slice(0, firstCr + 1), '\r', text.slice(firstCr + 2)]],
  ])('%s', async (_name, chunks) => {
    const { messages } = await parseSource(sourceOf(...chunks));
    expect(messages.map((m) => [m.lineStart, m.lineEnd])).toEqual([
      [1, 1],
      [2, 3],
      [4, 4],
    ]);
    expect(messages[1]!.body).toBe('two\r\r\nand more');
  });
});
