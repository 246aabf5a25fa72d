import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, qs } from '../../api/client';
import { ROLE_LABELS, useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import type { SearchResult } from '../../api/types';
import { Empty, ErrorState } from '../../components/states';

/** Search as you type across what was said; each hit opens its transcript at the passage. */
export function SearchPage() {
  const { partnership } = useSession();
  const { districts, schools, cycles } = useDirectory();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  // Each keystroke asks the server (a search takes about a millisecond there; the one before is
  // cancelled); only the address waits for the typing to pause.
  const query = useDeferredValue(q);
  const [settled, setSettled] = useState(q);
  const role = params.get('role') ?? '';
  const district = params.get('district') ?? '';
  const cycle = params.get('cycle') ?? '';
  const school = params.get('school') ?? '';
  useEffect(() => {
    const t = setTimeout(() => setSettled(q), 400);
    return () => clearTimeout(t);
  }, [q]);
  useEffect(() => {
    const next = new URLSearchParams(params);
    if (settled) next.set('q', settled);
    else next.delete('q');
    setParams(next, { replace: true });
    // The address follows what is searched, so a search can be shared and comes back on reload.
  }, [settled]);
  const result = useQuery({
    queryKey: ['search', partnership?.id, query, role, district, school, cycle],
    queryFn: ({ signal }) => api<SearchResult>(`/api/partnerships/${partnership!.id}/search${qs({ q: query, role, district, school, cycle, limit: 50 })}`, { signal }),
    enabled: Boolean(partnership && query.trim()),
    placeholderData: (previous) => previous,
  });
  const found = query.trim() ? result.data : undefined;
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <>
      <h1>Search what was said</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <span className="field grow">
          <label htmlFor="q">Words or "a phrase"</label>
          <input id="q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder='coach feedback, "learning walk", observ*, -pacing' autoFocus />
        </span>
        <span className="field">
          <label htmlFor="role">Role group</label>
          <select id="role" value={role} onChange={(e) => set('role', e.target.value)}>
            <option value="">All</option>
            {Object.entries(ROLE_LABELS).map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor="district">District</label>
          <select id="district" value={district} onChange={(e) => set('district', e.target.value)}>
            <option value="">All</option>
            {districts.map((d) => (
              <option key={d.id} value={d.name}>
                {d.name}
              </option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor="school">School</label>
          <select id="school" value={school} onChange={(e) => set('school', e.target.value)}>
            <option value="">All</option>
            {schools
              .filter((s) => !district || s.districtId === districts.find((d) => d.name === district)?.id)
              .map((s) => (
                <option key={s.id} value={s.name}>
                  {s.name}
                </option>
              ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor="cycle">Cycle</label>
          <select id="cycle" value={cycle} onChange={(e) => set('cycle', e.target.value)}>
            <option value="">All</option>
            {cycles.map((c) => (
              <option key={c.id} value={c.label}>
                {c.label}
              </option>
            ))}
          </select>
        </span>
      </form>
      <div aria-live="polite">
        {result.isError && query.trim() && <ErrorState error={result.error} />}
        {found && found.hits.length > 0 && (
          <p className="result-count">
            {found.hits.length === found.limit ? `The first ${found.limit} passages` : `${found.hits.length} ${found.hits.length === 1 ? 'passage' : 'passages'}`} for “{found.query}”
          </p>
        )}
        {found && found.hits.length === 0 && <Empty>No one said “{found.query}”.</Empty>}
        {found && found.hits.length > 0 && (
          <ol className="hits">
            {found.hits.map((h) => (
              <li key={`${h.transcriptId}-${h.turn}`}>
                <Link to={`/interviews/${h.interviewId}?passage=${h.matches[0]?.start ?? 0}-${h.matches[0]?.end ?? 0}`}>
                  {h.interviewCode} · {h.pseudonym}, {ROLE_LABELS[h.role] ?? h.role}, {h.school} · {h.cycle}
                </Link>
                <p>
                  <span className="speaker">{h.speaker}:</span>{' '}
                  {h.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                </p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </>
  );
}
