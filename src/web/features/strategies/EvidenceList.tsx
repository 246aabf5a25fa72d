import type { StrategyEvidence } from '../../api/types';
import { shortened, Uncite } from '../citing/Uncite';
import { useRefreshStrategies } from './scope';

/**
 * What a strategy or element rests on: leader-interview passages and the district's documents,
 * each of which those who write can remove (with a reason, kept in the history).
 */
export function EvidenceList({ evidence, label, canWrite = false }: { evidence: readonly StrategyEvidence[]; label: string; canWrite?: boolean }) {
  const refresh = useRefreshStrategies();
  if (evidence.length === 0) return <p className="muted no-evidence">No evidence cited yet.</p>;
  return (
    <ul className="strategy-evidence" aria-label={label}>
      {evidence.map((e) => (
        <li key={e.id} className={e.kind}>
          {e.kind === 'excerpt' ? (
            <>
              <q>{e.text}</q> <span className="source">Interview {e.source}</span>
            </>
          ) : (
            <>
              <span className="kind">Document:</span> <cite>{e.text}</cite> <span className="source">({e.source})</span>
            </>
          )}
          {e.note && <span className="note"> — {e.note}</span>}
          {e.retired && <span className="retired"> (retired: documents leave it out)</span>}
          {canWrite && (
            <Uncite
              id={e.id}
              cited={e.kind === 'excerpt' ? `the passage “${shortened(e.text)}” of ${e.source}` : `the document “${shortened(e.text)}”`}
              onRemoved={refresh}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
