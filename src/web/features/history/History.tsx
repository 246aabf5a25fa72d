import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

interface HistoryEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityId: string;
  version: number | null;
  reason: string | null;
}

const ACTIONS: Record<string, string> = {
  'isf.create': 'started the form',
  'isf.status': 'changed the status',
  'isf_entry.create': 'wrote an entry',
  'isf_entry.update': 'revised an entry',
  'isfEntry.retire': 'retired an entry',
  'summary.create': 'started the summary',
  'claim.create': 'wrote a claim',
  'claim.update': 'revised a claim',
  'claim.retire': 'retired a claim',
  'finding.create': 'wrote the finding',
  'finding.update': 'revised the finding',
  'finding.retire': 'retired the finding',
  'citation.create': 'cited evidence',
};

/** Who changed what, when and why: a record's audit trail, opened on demand. */
export function History({ id }: { id: string }) {
  const history = useQuery({ queryKey: ['history', id], queryFn: () => api<HistoryEntry[]>(`/api/history/${id}`) });
  return (
    <details className="history">
      <summary>History</summary>
      {history.isPending && <p className="loading">Loading the history…</p>}
      {history.data && (
        <ol>
          {history.data.map((h) => (
            <li key={h.seq}>
              <time dateTime={h.at}>{new Date(h.at).toLocaleString()}</time> · <strong>{h.actor}</strong> {ACTIONS[h.action] ?? h.action}
              {h.version ? ` (version ${h.version})` : ''}
              {h.reason && <span className="muted"> — {h.reason}</span>}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
