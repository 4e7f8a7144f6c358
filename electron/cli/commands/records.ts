// `threadline records`: per personal account, the holder's messages copied to an official account
// within 20 days (44 U.S.C. 2911); the ones not copied are RK-1 findings (docs/gaps.md#rk-1).
import type { RecordsReport } from '../../../shared/model';
import { withCase } from '../case';
import { out } from '../io';
import { CASE_OPTION, JSON_OPTION, type Command, type OptionTable } from '../options';

const options = {
  case: CASE_OPTION,
  json: JSON_OPTION,
} as const satisfies OptionTable;

const HOUR_MS = 3_600_000;

export const recordsCommand: Command<typeof options> = {
  name: 'records',
  summary: "personal accounts' messages copied to an official one within 20 days (44 U.S.C. 2911)",
  options,
  example: 'threadline records --case matter.threadline',
  async run({ options: o }) {
    return withCase(o.case, async (engine) => {
      const report = await engine.api.recordsReport({});
      if (o.json) out(JSON.stringify(report));
      else printReport(report, o.case);
      return 0;
    });
  },
};

function printReport(report: RecordsReport, casePath: string): void {
  for (const s of report.officialSources) out(`official: source ${s.sourceId} ${s.sourceFile}${s.holder ? `, account of ${s.holder}` : ''}, last message ${s.lastAt === null ? 'none' : new Date(s.lastAt).toISOString()}`);
  if (report.notRun !== null) {
    out(`cannot determine: ${report.notRun} Mark sources with 'threadline account <source-id> --case ${casePath} --official|--personal --holder <name>'.`);
    return;
  }
  for (const r of report.personal) {
    out(`personal: source ${r.sourceId} ${r.sourceFile}, account of ${r.holder ?? '(holder not chosen)'}`);
    if (r.holder === null) continue;
    const lag = r.medianLagMs === null ? '' : `, median ${(r.medianLagMs / HOUR_MS).toFixed(1)} h after sending`;
    out(`  ${r.tested} messages tested: ${r.copied} copied to an official account within 20 days${lag}${r.copiedOnShortText ? ` (${r.copiedOnShortText} only on a short text)` : ''}`);
    out(`  ${r.notCopied} not copied, ${r.undecided} undecided (the official sources end before their 20 days ran out), ${r.untestable} with nothing to compare`);
  }
  out(`The messages not copied are RK-1 findings: 'threadline gaps --case ${casePath}'.`);
}
