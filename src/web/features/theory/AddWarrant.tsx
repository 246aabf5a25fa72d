import { useState } from 'react';
import { answer, api } from '../../api/client';
import type { Conjecture } from '../../api/types';
import { ErrorState } from '../../components/states';
import { EvidenceChooser } from './EvidenceChooser';
import { useRefreshTheory } from './theory';

/** Adding evidence to the warrant of a conjecture's current version, without revising its text. */
export function AddWarrant({ conjecture }: { conjecture: Conjecture }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const refresh = useRefreshTheory();
  const cited = new Set(conjecture.revisions.at(-1)?.warrant.map((w) => w.citedId) ?? []);
  return (
    <div className="add-warrant">
      <EvidenceChooser
        action={`Add to the warrant of version ${conjecture.version}`}
        exclude={cited}
        busy={busy}
        onChoose={async (w) => {
          setBusy(true);
          setError(null);
          setDone('');
          try {
            await answer(
              api.POST('/api/conjectures/{id}/warrant', {
                params: { path: { id: conjecture.id } },
                body: { id: w.id, bearing: w.bearing, ...(w.note && { note: w.note }) },
              }),
            );
            await refresh();
            setDone(`Added to the warrant of version ${conjecture.version}: ${w.label} — ${w.bearing}.`);
            return true;
          } catch (e) {
            setError(e);
            return false;
          } finally {
            setBusy(false);
          }
        }}
      />
      {error !== null && <ErrorState error={error} />}
      <p role="status" className="said">
        {done}
      </p>
    </div>
  );
}
