import { type ReactNode, useState } from 'react';
import type { Coding, Turn } from '../../api/types';

interface Props {
  turn: Turn;
  /** The codings that overlap the turn. */
  codings: Coding[];
  renderActions?: ((coding: Coding) => ReactNode) | undefined;
}

/**
 * The codes beside a turn: one coloured bar a coding, side by side where codings overlap or nest,
 * each as long as the part of the turn it covers. A bar names its code and coder on hover and
 * focus; opening it offers what its coder may do with it (uncode, recode).
 */
export function CodeMargin({ turn, codings, renderActions }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const length = Math.max(1, turn.end - turn.textStart);
  const opened = codings.find((c) => c.id === open);
  return (
    <div className="code-margin" aria-label={codings.length ? `Codes of turn ${turn.seq}` : undefined} role={codings.length ? 'group' : undefined}>
      <div className="code-bars">
        {codings.map((c) => {
          const top = (Math.max(0, c.start - turn.textStart) / length) * 100;
          const bottom = (Math.max(0, turn.end - c.end) / length) * 100;
          const label = `${c.codeName} — coded by ${c.coderName}: “${c.quote.length > 80 ? `${c.quote.slice(0, 77)}…` : c.quote}”`;
          return (
            <button
              key={c.id}
              type="button"
              className={`code-bar${open === c.id ? ' open' : ''}`}
              style={{ background: c.colour, marginTop: `${top}%`, marginBottom: `${bottom}%` }}
              title={label}
              aria-label={label}
              aria-expanded={open === c.id}
              onClick={() => setOpen(open === c.id ? null : c.id)}
            />
          );
        })}
      </div>
      {opened && (
        <div className="code-popover" role="dialog" aria-label={`Coding ${opened.codeName}`}>
          <p>
            <span className="swatch" style={{ background: opened.colour }} aria-hidden="true" /> <strong>{opened.codeName}</strong>
            <br />
            <span className="muted">coded by {opened.coderName}</span>
          </p>
          {renderActions?.(opened)}
          <button type="button" className="link" onClick={() => setOpen(null)}>
            Close
          </button>
        </div>
      )}
      <ul className="code-names">
        {[...new Map(codings.map((c) => [c.codeId, c])).values()].map((c) => (
          <li key={c.codeId}>
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            {c.codeName}
          </li>
        ))}
      </ul>
    </div>
  );
}
