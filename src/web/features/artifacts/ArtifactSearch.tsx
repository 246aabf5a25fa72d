import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState } from 'react';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import { useFilters } from '../../components/filters';
import { Empty, ErrorState } from '../../components/states';
import type { Reading } from './ArtifactReader';

const LIMIT = 50;

/** Searching the artifacts' text as one types (the transcripts' search language); a hit opens the text at its passage. */
export function ArtifactSearch({
  district,
  cycle,
  placeOf,
  onRead,
}: {
  district: string;
  cycle: string;
  placeOf: (artifactId: string) => string | undefined;
  onRead: (reading: Reading) => void;
}) {
  const { partnership } = useSession();
  const filters = useFilters();
  const [q, setQ] = useState(filters.get('q'));
  const query = useDeferredValue(q);
  const [settled, setSettled] = useState(q);
  useEffect(() => {
    const t = setTimeout(() => setSettled(q), 400);
    return () => clearTimeout(t);
  }, [q]);
  // The address follows what is searched, so a search can be shared and comes back on reload.
  useEffect(() => filters.set('q', settled), [settled]);
  const hits = useQuery({
    queryKey: ['artifact-search', partnership?.id, query, district, cycle],
    queryFn: ({ signal }) =>
      answer(
        api.GET('/api/partnerships/{partnershipId}/artifact-search', {
          params: { path: { partnershipId: partnership!.id }, query: { q: query, district, cycle, limit: LIMIT } },
          signal,
        }),
      ),
    enabled: Boolean(partnership && query.trim()),
    placeholderData: (previous) => previous,
  });
  const found = query.trim() ? hits.data : undefined;
  return (
    <section className="artifact-search" aria-labelledby="artifact-search-title">
      <h2 id="artifact-search-title">Search the documents’ text</h2>
      <form className="filters" role="search" aria-label="Search the documents' text" onSubmit={(e) => e.preventDefault()}>
        <span className="field grow">
          <label htmlFor="artifact-q">Words or "a phrase"</label>
          <input id="artifact-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder='coach meetings, "learning walk", observ*' />
        </span>
      </form>
      <div aria-live="polite">
        {hits.isError && query.trim() && <ErrorState error={hits.error} />}
        {found && found.length > 0 && (
          <p className="result-count">
            {found.length === LIMIT ? `The first ${LIMIT} passages` : `${found.length} ${found.length === 1 ? 'passage' : 'passages'}`} for “{query.trim()}”
          </p>
        )}
        {found && found.length === 0 && <Empty>No document says “{query.trim()}”.</Empty>}
        {found && found.length > 0 && (
          <ol className="hits">
            {found.map((h) => (
              <li key={`${h.artifactId}-${h.passage}`}>
                <button type="button" className="link" onClick={() => onRead({ id: h.artifactId, passage: h.passage })}>
                  {h.title}
                </button>{' '}
                <span className="muted">
                  · {h.kind} · {placeOf(h.artifactId) ?? h.fileName}
                </span>
                <p>{h.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
