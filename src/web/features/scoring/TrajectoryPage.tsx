import { Link, useParams } from 'react-router';
import { ErrorState, Loading } from '../../components/states';
import { signed, type Trajectory, useTrajectory } from './scoring';
import './scoring.css';

/** A participant's level on each dimension across the cycles, with the change since each previous one and the scores behind it. */
export function TrajectoryPage() {
  const { id = '' } = useParams();
  const trajectory = useTrajectory(id, undefined);
  if (trajectory.isPending) return <Loading what="the trajectory" />;
  if (trajectory.isError) return <ErrorState error={trajectory.error} />;
  const t = trajectory.data;
  return (
    <div className="scoring-page">
      <h1>
        Trajectory of <Link to={`/participants/${t.participant.id}`}>{t.participant.code}</Link>
      </h1>
      <p className="hint">{t.rubric.name}</p>
      <Chart t={t} />
      <table className="trajectory">
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            {t.cycles.map((c) => (
              <th scope="col" key={c.id}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {t.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.name}</th>
              {d.points.map((p) => (
                <td key={p.cycleId}>
                  {p.level === null ? (
                    '–'
                  ) : (
                    <>
                      <strong>{p.level}</strong> {p.label} {p.change !== null && <span className="change">({signed(p.change)})</span>}
                      {p.scores.map((s) => (
                        <span key={s.id} className="cited">
                          <Link to={`/scoring/interviews/${s.interviewId}`}>{s.interviewCode}</Link> by {s.scorerName}:{' '}
                          {s.passages.map((x) => `“${x.quote}”`).join(' ')}
                        </span>
                      ))}
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The levels as lines across the cycles, one per dimension (SVG). */
function Chart({ t }: { t: Trajectory }) {
  const values = t.rubric.dimensions.flatMap((d) => d.levels.map((l) => l.value));
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const w = 480;
  const h = 160;
  const x = (i: number) => (t.cycles.length > 1 ? 40 + (i * (w - 80)) / (t.cycles.length - 1) : w / 2);
  const y = (level: number) => h - 20 - ((level - min) / Math.max(1, max - min)) * (h - 40);
  return (
    <svg className="trajectory-chart" viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`Levels of ${t.participant.code} across cycles`}>
      {t.cycles.map((c, i) => (
        <text key={c.id} x={x(i)} y={h - 4} textAnchor="middle">
          {c.label}
        </text>
      ))}
      {t.dimensions.map((d, n) => {
        const points = d.points.flatMap((p, i) => (p.level === null ? [] : [`${x(i)},${y(p.level)}`]));
        return (
          <g key={d.id} className={`series series-${n}`}>
            <polyline points={points.join(' ')} fill="none" />
            {d.points.map(
              (p, i) =>
                p.level !== null && (
                  <circle key={p.cycleId} cx={x(i)} cy={y(p.level)} r={3}>
                    <title>{`${d.name}, ${p.cycleLabel}: ${p.level}`}</title>
                  </circle>
                ),
            )}
          </g>
        );
      })}
    </svg>
  );
}
