import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import type { DesignSection, DesignVersion, MemberCheck } from '../../api/types';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { DesignSections } from './DesignSections';
import { refreshDesign, RESPONSE_LABELS, when } from './queries';

type Response = MemberCheck['responses'][number];
type Kind = Response['response'];

/**
 * A version sent for member check, section by section, with the responses given to each; a
 * partner leader to whom it was sent (`respond`) sees their own responses and answers each
 * section: confirm it, correct it (saying what) or comment.
 */
export function MemberCheckResponses({ check, version, respond }: { check: MemberCheck; version: DesignVersion; respond: boolean }) {
  const { me } = useSession();
  const shown = respond ? check.responses.filter((r) => r.accountId === me.account.id) : check.responses;
  return (
    <DesignSections
      sections={version.sections}
      after={(section) => (
        <div className="mc-section">
          <SectionResponses responses={shown.filter((r) => r.section === section.key)} mine={respond} />
          {respond && <SectionResponseForm checkId={check.id} section={section} />}
        </div>
      )}
    />
  );
}

/** The responses given to one section, oldest first; a later response of the same person supersedes an earlier one. */
function SectionResponses({ responses, mine }: { responses: readonly Response[]; mine: boolean }) {
  const ordered = [...responses].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const superseded = (r: Response, i: number) => ordered.slice(i + 1).some((later) => later.accountId === r.accountId);
  if (ordered.length === 0) return <p className="empty">{mine ? 'You have not responded to this strategy yet.' : 'No response to this strategy yet.'}</p>;
  return (
    <>
      <h4 className="mc-heading">{mine ? 'Your responses' : 'Responses'}</h4>
      <ul className="mc-responses">
        {ordered.map((r, i) => (
          <li key={r.id} className={`mc-response ${r.response}`}>
            <span className="mc-kind">{RESPONSE_LABELS[r.response]}</span>
            {!mine && <> by {r.name}</>}, <time dateTime={r.createdAt}>{when(r.createdAt)}</time>
            {r.text && <>: {r.text}</>}
            {r.response === 'correct' && (
              <span className="muted"> · {r.appliedInVersion ? `applied in version ${r.appliedInVersion}` : 'not applied yet'}</span>
            )}
            {superseded(r, i) && <span className="muted"> · superseded by a later response</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

const KINDS: readonly (readonly [Kind, string])[] = [
  ['confirm', 'Confirm: this describes the strategy as it is'],
  ['correct', 'Correct it: say what is not right'],
  ['comment', 'Comment'],
];

/** A partner leader's response to one section. */
function SectionResponseForm({ checkId, section }: { checkId: string; section: DesignSection }) {
  const client = useQueryClient();
  const id = useId();
  const [kind, setKind] = useState<Kind | ''>('');
  const [text, setText] = useState('');
  const [sent, setSent] = useState<Kind | null>(null);
  const needsText = kind === 'correct' || kind === 'comment';
  useUnsavedChanges(text.trim() !== '');
  const send = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/member-checks/{id}/responses', {
          params: { path: { id: checkId } },
          body: { section: section.key, response: kind as Kind, ...(text.trim() && { text: text.trim() }) },
        }),
      ),
    onSuccess: async (r) => {
      setSent(r.response);
      setKind('');
      setText('');
      await refreshDesign(client);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (kind && (!needsText || text.trim())) send.mutate();
  };
  const title = `Your response to strategy ${section.number}`;
  return (
    <form className="mc-respond" aria-label={title} onSubmit={submit}>
      <fieldset>
        <legend>{title}</legend>
        {KINDS.map(([value, label]) => (
          <label key={value} className="mc-choice">
            <input
              type="radio"
              name={`${id}-kind`}
              value={value}
              checked={kind === value}
              onChange={() => {
                setKind(value);
                setSent(null);
              }}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-text`}>In your words</label>
      <p id={`${id}-hint`} className="hint">
        {kind === 'correct'
          ? 'Required: what should the document say instead?'
          : kind === 'comment'
            ? 'Required: your comment.'
            : 'Needed when you correct or comment; optional when you confirm.'}
      </p>
      <textarea id={`${id}-text`} aria-describedby={`${id}-hint`} rows={3} required={needsText} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="actions">
        <button type="submit" disabled={!kind || (needsText && !text.trim()) || send.isPending}>
          Send the response
        </button>
      </div>
      {sent && (
        <p className="mc-sent" role="status">
          Your response ({RESPONSE_LABELS[sent].toLowerCase()}) was recorded.
        </p>
      )}
      {send.isError && <ErrorState error={send.error} />}
    </form>
  );
}
