import { cycleStarts, parseCycleLabel } from '../../domain/cycle.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today on the user's calendar, YYYY-MM-DD. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The day something happened with a partner (a version issued, a report or member check sent, a
 * meeting held): today unless the user says an earlier day, never after today nor before the cycle
 * began. The server checks the same and keeps the moment it was recorded beside it.
 */
export function HappenedOn({
  id,
  label,
  value,
  onChange,
  cycle,
  notBefore,
  className = 'field',
}: {
  id: string;
  label: string;
  value: string;
  onChange: (day: string) => void;
  /** The cycle's label, when known: its first day is the earliest allowed. */
  cycle?: string;
  /** An earlier event it cannot precede (the version a member check sends was issued that day). */
  notBefore?: string;
  className?: string;
}) {
  const years = cycle ? parseCycleLabel(cycle) : undefined;
  const min = [years && cycleStarts(years), notBefore]
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  return (
    <span className={className}>
      <label htmlFor={`${id}-on`}>{label}</label>
      <input id={`${id}-on`} type="date" required max={localToday()} {...(min && { min })} value={value} onChange={(e) => onChange(e.target.value)} />
    </span>
  );
}
