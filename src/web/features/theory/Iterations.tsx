import { useId } from 'react';
import { useSession } from '../../api/session';
import type { TheoryIteration } from '../../api/types';
import { Empty, ErrorState, Loading } from '../../components/states';
import { IssueIteration } from './IssueIteration';
import { day, DOCUMENT_FORMATS, iterationUrl, useIterations } from './theory';

/**
 * The dated iterations of the theory, newest first: each as a document, and what changed since the
 * one before with each change's reason and warrant. Lead researchers issue the next one.
 */
export function Iterations({ onSaid }: { onSaid: (said: string) => void }) {
  const { can } = useSession();
  const iterations = useIterations();
  const heading = useId();
  const list = iterations.data ?? [];
  return (
    <section className="toa-iterations" aria-labelledby={heading}>
      <h2 id={heading}>Iterations</h2>
      <p className="hint">Each iteration freezes the theory as it stood on its date; the history of iterations is itself a research product.</p>
      {iterations.isPending && <Loading what="the iterations" />}
      {iterations.isError && <ErrorState error={iterations.error} />}
      {iterations.data?.length === 0 && <Empty>No iteration has been issued yet.</Empty>}
      {list.length > 0 && (
        <ol reversed className="iteration-list">
          {[...list].reverse().map((it) => (
            <IterationEntry key={it.id} iteration={it} previous={list.find((p) => p.number === it.number - 1)} />
          ))}
        </ol>
      )}
      {can.lead && iterations.data && (
        <IssueIteration next={(list.at(-1)?.number ?? 0) + 1} onIssued={(it) => onSaid(`Iteration ${it.number} issued, dated ${day(it.dated)}.`)} />
      )}
    </section>
  );
}

function Downloads({ name, url }: { name: string; url: (format: string) => string }) {
  return (
    <>
      {DOCUMENT_FORMATS.map(([format, label], i) => (
        <span key={format}>
          {i > 0 && ' · '}
          <a href={url(format)} download>
            {label}
            <span className="visually-hidden"> ({name})</span>
          </a>
        </span>
      ))}
    </>
  );
}

function IterationEntry({ iteration: it, previous }: { iteration: TheoryIteration; previous: TheoryIteration | undefined }) {
  return (
    <li className="iteration">
      <p>
        <strong>{it.label}</strong> · iteration {it.number}, dated <time dateTime={it.dated}>{day(it.dated)}</time>{' '}
        <span className="muted">(issued by {it.createdBy})</span>
      </p>
      <ul className="iteration-downloads">
        <li>
          Iteration {it.number}: <Downloads name={`iteration ${it.number}`} url={(format) => iterationUrl(it.id, format)} />
        </li>
        {previous && (
          <li>
            What changed since iteration {previous.number}, and why:{' '}
            <Downloads name={`what changed since iteration ${previous.number}`} url={(format) => iterationUrl(it.id, format, previous.id)} />
          </li>
        )}
      </ul>
    </li>
  );
}
