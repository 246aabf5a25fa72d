import { figure, pValue } from './figures';

interface Coefficient {
  term: string;
  estimate: number;
  se: number;
  t: number | null;
  p: number | null;
  low: number | null;
  high: number | null;
}

/** A regression's coefficients as table rows: estimate, standard error, t, p and the 95% interval. */
export function CoefficientRows({ coefficients }: { coefficients: readonly Coefficient[] }) {
  return (
    <tbody>
      {coefficients.map((c) => (
        <tr key={c.term}>
          <th scope="row">{c.term}</th>
          <td className="number">{figure(c.estimate, 4)}</td>
          <td className="number">{figure(c.se, 4)}</td>
          <td className="number">{figure(c.t, 2)}</td>
          <td className="number">{pValue(c.p)}</td>
          <td>
            [{figure(c.low, 4)}, {figure(c.high, 4)}]
          </td>
        </tr>
      ))}
    </tbody>
  );
}
