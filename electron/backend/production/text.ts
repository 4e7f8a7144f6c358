// A document's extracted text (TEXT/<bates>.txt, the load file's TEXTPATH): what a review platform
// indexes. Redactions and withheld messages are markers naming the reason; the redacted text is not there.
import type { RenderedDocument } from './html';
import { plainText, redactionMarker } from './redactions';

export function documentText(d: RenderedDocument): string {
  if (d.withheld !== null) return `${d.batesBegin}\nWithheld: ${d.withheld.toLowerCase()}\n${d.conversation} — ${d.label}\n`;
  const lines = [`${d.conversation} — ${d.label}`, `${d.batesBegin} – ${d.batesEnd}`, ''];
  for (const m of d.messages) {
    const flags = [m.deleted ? 'deleted' : '', m.edited ? 'edited' : '', m.kind === 'system' ? 'system' : '', m.context ? 'context' : ''].filter(Boolean);
    const time = m.sentAtLocal ? `${m.sentAtLocal.replace('T', ' ')} (${m.timeZone})` : 'no time';
    lines.push(`${m.bates ? `${m.bates} ` : ''}${time} ${m.author ?? (m.kind === 'system' ? 'System' : 'Unknown author')}${flags.length ? ` [${flags.join(', ')}]` : ''}`);
    if (m.quote) lines.push(`  > ${m.quote.author ?? 'unknown'}${m.quote.bates === null ? '' : ` (${m.quote.bates})`}: ${m.quote.text}`);
    lines.push(`  ${plainText(m.body).replace(/\r?\n/g, '\n  ')}`);
    for (const e of m.edits) lines.push(`  (edited${e.by ? ` by ${e.by}` : ''}${e.at ? ` at ${e.at}` : ''}: original "${e.previous ?? ''}" -> "${e.next ?? ''}")`);
    if (m.reactions.length) lines.push(`  reactions: ${m.reactions.map((r) => `${r.value}${r.by ? ` ${r.by}` : ''}`).join(', ')}`);
    for (const a of m.attachments) lines.push(a.redacted !== null ? `  attachment: ${redactionMarker(a.redacted)}` : `  attachment: ${a.name}${a.sha256 ? ` SHA-256 ${a.sha256}` : ''}`);
  }
  return lines.join('\n') + '\n';
}
