import { useId } from 'react';
import { literatureAddress } from '../../../domain/theory-of-action.js';
import { useSession } from '../../api/session';
import { Empty, ErrorState, Loading } from '../../components/states';
import { NewSource } from './NewSource';
import { useTheorySources } from './theory';

/** The literature and the retrospective analyses the conjectures may rest on; writers add to them. */
export function Sources({ onSaid }: { onSaid: (said: string) => void }) {
  const { can } = useSession();
  const sources = useTheorySources();
  const heading = useId();
  return (
    <section className="toa-sources" aria-labelledby={heading}>
      <h2 id={heading}>Literature and retrospective analyses</h2>
      {sources.isPending && <Loading what="the sources" />}
      {sources.isError && <ErrorState error={sources.error} />}
      {sources.data && (
        <div className="source-lists">
          <div>
            <h3>Literature</h3>
            {sources.data.literature.length === 0 && <Empty>No reference yet.</Empty>}
            <ul className="literature">
              {sources.data.literature.map((r) => {
                // Only an http or https address (or a DOI) is a link, whatever was stored before that rule.
                const href = r.url ? literatureAddress(r.url) : undefined;
                return (
                  <li key={r.id}>
                    {r.authors} ({r.year ?? 'n.d.'}). {href ? <a href={href}>{r.title}</a> : <cite>{r.title}</cite>}. {r.source}
                  </li>
                );
              })}
            </ul>
            {can.write && <NewSource kind="literature" onAdded={(title) => onSaid(`Reference added: ${title}.`)} />}
          </div>
          <div>
            <h3>Retrospective analyses</h3>
            {sources.data.retrospectives.length === 0 && <Empty>No retrospective analysis yet.</Empty>}
            <ul className="retrospectives">
              {sources.data.retrospectives.map((r) => (
                <li key={r.id}>
                  <strong>{r.title}</strong>: {r.summary}
                </li>
              ))}
            </ul>
            {can.write && <NewSource kind="retrospective" onAdded={(title) => onSaid(`Retrospective analysis added: ${title}.`)} />}
          </div>
        </div>
      )}
    </section>
  );
}
