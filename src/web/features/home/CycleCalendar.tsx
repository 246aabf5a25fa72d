import { useId } from 'react';
import { Link } from 'react-router';
import type { CalendarStep } from '../../api/types';
import './home.css';
import { formatDate } from '../../components/dates';

/** A sign beside each state, which is also written out: the state never rests on colour alone. */
const SIGNS: Record<CalendarStep['state'], string> = { done: '✓', 'in progress': '…', 'not started': '○', late: '!' };

/** Steps whose work is on the design-document page. */
const ON_DESIGN_PAGE: readonly string[] = ['ddd', 'member_check'];

/**
 * The yearly cycle of one district, step by step (October leader interviews to the next year's
 * follow-up), each with its state as the data shows it.
 */
export function CycleCalendar({ district, cycle, steps }: { district: string; cycle: string; steps: readonly CalendarStep[] }) {
  const headingId = useId();
  const design = `/design?district=${encodeURIComponent(district)}&cycle=${encodeURIComponent(cycle)}`;
  return (
    <section className="cycle-calendar" aria-labelledby={headingId}>
      <h3 id={headingId}>{cycle} cycle calendar</h3>
      <ol className="calendar-steps" aria-labelledby={headingId}>
        {steps.map((s) => (
          <li key={s.key} className={`calendar-step step-${s.state.replace(' ', '-')}`}>
            <span className="step-label">{ON_DESIGN_PAGE.includes(s.key) ? <Link to={design}>{s.label}</Link> : s.label}</span>
            <span className="step-when">
              {s.when}
              {s.due && <> · due {formatDate(s.due)}</>}
            </span>
            <span className="step-state">
              <span className="step-sign" aria-hidden="true">
                {SIGNS[s.state]}
              </span>{' '}
              {s.state}
            </span>
            <span className="step-detail">{s.detail}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
