// Each message's conversation, author and display-zone day, by message id, in typed arrays: facets and
// term reports of a common word (hundreds of thousands of hits) tally their hits here instead of
// reading a message row for each hit and sorting them all (docs/search-language.md#how-a-search-runs). Read a
// chunk of ids at a time, handing the event loop back between chunks, once per state of the case: an
// import, a removal, a zone change or a source's times re-read make a new state.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db } from '../case/open';
import { OncePerState } from './once-per-state';

/** Ids read per statement: about 30 ms each at a million messages. */
const CHUNK = 100_000;

/** No author, or no time (so no day). */
export const NONE = -0x80000000;

export interface Facts {
  conversation: Int32Array;
  author: Int32Array;
  day: Int32Array;
  /** The largest conversation and author ids, and the first and last day, for arrays of counts indexed by them. */
  lastConversation: number;
  lastAuthor: number;
  firstDay: number;
  lastDay: number;
}

export class MessageFacts {
  private readonly facts = new OncePerState<Facts>();
  /** What a snapshot's key leaves out that moves messages between days: a source's zone or date order re-read. */
  private readonly readings;
  private readonly lastId;

  constructor(private readonly db: Db) {
    this.readings = db.prepare("SELECT coalesce(group_concat(id || ':' || time_zone || ':' || coalesce(date_order, '')), '') FROM sources").pluck();
    this.lastId = db.prepare('SELECT coalesce(max(id), 0) FROM messages').pluck();
  }

  /** The key of the case's state as `snapshotKey` and the sources' readings make it. */
  keyOf(snapshotKey: string): string {
    return `${snapshotKey}|${this.readings.get() as string}`;
  }

  /** The facts of this state if they are read already. */
  current(key: string): Facts | null {
    return this.facts.current(key);
  }

  /** The facts of this state, read if need be; `dayExpression` is the display zone's day of `m.sent_at`. */
  read(key: string, dayExpression: string): Promise<Facts> {
    return this.facts.get(key, () => this.readCooperatively(dayExpression));
  }

  private async readCooperatively(dayExpression: string): Promise<Facts> {
    const size = (this.lastId.get() as number) + 1;
    const facts: Facts = {
      conversation: new Int32Array(size),
      author: new Int32Array(size).fill(NONE),
      day: new Int32Array(size).fill(NONE),
      lastConversation: 0,
      lastAuthor: 0,
      firstDay: 0,
      lastDay: 0,
    };
    let [firstDay, lastDay] = [Infinity, -Infinity];
    const chunk = this.db
      .prepare(
        `SELECT json_group_array(m.id), json_group_array(m.conversation_id), json_group_array(coalesce(m.author_id, ${NONE})), json_group_array(coalesce(${dayExpression}, ${NONE}))
         FROM messages m WHERE m.id BETWEEN ? AND ?`,
      )
      .raw();
    for (let from = 0; from < size; from += CHUNK) {
      const [ids, conversations, authors, days] = (chunk.get(from, from + CHUNK - 1) as string[]).map((json) => JSON.parse(json) as number[]);
      ids!.forEach((id, i) => {
        const [conversation, author, day] = [conversations![i]!, authors![i]!, days![i]!];
        facts.conversation[id] = conversation;
        facts.author[id] = author;
        facts.day[id] = day;
        facts.lastConversation = Math.max(facts.lastConversation, conversation);
        facts.lastAuthor = Math.max(facts.lastAuthor, author);
        if (day !== NONE) [firstDay, lastDay] = [Math.min(firstDay, day), Math.max(lastDay, day)];
      });
      await nextTurn();
    }
    [facts.firstDay, facts.lastDay] = firstDay <= lastDay ? [firstDay, lastDay] : [0, -1];
    return facts;
  }
}
