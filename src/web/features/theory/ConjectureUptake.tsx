import type { ConjectureUptake as Uptake } from '../../api/types';

/** Whether districts acted on the recommendations based on a conjecture: evidence on it from practice. */
export function ConjectureUptake({ uptake }: { uptake: readonly Uptake[] }) {
  return (
    <>
      <h4>Evidence from practice</h4>
      {uptake.length === 0 ? (
        <p className="muted">No recommendation based on it has been followed up yet.</p>
      ) : (
        <ul className="conjecture-uptake" aria-label="Uptake of recommendations based on it">
          {uptake.map((u, i) => (
            <li key={`${u.recommendationId}-${u.cycle}-${i}`} className={`uptake ${u.status}`}>
              <span className="where">
                {u.district}, seen in {u.cycle}:
              </span>{' '}
              <span className="status">{u.label}</span> — <q>{u.recommendation}</q>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
