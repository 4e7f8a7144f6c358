// The Wickr rules about an archive as a whole (docs/gaps.md#wickr-archive-rules): records that could not be read
// (WK-3), message ids whose time disagrees with msg_ts (WK-4), a bot that did not capture edits and
// deletes (WK-5), encrypted retention objects (WK-9), and conflicting records (WK-10).
import { ran, type NewFinding, type SourceFacts, type SourceRule } from '../types';

interface Unreadable {
  file: string;
  line: number;
  why: string;
}

const sourceRef = (f: SourceFacts, file: string, line: number | null, text: string | null) => ({ messageId: null, file, line, record: null, text });

export const wickrArchive: SourceRule = {
  id: 'WK',
  title: 'Wickr archive: unreadable records, time disagreements, capture caveats, encrypted objects, conflicts',
  runSource(_db, f) {
    if (f.format !== 'wickr') return ran([]);
    const s = f.signals as {
      unreadable?: Unreadable[];
      uuidTimeDisagreements?: { file: string; line: number; seconds: number }[];
      encryptedObjects?: { file: string; metadata: string | null }[];
      conflicts?: { nativeId: string; first: string; again: string }[];
    };
    const findings: NewFinding[] = [];
    const unreadable = s.unreadable ?? [];
    if (unreadable.length) {
      findings.push({
        rule: 'WK-3',
        type: 'coverage',
        strength: 'high',
        count: unreadable.length,
        explanation: `${unreadable.length} record${unreadable.length === 1 ? '' : 's'} of the archive could not be read (${unreadable[0]!.why}); they are kept verbatim, but what they recorded is lost to the review.`,
        evidence: unreadable.slice(0, 20).map((u) => sourceRef(f, u.file, u.line, u.why)),
      });
    }
    for (const d of s.uuidTimeDisagreements ?? []) {
      findings.push({
        rule: 'WK-4',
        type: 'integrity',
        strength: 'medium',
        explanation: `The time inside the record’s message id differs from its msg_ts by ${d.seconds} s: the record was edited, copied from documentation, or its time was misread.`,
        evidence: [sourceRef(f, d.file, d.line, `${d.seconds} s`)],
      });
    }
    const caveat = f.caveats.find((c) => c.code === 'wickr_bot_version');
    if (caveat) {
      findings.push({ rule: 'WK-5', type: 'coverage', strength: 'context', explanation: caveat.text, evidence: [sourceRef(f, f.label, null, null)] });
    }
    const encrypted = s.encryptedObjects ?? [];
    if (encrypted.length) {
      findings.push({
        rule: 'WK-9',
        type: 'coverage',
        strength: 'fact',
        count: encrypted.length,
        explanation: `${encrypted.length} retention object${encrypted.length === 1 ? ' is' : 's are'} encrypted with the organisation’s key: their content cannot be read without the S3 metadata and access to that key.`,
        evidence: encrypted.slice(0, 20).map((e) => sourceRef(f, e.file, null, e.metadata ? `metadata ${e.metadata}` : 'no metadata')),
      });
    }
    for (const c of s.conflicts ?? []) {
      findings.push({
        rule: 'WK-10',
        type: 'integrity',
        strength: 'high',
        explanation: `Two records carry the message id ${c.nativeId} with different content (${c.first}; ${c.again}); both are kept. One of them is not what was sent.`,
        evidence: [sourceRef(f, f.label, null, c.first), sourceRef(f, f.label, null, c.again)],
      });
    }
    return ran(findings);
  },
};
