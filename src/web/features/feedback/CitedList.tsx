import type { FeedbackLink } from '../../api/types';
import { CITED_KINDS, citedKind } from './labels';

/** Citations grouped by kind, in the order the kinds are named (findings first, then conjectures, then explanations). */
const KIND_ORDER = Object.keys(CITED_KINDS);
const rank = (kind: string) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length);

/** What a record rests on: the findings it cites, or for a recommendation the conjectures and explanations it is based on. */
export function CitedList({ links, label, none = 'Nothing cited yet.' }: { links: readonly FeedbackLink[]; label: string; none?: string }) {
  if (links.length === 0) return <p className="muted no-citations">{none}</p>;
  return (
    <ul className="cited" aria-label={label}>
      {[...links]
        .sort((a, b) => rank(a.kind) - rank(b.kind))
        .map((l) => (
          <li key={l.id} className={l.bearing === 'contradicts' ? `${l.kind} contradicts` : l.kind}>
            <span className="kind">{citedKind(l)}</span>
            {l.bearing === 'contradicts' && <span className="bearing"> (contradicts)</span>}: {l.label}
            {l.note && <span className="note"> — {l.note}</span>}
            {l.retired && <span className="retired"> (retired: reports leave it out)</span>}
          </li>
        ))}
    </ul>
  );
}
