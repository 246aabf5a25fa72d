import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { answer, api, qs } from '../../api/client';
import { ROLE_LABELS } from '../../api/labels';
import { useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import type { CodebookEntry, CodedPassage, CodeMatrix } from '../../api/types';
import { FilterSelect, useFilters } from '../../components/filters';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useCodebook } from '../codebook/codes';
import './retrieval.css';

const FILTERS = ['district', 'school', 'role', 'cycle', 'protocol', 'coder'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;
const VIEWS = [
  ['passages', "A code's passages"],
  ['query', 'Code query'],
  ['matrix', 'Matrix'],
  ['cooccurrence', 'Co-occurrence'],
] as const;
const BY = [
  ['role', 'Role group'],
  ['school', 'School'],
  ['district', 'District'],
  ['cycle', 'Cycle'],
] as const;

/** A passage once, however many coders applied the code to it (double coding), with who did. */
interface PassageCoded {
  passage: CodedPassage;
  coders: string[];
}
function byPassage(codings: readonly CodedPassage[]): PassageCoded[] {
  const out = new Map<string, PassageCoded>();
  for (const p of codings) {
    const key = `${p.interview.id} ${p.start} ${p.end} ${p.code.id}`;
    const seen = out.get(key);
    if (!seen) out.set(key, { passage: p, coders: [p.coder.name] });
    else if (!seen.coders.includes(p.coder.name)) seen.coders.push(p.coder.name);
  }
  return [...out.values()];
}

/** How many passages, and how many codings when coders coded some of them alike. */
function PassageCount({ codings, what }: { codings: readonly CodedPassage[]; what: string }) {
  const passages = byPassage(codings).length;
  return (
    <p className="result-count">
      {passages} {passages === 1 ? 'passage' : 'passages'} {what}
      {codings.length > passages && <span className="muted"> · {codings.length} codings, some passages coded by more than one coder</span>}
    </p>
  );
}

function Passages({ passages }: { passages: CodedPassage[] }) {
  if (passages.length === 0) return <Empty>No coded passages here.</Empty>;
  return (
    <ol className="hits coded-passages">
      {byPassage(passages).map(({ passage: p, coders }) => (
        <li key={p.codingId}>
          <Link to={`/interviews/${p.interview.id}?passage=${p.start}-${p.end}`}>
            {p.interview.code} · {p.participant.pseudonym}, {ROLE_LABELS[p.role] ?? p.role}, {p.school.name} · {p.cycle.label}
          </Link>
          <span className="muted">
            {' '}
            · <span className="code-swatch" style={{ background: p.code.colour }} /> {p.code.name} · {coders.join(', ')}
          </span>
          <p>“{p.quote}”</p>
        </li>
      ))}
    </ol>
  );
}

/** The codes in the codebook's reading order (each before the codes under it), with their depth; codes the codebook no longer lists last. */
function inCodebookOrder<C extends { id: string }>(codes: readonly C[], codebook: readonly CodebookEntry[]): (C & { depth: number })[] {
  const at = new Map(codebook.map((c, i) => [c.id, i]));
  const depth = new Map(codebook.map((c) => [c.id, c.depth]));
  return [...codes].sort((a, b) => (at.get(a.id) ?? Infinity) - (at.get(b.id) ?? Infinity)).map((c) => ({ ...c, depth: depth.get(c.id) ?? 0 }));
}

function MatrixTable({ m, codebook, cellLink }: { m: CodeMatrix; codebook: readonly CodebookEntry[]; cellLink: (filter: Record<string, string>) => string }) {
  const cell = new Map(m.cells.map((c) => [`${c.codeId} ${c.key}`, c]));
  const columnLabel = (c: CodeMatrix['columns'][number]) => (m.by === 'role' ? (ROLE_LABELS[c.key] ?? c.label) : c.label);
  return (
    <table className="matrix">
      <caption>Passages (participants) by code and {BY.find(([k]) => k === m.by)?.[1].toLowerCase()}</caption>
      <thead>
        <tr>
          <th scope="col">Code</th>
          {m.columns.map((c) => (
            <th key={c.key} scope="col">
              {columnLabel(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {inCodebookOrder(m.codes, codebook).map((code) => (
          <tr key={code.id}>
            <th scope="row" style={{ paddingLeft: `${0.6 + code.depth * 1.1}rem` }}>
              {code.name}
            </th>
            {m.columns.map((col) => {
              const c = cell.get(`${code.id} ${col.key}`);
              return (
                <td key={col.key}>
                  {c ? (
                    <Link to={cellLink(c.filter)} aria-label={`${code.name}, ${columnLabel(col)}: ${c.passages} passages of ${c.participants} participants`}>
                      {c.passages} <span className="muted">({c.participants})</span>
                    </Link>
                  ) : (
                    <span className="muted">0</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Retrieval over the team's codings: a code's passages with filters, code queries, matrices whose cells open their passages, co-occurrence, and the export. */
export function RetrievalPage() {
  const { partnership } = useSession();
  const pid = partnership?.id ?? '';
  const { districts, schools, cycles, labelOf, error: directoryError } = useDirectory();
  const filters = useFilters();
  const view = filters.get('view') || 'passages';
  const code = filters.get('code');
  const by = filters.get('by') || 'role';
  const q = filters.get('q');
  const [typed, setTyped] = useState(q);
  const given: Filters = Object.fromEntries(FILTERS.map((f) => [f, filters.get(f)]).filter(([, v]) => v));
  const matrix = useQuery({
    queryKey: ['code-matrix', pid, by, given],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/code-matrix', { params: { path: { partnershipId: pid }, query: { by, ...given } } })),
    enabled: Boolean(pid),
  });
  const passages = useQuery({
    queryKey: ['coded', pid, code, given],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/coded', { params: { path: { partnershipId: pid }, query: { code, ...given } } })),
    enabled: Boolean(pid && code && view === 'passages'),
  });
  const answered = useQuery({
    queryKey: ['code-query', pid, q, given],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/code-query', { params: { path: { partnershipId: pid }, query: { q, ...given } } })),
    enabled: Boolean(pid && q.trim() && view === 'query'),
  });
  const cooccurrence = useQuery({
    queryKey: ['code-cooccurrence', pid, given],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/code-cooccurrence', { params: { path: { partnershipId: pid }, query: given } })),
    enabled: Boolean(pid && view === 'cooccurrence'),
  });
  // The codes to choose from, as the codebook lists them (its paths tell codes of the same name apart).
  const codebook = useCodebook();
  const codes = codebook.data ?? [];
  const cellLink = (filter: Record<string, string>) => `/retrieval${qs({ view: 'passages', ...filter })}`;
  const exportLink = (format: 'csv' | 'xlsx') =>
    `/api/partnerships/${encodeURIComponent(pid)}/coded-segments${qs({ format, ...given, ...(view === 'passages' && code && { code }) })}`;

  return (
    <>
      <h1>Coded passages</h1>
      {directoryError && <ErrorState error={directoryError} />}
      <nav className="retrieval-views" aria-label="Views">
        {VIEWS.map(([v, label]) => (
          <button key={v} type="button" className={v === view ? '' : 'secondary'} aria-pressed={v === view} onClick={() => filters.set('view', v)}>
            {label}
          </button>
        ))}
      </nav>
      <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        {view === 'passages' && (
          <FilterSelect label="Code" value={code} onChange={(v) => filters.set('code', v)} options={codes.map((c) => [c.id, c.path.join(' › ')])} />
        )}
        {view === 'matrix' && <FilterSelect label="By" required value={by} onChange={(v) => filters.set('by', v)} options={BY} />}
        <FilterSelect label="Role group" value={given.role ?? ''} onChange={(v) => filters.set('role', v)} options={Object.entries(ROLE_LABELS)} />
        <FilterSelect
          label="District"
          value={given.district ?? ''}
          onChange={(v) => filters.set('district', v, ['school'])}
          options={districts.map((d) => [d.id, d.name])}
        />
        <FilterSelect
          label="School"
          value={given.school ?? ''}
          onChange={(v) => filters.set('school', v)}
          options={schools.filter((s) => !given.district || s.districtId === given.district).map((s) => [s.id, labelOf(s.id)])}
        />
        <FilterSelect label="Cycle" value={given.cycle ?? ''} onChange={(v) => filters.set('cycle', v)} options={cycles.map((c) => [c.id, c.label])} />
        <span className="field">
          <label htmlFor="filter-protocol">Protocol</label>
          <input id="filter-protocol" value={given.protocol ?? ''} onChange={(e) => filters.set('protocol', e.target.value)} />
        </span>
        <span className="field">
          <label htmlFor="filter-coder">Coder (email)</label>
          <input id="filter-coder" value={given.coder ?? ''} onChange={(e) => filters.set('coder', e.target.value)} />
        </span>
      </form>
      <p className="export">
        Export the coded segments{view === 'passages' && code ? ' of this code' : ''}, with the participants' attributes, for R, Stata or SPSS:{' '}
        <a href={exportLink('csv')} download>
          CSV
        </a>{' '}
        ·{' '}
        <a href={exportLink('xlsx')} download>
          XLSX
        </a>
      </p>
      <div aria-live="polite">
        {matrix.isError && <ErrorState error={matrix.error} />}
        {view === 'passages' &&
          (!code ? (
            <Empty>Choose a code to read its passages{codes.length === 0 && codebook.isSuccess ? ' (the codebook has no codes yet)' : ''}.</Empty>
          ) : passages.isPending ? (
            <Loading what="passages" />
          ) : passages.isError ? (
            <ErrorState error={passages.error} />
          ) : (
            <>
              <PassageCount codings={passages.data.passages} what={`coded ${passages.data.code.name}`} />
              <Passages passages={passages.data.passages} />
            </>
          ))}
        {view === 'query' && (
          <>
            <form
              role="search"
              className="filters"
              onSubmit={(e) => {
                e.preventDefault();
                filters.set('q', typed);
              }}
            >
              <span className="field grow">
                <label htmlFor="code-query">Code query</label>
                <input
                  id="code-query"
                  type="search"
                  value={typed}
                  onChange={(e) => setTyped(e.target.value)}
                  placeholder="Coach support AND Pacing · Coach support NEAR/3 Pacing · Coach support NOT Pacing"
                />
              </span>
              <p className="actions">
                <button type="submit">Find</button>
              </p>
            </form>
            <p className="hint">
              AND: the first code's passages that overlap one of the next; NEAR/n: within n turns of one; NOT: overlapping none. Read left to right; quote a
              code whose name holds AND, NOT or NEAR.
            </p>
            {answered.isError && <ErrorState error={answered.error} />}
            {answered.data && (
              <>
                <PassageCount codings={answered.data.hits.map((h) => h.passage)} what={`for “${answered.data.query}”`} />
                <Passages passages={answered.data.hits.map((h) => h.passage)} />
              </>
            )}
          </>
        )}
        {view === 'matrix' &&
          (matrix.isPending ? <Loading what="the matrix" /> : matrix.data && <MatrixTable m={matrix.data} codebook={codes} cellLink={cellLink} />)}
        {view === 'cooccurrence' &&
          (cooccurrence.isPending ? (
            <Loading what="the co-occurrence table" />
          ) : cooccurrence.isError ? (
            <ErrorState error={cooccurrence.error} />
          ) : (
            <table className="matrix">
              <caption>Overlapping passages of every two codes; on the diagonal, each code's passages</caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  {inCodebookOrder(cooccurrence.data.codes, codes).map((c) => (
                    <th key={c.id} scope="col">
                      {c.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {inCodebookOrder(cooccurrence.data.codes, codes).map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.name}</th>
                    {inCodebookOrder(cooccurrence.data.codes, codes).map((b) => {
                      const n = cooccurrence.data.cells.find((c) => c.a === a.id && c.b === b.id)?.passages ?? 0;
                      return (
                        <td key={b.id} className={a.id === b.id ? 'diagonal' : undefined}>
                          {n > 0 && a.id !== b.id ? <Link to={`/retrieval${qs({ view: 'query', q: `"${a.name}" AND "${b.name}"`, ...given })}`}>{n}</Link> : n}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
      </div>
    </>
  );
}
