// R3: holes in row ids or sort counters. Only databases carry them; say so for everything else.
import { cannot, type GapRule } from '../types';

export const sequence: GapRule = {
  id: 'R3',
  title: 'Holes in database row ids and sort counters',
  run(_db, f) {
    if (f.format === 'whatsapp') return cannot('a chat text export has no row ids or sort counters; only the phone’s database (msgstore.db, ChatStorage.sqlite) does');
    if (f.format === 'wickr') return cannot('Wickr retention archives have no per-conversation sequence numbers');
    if (f.format === 'forensic') return cannot('the report’s own counters (Instant Message #) reflect its filtering, not deletions (CB-3); the app’s database ids are not in this table');
    return cannot('this source carries no database row ids or sort counters');
  },
};
