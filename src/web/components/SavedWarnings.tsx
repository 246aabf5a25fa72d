import { useState } from 'react';

/**
 * Told at once after saving text partners will read: each participant it names. The text is saved
 * (the team may be mid-way); the partner versions that would show it are refused until it is reworded.
 */
export function SavedWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="warning" role="alert">
      <p>Saved, but partners may not read it as it stands:</p>
      <ul>
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}

/** The warnings of the last save, kept by the form's parent so they stay in view once the form has closed. */
export function useSavedWarnings() {
  const [warnings, setWarnings] = useState<readonly string[]>([]);
  return { warnings, heed: (w: readonly string[] = []) => setWarnings(w) };
}
