import { useState } from 'react';
import { RetireForm } from '../../components/RetireForm';
import './retirement.css';

interface Props {
  /** The record to retire (a support type, an artifact). */
  id: string;
  /** What the buttons call it: "the type", "the document". */
  what: string;
  /** What the record is, for the reason's label: the type's name, the artifact's title. */
  name: string;
  /** After the server retired it: refresh what listed it. */
  onRetired: () => Promise<void> | void;
}

/** A button that opens the retirement form: two steps, so that one click does not retire anything. */
export function Retirement({ id, what, name, onRetired }: Props) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        Retire {what}
      </button>
    );
  }
  return (
    <RetireForm
      id={id}
      label={`Why retire “${name}” (kept in the history)`}
      action={`Retire ${what}`}
      onRetired={async () => {
        setOpen(false);
        await onRetired();
      }}
      onCancel={() => setOpen(false)}
    />
  );
}
