import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import type { Memo } from '../../api/types';
import { formatDate, formatDateTime } from '../../components/dates';
import { FilterSelect, useFilters } from '../../components/filters';
import { Empty, ErrorState, Loading } from '../../components/states';
import { MemoEditor } from './MemoEditor';
import { NewMemo } from './NewMemo';
import { SUBJECT_KINDS, subjectLink } from './subjects';
import './memos.css';

const KIND_FILTER = [...SUBJECT_KINDS, ['none', 'Free-standing']] as const;

function MemoHistory({ id }: { id: string }) {
  const memo = useQuery({ queryKey: ['memo', id], queryFn: () => answer(api.GET('/api/memos/{id}', { params: { path: { id } } })) });
  if (memo.isPending) return <Loading what="the memo's history" />;
  if (memo.isError) return <ErrorState error={memo.error} />;
  return (
    <ol className="memo-history" aria-label="History">
      {memo.data.history.map((h) => (
        <li key={h.seq}>
          <span className="muted">{formatDateTime(h.at)}</span> {h.action === 'memo.create' ? 'written' : h.action === 'memo.update' ? 'edited' : h.action}
          {h.version !== null && ` (version ${h.version})`}
          {h.reason && <>: {h.reason}</>}
        </li>
      ))}
    </ol>
  );
}

function MemoCard({ memo, refresh }: { memo: Memo; refresh: () => Promise<unknown> }) {
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState(false);
  const link = memo.subject && subjectLink(memo.subject.kind, memo.subject.id);
  return (
    <li className="memo" aria-label={memo.title}>
      <h2>{memo.title}</h2>
      <p className="muted">
        {memo.subject ? link ? <Link to={link}>{memo.subject.label}</Link> : memo.subject.label : 'Free-standing'} · {memo.author} ·{' '}
        {formatDate(memo.createdAt)}
        {memo.version > 1 && ` · version ${memo.version}, ${formatDate(memo.updatedAt)}`}
        {memo.retired && ` · retired: ${memo.retired.reason}`}
      </p>
      {editing ? <MemoEditor memo={memo} onClose={() => setEditing(false)} refresh={refresh} /> : <p className="memo-text">{memo.text}</p>}
      <p className="actions">
        {can.write && !memo.retired && !editing && (
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
        <button type="button" className="secondary" aria-expanded={history} onClick={() => setHistory(!history)}>
          History
        </button>
      </p>
      {history && <MemoHistory id={memo.id} />}
    </li>
  );
}

/** The team's memos: filtered by what they are written on, searched in the transcript search language, written and edited as versions. */
export function MemosPage() {
  const { partnership, can } = useSession();
  const filters = useFilters();
  const kind = filters.get('kind');
  const subject = filters.get('on');
  const [q, setQ] = useState(filters.get('q'));
  const query = useDeferredValue(q);
  const [writing, setWriting] = useState(false);
  const memos = useQuery({
    queryKey: ['memos', partnership?.id, kind, subject, query],
    queryFn: ({ signal }) =>
      answer(
        api.GET('/api/partnerships/{partnershipId}/memos', {
          params: {
            path: { partnershipId: partnership!.id },
            query: { subjectKind: kind || undefined, subject: subject || undefined, q: query.trim() || undefined },
          },
          signal,
        }),
      ),
    enabled: Boolean(partnership),
    placeholderData: (previous) => previous,
  });
  const refresh = () => memos.refetch();
  return (
    <>
      <h1>Memos</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <span className="field grow">
          <label htmlFor="memo-q">Search memos</label>
          <input
            id="memo-q"
            type="search"
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              filters.set('q', e.target.value);
            }}
            placeholder='pacing, "learning walk", observ*, coach OR principal, -calendar'
          />
        </span>
        <FilterSelect label="Written on" value={kind} onChange={(v) => filters.set('kind', v, ['on'])} options={KIND_FILTER} />
      </form>
      {subject && (
        <p>
          Memos on {subject} ·{' '}
          <button type="button" className="link" onClick={() => filters.set('on', '')}>
            all memos
          </button>
        </p>
      )}
      {can.write &&
        (writing ? (
          <NewMemo onDone={() => setWriting(false)} refresh={refresh} {...(subject && kind && { on: { kind, subject } })} />
        ) : (
          <p>
            <button type="button" onClick={() => setWriting(true)}>
              New memo
            </button>
          </p>
        ))}
      <div aria-live="polite">
        {memos.isPending && <Loading what="memos" />}
        {memos.isError && <ErrorState error={memos.error} />}
        {memos.data && memos.data.length === 0 && <Empty>{query.trim() ? `No memo answers “${query}”.` : 'No memos yet.'}</Empty>}
        {memos.data && memos.data.length > 0 && (
          <ul className="memos">
            {memos.data.map((m) => (
              <MemoCard key={`${m.id}-${m.version}`} memo={m} refresh={refresh} />
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
