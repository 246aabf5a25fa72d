import { useState } from 'react';
import { RetireForm } from '../../components/RetireForm';
import './uncite.css';

interface Props {
  /** The citation (or strategy evidence) that links the record to what it cites. */
  id: string;
  /** What is cited, for the button's and the reason's labels: "the passage “…”", "the claim “…”". */
  cited: string;
  /** Said before the removal, when it leaves the record resting on nothing. */
  warning?: string;
  /** After the server withdrew it: refresh what listed it. */
  onRemoved: () => Promise<unknown> | void;
}

/**
 * Removing a cited passage or claim from where it was cited: the citation is withdrawn with the
 * reason given (kept in the history), never deleted, and what rested on it is checked again.
 */
export function Uncite({ id, cited, warning, onRemoved }: Props) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" className="uncite secondary" aria-label={`Remove ${cited}`} onClick={() => setOpen(true)}>
        Remove
      </button>
    );
  return (
    <RetireForm
      id={id}
      className="uncite-form"
      label={`Why remove ${cited} (kept in the history)`}
      action="Remove the citation"
      onRetired={async () => {
        setOpen(false);
        await onRemoved();
      }}
      onCancel={() => setOpen(false)}
    >
      {warning && <p className="warning">{warning}</p>}
    </RetireForm>
  );
}

/** A quote or statement shortened for a label. */
export const shortened = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
