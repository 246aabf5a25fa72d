import type { ReactNode } from 'react';

/**
 * Why an edit is made, kept with the new version in its history: optional unless `required` says
 * who refuses the edit without it, the form itself ('form') or the server, which says so ('server').
 */
export function ChangeReason({
  id,
  value,
  onChange,
  label = 'Why the change (optional, kept in the history)',
  required,
  rows,
  hint,
  className = 'field wide',
}: {
  id: string;
  value: string;
  onChange: (reason: string) => void;
  label?: string;
  required?: 'form' | 'server';
  /** A box of this many lines rather than one. */
  rows?: number;
  /** Said under the box, and read with it. */
  hint?: ReactNode;
  /** The wrapper's class; empty to lay the label and box out in the form's own flow. */
  className?: string;
}) {
  const field = `${id}-reason`;
  const props = {
    id: field,
    value,
    required: required === 'form' || undefined,
    'aria-required': required === 'server' || undefined,
    'aria-describedby': hint ? `${field}-hint` : undefined,
  };
  return (
    <span className={className || undefined}>
      <label htmlFor={field}>{label}</label>
      {rows ? <textarea {...props} rows={rows} onChange={(e) => onChange(e.target.value)} /> : <input {...props} onChange={(e) => onChange(e.target.value)} />}
      {hint && (
        <span id={`${field}-hint`} className="hint">
          {hint}
        </span>
      )}
    </span>
  );
}
