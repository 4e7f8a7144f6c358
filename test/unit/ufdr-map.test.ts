// The mapping rules of the Cellebrite report importer, each on models written here.
import { describe, expect, it } from 'vitest';
import {
  accountIdsOf,
  attachmentPlanOf,
  bodyOf,
  chatTitleOf,
  conversationKindOf,
  decodedFromOf,
  deletionOf,
  directionOf,
  particularsOf,
  partyOf,
  relationsOf,
  reportPath,
  stampOf,
  taggedFileOf,
  timeSpanSeconds,
  uncertaintyOf,
  type TaggedFile,
} from '../../electron/backend/importers/ufdr/map';
import { fieldValue, indexRunOf, jumpTargets, subModels } from '../../electron/backend/importers/ufdr/model';
import { readReport, type XNode } from '../../electron/backend/importers/ufdr/xml';
import { field, messageXml, NS, type MessageSpec } from '../fixtures/ufdr';

/** The first unit's subtree of a report text, read by the streaming reader itself. */
async function nodeOf(xml: string): Promise<XNode> {
  const source = async function* () {
    yield Buffer.from(xml);
  };
  for await (const units of readReport(source, { label: 'r.xml', isCancelled: () => false, warn: () => {} })) {
    for (const u of units) if ('node' in u) return u.node;
  }
  throw new Error('no unit');
}

const message = (m: Partial<MessageSpec> & { state?: string; confidence?: string } = {}) =>
  nodeOf(`<model type="InstantMessage" id="${m.id ?? 'm1'}" deleted_state="${m.state ?? 'Intact'}" decoding_confidence="${m.confidence ?? 'High'}" source_index="7">${messageXml({ id: 'm1', ...m }, 'WhatsApp')}</model>`);

const party = (xml: string) => nodeOf(`<model type="Party" id="p">${xml}</model>`);

describe('model grammar', () => {
  it('reads fields, empty values as absent, sub-models of both field forms, jump targets', async () => {
    const m = await nodeOf(
      `<model type="X" id="x">${field('A', 'one')}${field('B', null)}<modelField name="F" type="Party"><model type="Party" id="p1"/></modelField><multiModelField name="T" type="Party"><model type="Party" id="p2"/><model type="Party" id="p3"/></multiModelField><jumptargets name=""><targetid ismodel="false">f-1</targetid><targetid ismodel="true">m-9</targetid></jumptargets></model>`,
    );
    expect([fieldValue(m, 'A'), fieldValue(m, 'B'), fieldValue(m, 'C')]).toEqual(['one', null, null]);
    expect(subModels(m, 'F').map((p) => p.attrs.id)).toEqual(['p1']);
    expect(subModels(m, 'T').map((p) => p.attrs.id)).toEqual(['p2', 'p3']);
    expect(jumpTargets(m)).toEqual([
      { id: 'f-1', isModel: false },
      { id: 'm-9', isModel: true },
    ]);
  });

  it("a model's run of report indexes takes in its nested models on either side, not a Party numbered elsewhere", async () => {
    const m = await nodeOf(
      `<model type="InstantMessage" source_index="20"><modelField name="From"><model type="Party" source_index="3"/></modelField><multiModelField name="EmbeddedInstantMessage"><model type="InstantMessage" source_index="18"><multiModelField name="Attachments"><model type="Attachment" source_index="19"/></multiModelField></model></multiModelField><multiModelField name="MessageExtraData"><model type="QuotedMessageData" source_index="21"/></multiModelField></model>`,
    );
    expect(indexRunOf(m)).toEqual([18, 21]);
    expect(indexRunOf(await nodeOf('<model type="InstantMessage"/>'))).toBeNull();
  });

  it('decodes a Base64String value', async () => {
    const m = await nodeOf(`<model type="X"><field name="Body" type="String"><value type="String" format="Base64String">${Buffer.from('hé').toString('base64')}</value></field></model>`);
    expect(fieldValue(m, 'Body')).toBe('hé');
  });
});

describe('partyOf', () => {
  it('reads identifier, name and the owner and admin flags; an empty flag is unknown', async () => {
    expect(partyOf(await party(`${field('Identifier', '1555@s.whatsapp.net')}${field('Name', 'Ana')}${field('IsPhoneOwner', 'True', 'Boolean')}${field('IsGroupAdmin', null, 'Boolean')}`))).toEqual({
      identifier: '1555@s.whatsapp.net',
      name: 'Ana',
      isOwner: true,
      isAdmin: null,
    });
  });
});

