import { useState } from 'react';
import { Link } from 'react-router';
import { FilterSelect } from '../../components/filters';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useSession } from '../../api/session';
import { RubricEditor } from './RubricEditor';
import { RubricView } from './RubricView';
import { type Distributions, type Grouping, signed, useDistributions, useRubrics } from './scoring';
import './scoring.css';

const GROUPINGS = [
  ['role', 'Role group'],
  ['district', 'District'],
  ['cycle', 'Cycle'],
] as const;

/**
 * Construct scores: the rubric (dimensions, levels, descriptors), the distribution of levels per role
 * group, district or cycle in every cycle with the change since the previous one, and each
 * participant's change, opening their trajectory.
 */
export function ScoringPage() {
  const { can } = useSession();
  const rubrics = useRubrics();
  const [chosen, setChosen] = useState('');
  // Lead researchers define rubrics and edit them: 'new', or the rubric being edited.
  const [editing, setEditing] = useState<'new' | 'rubric' | null>(null);
  const [by, setBy] = useState<Grouping>('role');
  const rubric = rubrics.data?.find((r) => r.id === chosen) ?? rubrics.data?.[0];
  const distributions = useDistributions(rubric?.id, by);
  return (
    <div className="scoring-page">
      <h1>Construct scores</h1>
      <p className="hint">
        Interviews scored on levelled rubrics, each score citing the passages that justify it. Scores are the team's analysis of participants: partner leaders
        never see them. Score an interview from its page.
      </p>
      {rubrics.isPending && <Loading what="the rubrics" />}
      {rubrics.isError && <ErrorState error={rubrics.error} />}
      {rubrics.data?.length === 0 && <Empty>The partnership has no rubric yet{can.lead ? '' : ' (a lead researcher defines them)'}.</Empty>}
      {can.lead && rubrics.data && editing === null && (
        <p className="actions">
          {rubric && (
            <button type="button" onClick={() => setEditing('rubric')}>
              Edit the rubric
            </button>
          )}{' '}
          <button type="button" className="secondary" onClick={() => setEditing('new')}>
            New rubric
          </button>
        </p>
      )}
      {editing === 'new' && (
        <RubricEditor
          rubric={null}
          onDone={(saved) => {
            if (saved) setChosen(saved.id);
            setEditing(null);
          }}
        />
      )}
      {rubric && (
        <>
          <form className="filters" aria-label="Choose the rubric and grouping" onSubmit={(e) => e.preventDefault()}>
            {rubrics.data!.length > 1 && (
              <FilterSelect label="Rubric" value={rubric.id} onChange={(v) => setChosen(v)} options={rubrics.data!.map((r) => [r.id, r.name])} />
            )}
            <FilterSelect label="Group by" value={by} onChange={(v) => setBy((v || 'role') as Grouping)} options={GROUPINGS} />
          </form>
          {editing === 'rubric' ? (
            <RubricEditor key={`${rubric.id}-${rubric.version}`} rubric={rubric} onDone={() => setEditing(null)} />
          ) : (
            <RubricView rubric={rubric} />
          )}
          {distributions.isPending && <Loading what="the distributions" />}
          {distributions.isError && <ErrorState error={distributions.error} />}
          {distributions.data && <DistributionTable data={distributions.data} />}
          {distributions.data && <Changes data={distributions.data} />}
        </>
      )}
    </div>
  );
}

function DistributionTable({ data }: { data: Distributions }) {
  if (data.rows.length === 0) return <Empty>No interview has been scored on this rubric yet.</Empty>;
  const levels = data.rubric.dimensions[0]?.levels ?? [];
  return (
    <section aria-labelledby="distributions">
      <h2 id="distributions">Distribution of levels, and change since the previous cycle</h2>
      <table className="distributions">
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            {data.by !== 'cycle' && <th scope="col">{data.by === 'role' ? 'Role group' : 'District'}</th>}
            <th scope="col">Cycle</th>
            <th scope="col">Participants</th>
            <th scope="col">Levels ({levels.map((l) => l.value).join('–')})</th>
            <th scope="col">Mean</th>
            <th scope="col">Change</th>
            <th scope="col">Improved / held / declined</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={`${r.dimensionId} ${r.group ?? ''} ${r.cycleId}`}>
              <td>{r.dimensionName}</td>
              {data.by !== 'cycle' && <td>{r.groupLabel}</td>}
              <td>{r.cycleLabel}</td>
              <td className="number">{r.participants}</td>
              <td>
                <Bars counts={r.counts} total={r.participants} />
              </td>
              <td className="number">
                {r.mean ?? ''}
                {r.previousMean !== null && <span className="hint"> (was {r.previousMean})</span>}
              </td>
              <td className="number">{r.change && signed(r.change.meanChange)}</td>
              <td>{r.change && `${r.change.improved} / ${r.change.unchanged} / ${r.change.declined} (${r.change.quality})`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A bar per level, as wide as the share of participants at it; the numbers are read out. */
function Bars({ counts, total }: { counts: Distributions['rows'][number]['counts']; total: number }) {
  return (
    <span className="bars" aria-label={counts.map((c) => `level ${c.level}: ${c.participants}`).join(', ')}>
      {counts.map((c) => (
        <span key={c.level} className="bar" title={`${c.label}: ${c.participants}`}>
          <span className={`fill level-${c.level}`} style={{ height: `${total ? Math.round((c.participants / total) * 100) : 0}%` }} />
          <span className="count">{c.participants}</span>
        </span>
      ))}
    </span>
  );
}

function Changes({ data }: { data: Distributions }) {
  if (data.changes.length === 0) return null;
  return (
    <section aria-labelledby="changes">
      <h2 id="changes">Each participant's change since the previous cycle</h2>
      <table className="changes">
        <thead>
          <tr>
            <th scope="col">Participant</th>
            <th scope="col">District</th>
            <th scope="col">Dimension</th>
            <th scope="col">Cycle</th>
            <th scope="col">Level</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {data.changes.map((c) => (
            <tr key={`${c.participantId} ${c.dimensionId} ${c.cycleLabel}`}>
              <td>
                <Link to={`/scoring/participants/${c.participantId}`}>{c.participantCode}</Link>
              </td>
              <td>{c.districtName}</td>
              <td>{c.dimensionName}</td>
              <td>
                {c.previousCycleLabel} → {c.cycleLabel}
              </td>
              <td>
                {c.from} → {c.to}
              </td>
              <td className="number">{signed(c.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
