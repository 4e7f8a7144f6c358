import type { Person } from '../../../shared/model';
import { countOf, formatCount } from '../format';
import { decidedByText, identityText, nameSourceText, whyGrouped } from './words';

interface PersonDetailsProps {
  person: Person;
  busy: boolean;
  onUnmerge: (participantId: number) => void;
}

/** One person: each participant as its source wrote it, how it can be recognised, and why it is here. */
export function PersonDetails({ person, busy, onUnmerge }: PersonDetailsProps) {
  const alone = person.participants.length === 1;
  return (
    <div className="person-details" data-testid="person-details" data-person-id={person.id}>
      <h2 data-testid="person-name">{person.name}</h2>
      <p className="muted">
        Person {person.id} · {countOf(person.participants.length, 'participant')} · {countOf(person.messageCount, 'message')} · name from {nameSourceText(person)}
      </p>
      <table className="participant-table">
        <thead>
          <tr>
            <th>As written</th>
            <th>Source</th>
            <th>Identity</th>
            <th>Messages</th>
            <th>Why here</th>
            <th>Decided by</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {person.participants.map((p) => (
            <tr key={p.id} data-testid="participant-row" data-participant-id={p.id}>
              <td className="as-written">{p.name}</td>
              <td>
                {p.sourceFile}
                <span className="muted">
                  {' '}
                  (source {p.sourceId}, {p.format}
                  {p.custodian !== null ? `, custodian ${p.custodian}` : ''})
                </span>
              </td>
              <td>{identityText(p)}</td>
              <td>{formatCount(p.messageCount)}</td>
              <td data-testid="participant-why">{whyGrouped(p, alone)}</td>
              <td>
                {decidedByText(p)}
                {p.decidedBy !== '(automatic)' && <span className="muted"> {new Date(p.decidedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC</span>}
              </td>
              <td>
                {!alone && (
                  <button
                    type="button"
                    className="secondary-button"
                    data-testid="unmerge-button"
                    disabled={busy}
                    title="Make this participant a person of its own; it will not be grouped with the others again"
                    onClick={() => onUnmerge(p.id)}
                  >
                    Unmerge
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
