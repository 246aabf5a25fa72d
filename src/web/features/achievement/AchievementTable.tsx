import type { Answer } from '../../api/client';
import { figure } from '../../components/figures';

export type Achievement = Answer<'/api/instruments/{id}/achievement'>;

/**
 * Each student group's achievement per year, and its gap to all students: a table with a caption and
 * a sentence saying what it holds, for every reader (screen readers included).
 */
export function AchievementTable({ achievement, title }: { achievement: Achievement; title: string }) {
  if (!achievement.rows.length) return <p>No results for these schools and grades yet.</p>;
  const suppressed = achievement.rows.filter((r) => r.suppressed).length;
  const years = [...new Set(achievement.rows.map((r) => r.cycle))];
  return (
    <>
      <p>
        {achievement.instrument.name}, {years.join(' to ')}: each student group's students tested, percent at standard and mean scale score over the schools and
        grades shown (weighted by the students tested), and its gap to all students in percentage points.
        {achievement.minimum !== null &&
          ` Groups of fewer than ${achievement.minimum} students tested are suppressed${suppressed ? ` (${suppressed} here)` : ' (none here)'}.`}
      </p>
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Student group</th>
            <th scope="col" className="number">
              Tested
            </th>
            <th scope="col" className="number">
              % at standard
            </th>
            <th scope="col" className="number">
              Mean scale score
            </th>
            <th scope="col" className="number">
              Gap (points)
            </th>
          </tr>
        </thead>
        <tbody>
          {achievement.rows.map((r) => (
            <tr key={`${r.cycle} ${r.studentGroup}`}>
              <th scope="row">{r.cycle}</th>
              <td>{r.studentGroup}</td>
              {r.suppressed ? (
                <td colSpan={4}>Suppressed: fewer than {achievement.minimum} students tested</td>
              ) : (
                <>
                  <td className="number">{r.numberTested}</td>
                  <td className="number">{figure(r.percentAtStandard, 1)}</td>
                  <td className="number">{figure(r.meanScaleScore, 1)}</td>
                  <td className="number">{figure(r.gap, 1)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
