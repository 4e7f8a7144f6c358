// The per-format gap rules on the corpus (spec/gaps.md §6–7): every reference in the Wickr
// documentation examples dangles; the RSMF viewer sample has 14 deleted events and 35 attachments
// that are not in the file; the validator's second sample lacks its avatar.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/findings';
import { createEngine } from '../../electron/backend/api';
import { tempDir } from '../support/temp';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

async function findingsOf(path: string): Promise<{ findings: Finding[]; notRun: { rule: string; why: string }[]; report: (id: number) => Promise<{ findings: Finding[] }> ; conversations: number[] }> {
  const engine = createEngine(join(tempDir(), 'c.threadline'), { create: true });
  await engine.runImport({ paths: [path] }).done;
  const { findings, notRun } = await engine.api.listFindings({});
  const conversations = (await engine.api.listConversations({})).map((c) => c.id);
  const reports = new Map<number, Finding[]>();
  for (const id of conversations) reports.set(id, (await engine.api.completenessReport({ conversationId: id })).findings);
  await engine.close();
  return { findings, notRun, conversations, report: async (id) => ({ findings: reports.get(id)! }) };
}

const count = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule).length;

describe('Wickr rules', () => {
  it('finds every dangling reference, the two time disagreements, the capture caveat and rooms captured late', async () => {
    const { findings, notRun, conversations, report } = await findingsOf(join(CORPUS, 'wickr/docs.aws.amazon.com__wickr-adminguide__dataretention-examples.jsonl'));
    // 1 delete, 2 edits with targets, 1 reaction, 1 receipt, 1 star; and 2 calls whose start record is absent.
    expect(count(findings, 'WK-1')).toBe(8);
    expect(findings.find((f) => f.explanation.startsWith('A read receipt'))!.explanation).toMatch(/sent at 2026-06-03T16:21:23\.000000Z/);
    expect(findings.filter((f) => f.rule === 'WK-1').every((f) => f.type === 'missing_referenced' && f.strength === 'high')).toBe(true);
    expect(findings.filter((f) => f.rule === 'WK-4').map((f) => f.explanation.match(/by ([\d.]+) s/)![1])).toEqual(['16.637', '3.15']);
    expect(count(findings, 'WK-5')).toBe(1);
    expect(count(findings, 'WK-2')).toBeGreaterThan(0);
    expect(notRun.find((n) => n.rule === 'R3')?.why).toBe('Wickr retention archives have no per-conversation sequence numbers');
    // Source-level findings appear in every conversation's completeness report.
    expect(count((await report(conversations[0]!)).findings, 'WK-5')).toBe(1);
  });
});

describe('RSMF rules', () => {
  it('records the 14 deleted events as facts and the 35 absent attachments on their messages', async () => {
    const { findings } = await findingsOf(join(CORPUS, 'rsmf/shogun70__rsmf-viewer__rsmf_manifest.json'));
    expect(findings.filter((f) => f.rule === 'RS-1' && f.type === 'deleted' && f.strength === 'fact')).toHaveLength(14);
    const onMessages = findings.filter((f) => f.rule === 'RS-8' && f.messageId !== null);
    const avatars = findings.filter((f) => f.rule === 'RS-8' && f.conversationId === null);
    expect(onMessages).toHaveLength(35);
    expect(avatars.every((f) => /avatar|icon/.test(f.explanation))).toBe(true);
  });

  it('reports the avatar missing from the second validator sample', async () => {
    const { findings } = await findingsOf(join(CORPUS, 'rsmf/relativitydev__rsmf-validator-samples__Sample2_rsmf.zip'));
    expect(findings.filter((f) => f.rule === 'RS-8').map((f) => f.explanation)).toEqual([expect.stringContaining("the avatar 'AV1' is not in the zip")]);
  });
});
