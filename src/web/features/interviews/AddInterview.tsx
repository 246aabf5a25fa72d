import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { answer, api } from '../../api/client';
import { ROLE_LABELS } from '../../api/labels';
import { useSession } from '../../api/session';
import { type NewInterview, UploadTranscript } from './UploadTranscript';

/**
 * An interview added by hand with its transcript, without a bundle: who was interviewed, in which
 * cycle, when and by whom; the interview takes the participant's role group and school as they stand.
 */
export function AddInterview({ cycles }: { cycles: readonly { label: string }[] }) {
  const { partnership, me } = useSession();
  const ids = useId();
  const navigate = useNavigate();
  const participants = useQuery({
    queryKey: ['participants', partnership?.id, 'all'],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/participants', { params: { path: { partnershipId: partnership!.id } } })),
    enabled: Boolean(partnership),
  });
  const [details, setDetails] = useState<NewInterview>({ participant: '', cycle: cycles.at(-1)?.label ?? '', date: '', interviewer: me.account.displayName });
  const set = (field: keyof NewInterview) => (e: { target: { value: string } }) => setDetails({ ...details, [field]: e.target.value });
  if (!partnership) return null;
  const fields = (
    <>
      <span className="field">
        <label htmlFor={`${ids}-participant`}>Participant</label>
        <select id={`${ids}-participant`} required value={details.participant} onChange={set('participant')}>
          <option value="">Choose…</option>
          {(participants.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.pseudonym} ({p.code}, {ROLE_LABELS[p.role] ?? p.role})
            </option>
          ))}
        </select>
      </span>
      <span className="field">
        <label htmlFor={`${ids}-cycle`}>Cycle</label>
        <select id={`${ids}-cycle`} required value={details.cycle || cycles.at(-1)?.label} onChange={set('cycle')}>
          {cycles.map((c) => (
            <option key={c.label} value={c.label}>
              {c.label}
            </option>
          ))}
        </select>
      </span>
      <span className="field">
        <label htmlFor={`${ids}-date`}>Held on</label>
        <input id={`${ids}-date`} type="date" required value={details.date} onChange={set('date')} />
      </span>
      <span className="field">
        <label htmlFor={`${ids}-interviewer`}>Interviewer</label>
        <input id={`${ids}-interviewer`} required value={details.interviewer} onChange={set('interviewer')} />
      </span>
    </>
  );
  return (
    <UploadTranscript
      newInterview={{
        partnershipId: partnership.id,
        details: { ...details, cycle: details.cycle || cycles.at(-1)?.label || '' },
        fields,
        onAdded: (id) => void navigate(`/interviews/${encodeURIComponent(id)}`),
      }}
    />
  );
}