describe('directionOf', () => {
  const none = new Set<string>();
  it('the sender being the phone owner decides first', async () => {
    expect(directionOf(await message({ status: 'Read' }), { identifier: 'a', name: null, isOwner: true, isAdmin: null }, none)).toEqual({ direction: 'outgoing', by: 'From IsPhoneOwner' });
  });
  it("the owner's account, when the flag is empty", async () => {
    expect(directionOf(await message(), { identifier: 'me', name: null, isOwner: null, isAdmin: null }, new Set(['me']))).toEqual({ direction: 'outgoing', by: "the phone owner's account" });
  });
  it('Status: Sent and Unsent are outgoing, Read and Unread incoming, Default says nothing', async () => {
    const who = { identifier: 'x', name: null, isOwner: null, isAdmin: null };
    expect(directionOf(await message({ status: 'Unsent' }), who, none).direction).toBe('outgoing');
    expect(directionOf(await message({ status: 'Unread' }), who, none).direction).toBe('incoming');
    expect(directionOf(await message({ status: 'Default' }), who, none)).toEqual({ direction: null, by: null });
  });
});

describe('deletionOf', () => {
  it('Deleted and Trash are deletions with their state; Intact and Unknown are not', () => {
    expect(deletionOf('Deleted', 'Intact')).toEqual({ deleted: true, state: 'Deleted', byChat: false });
    expect(deletionOf('Trash', undefined)).toEqual({ deleted: true, state: 'Trash', byChat: false });
    expect(deletionOf('Unknown', 'Intact')).toEqual({ deleted: false, state: 'Unknown', byChat: false });
  });
  it("a message of a deleted chat is deleted by the chat's state", () => {
    expect(deletionOf('Intact', 'Deleted')).toEqual({ deleted: true, state: 'Deleted', byChat: true });
  });
});

describe('bodyOf', () => {
  it('Body, else Snippet, else empty', async () => {
    expect(bodyOf(await message({ body: 'hi' }))).toBe('hi');
    expect(bodyOf(await nodeOf(`<model type="InstantMessage">${field('Snippet', 'snip')}</model>`))).toBe('snip');
    expect(bodyOf(await message())).toBe('');
  });
});

describe('stampOf', () => {
  it('an offset makes an instant and is kept as written', () => {
    expect(stampOf('2024-03-04T10:00:00.250+01:00')).toEqual({ raw: '2024-03-04T10:00:00.250+01:00', instant: { us: Date.UTC(2024, 2, 4, 9, 0, 0, 250) * 1000, fine: false }, local: null });
  });
  it('no offset makes a wall-clock time; nonsense makes none', () => {
    expect(stampOf('2024-03-04T10:00:00')?.local).toEqual({ year: 2024, month: 3, day: 4, hour: 10, minute: 0, second: 0 });
    expect(stampOf('yesterday')).toBeNull();
    expect(stampOf(null)).toBeNull();
  });
});

describe('conversation kind and title', () => {
  it('ChatType decides, else the number of participants', () => {
    expect(conversationKindOf('OneOnOne', 5)).toBe('direct');
    expect(conversationKindOf('Broadcast', 1)).toBe('group');
    expect(conversationKindOf(null, 3)).toBe('group');
    expect(conversationKindOf('Unknown', 1)).toBe('unknown');
  });
  it('the Name, else the people other than the owner, else the app id, else the app', () => {
    const owner = { identifier: 'o', name: 'Owner', isOwner: true, isAdmin: null };
    const peer = { identifier: '1555', name: null, isOwner: false, isAdmin: null };
    expect(chatTitleOf('Team', [owner, peer], 'x', 'WhatsApp')).toBe('Team');
    expect(chatTitleOf(null, [owner, peer], 'x', 'WhatsApp')).toBe('1555');
    expect(chatTitleOf(null, [owner], 'x@g.us', 'WhatsApp')).toBe('x@g.us');
    expect(chatTitleOf(null, [], null, 'Confide')).toBe('Confide chat');
  });
});

describe('relationsOf', () => {
  const original: MessageSpec = { id: 'orig', identifier: 'APP-ORIG', body: 'the original', from: { identifier: '1555', name: 'Ana' } };
  it('a reply names the quoted message by its app id and keeps the quote, which is no message of its own', async () => {
    const r = relationsOf(await message({ body: 'answer', quotes: { message: original, label: 'Reply' } }));
    expect(r.replyTo).toBe('APP-ORIG');
    expect(r.quoted).toEqual([{ modelId: 'orig', identifier: 'APP-ORIG', author: 'Ana', body: 'the original' }]);
  });
  it('a forward keeps its original as a quote but replies to nothing', async () => {
    const r = relationsOf(await message({ quotes: { message: original, label: 'Forwarded' } }));
    expect(r).toMatchObject({ replyTo: null, labels: ['Forwarded'] });
    expect(r.quoted).toHaveLength(1);
  });
});

