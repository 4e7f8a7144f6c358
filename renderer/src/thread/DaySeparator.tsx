import { dayHeading } from '../format';

export function DaySeparator({ day }: { day: string }) {
  return (
    <div className="day-separator" role="separator" data-testid="day-separator">
      <span>{dayHeading(day)}</span>
    </div>
  );
}
