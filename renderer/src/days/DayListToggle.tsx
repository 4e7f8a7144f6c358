import './days.css';

interface DayListToggleProps {
  open: boolean;
  onToggle: () => void;
}

/** The thread header's switch for the conversation-day list beside the thread. */
export function DayListToggle({ open, onToggle }: DayListToggleProps) {
  return (
    <button
      type="button"
      className={`secondary-button${open ? ' is-pressed' : ''}`}
      data-testid="days-toggle"
      aria-pressed={open}
      onClick={onToggle}
      title="The conversation's days in the display zone, with counts and gap findings"
    >
      Days
    </button>
  );
}
