import type { WarrantLink } from '../../api/types';
import { against, byKind, KIND_LABEL, KIND_PLURAL } from './theory';

/**
 * What a revision of a conjecture rests on, grouped by kind of evidence, each with how it bears on
 * the conjecture in words ("District: Lakeside Public Schools — not borne out").
 */
export function WarrantList({ warrant, label }: { warrant: readonly WarrantLink[]; label: string }) {
  if (warrant.length === 0) return <p className="muted no-warrant">No evidence recorded for this version.</p>;
  return (
    <div className="warrant" role="group" aria-label={label}>
      {byKind(warrant).map(({ kind, links }) => (
        <ul key={kind} className={`warrant-group kind-${kind}`} aria-label={KIND_PLURAL[kind]}>
          {links.map((w) => (
            <li key={w.id} className={against(w.bearing) ? 'against' : 'for'}>
              <span className="kind">{KIND_LABEL[kind]}:</span> {w.label} — <span className="bearing">{w.bearing}</span>
              {w.note && <span className="note"> ({w.note})</span>}
            </li>
          ))}
        </ul>
      ))}
    </div>
  );
}
