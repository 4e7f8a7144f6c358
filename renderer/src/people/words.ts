// How the People dialog says why a participant belongs to its person and where a name comes from.
import type { Person, PersonParticipant } from '../../../shared/model';

/** The sentence behind a membership, from its method and evidence; `alone` when it is the person's only participant. */
export function whyGrouped(p: PersonParticipant, alone: boolean): string {
  switch (p.method) {
    case 'single':
      if (!alone) return 'This person before the others were joined to it';
      return p.evidence === '' ? 'On its own: no number or account shared with another participant' : `On its own: ${p.evidence}`;
    case 'phone':
      return `Same number: ${p.evidence}`;
    case 'account':
      return `Same account: ${p.evidence}`;
    case 'contact_list':
      return `Contact list: ${p.evidence}`;
    case 'reviewer':
      return p.evidence.charAt(0).toUpperCase() + p.evidence.slice(1);
  }
}

export function decidedByText(p: PersonParticipant): string {
  return p.decidedBy === '(automatic)' ? 'automatic' : p.decidedBy;
}

export function identityText(p: PersonParticipant): string {
  const kind = p.identity.kind === 'phone' ? 'number' : p.identity.kind === 'account' ? 'account' : 'name only';
  return p.identity.kind === 'name' ? kind : `${kind} ${p.identity.key}`;
}

export function nameSourceText(person: Person): string {
  switch (person.nameSource) {
    case 'participants':
      return 'the name its participants are written under most';
    case 'contact_list':
      return `contact list (${person.nameEvidence})`;
    case 'reviewer':
      return person.nameEvidence;
  }
}

/** The distinct source files a person is written in. */
export function sourcesOf(person: Person): string[] {
  return [...new Set(person.participants.map((p) => p.sourceFile))];
}
