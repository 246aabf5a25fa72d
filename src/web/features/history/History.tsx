import { useQuery } from '@tanstack/react-query';
import { answer, api } from '../../api/client';
import { ErrorState } from '../../components/states';
import { formatDateTime } from '../../components/dates';

const ACTIONS: Record<string, string> = {
  'isf.create': 'started the form',
  'isf.status': 'changed the status',
  'isf_entry.create': 'wrote',
  'isf_entry.update': 'revised',
  'isfEntry.retire': 'retired',
  'summary.create': 'started the summary',
  'claim.create': 'wrote the claim',
  'claim.update': 'revised the claim',
  'claim.retire': 'retired the claim',
  'finding.create': 'wrote the finding',
  'finding.update': 'revised the finding',
  'finding.retire': 'retired the finding',
  'citation.create': 'cited evidence',
  'citation.retire': 'withdrew a citation',
  'excerpt.create': 'marked a passage',
  'excerpt.retire': 'retired a passage',
  'support_type.create': 'added the support type',
  'support_type.update': 'refined the support type',
  'supportType.retire': 'retired the support type',
  'strategy.create': 'documented the strategy',
  'strategy.update': 'revised the strategy',
  'strategy.retire': 'retired the strategy',
  'strategy_element.create': 'added the element',
  'strategy_element.update': 'revised the element',
  'strategyElement.retire': 'retired the element',
  'strategy_evidence.create': 'cited evidence',
  'strategyEvidence.retire': 'withdrew evidence',
  'artifact.create': 'stored the document',
  'artifact.retire': 'retired the document',
  'assessment.create': 'assessed',
  'assessment.update': 'revised the assessment',
  'recommendation.create': 'wrote the recommendation',
  'recommendation.update': 'revised the recommendation',
  'recommendation.retire': 'retired the recommendation',
  'isf_template.create': 'created the template',
  'isf_template.customize': 'copied the default template for the district',
  'isf_template.add_field': 'added a field',
  'isf_template.rename_field': 'renamed a field',
  'isf_template.retire_field': 'retired a field',
  'isf_template.edit_field': 'changed a field',
  'isf_template.reorder_fields': 'reordered the fields',
};

interface Change {
  /** What changed, when the record has several texts ("triangulation note"); empty for its text. */
  what: string;
  from: string;
  to: string;
}

const words = (key: string) => key.replace(/([A-Z])/g, ' $1').toLowerCase();

/** A value of a record as a person reads it: lists joined, yes or no, nothing for bookkeeping. */
function shown(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map((v) => v.replace(/_/g, ' ')).join(', ');
  return undefined;
}

/** A change's before and after, when the trail recorded them: a text, or the texts of a record that changed. */
function changes(data: unknown): Change[] {
  if (!data || typeof data !== 'object') return [];
  const { from, to } = data as Record<string, unknown>;
  if (typeof from === 'string' && typeof to === 'string') return [{ what: '', from, to }];
  if (!from || !to || typeof from !== 'object' || typeof to !== 'object') return [];
  const before = from as Record<string, unknown>;
  const after = to as Record<string, unknown>;
  return Object.keys(after)
    .filter((key) => key !== 'kind' && shown(after[key]) !== undefined && shown(after[key]) !== (shown(before[key]) ?? ''))
    .map((key) => ({ what: key === 'text' ? '' : words(key), from: shown(before[key]) ?? '', to: shown(after[key])! }));
}

/**
 * Who changed what, when and why: a record's audit trail, opened on demand, with the citations it
 * made and withdrew. `labels` names the parts the trail speaks of by ID (an ISF's entries by their field).
 */
export function History({ id, labels }: { id: string; labels?: ReadonlyMap<string, string> }) {
  const history = useQuery({ queryKey: ['history', id], queryFn: () => answer(api.GET('/api/history/{id}', { params: { path: { id } } })) });
  // A citation is named by the part that made it (an ISF's entry by its field), withdrawn or not.
  const citingOf = new Map(
    (history.data ?? [])
      .filter((h) => h.action === 'citation.create')
      .map((h) => [h.entityId, String((h.data as { citing_id?: unknown } | null)?.citing_id ?? '')]),
  );
  return (
    <details className="history">
      <summary>History</summary>
      {history.isPending && <p className="loading">Loading the history…</p>}
      {history.isError && <ErrorState error={history.error} />}
      {history.data && (
        <ol>
          {history.data.map((h) => {
            const part = labels?.get(h.entityId) ?? labels?.get(citingOf.get(h.entityId) ?? '');
            const diff = changes(h.data);
            return (
              <li key={h.seq}>
                <time dateTime={h.at}>{formatDateTime(h.at)}</time> · <strong title={h.actor}>{h.actorName}</strong> {ACTIONS[h.action] ?? h.action}
                {part && ` “${part}”`}
                {h.version ? ` (version ${h.version})` : ''}
                {h.reason && <span className="muted"> — why: {h.reason}</span>}
                {diff.map((d) => (
                  <dl key={d.what} className="change">
                    <dt>{d.what ? `${d.what}, before` : 'before'}</dt>
                    <dd>{d.from || '(empty)'}</dd>
                    <dt>{d.what ? `${d.what}, after` : 'after'}</dt>
                    <dd>{d.to || '(empty)'}</dd>
                  </dl>
                ))}
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
