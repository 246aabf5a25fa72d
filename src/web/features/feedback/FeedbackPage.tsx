import { Link } from 'react-router';
import { useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import type { DistrictFeedback } from '../../api/types';
import { FilterSelect, useFilters } from '../../components/filters';
import { Empty, ErrorState, Loading } from '../../components/states';
import { FeedbackDownloads } from './FeedbackDownloads';
import { Narratives } from './Narratives';
import { PartnerFeedback } from './PartnerFeedback';
import { QuoteCandidates } from './QuoteCandidates';
import { onDay, useFeedback, useFindingsOf, useFrameworkTypes, useStrategiesOf } from './queries';
import { ReportRecord } from './ReportRecord';
import { FeedbackScopeProvider } from './scope';
import { StrategyFeedback } from './StrategyFeedback';
import './feedback.css';

/**
 * A district's feedback for a cycle, organised by its strategies: how the intended supports were
 * implemented and how practice changed, why, what is recommended, and the report sent and
 * discussed. Partner leaders get their district's report as files.
 */
export function FeedbackPage() {
  const { can, role, roleLabel } = useSession();
  if (can.read) return <TeamFeedback />;
  if (role === 'partner') return <PartnerFeedback />;
  return (
    <>
      <h1>District feedback</h1>
      <p>Feedback reports are shared with the research team and the partner leaders of each district. Your role in this partnership: {roleLabel}.</p>
    </>
  );
}

/** The team's view: any district and cycle; those who write assess, explain, recommend and record. */
function TeamFeedback() {
  const { partnership, can } = useSession();
  const { districts, cycles, error: directoryError } = useDirectory();
  const filters = useFilters();
  const districtName = filters.get('district') || districts[0]?.name || '';
  const district = districts.find((d) => d.name === districtName || d.id === districtName);
  const cycle = filters.get('cycle') || cycles.at(-1)?.label || '';
  const partnershipId = partnership?.id ?? '';
  const place = { partnershipId, districtId: district?.id ?? '', district: district?.name ?? '', cycle };
  const ready = Boolean(partnershipId && district && cycle);
  const feedback = useFeedback(place, ready);
  const strategies = useStrategiesOf(place, ready);
  const findings = useFindingsOf(place, ready);
  const supportTypes = useFrameworkTypes(partnershipId);
  const failed = [feedback, strategies, findings, supportTypes].find((q) => q.isError);

  return (
    <div className="feedback-page">
      <h1>District feedback</h1>
      {directoryError && <ErrorState error={directoryError} />}
      <form className="filters" aria-label="Whose feedback" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          required
          label="District"
          value={district?.name ?? ''}
          onChange={(v) => filters.set('district', v)}
          options={districts.map((d) => [d.name, d.name])}
        />
        <FilterSelect required label="Cycle" value={cycle} onChange={(v) => filters.set('cycle', v)} options={cycles.map((c) => [c.label, c.label])} />
      </form>
      <p className="hint">
        What the spring interviews found about each strategy's intended supports and envisioned practices, why, and the recommendations: the content of the
        District Feedback and Recommendations Report, each part citing the district's findings.
      </p>
      {filters.get('district') && districts.length > 0 && !district && (
        <ErrorState error={`There is no district named “${filters.get('district')}” in this partnership.`} />
      )}
      {ready && !failed && (feedback.isPending || strategies.isPending || findings.isPending || supportTypes.isPending) && <Loading what="the feedback" />}
      {failed && <ErrorState error={failed.error} />}
      {!failed && feedback.data && strategies.data && findings.data && supportTypes.data && (
        <FeedbackScopeProvider
          scope={{ place, feedback: feedback.data, findings: findings.data.filter((f) => !f.retired), supportTypes: supportTypes.data, canWrite: can.write }}
        >
          <FeedbackStatus feedback={feedback.data} />
          {strategies.data.length === 0 && (
            <Empty>
              No strategies documented for {place.district} in {cycle}: the feedback is organised by them. Document them on the{' '}
              <Link to={`/strategies?district=${encodeURIComponent(place.district)}&cycle=${encodeURIComponent(cycle)}`}>Strategies page</Link>.
            </Empty>
          )}
          {strategies.data.length > 0 && <Narratives strategies={strategies.data} />}
          {strategies.data.map((s, n) => (
            <StrategyFeedback key={s.id} strategy={s} number={n + 1} />
          ))}
          <QuoteCandidates />
          <ReportRecord />
          <FeedbackDownloads districtId={place.districtId} cycle={cycle} team sent={feedback.data.sent} />
        </FeedbackScopeProvider>
      )}
    </div>
  );
}

/** Where the report stands: sent, and discussed. */
function FeedbackStatus({ feedback }: { feedback: DistrictFeedback }) {
  const sent = feedback.sent.at(-1);
  const meeting = feedback.meetings.at(-1);
  return (
    <dl className="facts feedback-status">
      <dt>Report sent</dt>
      <dd>{sent ? onDay(sent.sentOn) : 'not yet'}</dd>
      <dt>Feedback meeting</dt>
      <dd>{meeting ? onDay(meeting.heldOn) : 'not yet'}</dd>
    </dl>
  );
}
