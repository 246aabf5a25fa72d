import { type FormEvent, useState } from 'react';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import { FormActions } from '../../components/FormActions';
import { ErrorState } from '../../components/states';
import { useEditing } from '../../components/ConflictPanel';
import { useUnsavedChanges } from '../../components/unsaved';
import { SUBJECT_KINDS } from './subjects';

/** Writing a memo: on a code, coding, passage, interview or participant (by ID, or an interview's or participant's code, a code's name), or free-standing. */
export function NewMemo({ onDone, refresh, on }: { onDone: () => void; refresh: () => Promise<unknown>; on?: { kind: string; subject: string } }) {
  const { partnership } = useSession();
  const { busy, error, run } = useEditing();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [kind, setKind] = useState(on?.kind ?? '');
  const [subject, setSubject] = useState(on?.subject ?? '');
  useUnsavedChanges(Boolean(title.trim() || text.trim()));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await answer(
        api.POST('/api/partnerships/{partnershipId}/memos', {
          params: { path: { partnershipId: partnership!.id } },
          body: { title, text, ...(kind && subject.trim() && { subjectKind: kind, subject: subject.trim() }) },
        }),
      );
      setTitle('');
      setText('');
      await refresh();
      onDone();
    });
  };
  return (
    <form className="new-memo" aria-label="New memo" onSubmit={submit}>
      <span className="field wide">
        <label htmlFor="new-memo-title">Title</label>
        <input id="new-memo-title" required value={title} onChange={(e) => setTitle(e.target.value)} />
      </span>
      <span className="field">
        <label htmlFor="new-memo-kind">Written on</label>
        <select id="new-memo-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">Nothing (free-standing)</option>
          {SUBJECT_KINDS.map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </span>
      {kind && (
        <span className="field grow">
          <label htmlFor="new-memo-subject">Which one (its ID, or an interview's or participant's code, a code's name)</label>
          <input id="new-memo-subject" required value={subject} onChange={(e) => setSubject(e.target.value)} />
        </span>
      )}
      <span className="field wide">
        <label htmlFor="new-memo-text">Memo</label>
        <textarea id="new-memo-text" rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </span>
      <FormActions submit="Write the memo" busy={busy} nothingToSave={!title.trim()} onCancel={onDone} />
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
