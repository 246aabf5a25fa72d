import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { answer, api } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { ROLE_LABELS } from '../../api/labels';
import { useSession } from '../../api/session';
import type { RoleGroup } from '../../api/types';
import { FilterSelect, useFilters } from '../../components/filters';
import { Empty, ErrorState } from '../../components/states';

type SpeakerChoice = 'interviewer' | 'participant' | undefined;
const SPEAKERS = [
  ['participant', 'Participants (not the questions)'],
  ['interviewer', 'Interviewers'],
] as const;

/** Search as you type across what was said; each hit opens its transcript at the passage. */
export function SearchPage() {
  const { partnership } = useSession();
  const { districts, schools, cycles, labelOf, error: directoryError } = useDirectory();
  const filters = useFilters();
  const [q, setQ] = useState(filters.get('q'));
  // Each keystroke asks the server (a search takes about a millisecond there; the one before is
  // cancelled); only the address waits for the typing to pause.
  const query = useDeferredValue(q);
  const [settled, setSettled] = useState(q);
  const [role, district, cycle, school, speaker] = ['role', 'district', 'cycle', 'school', 'speaker'].map(filters.get) as [
    string,
    string,
    string,
    string,
    string,
  ];
  useEffect(() => {
    const t = setTimeout(() => setSettled(q), 400);
    return () => clearTimeout(t);
  }, [q]);
  // The address follows what is searched, so a search can be shared and comes back on reload.
  useEffect(() => filters.set('q', settled), [settled]);
  const result = useQuery({
    queryKey: ['search', partnership?.id, query, role, district, school, cycle, speaker],
    queryFn: ({ signal }) =>
      answer(
        api.GET('/api/partnerships/{partnershipId}/search', {
          params: {
            path: { partnershipId: partnership!.id },
            query: { q: query, role: role as RoleGroup, district, school, cycle, speaker: (speaker || undefined) as SpeakerChoice, limit: 50 },
          },
          signal,
        }),
      ),
    enabled: Boolean(partnership && query.trim()),
    placeholderData: (previous) => previous,
  });
  const found = query.trim() ? result.data : undefined;
  return (
    <>
      <h1>Search what was said</h1>
      {directoryError && <ErrorState error={directoryError} />}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <span className="field grow">
          <label htmlFor="q">Words or "a phrase"</label>
          <input
            id="q"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder='coach feedback, "learning walk", observ*, -pacing'
            autoFocus
          />
        </span>
        <FilterSelect label="Role group" value={role} onChange={(v) => filters.set('role', v)} options={Object.entries(ROLE_LABELS)} />
        <FilterSelect
          label="District"
          value={district}
          onChange={(v) => filters.set('district', v, ['school'])}
          options={districts.map((d) => [d.name, d.name])}
        />
        <FilterSelect
          label="School"
          value={school}
          onChange={(v) => filters.set('school', v)}
          options={schools
            .filter((s) => !district || s.districtId === districts.find((d) => d.name === district)?.id)
            .map((s) => [labelOf(s.id), labelOf(s.id)])}
        />
        <FilterSelect label="Cycle" value={cycle} onChange={(v) => filters.set('cycle', v)} options={cycles.map((c) => [c.label, c.label])} />
        <FilterSelect label="Who spoke" value={speaker} onChange={(v) => filters.set('speaker', v)} options={SPEAKERS} />
      </form>
      <div aria-live="polite">
        {result.isError && query.trim() && <ErrorState error={result.error} />}
        {found && found.hits.length > 0 && (
          <p className="result-count">
            {found.hits.length === found.limit
              ? `The first ${found.limit} passages`
              : `${found.hits.length} ${found.hits.length === 1 ? 'passage' : 'passages'}`}{' '}
            for “{found.query}”
          </p>
        )}
        {found && found.hits.length === 0 && <Empty>No one said “{found.query}”.</Empty>}
        {found && found.hits.length > 0 && (
          <ol className="hits">
            {found.hits.map((h, i) => (
              // A long turn can answer with several segments: the hit's place tells them apart.
              <li key={`${h.transcriptId}-${h.turn}-${h.matches[0]?.start ?? i}`}>
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
