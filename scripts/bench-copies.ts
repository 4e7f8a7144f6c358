// Benchmarks of two custodians' copies of one large conversation (part of `npm run bench`): finding
// and aligning the copies at import, paging the merged thread, and the records lens over them.
// One copy is an Android export (minutes only), the other an iOS export of the same chat with a clock
// 90 s fast and runs of five messages deleted from the phone.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../electron/backend/api';
import { linkPair, unlink } from '../electron/backend/align/links';
import { seededRandom } from './seeded-random';
import { androidCopy, iosCopy, type Line } from './two-copies';

type Row = (what: string, value: string, budget?: string) => void;
type Timer = (fn: () => unknown, n?: number) => Promise<number>;

/** A chat of `n` messages 20 s to 10 min apart, and Ben's copy without runs of five, one every tenth of it. */
function copies(n: number): { android: string; ios: string; dropped: number } {
  const random = seededRandom(11);
  const words = 'permit harbour dredging tender budget minister pier invoice audit draft contract deadline vote signature'.split(' ');
  const lines: Line[] = [];
  let at = Date.UTC(2023, 0, 2, 8, 0, 7);
  for (let i = 0; i < n; i++) {
    at += 20_000 + Math.floor(random() * 600_000);
    lines.push({ at, author: random() < 0.5 ? 'Ana Ruiz' : 'Ben Okafor', text: `${words[i % words.length]} ${Math.floor(random() * 1e6)} ${words[(i * 7) % words.length]} item ${i}` });
  }
  const deleted = (i: number) => i > 5 && i % Math.floor(n / 10) < 5;
  const kept = lines.filter((_, i) => !deleted(i));
  return { android: androidCopy(lines), ios: iosCopy(kept), dropped: n - kept.length };
}

export async function benchCopies(dir: string, n: number, row: Row, time: Timer, fmt: (ms: number) => string): Promise<void> {
  const { android, ios, dropped } = copies(n);
  const androidPath = join(dir, `copy-android-${n}.txt`);
  const iosPath = join(dir, `copy-ios-${n}.txt`);
  writeFileSync(androidPath, android);
  writeFileSync(iosPath, ios);
  const casePath = join(dir, `copies-${n}.threadline`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(casePath + suffix, { force: true });
  const engine = createEngine(casePath, { create: true });
  try {
    await engine.runImport({ paths: [androidPath], custodian: 'Ana Ruiz', timeZone: 'UTC' }).done;
    let started = performance.now();
    await engine.runImport({ paths: [iosPath], custodian: 'Ben Okafor', timeZone: 'UTC', dateOrder: 'MDY' }).done;
    const secondImport = performance.now() - started;
    const [link] = await engine.api.listLinks({});
    if (!link) throw new Error('the two copies were not linked');
    const onlyA = link.members[0]!.onlyHere;
    row(
      `import of the second copy (${(n - dropped).toLocaleString('en')} messages), recognised, aligned and gap-analysed with the first`,
      `${fmt(secondImport)}; ${link.matched.toLocaleString('en')} matched, ${onlyA} only in A (${dropped} deleted), clock offset ${Math.round(link.offsetMs / 1000)} s (90 s true)`,
    );
    const db = engine.caseFile.writer;
    const [a, b] = link.members.map((m) => m.conversationId) as [number, number];
    unlink(db, link.id, 'bench');
    started = performance.now();
    const relinked = linkPair(db, a, b, 'reviewer', 'bench', 'bench');
    row(`aligning two copies of ${n.toLocaleString('en')} messages (linkPair: read, align, store)`, fmt(performance.now() - started));
    const linkId = (await engine.api.listLinks({}))[0]!.id;
    if (!relinked) throw new Error('relinking failed');
    const random = seededRandom(3);
    row('merged thread page of 200 at a random position', `${fmt(await time(() => engine.api.linkedThreadPage({ linkId, fromPos: Math.floor(random() * (n - 200)), limit: 200 }), 21))} median`);

    const [personal, official] = (await engine.api.listSources({})).map((s) => s.id) as [number, number];
    await engine.api.markSourceAccount({ sourceId: official, kind: 'official' });
    await engine.idle();
    started = performance.now();
    await engine.api.markSourceAccount({ sourceId: personal, kind: 'personal', holder: 'Ana Ruiz' });
    await engine.idle();
    row(`marking a personal account: every gap rule re-run with RK-1 against ${(n - dropped).toLocaleString('en')} official messages`, fmt(performance.now() - started));
    const report = await engine.api.recordsReport({});
    const mine = report.personal[0]!;
    row(
      'records report over the case',
      `${fmt(await time(() => engine.api.recordsReport({}), 3))} median; ${mine.tested.toLocaleString('en')} tested, ${mine.copied.toLocaleString('en')} copied, ${mine.notCopied} not copied`,
    );
  } finally {
    await engine.close();
  }
}