describe('files and attachments', () => {
  const fileXml = `<project xmlns="${NS}"><taggedFiles><file id="f-1" path="/data/a.jpg" size="3" deleted="Intact"><metadata section="File"><item name="Local Path"><![CDATA[files\\Image\\ a.jpg]]></item><item name="SHA256"><![CDATA[]]></item><item name="MD5"><![CDATA[ABC]]></item></metadata></file></taggedFiles></project>`;
  it('reportPath makes backslashes slashes and trims padded segments', () => {
    expect(reportPath('files\\Audio\\ PTT.opus ')).toBe('files/Audio/PTT.opus');
  });
  it('taggedFileOf reads the Local Path and hashes (an empty SHA256 is none)', async () => {
    expect(taggedFileOf(await nodeOf(fileXml))).toEqual({ id: 'f-1', localPath: 'files/Image/a.jpg', sha256: null, md5: 'abc', size: 3, devicePath: '/data/a.jpg', deleted: 'Intact' });
  });
  it('attachmentPlanOf follows file_id first, then attachment_extracted_path, and names an unknown file id', async () => {
    const files = new Map<string, TaggedFile>([['f-1', { id: 'f-1', localPath: 'files/Image/a.jpg', sha256: null, md5: 'abc', size: 3, devicePath: null, deleted: null }]]);
    const att = (xml: string) => nodeOf(xml);
    expect(attachmentPlanOf(await att(`<model type="Attachment" file_id="f-1">${field('attachment_extracted_path', 'files\\other.jpg')}</model>`), files)).toMatchObject({
      name: 'a.jpg',
      path: 'files/Image/a.jpg',
      via: 'file_id',
      reportMd5: 'abc',
    });
    expect(attachmentPlanOf(await att(`<model type="Attachment" file_id="nope">${field('Filename', 'v.mp4')}${field('attachment_extracted_path', 'files\\Video\\v.mp4')}</model>`), files)).toMatchObject({
      name: 'v.mp4',
      path: 'files/Video/v.mp4',
      via: 'extracted_path',
      unknownFile: true,
    });
  });
});

describe('uncertainty, accounts, particulars, decoded-from', () => {
  it('a confidence other than High and a missing Identifier are said', async () => {
    expect(uncertaintyOf(await message({ confidence: 'Low', identifier: null }))).toEqual(['decoding confidence Low', 'no Identifier']);
    expect(uncertaintyOf(await message())).toEqual([]);
  });
  it("a UserAccount's Username and entry values are the owner's ids", async () => {
    expect(accountIdsOf(await nodeOf(`<model type="UserAccount">${field('Username', 'dana')}<multiModelField name="Entries" type="ContactEntry"><model type="UserID">${field('Value', '1555@s.whatsapp.net')}</model></multiModelField></model>`))).toEqual([
      'dana',
      '1555@s.whatsapp.net',
    ]);
  });
  it('case fields are named by fieldType, not by their localised name', async () => {
    const node = await nodeOf(`<project xmlns="${NS}"><caseInformation><field name="Fallnummer" fieldType="CaseNumber">K-1</field><field name="Prüfer" fieldType="ExaminerName">Eva</field></caseInformation></project>`);
    expect(particularsOf(node)).toEqual([
      { name: 'Case number', value: 'K-1' },
      { name: 'Examiner', value: 'Eva' },
    ]);
  });
  it('extraInfo names the database file and row a model was decoded from', async () => {
    const node = await nodeOf(`<project xmlns="${NS}"><extraInfo id="m-1"><nodeInfo id="n" path="/db/msgstore.db" tableName="messages" offset="8192"/></extraInfo></project>`);
    expect(decodedFromOf(node)).toEqual({ modelId: 'm-1', nodes: [{ id: 'n', path: '/db/msgstore.db', tableName: 'messages', offset: '8192' }] });
  });
});

describe('timeSpanSeconds', () => {
  it('reads a TimeSpan or seconds; zero is no timer', () => {
    expect(timeSpanSeconds('00:00:10')).toBe(10);
    expect(timeSpanSeconds('1.02:00:00')).toBe(93600);
    expect(timeSpanSeconds('30')).toBe(30);
    expect(timeSpanSeconds('00:00:00')).toBeNull();
    expect(timeSpanSeconds(null)).toBeNull();
  });
});
