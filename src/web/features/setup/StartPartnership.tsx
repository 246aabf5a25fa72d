import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import { FormActions } from '../../components/FormActions';
import { ErrorState } from '../../components/states';

/** The school year now, as cycles are written: "2025-26" from July on, "2024-25" before. */
function currentCycle(today = new Date()): string {
  const start = today.getMonth() >= 6 ? today.getFullYear() : today.getFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * An administrator starts a partnership: its name, its first cycles and the smallest role group
 * whose words may be quoted to partners. Its districts, schools and people follow on the set-up page.
 */
export function StartPartnership() {
  const { setPartnership } = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [cycles, setCycles] = useState(currentCycle);
  const [minimum, setMinimum] = useState('3');
  const create = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/partnerships', {
          body: {
            name,
            cycles: cycles
              .split(/[\s,;]+/)
              .map((c) => c.trim())
              .filter(Boolean),
            quoteMinimum: Number(minimum),
          },
        }),
      ),
    onSuccess: async (p) => {
      await client.invalidateQueries({ queryKey: ['partnerships'] });
      setPartnership(p.id);
      await navigate('/setup');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="start-title">
      <h2 id="start-title">Start a partnership</h2>
      <p className="hint">
        Then add its districts, schools and participants by hand, or import a bundle (roster.csv, interviews.csv and transcripts), and invite the team.
      </p>
      <form className="filters" aria-label="Start a partnership" onSubmit={submit}>
        <span className="field grow">
          <label htmlFor="partnership-name">Name of the partnership</label>
          <input id="partnership-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        </span>
        <span className="field">
          <label htmlFor="partnership-cycles">Cycles (school years, e.g. 2009-10)</label>
          <input id="partnership-cycles" value={cycles} onChange={(e) => setCycles(e.target.value)} aria-describedby="partnership-cycles-hint" />
          <span id="partnership-cycles-hint" className="hint">
            Separate several with commas
          </span>
        </span>
        <span className="field">
          <label htmlFor="partnership-minimum">Quote minimum</label>
          <input
            id="partnership-minimum"
            type="number"
            min={3}
            max={100}
            required
            value={minimum}
            onChange={(e) => setMinimum(e.target.value)}
            aria-describedby="partnership-minimum-hint"
          />
          <span id="partnership-minimum-hint" className="hint">
            The smallest role group in a district whose words may be quoted to partners
          </span>
        </span>
        <FormActions submit="Create the partnership" busy={create.isPending} />
      </form>
      {create.isError && <ErrorState error={create.error} />}
    </section>
  );
}
