import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type Answer, answer, api, qs } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import { ChangeReason } from '../../components/ChangeReason';
import { conflictOf } from '../../components/ConflictPanel';
import { FormActions } from '../../components/FormActions';
import { Empty, ErrorState, Loading } from '../../components/states';
import { MeasureAnalyses } from './MeasureAnalyses';
import { RaterAgreement } from './RaterAgreement';
import { AchievementByGroup } from '../achievement/AchievementByGroup';

export type InstrumentDetail = Answer<'/api/instruments/{id}'>;
type Item = InstrumentDetail['itemList'][number];
type Scale = InstrumentDetail['scales'][number];

const labelsText = (item: Item) => item.labels.map((l) => `${l.value}=${l.label}`).join(', ');

/** "1=Never, 2=Monthly": a scale item's choices, or why not. */
function parseLabels(text: string): { value: number; label: string }[] | string {
  const pairs = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const out = [];
  for (const pair of pairs) {
    const m = /^(-?\d+(?:\.\d+)?)\s*=\s*(.+)$/.exec(pair);
    if (!m) return `"${pair}" is not value=label`;
    out.push({ value: Number(m[1]), label: m[2]!.trim() });
  }
  return out;
}

/**
 * One instrument: its items (wording, type, values, reverse coding, the cycle each was first asked
 * in), its scales, and the statistics of its measures by cycle and group. Editing an item or a scale
 * makes a version, with the reason.
 */
