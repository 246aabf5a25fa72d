import { useId, useState } from 'react';
import { useDirectory } from '../../api/queries';
import { ErrorState, Loading } from '../../components/states';
import { bearingsOf, clip, KIND_LABEL, type LinkKind, useAllFindings, useTheorySources, useUptake, WARRANT_ORDER } from './theory';

/** Evidence chosen for a conjecture's warrant: what it is, how it bears on the conjecture, and why. */
export interface ChosenEvidence {
  id: string;
  kind: LinkKind;
  bearing: string;
  note: string;
  /** What it says, for the list of chosen evidence. */
  label: string;
}

const KIND_CHOICES: Record<LinkKind, string> = {
  finding: 'A finding',
  literature: 'A literature reference',
  retrospective: 'A retrospective analysis',
  organization: 'A district (borne out or not)',
  uptake: 'The uptake of a recommendation',
};

/** What the second choice names, once the kind is chosen. */
const ITEM_LABEL: Record<LinkKind, string> = {
  finding: 'Finding',
  literature: 'Reference',
  retrospective: 'Analysis',
  organization: 'District',
  uptake: 'Recommendation and its uptake',
};

type Option = { value: string; label: string };
type Group = { label: string; options: Option[] };

/** The records of one kind a warrant may cite, grouped where that helps (findings by district and cycle). */
function useCandidates(kind: LinkKind): { groups: Group[]; pending: boolean; error: unknown } {
  const { districts, cycles } = useDirectory();
  const findings = useAllFindings(kind === 'finding');
  const sources = useTheorySources(kind === 'literature' || kind === 'retrospective');
  const uptake = useUptake(kind === 'uptake');
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  const cycleLabel = new Map(cycles.map((c) => [c.id, c.label]));
  switch (kind) {
    case 'finding': {
      const groups = new Map<string, Option[]>();
      for (const f of (findings.data ?? []).filter((x) => !x.retired)) {
        const key = `${districtName.get(f.districtId) ?? f.districtId}, ${cycleLabel.get(f.cycleId) ?? f.cycleId}`;
        groups.set(key, [...(groups.get(key) ?? []), { value: f.id, label: clip(f.text) }]);
      }
      return { groups: [...groups].map(([label, options]) => ({ label, options })), pending: findings.isPending, error: findings.error };
    }
    case 'literature':
      return {
        groups: [
          { label: '', options: (sources.data?.literature ?? []).map((r) => ({ value: r.id, label: clip(`${r.authors} (${r.year ?? 'n.d.'}). ${r.title}`) })) },
        ],
        pending: sources.isPending,
        error: sources.error,
      };
    case 'retrospective':
      return {
        groups: [{ label: '', options: (sources.data?.retrospectives ?? []).map((r) => ({ value: r.id, label: clip(r.title) })) }],
        pending: sources.isPending,
        error: sources.error,
      };
    case 'organization':
      return { groups: [{ label: '', options: districts.map((d) => ({ value: d.id, label: d.name })) }], pending: false, error: null };
    case 'uptake':
      return {
        groups: [
          {
            label: '',
            options: (uptake.data ?? []).flatMap((u) =>
              u.uptake ? [{ value: u.uptake.id, label: clip(`${u.district}, ${u.cycle}: ${u.uptake.label} (seen ${u.uptake.cycle}): ${u.text}`) }] : [],
            ),
          },
        ],
        pending: uptake.isPending,
        error: uptake.error,
      };
  }
}

interface Props {
  /** The button's words: "Add to the new version", "Add to the warrant of version 2". */
  action: string;
  /** Evidence already in the warrant, not offered again. */
  exclude?: ReadonlySet<string>;
  busy?: boolean;
  /** Takes the evidence; resolves true when it was taken (the fields are then cleared). */
  onChoose: (evidence: ChosenEvidence) => Promise<boolean> | boolean;
}

/**
 * Choosing one piece of evidence for a conjecture: a finding, a literature reference, a
 * retrospective analysis, a district where it was or was not borne out, or the uptake of a
 * recommendation based on it; with its bearing and a note. A group of fields, not a form, so that
 * it can sit inside the revision's form.
 */
export function EvidenceChooser({ action, exclude = new Set(), busy = false, onChoose }: Props) {
  const id = useId();
  const [kind, setKind] = useState<LinkKind>('finding');
  const [chosen, setChosen] = useState('');
  const [bearing, setBearing] = useState(bearingsOf('finding')[0]!);
  const [note, setNote] = useState('');
  const candidates = useCandidates(kind);
  const options = candidates.groups.flatMap((g) => g.options);
  const chooseKind = (k: LinkKind) => {
    setKind(k);
    setChosen('');
    setBearing(bearingsOf(k)[0]!);
  };
  const take = async () => {
    const option = options.find((o) => o.value === chosen);
    if (!option) return;
    if (await onChoose({ id: option.value, kind, bearing, note: note.trim(), label: option.label })) {
      setChosen('');
      setNote('');
    }
  };
  return (
    <div className="evidence-chooser" role="group" aria-labelledby={`${id}-legend`}>
      <p id={`${id}-legend`} className="legend">
        Evidence
      </p>
      <span className="field">
        <label htmlFor={`${id}-kind`}>Kind of evidence</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => chooseKind(e.target.value as LinkKind)}>
          {WARRANT_ORDER.map((k) => (
            <option key={k} value={k}>
              {KIND_CHOICES[k]}
            </option>
          ))}
        </select>
      </span>
      {candidates.pending && <Loading what={`the ${KIND_LABEL[kind].toLowerCase()} choices`} />}
      {candidates.error !== null && <ErrorState error={candidates.error} />}
      {!candidates.pending && (
        <span className="field grow">
          <label htmlFor={`${id}-item`}>{ITEM_LABEL[kind]}</label>
          <select id={`${id}-item`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{options.length === 0 ? 'None to choose' : 'Choose…'}</option>
            {candidates.groups.map((g) =>
              g.label ? (
                <optgroup key={g.label} label={g.label}>
                  {g.options.map((o) => (
                    <option key={o.value} value={o.value} disabled={exclude.has(o.value)}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ) : (
                g.options.map((o) => (
                  <option key={o.value} value={o.value} disabled={exclude.has(o.value)}>
                    {o.label}
                  </option>
                ))
              ),
            )}
          </select>
        </span>
      )}
      <span className="field">
        <label htmlFor={`${id}-bearing`}>Bearing on the conjecture</label>
        <select id={`${id}-bearing`} value={bearing} onChange={(e) => setBearing(e.target.value)}>
          {bearingsOf(kind).map((b) => (
            <option key={b} value={b}>
              {b}
            </option>
          ))}
        </select>
      </span>
      <span className="field grow">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </span>
      <p className="actions">
        <button type="button" className="secondary" disabled={busy || !chosen} onClick={() => void take()}>
          {action}
        </button>
      </p>
    </div>
  );
}
