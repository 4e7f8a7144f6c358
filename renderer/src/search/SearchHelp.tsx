// The search language in brief, in the app; docs/search-language.md has the full reference.
import { usePopover } from '../engine/useModal';

interface SearchHelpProps {
  id: string;
  onClose: () => void;
}

const SYNTAX: [string, string][] = [
  ['permit fee', 'Both words (a space means AND). Case and accents do not matter: cafe finds café.'],
  ['"permit fee"', 'The exact phrase. Punctuation separates words: e-mail is the phrase "e mail".'],
  ['permit OR licence', 'Either word.'],
  ['permit NOT draft', 'Leave out messages with draft. NOT draft alone: every message without it.'],
  ['(permit OR licence) fee', 'Parentheses group. NOT binds first, then AND, then OR. Operators are in capitals.'],
  ['permit w/5 fee', 'Both within 5 words of each other, either order; w/1 means next to each other.'],
  ['deli*', 'Words starting with deli: deli, delivery, delivered.'],
  ['~recieve', 'Similar words actually in the case (receive, received); the results say which were used.'],
  ['🔥', 'An emoji finds every word it appears in (🔥🔥, great🔥).'],
  ['/\\d{3}-\\d{4}/', 'A regular expression over the message text, ignoring case; it filters what the rest of the search selects (at most 200,000 messages).'],
  ['from:dana   from:"Dana Whitfield"', 'Author name containing dana (and group notices where dana acted); in quotes, exactly that name. Digits match phone numbers however spaced.'],
  ['in:"Harbor Permit Review"   in:#12', 'A conversation by title, or by its id.'],
  ['source:chat.txt   custodian:dana   app:whatsapp', 'The source file, its custodian, its application.'],
  ['kind:deleted   kind:media   kind:system   kind:edited', 'Message kinds: text, media, deleted, system, call, location, contact, poll, unclassified, and edited.'],
  ['has:attachment', 'Messages with an attachment, present or not.'],
  ['has:gap', 'Messages beside a finding that something is missing (kind:deleted finds deletions).'],
  ['after:2024-03-01   before:2024-04-01   on:2024-03-15', 'Days in the case’s display zone, by each message’s UTC instant; after and before leave out the day named.'],
];

export function SearchHelp({ id, onClose }: SearchHelpProps) {
  usePopover(onClose);
  return (
    <section className="search-help" id={id} data-testid="search-help" aria-label="How to write a search">
      <div className="search-help-heading">
        <span className="panel-title">How to write a search</span>
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </div>
      <dl className="search-help-list">
        {SYNTAX.map(([example, meaning]) => (
          <div key={example} className="search-help-row">
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="search-help-note">Tags are not in this version yet, so tag: gives an error rather than an empty result. A mistake in a search is pointed at as you type.</p>
    </section>
  );
}