export function InstrumentPage() {
  const { id } = useParams();
  const instrument = useQuery({
    queryKey: ['instrument', id],
    queryFn: () => answer(api.GET('/api/instruments/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
  if (instrument.isPending) return <Loading what="the instrument" />;
  if (instrument.isError) return <ErrorState error={instrument.error} />;
  const i = instrument.data;
  return (
    <div className="instruments">
      <p>
        <Link to="/instruments">All instruments</Link>
      </p>
      <h1>
        {i.name} <span className="muted">· {i.kind}</span>
      </h1>
      <dl className="facts">
        <dt>
          {i.kind === 'observation rubric'
            ? "Raters' scores of lessons"
            : i.kind === 'student achievement'
              ? 'Results per school, grade and group'
              : 'Responses'}
        </dt>
        <dd>{i.responses.length ? i.responses.map((r) => `${r.count} in ${r.cycle}`).join(', ') : 'none yet'}</dd>
        <dt>Version</dt>
        <dd>{i.version}</dd>
      </dl>
      {i.kind === 'student achievement' ? (
        i.responses.length > 0 && <AchievementByGroup instrument={i} />
      ) : (
        <>
          {i.responses.length > 0 && <Downloads instrument={i} />}
          <Items instrument={i} />
          <Scales instrument={i} />
          <MeasureAnalyses instrument={i} />
        </>
      )}
      {i.kind === 'observation rubric' && i.responses.length > 0 && <RaterAgreement instrument={i} />}
    </div>
  );
}

/** The responses for R, Stata or SPSS, long and wide, each with its data dictionary. */
function Downloads({ instrument }: { instrument: InstrumentDetail }) {
  const link = (shape: 'long' | 'wide', file: 'data' | 'dictionary') => `/api/instruments/${encodeURIComponent(instrument.id)}/export${qs({ shape, file })}`;
  return (
    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">For R, Stata and SPSS</h2>
      <p className="hint">Every item as answered and every scale&apos;s score, participants under their IDs and pseudonyms; blank where a value is missing.</p>
      <ul>
        <li>
          <a href={link('long', 'data')} download>
            A line per participant and cycle (long)
          </a>{' '}
          and{' '}
          <a href={link('long', 'dictionary')} download>
            its data dictionary
          </a>
        </li>
        <li>
          <a href={link('wide', 'data')} download>
            A line per participant, a column per cycle (wide)
          </a>{' '}
          and{' '}
          <a href={link('wide', 'dictionary')} download>
            its data dictionary
          </a>
        </li>
      </ul>
    </section>
  );
}

function Items({ instrument }: { instrument: InstrumentDetail }) {
  const { can } = useSession();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section aria-labelledby="items-heading">
      <h2 id="items-heading">Items</h2>
      <table>
        <caption>The items of {instrument.name}, in order</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Question</th>
            <th scope="col">Type</th>
            <th scope="col">Values</th>
            <th scope="col">Reverse-coded</th>
            <th scope="col">First asked</th>
            <th scope="col">Reworded</th>
            {can.write && <th scope="col">Edit</th>}
          </tr>
        </thead>
        <tbody>
          {instrument.itemList.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.key}</th>
              <td>{item.text}</td>
              <td>{item.type}</td>
              <td>{item.type === 'scale' ? labelsText(item) : item.min !== null || item.max !== null ? `${item.min ?? '…'} to ${item.max ?? '…'}` : ''}</td>
              <td>{item.reverse ? 'yes' : ''}</td>
              <td>{item.firstCycle}</td>
              <td>{item.rewordedIn ? `in ${item.rewordedIn}, ${item.comparable ? 'comparable with before' : 'not comparable with before'}` : ''}</td>
              {can.write && (
                <td>
                  <button type="button" className="secondary" onClick={() => setEditing(item.key)} aria-label={`Edit item ${item.key}`}>
                    Edit
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {editing && (
        <ItemEditor key={editing} instrument={instrument} item={instrument.itemList.find((i) => i.key === editing)!} onDone={() => setEditing(null)} />
      )}
    </section>
  );
}

function ItemEditor({ instrument, item, onDone }: { instrument: InstrumentDetail; item: Item; onDone: () => void }) {
  const client = useQueryClient();
  const form = useId();
  const [text, setText] = useState(item.text);
  const [type, setType] = useState(item.type);
  const [labels, setLabels] = useState(labelsText(item));
  const [min, setMin] = useState(item.min === null ? '' : String(item.min));
  const [max, setMax] = useState(item.max === null ? '' : String(item.max));
  const [reverse, setReverse] = useState(item.reverse);
  const [rewordedIn, setRewordedIn] = useState(item.rewordedIn ?? '');
  const [comparable, setComparable] = useState(item.comparable);
  const { cycles } = useDirectory();
  const later = cycles.slice(cycles.findIndex((c) => c.label === item.firstCycle) + 1);
  const [reason, setReason] = useState('');
  const parsed = type === 'scale' ? parseLabels(labels) : [];
  const save = useMutation({
    mutationFn: () =>
      answer(
        api.PATCH('/api/instruments/{id}/items', {
          params: { path: { id: instrument.id } },
          body: {
            key: item.key,
            text,
            type,
            ...(type === 'scale' && typeof parsed !== 'string' && { labels: parsed }),
            min: min.trim() === '' ? null : Number(min),
            max: max.trim() === '' ? null : Number(max),
            reverse,
            rewordedIn: rewordedIn || null,
            comparable,
            expectedVersion: instrument.version,
            reason,
          },
        }),
      ),
    onSuccess: (saved) => {
      client.setQueryData(['instrument', instrument.id], saved);
      onDone();
    },
  });
  const conflict = conflictOf(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={`Edit item ${item.key}`}>
      <h3>Item {item.key}</h3>
      <p className="field wide">
        <label htmlFor={`${form}-text`}>Question</label>
        <input id={`${form}-text`} value={text} onChange={(e) => setText(e.target.value)} />
      </p>
      <p>
        <label>
          Type{' '}
          <select value={type} onChange={(e) => setType(e.target.value as Item['type'])}>
            <option value="scale">scale (choices with labels)</option>
            <option value="number">number</option>
            <option value="text">text</option>
          </select>
        </label>{' '}
        {type === 'scale' ? (
          <label>
            Choices <input value={labels} onChange={(e) => setLabels(e.target.value)} placeholder="1=Never, 2=Monthly, 3=Weekly" size={50} />
          </label>
        ) : (
          type === 'number' && (
            <>
              <label>
                Lowest <input type="number" step="any" value={min} onChange={(e) => setMin(e.target.value)} size={6} />
              </label>{' '}
              <label>
                Highest <input type="number" step="any" value={max} onChange={(e) => setMax(e.target.value)} size={6} />
              </label>
            </>
          )
        )}
      </p>
      {typeof parsed === 'string' && <p className="error">{parsed}</p>}
      <p>
        <label className="choice">
          <input type="checkbox" checked={reverse} onChange={(e) => setReverse(e.target.checked)} /> Reverse-coded (scored as lowest + highest − value in
          scales)
        </label>
      </p>
      <p>
        <label>
          Worded as now since{' '}
          <select value={rewordedIn} onChange={(e) => setRewordedIn(e.target.value)}>
            <option value="">{item.firstCycle}, when first asked (never reworded)</option>
            {later.map((c) => (
              <option key={c.id} value={c.label}>
                {c.label}
              </option>
            ))}
          </select>
        </label>{' '}
        <label className="choice">
          <input type="checkbox" checked={comparable} onChange={(e) => setComparable(e.target.checked)} /> Its values compare with the cycles before (a change
          across {rewordedIn ? 'the rewording' : 'its first asking'} is measured)
        </label>
      </p>
      <ChangeReason id={form} value={reason} onChange={setReason} label="Why the change (kept in the history)" required="form" />
      {conflict && <p className="error">Someone changed {instrument.name} meanwhile: reload the page and make the change again.</p>}
      {save.isError && !conflict && <ErrorState error={save.error} />}
      <FormActions submit="Save the item" busy={save.isPending} nothingToSave={typeof parsed === 'string' || !reason.trim()} onCancel={onDone} />
    </form>
  );
}

function Scales({ instrument }: { instrument: InstrumentDetail }) {
  const { can } = useSession();
  const [editing, setEditing] = useState<Scale | 'new' | null>(null);
  return (
    <section aria-labelledby="scales-heading">
      <h2 id="scales-heading">Scales</h2>
      {instrument.scales.length === 0 ? (
        <Empty>No scale yet. A scale scores items together, as their mean or sum, reverse-coded items reversed.</Empty>
      ) : (
        <table>
          <caption>The scales of {instrument.name}</caption>
          <thead>
            <tr>
              <th scope="col">Scale</th>
              <th scope="col">Items</th>
              <th scope="col">Score</th>
              <th scope="col" className="number">
                At least answered
              </th>
              <th scope="col" className="number">
                Version
              </th>
              {can.write && <th scope="col">Edit</th>}
            </tr>
          </thead>
          <tbody>
            {instrument.scales.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td>{s.items.join(', ')}</td>
                <td>{s.method}</td>
                <td className="number">{s.minimumAnswered}</td>
                <td className="number">{s.version}</td>
                {can.write && (
                  <td>
                    <button type="button" className="secondary" onClick={() => setEditing(s)} aria-label={`Revise scale ${s.name}`}>
                      Revise
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can.write && editing === null && (
        <p>
          <button type="button" onClick={() => setEditing('new')}>
            Define a scale
          </button>
        </p>
      )}
      {editing && (
        <ScaleEditor
          key={editing === 'new' ? 'new' : editing.id}
          instrument={instrument}
          scale={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function ScaleEditor({ instrument, scale, onDone }: { instrument: InstrumentDetail; scale: Scale | null; onDone: () => void }) {
  const client = useQueryClient();
  const form = useId();
  const scorable = instrument.itemList.filter((i) => i.type !== 'text');
  const [name, setName] = useState(scale?.name ?? '');
  const [items, setItems] = useState<string[]>(scale?.items ?? []);
  const [method, setMethod] = useState<'mean' | 'sum'>(scale?.method ?? 'mean');
  const [minimum, setMinimum] = useState(scale ? String(scale.minimumAnswered) : '');
  const [reason, setReason] = useState('');
  const toggle = (key: string) => setItems((now) => (now.includes(key) ? now.filter((k) => k !== key) : [...now, key]));
  const save = useMutation({
    mutationFn: () => {
      const body = { name, items, method, ...(minimum.trim() && { minimumAnswered: Number(minimum) }) };
      return scale
        ? answer(api.PATCH('/api/scales/{id}', { params: { path: { id: scale.id } }, body: { ...body, expectedVersion: scale.version, reason } }))
        : answer(api.POST('/api/instruments/{id}/scales', { params: { path: { id: instrument.id } }, body }));
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['instrument', instrument.id] });
      void client.invalidateQueries({ queryKey: ['measures', instrument.id] });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={scale ? `Revise scale ${scale.name}` : 'Define a scale'}>
      <h3>{scale ? `Revise ${scale.name}` : 'A new scale'}</h3>
      <p>
        <label>
          Name <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>{' '}
        <label>
          Score{' '}
          <select value={method} onChange={(e) => setMethod(e.target.value as 'mean' | 'sum')}>
            <option value="mean">mean of the items answered</option>
            <option value="sum">sum (prorated when items are unanswered)</option>
          </select>
        </label>{' '}
        <label>
          At least answered{' '}
          <input type="number" min={1} max={items.length || 1} value={minimum} onChange={(e) => setMinimum(e.target.value)} size={4} placeholder="all" />
        </label>
      </p>
      <fieldset>
        <legend>Items</legend>
        {scorable.map((i) => (
          <label key={i.key} className="choice">
            <input type="checkbox" checked={items.includes(i.key)} onChange={() => toggle(i.key)} /> {i.key}
            {i.reverse ? ' (reversed)' : ''} <span className="muted">{i.text !== i.key ? i.text : ''}</span>
          </label>
        ))}
      </fieldset>
      {scale && <ChangeReason id={form} value={reason} onChange={setReason} label="Why the change (kept in the history)" required="form" />}
      {save.isError && <ErrorState error={save.error} />}
      <FormActions
        submit={scale ? 'Save the revision' : 'Define the scale'}
        busy={save.isPending}
        nothingToSave={!name.trim() || items.length < 2 || (!!scale && !reason.trim())}
        onCancel={onDone}
      />
    </form>
  );
}
