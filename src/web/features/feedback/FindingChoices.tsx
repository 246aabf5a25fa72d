import { useId } from 'react';
import { useFeedbackScope } from './scope';

interface Props {
  /** Findings cited already: shown ticked; a citation is not withdrawn from here. */
  cited: ReadonlySet<string>;
  chosen: ReadonlySet<string>;
  onChange: (chosen: ReadonlySet<string>) => void;
  legend?: string;
}

/** The district's findings of the cycle, to tick the ones a record cites. */
export function FindingChoices({ cited, chosen, onChange, legend = 'Findings to cite' }: Props) {
  const { findings, place } = useFeedbackScope();
  const id = useId();
  const toggle = (findingId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(findingId);
    else next.delete(findingId);
    onChange(next);
  };
  return (
    <fieldset className="finding-choices">
      <legend>{legend}</legend>
      {findings.length === 0 && (
        <p className="muted">
          No findings of {place.district} for {place.cycle} yet.
        </p>
      )}
      {cited.size > 0 && <p className="hint">Findings cited already stay cited.</p>}
      {findings.map((f) => (
        <label key={f.id} className="check" htmlFor={`${id}-${f.id}`}>
          <input
            id={`${id}-${f.id}`}
            type="checkbox"
            checked={cited.has(f.id) || chosen.has(f.id)}
            disabled={cited.has(f.id)}
            onChange={(e) => toggle(f.id, e.target.checked)}
          />
          <span>{f.text}</span>
        </label>
      ))}
    </fieldset>
  );
}
