// docs/formats.md#whatsapp-known-failures: one test per row of the table of failure modes seen in
// whatsapp-chat-parser 4.0.2, each asserting that this importer does not have the bug.
import { describe, expect, it } from 'vitest';
import { LRM, NBSP, parseText, RLM } from './whatsapp-helpers';

describe('§7 regression checklist', () => {
  it('`[1/2/23, 3:04:05 nachm.] Anna: hallo`: the author is Anna and PM is kept', async () => {
    const { messages } = await parseText('[1/2/23, 3:04:05 nachm.] Anna: hallo\n', 'DMY');
    expect(messages[0]).toMatchObject({ author: 'Anna', body: 'hallo', stampRaw: '1/2/23, 3:04:05 nachm.' });
    expect(messages[0]!.local).toEqual({ year: 2023, month: 2, day: 1, hour: 15, minute: 4, second: 5 });
  });

  it('`2023/1/5 下午3:45 - 张三: 你好`: the PM marker before the time is applied (15:45)', async () => {
    const { messages } = await parseText('2023/1/5 下午3:45 - 张三: 你好\n');
    expect(messages[0]).toMatchObject({ author: '张三', body: '你好' });
    expect(messages[0]!.local).toEqual({ year: 2023, month: 1, day: 5, hour: 15, minute: 45, second: 0 });
  });

  it('`2019. 8. 7. 오후 10:38 - 철수: 안녕`: the Korean PM marker is applied (22:38)', async () => {
    const { messages } = await parseText('2019. 8. 7. 오후 10:38 - 철수: 안녕\n');
    expect(messages[0]).toMatchObject({ author: '철수', body: '안녕' });
    expect(messages[0]!.local).toEqual({ year: 2019, month: 8, day: 7, hour: 22, minute: 38, second: 0 });
  });

  it('Arabic-Indic digits: the file does not collapse to 0 messages', async () => {
    const text = `[١٨${RLM}/٣${RLM}/٢٠٢٢، ٢:٥٦:٠٠${NBSP}م] Ana: مرحبا\n[١٨${RLM}/٣${RLM}/٢٠٢٢، ٢:٥٧:٠٠${NBSP}م] Bob: أهلا\n`;
    const { messages } = await parseText(text, 'DMY');
    expect(messages.map((m) => m.author)).toEqual(['Ana', 'Bob']);
    expect(messages[1]!.local).toEqual({ year: 2022, month: 3, day: 18, hour: 14, minute: 57, second: 0 });
  });

  it('Western digits with RLM inside the date: recognised', async () => {
    const { messages } = await parseText(`[${RLM}18${RLM}/3${RLM}/2022، 14:56:01] Ana: مرحبا\n[${RLM}18${RLM}/3${RLM}/2022، 14:56:02] Bob: أهلا\n`);
    expect(messages).toHaveLength(2);
    expect(messages[0]!.local).toMatchObject({ day: 18, month: 3, year: 2022 });
  });

  it('`[3/18/R4, …]`: recognised, Reiwa 4 is 2022', async () => {
    const { messages } = await parseText('[3/18/R4, 14:56:01] 田中: こんにちは\n[3/18/R4, 14:56:02] 鈴木: はい\n');
    expect(messages).toHaveLength(2);
    expect(messages[0]!.local).toEqual({ year: 2022, month: 3, day: 18, hour: 14, minute: 56, second: 1 });
  });

  it('time first `[14:56:01, 3/18/22]`: recognised', async () => {
    const { messages } = await parseText('[14:56:01, 3/18/22] Musk Elon: chào\n[14:56:02, 3/18/22] Starkov Dmitry: chào\n');
    expect(messages.map((m) => m.author)).toEqual(['Musk Elon', 'Starkov Dmitry']);
    expect(messages[0]!.local).toEqual({ year: 2022, month: 3, day: 18, hour: 14, minute: 56, second: 1 });
  });

  it('`[3/18/2565 BE, …]`: the year is 2022, not 2565', async () => {
    const { messages } = await parseText('[3/18/2565 BE, 14:56:01] Somchai: สวัสดี\n');
    expect(messages[0]!.local).toMatchObject({ year: 2022, month: 3, day: 18 });
  });

  it('U+FEFF before `[` or at the line start: the line is a header, not continuation text', async () => {
    const text = '\uFEFF[29.01.18, 23:33:03] Ana: eins\n[\uFEFF29.01.18, 23:34:03] Bob: zwei\n\uFEFF29.01.18, 23:35 - Ana: drei\n';
    const { messages } = await parseText(text);
    expect(messages.map((m) => m.body)).toEqual(['eins', 'zwei', 'drei']);
  });

  it('`23:59 PM`: stays 23:59 on the same day (with a warning), not 11:59 the next day', async () => {
    const { messages, result } = await parseText('1/29/18, 23:59 PM - Ana: late\n', 'MDY');
    expect(messages[0]!.local).toEqual({ year: 2018, month: 1, day: 29, hour: 23, minute: 59, second: 0 });
    expect(result.warnings.map((w) => w.code)).toContain('clock_face_value');
  });

  it('`Carol:` (empty body) and `John Doe:.`: authored lines, not system lines', async () => {
    const { messages } = await parseText('12/12/2019, 13:00 - Carol:\n12/12/2019, 13:01 - John Doe:.\n');
    expect(messages.map((m) => [m.author, m.kind])).toEqual([
      ['Carol', 'media'],
      ['John Doe', 'text'],
    ]);
  });

  it('`2022/12/24, 13:01. - ` (dot after the minutes): its own message, not merged into the previous one', async () => {
    const { messages } = await parseText('2022/12/24, 13:00 - Ana: one\n2022/12/24, 13:01. - Bob: two\n');
    expect(messages.map((m) => [m.author, m.body])).toEqual([
      ['Ana', 'one'],
      ['Bob', 'two'],
    ]);
  });

  it('new-style iOS notices: system lines, not user messages of the contact', async () => {
    const text =
      `${LRM}[3/27/22, 21:41:35] Dmitry: ${LRM}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n` +
      `[3/27/22, 21:49:10] Dmitry: ${LRM}${LRM}Your security code with Dmitry changed. ${LRM}Tap to learn more.\n` +
      '[3/27/22, 21:50:00] Dmitry: hi\n';
    const { messages } = await parseText(text);
    expect(messages.map((m) => [m.author, m.kind, m.subtype])).toEqual([
      [null, 'system', 'system.encryption'],
      [null, 'system', 'system.security_code_changed'],
      ['Dmitry', 'text', null],
    ]);
  });

  it('Turkish `<F eklendi>`: attachment detected', async () => {
    const { messages } = await parseText(`[3/18/22 14:56:01] Ayşe: ${LRM}<00000035-PHOTO-2022-03-18-14-56-01.jpg eklendi>\n`);
    expect(messages[0]).toMatchObject({ kind: 'media', subtype: 'media.attached' });
    expect(messages[0]!.attachments.map((a) => a.name)).toEqual(['00000035-PHOTO-2022-03-18-14-56-01.jpg']);
  });

  it('Chinese `<附件：F>`: attachment detected', async () => {
    const { messages } = await parseText(`[2024/10/31 15:50:46] 王芳: ${LRM}<附件：00000035-PHOTO-2024-10-31-15-50-46.jpg>\n`);
    expect(messages[0]!.attachments.map((a) => a.name)).toEqual(['00000035-PHOTO-2024-10-31-15-50-46.jpg']);
  });

  it('iOS documents `Name.pdf • 2 pages ‎<attached: …>`: attachment detected (not anchored at the body start)', async () => {
    const { messages } = await parseText(`${LRM}[3/27/22, 21:46:00] Ana: Resume.pdf • ${LRM}2 pages ${LRM}<attached: 00000047-Resume.pdf>\n`);
    expect(messages[0]).toMatchObject({ kind: 'media', subtype: 'media.attached' });
    expect(messages[0]!.attachments.map((a) => a.name)).toEqual(['00000047-Resume.pdf']);
  });

  it('Android names with spaces or non-ASCII: attachment detected', async () => {
    const { messages } = await parseText(`23/03/2022, 13:31 - Ana: ${LRM}Lebenslauf Jürgen Müller.pdf (Datei angehängt)\n23/03/2022, 13:32 - Ana: ${LRM}Фото 1.jpg (file attached)\n`);
    expect(messages.map((m) => m.attachments.map((a) => a.name))).toEqual([['Lebenslauf Jürgen Müller.pdf'], ['Фото 1.jpg']]);
  });
});
