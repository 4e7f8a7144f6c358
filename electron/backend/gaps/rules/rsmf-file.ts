// The RSMF rules about a file as a whole (docs/gaps.md#rsmf-file-rules): an event count that disagrees with the
// events present (RS-4), a declared date range the events do not fit (RS-5), slices of one
// collection (RS-6), and files the manifest references but the zip lacks (RS-8).
import { ran, type NewFinding, type SourceFacts, type SourceRule } from '../types';

const sourceRef = (f: SourceFacts, line: number | null, text: string) => ({ messageId: null, file: f.label, line, record: null, text });

export const rsmfFile: SourceRule = {
  id: 'RS',
  title: 'RSMF file: event count, date range, slices, referenced files',
  runSource(_db, f) {
    if (f.format !== 'rsmf') return ran([]);
    const findings: NewFinding[] = [];
    for (const w of f.warnings('rsmf_event_count')) {
      findings.push({ rule: 'RS-4', type: 'truncation', strength: 'high', explanation: w.message, evidence: [sourceRef(f, w.line, w.code)] });
    }
    for (const w of f.warnings('rsmf_date_range')) {
      findings.push({ rule: 'RS-5', type: 'coverage', strength: 'medium', explanation: w.message, evidence: [sourceRef(f, w.line, w.code)] });
    }
    // Attachments of events are reported on their messages (media-not-produced); here only the files
    // that belong to no message: avatars and conversation icons.
    for (const w of f.warnings('rsmf_file_missing').filter((x) => !/\bevents\[\d+\]\.attachments\b/.test(x.message))) {
      findings.push({ rule: 'RS-8', type: 'missing_referenced', strength: 'high', count: 1, explanation: w.message, evidence: [sourceRef(f, w.line, w.code)] });
    }
    const collection = (f.signals as { eventcollectionid?: string | null }).eventcollectionid;
    if (collection) {
      return { findings, notRun: `this file is one slice of the collection ${collection}; holes between slices (RS-6) need every slice, and this version does not join them yet` };
    }
    return ran(findings);
  },
};
