// The per-format gap rules on invented slices (docs/gaps.md): every reference in a Wickr slice
// dangles; an older RSMF manifest has its deleted events as facts and its absent attachments on their
// messages; an rsmf.zip lacks the avatar its manifest names.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/findings';
import { openEngine } from '../support/engines';
import { tempDir, writeText } from '../support/temp';
import { LEGACY_MANIFEST_FACTS, legacyManifest, zipWithoutAvatar } from '../fixtures/rsmf';
import { DANGLING, danglingWickrRecords } from '../fixtures/wickr';

async function findingsOf(name: string, content: string | Buffer) {
  const dir = tempDir();
  const engine = openEngine(join(dir, 'c.threadline'));
  await engine.runImport({ paths: [writeText(dir, name, content)] }).done;
  const { findings, notRun } = await engine.api.listFindings({});
  const conversations = (await engine.api.listConversations({})).map((c) => c.id);
  const reports = new Map<number, Finding[]>();
  for (const id of conversations) reports.set(id, (await engine.api.completenessReport({ conversationId: id })).findings);
  return { findings, notRun, conversations, reports };
}

const ofRule = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);

describe('Wickr rules', () => {
  it('finds every dangling reference, the two time disagreements, the capture caveat and rooms captured late', async () => {
    const { findings, notRun, conversations, reports } = await findingsOf('receivedMessages_slice.txt', danglingWickrRecords());
    const dangling = ofRule(findings, 'WK-1');
    expect(dangling).toHaveLength(DANGLING.danglingReferences);
    expect(dangling.every((f) => f.type === 'missing_referenced' && f.strength === 'high')).toBe(true);
    expect(findings.find((f) => f.explanation.startsWith('A read receipt'))!.explanation).toContain(`sent at ${DANGLING.receiptTarget}`);
    expect(ofRule(findings, 'WK-4').map((f) => f.explanation.match(/by (-?[\d.]+) s/)![1])).toEqual(DANGLING.disagreements);
    expect(ofRule(findings, 'WK-5')).toHaveLength(1);
    // The room begins without its creation record; a direct conversation has none to miss.
    expect(ofRule(findings, 'WK-2').map((f) => f.explanation)).toEqual([expect.stringMatching(/^The first record captured for this room is not its creation \(msgtype 1000, not 4001\)/)]);
    expect(notRun.find((n) => n.rule === 'R3')?.why).toBe('Wickr retention archives have no per-conversation sequence numbers');
    // Source-level findings appear in every conversation's completeness report.
    expect(conversations).toHaveLength(2);
    for (const id of conversations) expect(ofRule(reports.get(id)!, 'WK-5')).toHaveLength(1);
  });
});

describe('RSMF rules', () => {
  it('records the deleted events as facts and the absent attachments on their messages', async () => {
    const { findings } = await findingsOf('rsmf_manifest.json', JSON.stringify(legacyManifest()));
    expect(findings.filter((f) => f.rule === 'RS-1' && f.type === 'deleted' && f.strength === 'fact')).toHaveLength(LEGACY_MANIFEST_FACTS.deleted);
    const onMessages = findings.filter((f) => f.rule === 'RS-8' && f.messageId !== null);
    const pictures = findings.filter((f) => f.rule === 'RS-8' && f.conversationId === null);
    expect(onMessages).toHaveLength(LEGACY_MANIFEST_FACTS.absentAttachments);
    expect(pictures).toHaveLength(LEGACY_MANIFEST_FACTS.absentPictures);
    expect(pictures.every((f) => /avatar|icon/.test(f.explanation))).toBe(true);
  });

  it('reports the avatar missing from an rsmf.zip', async () => {
    const { findings } = await findingsOf('rsmf.zip', zipWithoutAvatar());
    expect(ofRule(findings, 'RS-8').map((f) => f.explanation)).toEqual([expect.stringContaining("the avatar 'AV_orla' is not in the zip")]);
  });
});
