import type { Person, PersonSuggestion } from '../../../shared/model';
import { countOf } from '../format';
import { sourcesOf } from './words';

interface SuggestionListProps {
  suggestions: PersonSuggestion[];
  persons: Map<number, Person>;
  busy: boolean;
  onMerge: (personIds: number[]) => void;
  onShow: (personId: number) => void;
}

const REASONS: Record<PersonSuggestion['reason'], string> = { same_name: 'Same name', same_phone: 'Same number', same_account: 'Same account' };

/** Persons that may be one, on evidence too weak to merge them without the reviewer. */
export function SuggestionList({ suggestions, persons, busy, onMerge, onShow }: SuggestionListProps) {
  if (suggestions.length === 0) return <h3 className="people-section-title">No suggestions</h3>;
  return (
    <>
      <h3 className="people-section-title">Suggestions ({suggestions.length})</h3>
      <ul className="suggestion-list" data-testid="suggestion-list">
        {suggestions.map((s) => (
          <li key={s.id} className="suggestion-item" data-testid="suggestion-item">
            <div className="suggestion-head">
              <span>
                <span className="muted">{REASONS[s.reason]}:</span> <strong data-testid="suggestion-value">{s.value}</strong>
              </span>
              <button type="button" className="secondary-button" data-testid="suggestion-merge" disabled={busy} onClick={() => onMerge(s.personIds)}>
                Merge
              </button>
            </div>
            <ul className="suggestion-persons">
              {s.personIds.map((id) => {
                const person = persons.get(id);
                return (
                  <li key={id}>
                    <button type="button" className="link-button" onClick={() => onShow(id)}>
                      {person?.name ?? `person ${id}`}
                    </button>
                    {person !== undefined && (
                      <span className="muted">
                        {' '}
                        in {sourcesOf(person).join(', ')} · {countOf(person.messageCount, 'message')}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
            <span className="suggestion-explanation muted">{s.explanation}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
