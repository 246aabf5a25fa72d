import type { ReactNode } from 'react';

/**
 * A form's submit button, disabled while its edit runs or when there is nothing to save, and
 * Cancel when the form can be left without saving; anything else (a status) follows them.
 */
export function FormActions({
  submit,
  busy,
  nothingToSave = false,
  onCancel,
  children,
}: {
  /** The submit button's words. */
  submit: ReactNode;
  busy: boolean;
  nothingToSave?: boolean;
  onCancel?: () => void;
  children?: ReactNode;
}) {
  return (
    <p className="actions">
      <button type="submit" disabled={busy || nothingToSave}>
        {submit}
      </button>
      {onCancel && (
        <button type="button" className="secondary" onClick={() => onCancel()}>
          Cancel
        </button>
      )}
      {children}
    </p>
  );
}
