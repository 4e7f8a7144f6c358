// The streaming reader of report.xml: units in document order whatever the chunking, illegal
// character references kept as text, a report cut short read up to the fault, detection by content.
import { describe, expect, it } from 'vitest';
import { looksLikeReportXml } from '../../electron/backend/importers/ufdr';
import { legalXmlText, readReport, unfinishedReference, type ReportUnit } from '../../electron/backend/importers/ufdr/xml';
import { BadInputError, CancelledError } from '../../electron/backend/importers/types';
import { oneChatReport, OWNER, PEER, reportXml } from '../fixtures/ufdr';

const SPEC = oneChatReport(
  [
    { id: 'm-1', from: PEER, body: 'one', time: '2024-01-01T10:00:00+00:00' },
    { id: 'm-2', from: OWNER, body: 'two', time: '2024-01-01T10:01:00+00:00' },
  ],
  { ownerAccounts: ['15550100001@s.whatsapp.net'] },
);

async function unitsOf(text: string | Buffer, chunk = 1 << 16, warnings: string[] = []): Promise<ReportUnit[]> {
  const bytes = Buffer.from(text);
  const source = async function* () {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  };
  const out: ReportUnit[] = [];
  for await (const units of readReport(source, { label: 'report.xml', isCancelled: () => false, warn: (_l, code) => warnings.push(code) })) out.push(...units);
  return out;
}

const summary = (units: ReportUnit[]) => units.map((u) => ('node' in u ? `${u.kind}:${u.node.name}${u.node.attrs.id ? `#${u.node.attrs.id}` : ''}` : u.kind));

describe('readReport', () => {
  it('hands on particulars, files, each message of a chat apart, and the other models, in document order', async () => {
    expect(summary(await unitsOf(reportXml(SPEC)))).toEqual([
      'project',
      'particular:extractionInfo#1',
      'particular:caseInformation',
      'particular:metadata',
      'particular:metadata',
      'file:file#f-1',
      'chatStart',
      ...Array(6).fill('chatPart:field'),
      'chatPart:multiModelField',
      'message:model#m-1',
      'message:model#m-2',
      'chatEnd',
      'model:model#acct-15550100001@s.whatsapp.net',
    ]);
  });

  it('gives the same units whatever the chunk size, down to one byte', async () => {
    const whole = await unitsOf(reportXml(SPEC));
    const bytewise = await unitsOf(reportXml(SPEC), 1);
    expect(bytewise.map((u) => ('node' in u ? JSON.stringify(u.node) : u.kind))).toEqual(whole.map((u) => ('node' in u ? JSON.stringify(u.node) : u.kind)));
  });

  it('keeps illegal character references as their own text, split across chunks or not, and says so', async () => {
    const spec = { ...SPEC, chats: [{ ...SPEC.chats[0]!, messages: [{ id: 'm-1', from: PEER, body: 'PLACEHOLDER', time: '2024-01-01T10:00:00+00:00' }] }] };
    const xml = reportXml(spec).replace('<![CDATA[PLACEHOLDER]]>', 'a&#x1;b&#0;c&#x41;&#9;d\u0007');
    for (const chunk of [1, 7, 1 << 16]) {
      const warnings: string[] = [];
      const message = (await unitsOf(xml, chunk, warnings)).find((u) => u.kind === 'message')!;
      const body = 'node' in message ? message.node.children.find((c) => c.attrs.name === 'Body')!.children[0]!.text : '';
      expect(body).toBe('a&#x1;b&#0;cA\td\uFFFD');
      expect(warnings).toEqual(['xml_illegal_characters']);
    }
  });

  it('a bare Chat model (a published fragment) reads as a chat', async () => {
    const xml = reportXml(SPEC);
    const chat = xml.slice(xml.indexOf('<model type="Chat"'), xml.indexOf('</modelType>'));
    expect(summary(await unitsOf(chat)).filter((k) => k.startsWith('message') || k.startsWith('chat'))).toContain('message:model#m-2');
  });

  it('a report cut short is read up to the fault and the fault is said with its line', async () => {
    const xml = reportXml(SPEC);
    const warnings: string[] = [];
    const units = await unitsOf(xml.slice(0, xml.indexOf('m-2') + 200), 1 << 16, warnings);
    expect(summary(units)).toContain('message:model#m-1');
    expect(summary(units)).not.toContain('message:model#m-2');
    expect(warnings).toEqual(['xml_not_well_formed']);
  });

  it('refuses XML whose root is not a report’s, and bytes that are not XML', async () => {
    await expect(unitsOf('<?xml version="1.0"?><html><body/></html>')).rejects.toThrow(new BadInputError("report.xml is XML, but its root element is <html>, not a Cellebrite report's <project> (or a <model> of one)."));
    await expect(unitsOf(Buffer.from([0x8a, 0x13, 0xff, 0x00, 0x41]))).rejects.toThrow(/^report\.xml is not a readable XML report \(/);
  });

  it('stops with CancelledError when cancelled between chunks', async () => {
    const bytes = Buffer.from(reportXml(SPEC));
    let chunks = 0;
    const source = async function* () {
      for (let i = 0; i < bytes.length; i += 100) yield bytes.subarray(i, i + 100);
    };
    const read = async () => {
      for await (const _ of readReport(source, { label: 'r', isCancelled: () => ++chunks > 3, warn: () => {} })) void _;
    };
    await expect(read()).rejects.toThrow(CancelledError);
  });
});

describe('legalXmlText and unfinishedReference', () => {
  it('rewrites only the references and characters XML 1.0 forbids', () => {
    expect(legalXmlText('&#x1F;&#x20;&#10;&#13;&#x0000;&amp;\u0001')).toEqual({ text: '&amp;#x1F;&#x20;&#10;&#13;&amp;#x0000;&amp;\uFFFD', references: 2, characters: 1 });
  });
  it('holds back the end of a chunk that may be a reference the next chunk completes', () => {
    expect(unfinishedReference('abc&#x')).toBe(3);
    expect(unfinishedReference('abc&#x1;')).toBe(0);
    expect(unfinishedReference('abc')).toBe(0);
  });
});

describe('detection by content', () => {
  it('a project in the report namespace, or a bare model or modelType of one', () => {
    expect(looksLikeReportXml(reportXml(SPEC))).toBe(true);
    expect(looksLikeReportXml('<model type="Chat" id="x">\n  <field name="Source" type="String">')).toBe(true);
    expect(looksLikeReportXml('<?xml version="1.0"?>\n<!-- note -->\n<modelType type="UserAccount"><model type="UserAccount"><field name="Name">')).toBe(true);
  });
  it('not a project of another namespace, nor other XML', () => {
    expect(looksLikeReportXml('<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4</modelVersion></project>')).toBe(false);
    expect(looksLikeReportXml('<model><name>x</name></model>')).toBe(false);
    expect(looksLikeReportXml('hello')).toBe(false);
  });
});
