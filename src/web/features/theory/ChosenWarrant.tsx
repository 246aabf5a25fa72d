import type { ChosenEvidence } from './EvidenceChooser';
import { KIND_LABEL } from './theory';

/** The evidence chosen so far for a new version, before it is saved; each can be taken out again. */
export function ChosenWarrant({ title, warrant, onRemove }: { title: string; warrant: readonly ChosenEvidence[]; onRemove: (id: string) => void }) {
  if (warrant.length === 0) return <p className="muted">{title}: no evidence chosen yet.</p>;
  return (
    <>
      <p className="legend">{title}</p>
      <ul className="chosen-warrant">
        {warrant.map((w) => (
          <li key={w.id}>
            <span className="kind">{KIND_LABEL[w.kind]}:</span> {w.label} — <span className="bearing">{w.bearing}</span>
            {w.note && <span className="note"> ({w.note})</span>}{' '}
            <button type="button" className="link" onClick={() => onRemove(w.id)}>
              Take out<span className="visually-hidden"> {w.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
