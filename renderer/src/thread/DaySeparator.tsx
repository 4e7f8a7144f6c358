import { dayHeading } from '../format';

/** A new day of the thread, with the zone its clock times are in (the source's). */
export function DaySeparator({ day, timeZone }: { day: string; timeZone: string }) {
  return (
    <div className="day-separator" role="separator" data-testid="day-separator">
      <span>
        {dayHeading(day)} · <span className="day-zone">times in {timeZone}</span>
      </span>
    </div>
  );
}
