// A conversation's title: the export's (localised) file name when it names the chat, else the group's
// latest name from its own notices, else the iOS pseudo-author, else the participants.
import { describe, expect, it } from 'vitest';
import { titleFromFileName } from '../../electron/backend/importers/whatsapp';
import { quotedGroupName } from '../../electron/backend/importers/whatsapp/parse';
import { parseText } from './whatsapp-helpers';

describe('titleFromFileName', () => {
  it.each([
    ['WhatsApp Chat with Ana Ruiz.txt', 'Ana Ruiz'],
    ['WhatsApp Chat - Hiking Club.zip', 'Hiking Club'],
    ['WhatsApp Chat mit Oma.txt', 'Oma'],
    ['Chat WhatsApp s\u00A0uživatelem Jana.txt', 'Jana'],
    ['Чат WhatsApp с\u00A0контактом Иван.txt', 'Иван'],
    ['与王芳的 WhatsApp 聊天.txt', '王芳'],
    ['_chat.txt', null],
    ['export (3).txt', null],
  ])('%s → %s', (name, title) => {
    expect(titleFromFileName(name)).toBe(title);
  });
});

describe('quotedGroupName', () => {
  it('takes the last quoted name, in any quote style', () => {
    expect(quotedGroupName('You changed the subject from "Group Chat" to "Group Chat XXX"')).toBe('Group Chat XXX');
    expect(quotedGroupName('Loris created group “WhatsApp Chat Parser Example”')).toBe('WhatsApp Chat Parser Example');
    expect(quotedGroupName('X hat die Gruppe „Wandern“ erstellt.')).toBe('Wandern');
    expect(quotedGroupName('You created this group')).toBeNull();
  });

  it('names the group from its latest subject change', async () => {
    const parsed = await parseText(
      ['11/01/2023, 16:11 - Dmitry S created group "Group Chat"', '11/01/2023, 16:14 - You changed the subject from "Group Chat" to "Trip 2024"', '11/01/2023, 16:26 - Dmitry S: Hello all'].join('\n'),
    );
    expect(parsed.result.groupName).toBe('Trip 2024');
  });
});
