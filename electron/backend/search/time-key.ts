// The time order of search: a message's instant, and for messages without one a key below every
// instant (they sort first, in id order). The same expression is indexed (migration 0005), so it
// must be written exactly like this wherever the index should serve it.
export const NO_TIME = -8_640_000_000_000_000;
export const TIME_KEY = 'coalesce(m.sent_at, -8640000000000000)';
