// View-once media written as a sentence (`You received a view once message. For added privacy, you can only
// open it on your phone.`): its `For added privacy` reads as the notice `{X} added {Y}`, and parse.ts lets a
// notice override a marked iOS line's authored reading. The whole sentence wins (classify.ts), so the line
// stays the sender's view-once media (docs/formats.md#whatsapp-texts, table S3).
import { describe, expect, it } from 'vitest';
import { Classifier } from '../../electron/backend/importers/whatsapp/classify';
import { LEXICONS } from '../../electron/backend/importers/whatsapp/lexicon';
import { LRM, parseText } from './whatsapp-helpers';

const VIEW_ONCE = 'You received a view once message. For added privacy, you can only open it on your phone.';
const classifier = new Classifier(LEXICONS);

describe('the view-once sentence', () => {
  it('is view-once media and no notice, marked or not', () => {
    for (const body of [VIEW_ONCE, LRM + VIEW_ONCE, VIEW_ONCE.slice(0, -1)]) {
      expect(classifier.notice(body), body).toBeNull();
      expect(classifier.classifyAuthored(body), body).toMatchObject({ kind: 'media', subtype: 'media.view_once', lang: 'en', parties: null });
    }
  });

  it('leaves `{X} added {Y}` reading every other sentence with `added` in it', () => {
    expect(classifier.notice(`${LRM}Ana Ruiz added Ben Okafor`)).toMatchObject({ subtype: 'system.added', parties: { actor: 'Ana Ruiz', targets: ['Ben Okafor'] } });
    // Another sentence of the same shape is still read as the template reads it: only the whole sentence wins.
    expect(classifier.notice(`${LRM}You received a photo. For added privacy, open it later.`)?.subtype).toBe('system.added');
  });

  it('on iOS, marked under the sender, stays the sender’s message', async () => {
    const text = `[25/03/2024, 10:00:00] Ben Okafor: hola\n[25/03/2024, 10:01:00] Ana Ruiz: ${LRM}${VIEW_ONCE}\n[25/03/2024, 10:02:00] Ana Ruiz: ${LRM}Ana Ruiz added Carl Ng\n`;
    const { messages, result } = await parseText(text);
    expect(messages[1]).toMatchObject({ author: 'Ana Ruiz', kind: 'media', subtype: 'media.view_once' });
    expect(messages[2]).toMatchObject({ author: null, kind: 'system', subtype: 'system.added' });
    expect([...result.participants.keys()].sort()).toEqual(['Ana Ruiz', 'Ben Okafor']);
    expect(result.warnings).toEqual([]);
  });

  it('on Android, under the sender, stays the sender’s message', async () => {
    const text = `25/03/2024, 10:00 - Ben Okafor: hola\n25/03/2024, 10:01 - Ana Ruiz: ${VIEW_ONCE}\n`;
    const { messages } = await parseText(text);
    expect(messages[1]).toMatchObject({ author: 'Ana Ruiz', kind: 'media', subtype: 'media.view_once', body: VIEW_ONCE });
  });
});
