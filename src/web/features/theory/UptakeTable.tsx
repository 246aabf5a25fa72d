import { Link } from 'react-router';
import type { UptakeLine } from '../../api/types';
import { clip } from './theory';

/** Recommendations as a table: one row each, with whether and how fully the district acted on it. */
export function UptakeTable({ lines }: { lines: readonly UptakeLine[] }) {
  return (
    <table className="uptake-table">
      <caption className="visually-hidden">Recommendations and whether the districts acted on them</caption>
      <thead>
        <tr>
          <th scope="col">District</th>
          <th scope="col">Recommended in</th>
          <th scope="col">Strategy</th>
          <th scope="col">Recommendation</th>
          <th scope="col">Seen in</th>
          <th scope="col">Acted on</th>
          <th scope="col">Conjectures it bears on</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((u) => (
          <tr key={u.recommendationId} className={`uptake ${u.uptake?.status ?? 'none'}`}>
            <td>{u.district}</td>
            <td className="cycle">{u.cycle}</td>
            <td>{u.strategy}</td>
            <td className="recommendation">
              {u.text}
              {u.uptake?.note && <span className="note">{u.uptake.note}</span>}
            </td>
            <td className="cycle">{u.uptake?.cycle ?? '—'}</td>
            <td className="acted-on">
              <span className="status">{u.uptake ? u.uptake.status : 'not recorded'}</span>
            </td>
            <td>
              {u.conjectures.length === 0 ? (
                <span className="muted">none</span>
              ) : (
                <ul className="bears-on">
                  {u.conjectures.map((c) => (
                    <li key={c.id}>
                      <Link to={`/theory#${c.id}`} title={c.text}>
                        {clip(c.text, 90)}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
