import type { Rubric } from './scoring';

/** A rubric as a table: a row per dimension, a column per level, each cell the level's descriptor. */
export function RubricView({ rubric }: { rubric: Rubric }) {
  const values = [...new Set(rubric.dimensions.flatMap((d) => d.levels.map((l) => l.value)))].sort((a, b) => a - b);
  return (
    <section className="rubric" aria-labelledby={`rubric-${rubric.id}`}>
      <h2 id={`rubric-${rubric.id}`}>{rubric.name}</h2>
      {rubric.description && <p className="hint">{rubric.description}</p>}
      <table className="rubric-levels">
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            {values.map((v) => (
              <th scope="col" key={v}>
                Level {v}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rubric.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                {d.name}
                {d.description && <span className="hint">{d.description}</span>}
              </th>
              {values.map((v) => {
                const level = d.levels.find((l) => l.value === v);
                return (
                  <td key={v}>
                    {level && (
                      <>
                        <strong>{level.label}</strong> {level.descriptor}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
