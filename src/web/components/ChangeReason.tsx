/** Why an edit of a versioned record is made: optional, kept with the new version in its history. */
export function ChangeReason({
  id,
  value,
  onChange,
  className = 'field wide',
}: {
  id: string;
  value: string;
  onChange: (reason: string) => void;
  className?: string;
}) {
  return (
    <span className={className}>
      <label htmlFor={`${id}-reason`}>Why the change (optional, kept in the history)</label>
      <input id={`${id}-reason`} value={value} onChange={(e) => onChange(e.target.value)} />
    </span>
  );
}
